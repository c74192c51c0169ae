"""The demo's texts are data: one JSON file per language, which a
translator corrects without reading Python (core.demo_texts)."""

import json
import re
import shutil
from pathlib import Path

import pytest

from core import demo_texts

ROOT = Path(__file__).resolve().parents[2]
TEXT_FOLDERS = ["home/demo_texts", "pressroom/demo_texts", "directory/demo_texts", "ministry_site/demo/demo_texts"]
DEMO_MODULES = [
    "home/demo.py",
    "home/demo_content.py",
    "pressroom/demo.py",
    "pressroom/demo_content.py",
    "directory/demo.py",
    "directory/demo_content.py",
    "ministry_site/demo/__init__.py",
    "ministry_site/demo/content.py",
]
ARABIC_SCRIPT = re.compile("[\u0600-\u06ff]")


@pytest.mark.parametrize("module", DEMO_MODULES)
def test_no_demo_sentence_is_written_in_python(module):
    source = (ROOT / module).read_text(encoding="utf-8")
    assert not ARABIC_SCRIPT.search(source), "Dari and Pashto demo texts belong in the demo_texts/*.json files"


def _texts(value):
    if isinstance(value, dict):
        if set(value) == set(demo_texts.languages()):
            yield value
        else:
            for item in value.values():
                yield from _texts(item)
    elif isinstance(value, list):
        for item in value:
            yield from _texts(item)


@pytest.mark.parametrize("folder", TEXT_FOLDERS)
def test_every_demo_text_is_there_in_every_language(folder):
    texts = list(_texts(demo_texts.load(ROOT / folder)))
    assert texts
    for text in texts:
        assert all(isinstance(value, str) and value.strip() for value in text.values()), text


@pytest.fixture
def pressroom_texts(tmp_path):
    folder = tmp_path / "demo_texts"
    shutil.copytree(ROOT / "pressroom" / "demo_texts", folder)
    return folder


def _edit(path, change):
    data = json.loads(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")


def test_a_sentence_corrected_in_its_language_file_is_the_demo_text(pressroom_texts):
    before = demo_texts.load(pressroom_texts)["news"][0]
    slug = before["slug"]

    def correct(data):
        data["news"][slug]["title"] = "د زعفرانو بزګرانو ته روزنه (سمه شوې)"

    _edit(pressroom_texts / "ps.json", correct)
    after = demo_texts.load(pressroom_texts)["news"][0]
    assert after["title"] == {**before["title"], "ps": "د زعفرانو بزګرانو ته روزنه (سمه شوې)"}
    assert {key: value for key, value in after.items() if key != "title"} == {
        key: value for key, value in before.items() if key != "title"
    }


def test_a_text_missing_in_one_language_is_named_not_published_half_translated(pressroom_texts):
    slug = demo_texts.load(pressroom_texts)["news"][1]["slug"]
    _edit(pressroom_texts / "en.json", lambda data: data["news"][slug].pop("summary"))
    with pytest.raises(demo_texts.MissingText, match=rf"en\.json: no text at /news/{slug}/summary"):
        demo_texts.load(pressroom_texts)
