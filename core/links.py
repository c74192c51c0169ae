"""Addresses people type that the site shows as links (an organisation's
website and social media accounts, and any such field to come).

Only web addresses (http, https) are links: a `javascript:` or `data:`
address would run in the reader's browser. They are refused when typed or
imported (`validate_web_address`, with a message that says what to write)
and dropped again when shown (`safe_web_address`), so a value stored before
this rule, or by a path that skipped the form, never becomes a link.
"""

import re

from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

WEB_SCHEMES = ["http", "https"]
_validator = URLValidator(schemes=WEB_SCHEMES)
# What a browser would take as the start of a http(s) link: no whitespace or
# control character anywhere (browsers drop them inside a scheme, so
# "java\tscript:" is javascript:), then the scheme and a host.
_CONTROL = re.compile(r"[\x00-\x20\x7f-\x9f]")
_WEB = re.compile(r"^https?://[^/?#\\]+", re.IGNORECASE)


def is_web_address(value):
    text = "" if value is None else str(value)
    return bool(_WEB.match(text)) and not _CONTROL.search(text)


def validate_web_address(value):
    if not is_web_address(value):
        raise ValidationError(
            _("“%(value)s” is not a web address: write it in full, starting with https:// or http://."),
            code="not_web_address",
            params={"value": value},
        )
    try:
        _validator(value)
    except ValidationError as error:
        raise ValidationError(
            _("“%(value)s” is not a web address: write it in full, starting with https:// or http://."),
            code="not_web_address",
            params={"value": value},
        ) from error


def validate_web_addresses(values):
    """For a list of addresses (one error per bad address)."""
    errors = []
    for value in values or []:
        try:
            validate_web_address(value)
        except ValidationError as error:
            errors.extend(error.error_list)
    if errors:
        raise ValidationError(errors)


def safe_web_address(value):
    """The address if it is a web address, else "" (never a link to anything else)."""
    return str(value) if is_web_address(value) else ""
