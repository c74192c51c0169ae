"""The checks, registered by code. A check looks at one page and returns the
problems it sees; another app (or a new check here) plugs in with

    @registry.check("my_code", Severity.WARNING, title, explanation)  # lazy translatable strings
    def my_check(page, context):
        yield Issue(field="title", location="", params={"param": "…"})

`context` is a `PageContext` (the page's texts, language, and shared lookups).
A check with `fix` (text, language) → text offers a quick fix: a new draft
revision with the fix applied to the field (site_care.fixes)."""

import dataclasses
import re
from dataclasses import dataclass

from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe

from core.normalize import arabic_script_letter_count

PLACEHOLDER = re.compile(r"%\((\w+)\)s")
LATIN_LETTER = re.compile(r"[A-Za-z]")


@dataclass
class Issue:
    field: str = ""
    location: str = ""
    params: dict = dataclasses.field(default_factory=dict)
    fixable: bool = False
    severity: str = ""  # the check's own severity when empty


@dataclass
class Check:
    code: str
    severity: str
    title: object  # lazy translatable string
    explanation: object  # lazy translatable string, with %(name)s params
    function: object
    fix: object = None
    display: object = None  # params as stored → params as shown (translated now)
    description: object = None  # lazy translatable string: what the check finds, in one line without blanks

    def explanation_text(self):
        """The explanation with its blanks shown as “…”."""
        return PLACEHOLDER.sub("…", str(self.explanation))

    def description_text(self):
        """What the check finds, in one line a reader can read without a
        finding in front of them (the report's "What it means"): its
        description, or its explanation when that has no blanks to fill,
        else its title; never an explanation with its blanks empty, which
        reads as broken text («پیوند به …: …»)."""
        if self.description:
            return str(self.description)
        if not PLACEHOLDER.search(str(self.explanation)):
            return str(self.explanation)
        return str(self.title)

    def _params(self, finding):
        params = dict(finding.params or {})
        return self.display(params) if self.display else params

    def describe(self, finding):
        """The finding's message as plain text (exports, e-mail)."""
        try:
            return str(self.explanation) % self._params(finding)
        except (KeyError, TypeError, ValueError):
            return str(self.explanation)

    def describe_html(self, finding):
        """The finding's message for a page of the admin: the translated
        explanation escaped, each value escaped and isolated in a <bdi>, so
        an address or a Latin word keeps its order inside a Dari sentence
        (and a Dari snippet inside an English one)."""
        template = conditional_escape(str(self.explanation))
        try:
            shown = template % {key: isolated(value) for key, value in self._params(finding).items()}
        except (KeyError, TypeError, ValueError):
            return template
        return mark_safe(shown)  # nosec B308 B703 # the explanation and every value escaped above


def isolated(value):
    """A value as escaped HTML isolated from the text around it: left to
    right when it has Latin letters and no Arabic-script ones (an address,
    an English title), right to left when it has Arabic-script letters, left
    to the browser otherwise (a number)."""
    if not isinstance(value, str):
        value = "" if value is None else str(value)
    if arabic_script_letter_count(value):
        return format_html('<bdi dir="rtl">{}</bdi>', value)
    if LATIN_LETTER.search(value):
        return format_html('<bdi dir="ltr">{}</bdi>', value)
    return format_html("<bdi>{}</bdi>", value)


class Registry:
    def __init__(self):
        self._checks = {}

    def check(self, code, severity, title, explanation, fix=None, display=None, description=None):
        def register(function):
            self._checks[code] = Check(code, severity, title, explanation, function, fix, display, description)
            return function

        return register

    def add(self, check):
        self._checks[check.code] = check

    def get(self, code):
        return self._checks.get(code)

    def all(self):
        return list(self._checks.values())

    def codes(self):
        return list(self._checks)

    def choices(self):
        return [(check.code, check.title) for check in self._checks.values()]


registry = Registry()
