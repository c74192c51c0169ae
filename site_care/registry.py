"""The checks, registered by code. A check looks at one page and returns the
problems it sees; another app (or a new check here) plugs in with

    @registry.check("my_code", Severity.WARNING, title, explanation)  # lazy translatable strings
    def my_check(page, context):
        yield Issue(field="title", location="", params={"param": "…"})

`context` is a `PageContext` (the page's texts, language, and shared lookups).
A check with `fix` (text, language) → text offers a quick fix: a new draft
revision with the fix applied to the field (site_care.fixes)."""

import dataclasses
from dataclasses import dataclass


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

    def explanation_text(self):
        """The explanation with its blanks shown as “…”."""
        import re

        return re.sub(r"%\((\w+)\)s", "…", str(self.explanation))

    def describe(self, finding):
        try:
            params = dict(finding.params or {})
            if self.display:
                params = self.display(params)
            return str(self.explanation) % params
        except (KeyError, TypeError, ValueError):
            return str(self.explanation)


class Registry:
    def __init__(self):
        self._checks = {}

    def check(self, code, severity, title, explanation, fix=None, display=None):
        def register(function):
            self._checks[code] = Check(code, severity, title, explanation, function, fix, display)
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
