"""Compile the UI catalogs without GNU gettext, or check the committed ones.

`make test` and CI must not need system packages, so the `.mo` files are
committed and this command (polib, pure Python) writes or verifies them.
"""

from pathlib import Path

import polib
from django.conf import settings
from django.core.management.base import BaseCommand, CommandError


def catalogs():
    for locale_path in settings.LOCALE_PATHS:
        yield from sorted(Path(locale_path).glob("*/LC_MESSAGES/*.po"))


def _translations(entries):
    """{(context, msgid, msgid_plural): msgstr or plural msgstrs} for the
    entries a compiled catalog contains: translated, not fuzzy, not obsolete."""
    result = {}
    for entry in entries:
        if entry.obsolete or "fuzzy" in entry.flags or not entry.msgid:
            continue
        if entry.msgid_plural:
            forms = tuple(entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural))
            if all(forms):
                result[(entry.msgctxt, entry.msgid, entry.msgid_plural)] = forms
        elif entry.msgstr:
            result[(entry.msgctxt, entry.msgid, None)] = entry.msgstr
    return result


def differences(po_path):
    """What the committed .mo lacks or has wrong compared with its .po."""
    mo_path = po_path.with_suffix(".mo")
    if not mo_path.exists():
        return [f"{mo_path} is missing"]
    po = polib.pofile(str(po_path))
    mo = polib.mofile(str(mo_path))
    problems = []
    if po.metadata.get("Plural-Forms") != mo.metadata.get("Plural-Forms"):
        problems.append("Plural-Forms differ")
    expected, compiled = _translations(po), _translations(mo)
    for key in expected.keys() - compiled.keys():
        problems.append(f"not compiled: {key[1]!r}")
    for key in compiled.keys() - expected.keys():
        problems.append(f"compiled but not in the .po: {key[1]!r}")
    for key in expected.keys() & compiled.keys():
        if expected[key] != compiled[key]:
            problems.append(f"differs: {key[1]!r}")
    return problems


class Command(BaseCommand):
    help = "Compile locale/*/LC_MESSAGES/*.po to .mo with polib; --check compares instead of writing."

    def add_arguments(self, parser):
        parser.add_argument("--check", action="store_true", help="Fail if a committed .mo does not match its .po.")

    def handle(self, *args, check=False, **options):
        failures = []
        for po_path in catalogs():
            if check:
                problems = differences(po_path)
                if problems:
                    failures.append(f"{po_path}: " + "; ".join(problems[:10]))
                continue
            po = polib.pofile(str(po_path))
            po.save_as_mofile(str(po_path.with_suffix(".mo")))
            self.stdout.write(f"compiled {po_path} ({po.percent_translated()}% translated)")
        if failures:
            raise CommandError("Compiled catalogs are out of date; run `make messages`.\n" + "\n".join(failures))
        if check:
            self.stdout.write("Compiled catalogs match their .po files.")
