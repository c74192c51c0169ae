"""Demo text for the home pages and the "About the directorate" page, in
Dari (the source), Pashto and English. Written for this site from the
directorate's own description of its duties (shared/seed/).

The texts are data, one file per language in `demo_texts/` (`fa-af.json`,
`ps.json`, `en.json`), for translators; `demo_texts/structure.json` holds
the rest (the About page's block types). Each text comes back as
{language: text}: the Dari text is what the page is created with, and
wagtail-localize receives the Pashto and English text as the translations
of the Dari segments.
"""

from pathlib import Path

from core import demo_texts

_content = demo_texts.load(Path(__file__).parent / "demo_texts")

HOME = _content["home"]
# The home pages' picture: one image, its title and credit in Dari.
HERO_IMAGE = _content["hero_image"]
# The About page; its body is a list of {"kind": block type (h2, p, li), "text": …}:
# headings and list items become one wagtail-localize segment each.
ABOUT = _content["about"]
