"""Demo content kept as data, so a translator corrects a demo sentence in a
JSON file of their language without reading Python.

An app's demo folder holds `structure.json` (what is not text: slugs,
dates, topics, kinds, picture seeds) and one `<language code>.json` per
content language with that language's texts, in the structure's shape,
where a list of items that have a "slug" (or a "key") becomes an object
keyed by it:

    structure.json  {"news": [{"slug": "saffron", "date": "2026-11-18T10:30"}]}
    ps.json         {"news": {"saffron": {"title": "…", "paragraphs": ["…", "…"]}}}

`load(folder)` gives the content back with each text as {language: text}
(`{"title": {"fa-af": …, "ps": …, "en": …}}`), the shape the demo loaders
read. A text missing from one language is an error naming the file and the
place, not a page published half translated.
"""

import json
from pathlib import Path

from django.conf import settings


class MissingText(ValueError):
    pass


def languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def item_id(item):
    """The slug (or key) naming an item of a list in the language files."""
    return item.get("slug") or item.get("key") if isinstance(item, dict) else None


def load(folder, codes=None):
    folder = Path(folder)
    codes = codes or languages()
    structure = json.loads((folder / "structure.json").read_text(encoding="utf-8"))
    texts = {code: json.loads((folder / f"{code}.json").read_text(encoding="utf-8")) for code in codes}
    return merge(structure, texts, where=str(folder))


def merge(structure, texts, where="", path=""):
    """`structure` with the texts of each language ({code: texts in the
    structure's shape}) put in as {code: text}."""
    codes = list(texts)
    source = texts[codes[0]]
    for code in codes:
        expected = dict if isinstance(source, dict) else list if isinstance(source, list) else str
        if not isinstance(texts[code], expected):
            raise MissingText(f"{where}/{code}.json: no text at {path or '/'}")
    if isinstance(source, str):
        return dict(texts)
    if isinstance(source, list):
        items = structure if structure is not None else [None] * len(source)
        if len(items) != len(source) or any(len(texts[code]) != len(source) for code in codes):
            raise MissingText(f"{where}: not the same number of items at {path or '/'} in every language")
        return [
            merge(item, {code: texts[code][index] for code in codes}, where, f"{path}/{index}")
            for index, item in enumerate(items)
        ]
    if isinstance(structure, list):  # items keyed by their slug or key
        merged = []
        for item in structure:
            key = item_id(item)
            if key in source:
                texts_of_item = {code: texts[code].get(key) for code in codes}
                merged.append(merge(item, texts_of_item, where, f"{path}/{key}"))
            else:
                merged.append(item)
        return merged
    result = dict(structure or {})
    for key in source:
        result[key] = merge(result.get(key), {code: texts[code].get(key) for code in codes}, where, f"{path}/{key}")
    return result
