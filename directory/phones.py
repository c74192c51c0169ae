"""Phone numbers: read as people type them, stored in E.164, shown in the
reader's digits.

Accepted: Persian or Arabic-Indic digits, spaces, dashes, dots, brackets;
`0799 123 456` (an Afghan national number), `0093 799 123 456`,
`+93 799 123 456`, and foreign numbers written with their country code
(`+92 51 1234567`, `0092 …`), since attachés abroad have local numbers.
"""

import re

import phonenumbers
from django.core.exceptions import ValidationError
from django.core.validators import EmailValidator
from django.utils.translation import gettext_lazy as _

from core import l10n

DEFAULT_REGION = "AF"
_SEPARATORS = re.compile(r"[\s\-\.\(\)\u200c\u200e\u200f\u202a-\u202e/]+")


def normalize_phone(raw):
    """The E.164 form of `raw` ("+93799123456"), or ValidationError."""
    text = l10n.to_ascii_digits(str(raw or "")).strip()
    if not text:
        raise ValidationError(_("Enter a phone number."), code="required")
    text = _SEPARATORS.sub("", text)
    if text.startswith("00"):
        text = "+" + text[2:]
    if not re.fullmatch(r"\+?\d{4,17}", text):
        raise ValidationError(_("“%(value)s” is not a phone number."), code="invalid", params={"value": raw})
    try:
        number = phonenumbers.parse(text, DEFAULT_REGION)
    except phonenumbers.NumberParseException:
        raise ValidationError(_("“%(value)s” is not a phone number."), code="invalid", params={"value": raw})
    if not phonenumbers.is_valid_number(number):
        raise ValidationError(
            _("“%(value)s” is not a valid number for its country."), code="invalid", params={"value": raw}
        )
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def display_phone(e164, language=None):
    """`+93 79 912 3456` in international format, in the reader's digits."""
    try:
        number = phonenumbers.parse(e164, None)
        text = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
    except phonenumbers.NumberParseException:
        text = e164
    return l10n.local_digits(text, language)


def normalize_phone_list(values):
    """A list of E.164 numbers from lines or `;`-separated text; duplicates dropped."""
    if isinstance(values, str):
        values = re.split(r"[\n;,،]+", values)
    result, errors = [], []
    for value in values:
        value = str(value).strip()
        if not value:
            continue
        try:
            number = normalize_phone(value)
        except ValidationError as error:
            errors.extend(error.messages)
            continue
        if number not in result:
            result.append(number)
    if errors:
        raise ValidationError(errors)
    return result


def normalize_email_list(values):
    if isinstance(values, str):
        values = re.split(r"[\n;,،\s]+", values)
    validator = EmailValidator(message=_("“%(value)s” is not an e-mail address."))
    result, errors = [], []
    for value in values:
        value = str(value).strip().lower()
        if not value:
            continue
        try:
            validator(value)
        except ValidationError:
            errors.append(_("“%(value)s” is not an e-mail address.") % {"value": value})
            continue
        if value not in result:
            result.append(value)
    if errors:
        raise ValidationError(errors)
    return result
