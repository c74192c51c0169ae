"""The public site's catalogs are complete and compiled: no English leaks
into a Dari or Pashto page because a string was left untranslated."""

import re
from pathlib import Path

import polib
import pytest
from django.core.management import call_command

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("language", ["fa_AF", "ps"])
def test_every_ui_string_is_translated(language):
    po = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in po.untranslated_entries()]
    fuzzy = [entry.msgid for entry in po.fuzzy_entries()]
    assert not untranslated, untranslated
    assert not fuzzy, fuzzy


def test_pashto_catalog_declares_its_plural_rule():
    po = polib.pofile(str(ROOT / "locale" / "ps" / "LC_MESSAGES" / "django.po"))
    assert po.metadata["Plural-Forms"] == "nplurals=2; plural=(n != 1);"


def test_compiled_catalogs_match_their_sources():
    call_command("compile_catalogs", "--check")


# `{% translate "…" %}` in templates and `_("…")` / gettext_lazy("…") in Python.
TEMPLATE_STRING = re.compile(r"""{%\s*(?:translate|trans)\s+(["'])(.+?)\1""")
PYTHON_STRING = re.compile(r"""\b(?:_|gettext|gettext_lazy|pgettext)\(\s*(["'])((?:(?!\1).)+)\1\s*[,)]""")
SOURCE_FOLDERS = ["ministry_site", "home", "pressroom", "directory", "search", "monitoring", "site_care"]


def strings_in_code():
    found = set()
    for folder in SOURCE_FOLDERS:
        for path in (ROOT / folder).rglob("*"):
            if path.suffix == ".html":
                found |= {match[1] for match in TEMPLATE_STRING.findall(path.read_text(encoding="utf-8"))}
            elif path.suffix == ".py" and "migrations" not in path.parts:
                found |= {
                    match[1].encode().decode("unicode_escape").encode("latin-1").decode("utf-8")
                    for match in PYTHON_STRING.findall(path.read_text(encoding="utf-8"))
                }
    return found


@pytest.mark.parametrize("language", ["fa_AF", "ps"])
def test_the_catalogs_know_every_string_in_the_code(language):
    """Catches a string added to the code without `make messages`: the .po
    checks above only see strings already extracted."""
    po = polib.pofile(str(ROOT / "locale" / language / "LC_MESSAGES" / "django.po"))
    known = {entry.msgid for entry in po if not entry.obsolete}
    found = strings_in_code()
    assert len(found) > 50, "the scan found too few strings to be working"
    assert not found - known, sorted(found - known)
