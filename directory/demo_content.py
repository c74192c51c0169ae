"""Demo directory: organisations and contact people the ministry works with.
Invented phone numbers and example.org addresses; no real person is named.

The texts are data, one file per language in `demo_texts/` (`fa-af.json`,
`ps.json`, `en.json`): names, addresses, descriptions and roles, found
under the organisation's or contact's key, and the directory page's title
and introduction. `demo_texts/structure.json` holds the rest (categories,
provinces, phones, visibility). Rows use the import's columns (`name_fa`,
`name_ps`, `name_en`, …), and the demo loads them through the importer."""

from pathlib import Path

from core import demo_texts

# The import's column suffix of each content language.
COLUMN_SUFFIX = {"fa-af": "fa", "ps": "ps", "en": "en"}


def _columns(row):
    """A row with each {language: text} as the import's columns: name → name_fa, name_ps, name_en."""
    columns = {}
    for field, value in row.items():
        if isinstance(value, dict):
            for language, text in value.items():
                columns[f"{field}_{COLUMN_SUFFIX[language]}"] = text
        else:
            columns[field] = value
    return columns


_content = demo_texts.load(Path(__file__).parent / "demo_texts")

PAGE = _content["page"]
ORGANISATIONS = [_columns(row) for row in _content["organisations"]]
CONTACTS = [_columns(row) for row in _content["contacts"]]
