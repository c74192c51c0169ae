"""The public site's catalogs are complete and compiled: no English leaks
into a Dari or Pashto page because a string was left untranslated."""

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
