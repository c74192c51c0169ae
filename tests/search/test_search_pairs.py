"""Dari and Pashto as people type them: the directorate's pairs through the
search page, and the rules behind them on words of our own."""

import random

import pytest
from django.test import Client

from core.normalize import index_text, matches, normalize_query
from pressroom import factories
from tests.support.search import PAIRS, found_titles, search_page

pytestmark = pytest.mark.django_db


def test_every_pair_holds_through_the_search_page(news_index):
    for number, pair in enumerate(PAIRS):
        factories.NewsPageFactory(
            parent=news_index,
            title=f"pair-{number:02d}",
            summary="",
            body=[("paragraph", f"<p>{pair['document']}</p>")],
        )
    wrong = []
    for number, pair in enumerate(PAIRS):
        response, html = search_page(pair["query"])
        assert response.status_code == 200
        found = f"pair-{number:02d}" in found_titles(html)
        if found != (pair["expect"] == "MATCH"):
            wrong.append(f"{pair['query']!r} / {pair['document']!r}: expected {pair['expect']} ({pair['why']})")
    assert wrong == []


def test_the_document_side_is_never_changed(news_index):
    """Folding is for the index: the page shows the text as it was written."""
    text = "كابل ـ وِزارت ۱۴۰۴"
    page = factories.NewsPageFactory(parent=news_index, title="متن اصلی", body=[("paragraph", f"<p>{text}</p>")])
    assert text in Client().get(page.url).content.decode()


WORDS = ["تجارت", "صادرات", "سرمایه", "گمرک", "ولایت", "بندر", "اطلاعیه", "قرارداد", "پښتونخوا", "سوداګري"]


def _variants(word, rng):
    """The ways people (and PDFs) write `word`: each must find it."""
    yield word.replace("ی", "ي").replace("ک", "ك")
    yield word[:2] + "ـــ" + word[2:]
    yield "".join(char + ("\u064e" if rng.random() < 0.4 else "") for char in word)
    yield word.upper() + "\u200f"
    yield word.replace("ا", "أ", 1) if "ا" in word else word
    yield word.translate(str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹"))


def test_the_rules_hold_for_any_word():
    rng = random.Random(1405)
    for word in WORDS + ["".join(rng.choice("ابپتجچحخدرزسشصطعغفقکگلمنوهی") for _ in range(6)) for _ in range(40)]:
        for variant in _variants(word, rng):
            assert matches(word, variant), (word, variant)
            assert matches(variant, word), (variant, word)
        # Plural and verbal forms joined, apart, or with a ZWNJ.
        for form in (f"{word}‌ها", f"{word} ها", f"{word}ها"):
            assert matches(f"{word}‌ها", form) and matches(f"{word}ها", form), form


DISTINCT_PASHTO = {
    "ټ": "ت",
    "ډ": "د",
    "ړ": "ر",
    "ڼ": "ن",
    "ښ": "ش",
    "ږ": "ژ",
    "ځ": "ج",
    "څ": "چ",
    "ې": "ی",
    "ۍ": "ی",
    "ئ": "ی",
}


def test_distinct_pashto_letters_are_never_folded():
    rng = random.Random(7)
    for letter, lookalike in DISTINCT_PASHTO.items():
        for _ in range(10):
            stem = "".join(rng.choice("ابپتدرسکلمنو") for _ in range(4))
            position = rng.randrange(len(stem) + 1)
            word = stem[:position] + letter + stem[position:]
            other = stem[:position] + lookalike + stem[position:]
            assert normalize_query(word) != normalize_query(other)
            assert not matches(word, other), (word, other)
            assert letter in index_text(word)


def test_a_letter_typed_with_a_combining_hamza_is_the_letter_written_whole():
    import unicodedata

    from core.normalize import HAMZA_LETTERS

    for pair, letter in HAMZA_LETTERS.items():
        base, hamza = pair
        # Whole, in two pieces, with a vowel mark or tatweel between.
        for typed in (pair, base + "\u064e" + hamza, base + hamza + "\u064e", base + "\u0640" + hamza):
            word = f"ب{typed}ل"
            assert normalize_query(word) == normalize_query(f"ب{letter}ل"), (unicodedata.name(letter), typed)
            if normalize_query(letter) != normalize_query(base):
                # ح + ٔ is ځ: it never finds the bare ح.
                assert not matches(word, f"ب{base}ل"), unicodedata.name(letter)
                assert not matches(f"ب{base}ل", word), unicodedata.name(letter)
    # A hamza that joins no letter is dropped like any other mark.
    assert normalize_query("ت\u0654ول") == normalize_query("تول")


def test_pashto_letters_typed_in_two_pieces_keep_their_distinctness():
    assert normalize_query("\u062d\u0654") == "ځ"
    assert normalize_query("\u06cc\u0654") == "ئ"
    assert normalize_query("\u062d\u0654") != normalize_query("ح")
    assert normalize_query("\u06cc\u0654") != normalize_query("ی")
