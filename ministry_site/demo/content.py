"""Demo text for the footer's contact details, and the demo users.

The contact details' texts are data, one file per language in
`demo_texts/` (`fa-af.json`, `ps.json`, `en.json`), for translators; each
comes back as {language: text}: the Dari text is what the row is created
with, and wagtail-localize receives the Pashto and English text as the
translations of the Dari segments.
"""

from pathlib import Path

from core import demo_texts

OFFICE_CONTACT = demo_texts.load(Path(__file__).parent / "demo_texts")["office_contact"]

DEMO_USERS = [
    # (username, group, first name, last name, admin language)
    ("editor", "Editors", "Demo", "Editor", "fa-af"),
    ("director", "Directors", "Demo", "Director", "fa-af"),
    ("translator", "Translators", "Demo", "Translator", "fa-af"),
    ("directory", "Directory managers", "Demo", "Directory manager", "fa-af"),
    ("monitor", "Monitors", "Demo", "Monitor", "fa-af"),
]
