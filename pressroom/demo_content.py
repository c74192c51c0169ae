"""Demo content for the pressroom: invented news, statements and photo
galleries in Dari, Pashto and English.

The texts are data, one file per language in `demo_texts/` (`fa-af.json`,
`ps.json`, `en.json`): a translator corrects a sentence there, found under
the item's slug. `demo_texts/structure.json` holds the rest (slugs, dates,
topics, statement kinds); `core.demo_texts` puts them together, each text
as {language: text}."""

from pathlib import Path

from core import demo_texts

_content = demo_texts.load(Path(__file__).parent / "demo_texts")

TOPICS = _content["topics"]
NEWS_INDEX = _content["news_index"]
STATEMENT_INDEX = _content["statement_index"]
GALLERY_INDEX = _content["gallery_index"]
NEWS = _content["news"]
STATEMENTS = _content["statements"]
GALLERIES = _content["galleries"]
# Credited on the pictures the demo draws.
CREDIT = _content["picture_credit"]
