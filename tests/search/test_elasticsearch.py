"""Elasticsearch: index settings that fold like the database backend, the
live backend when ELASTICSEARCH_URL is set, and the fall-back when it fails."""

import os
import re
import socket

import pytest
from django.test import override_settings

from core.normalize import ZWNJ, fold, index_text, normalize_query
from pressroom import factories
from search import elasticsearch
from tests.support.search import PAIRS, found_titles, search_page


def _mapping(rules):
    table = {}
    for rule in rules:
        key, value = (part.strip() for part in rule.split("=>"))
        decode = lambda text: re.sub(r"\\u([0-9A-F]{4})", lambda m: chr(int(m.group(1), 16)), text)  # noqa: E731
        table[decode(key)] = decode(value)
    return table


def es_analyze(text, analysis=None):
    """What Elasticsearch does with `text` under the generated analyzer: its
    char filters in order, the standard tokenizer (words of letters, marks and
    digits), lower case. Only the Unicode NFKC step is Python's own: the
    site sends Elasticsearch NFKC text (core.normalize.index_text)."""
    analysis = analysis or elasticsearch.analysis()
    analyzer = analysis["analyzer"][elasticsearch.ANALYZER]
    for name in analyzer["char_filter"]:
        char_filter = analysis["char_filter"][name]
        if char_filter["type"] == "mapping":
            # Elasticsearch's mapping filter: the longest key at each place.
            table = _mapping(char_filter["mappings"])
            keys = sorted(table, key=len, reverse=True)
            text = re.sub("|".join(re.escape(key) for key in keys), lambda m, table=table: table[m.group()], text)
        else:
            text = re.sub(char_filter["pattern"], char_filter["replacement"], text)
    return [token.lower() for token in re.findall(r"\w+", text)]


def test_the_analyzer_is_the_default_for_every_text_field():
    settings = elasticsearch.index_settings()["settings"]["analysis"]
    assert settings["analyzer"]["default"] == settings["analyzer"][elasticsearch.ANALYZER]
    assert "asciifolding" not in str(settings)  # it would fold Pashto letters' neighbours too
    assert "persian" not in str(settings)


def test_the_char_filters_fold_as_the_database_backend_does():
    for pair in PAIRS:
        for text in (pair["query"], pair["document"]):
            expected = re.findall(r"\w+", fold(text).replace(ZWNJ, " "))
            assert es_analyze(fold(text)) == expected
            # And on raw text (what Elasticsearch gets for titles), up to NFKC.
            import unicodedata

            assert es_analyze(unicodedata.normalize("NFKC", text)) == expected, text


def test_every_pair_holds_under_the_generated_analyzer():
    for pair in PAIRS:
        document = set(es_analyze(index_text(pair["document"])))
        query = es_analyze(normalize_query(pair["query"]))
        assert all(word in document for word in query) == (pair["expect"] == "MATCH"), pair


def test_backend_settings_fail_fast():
    settings = elasticsearch.backend_settings("http://search.internal:9200", "ministry_")
    assert settings["TIMEOUT"] <= 2
    assert settings["OPTIONS"]["max_retries"] == 0


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.mark.django_db
def test_search_and_publishing_work_when_elasticsearch_is_down(news_index, settings):
    url = f"http://127.0.0.1:{_closed_port()}"
    backends = {
        "default": elasticsearch.backend_settings(url, "test_down_"),
        "database": settings.WAGTAILSEARCH_BACKENDS["default"],
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        # Publishing still works, and the database index still learns of it.
        story = factories.NewsPageFactory(parent=news_index, title="خرمابستان در دسترس")
        assert type(story).objects.get(pk=story.pk).live
        response, html = search_page("خرمابستان")
        assert response.status_code == 200
        assert "خرمابستان در دسترس" in found_titles(html)
        assert "ناقص" in html  # "these results may be incomplete"
        # The next reader does not wait for the dead cluster again.
        response, html = search_page("خرمابستان")
        assert "خرمابستان در دسترس" in found_titles(html) and "ناقص" in html


ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL")


@pytest.mark.skipif(not ELASTICSEARCH_URL, reason="ELASTICSEARCH_URL is not set: no Elasticsearch server to test")
@pytest.mark.django_db
def test_live_elasticsearch_backend_finds_every_pair(news_index, settings):
    from django.core.management import call_command

    backends = {
        "default": elasticsearch.backend_settings(ELASTICSEARCH_URL, "test_live_"),
        "database": settings.WAGTAILSEARCH_BACKENDS["default"],
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        for number, pair in enumerate(PAIRS):
            factories.NewsPageFactory(
                parent=news_index, title=f"pair-{number:02d}", body=[("paragraph", f"<p>{pair['document']}</p>")]
            )
        call_command("update_index", backend_name="default", verbosity=0)
        for number, pair in enumerate(PAIRS):
            response, html = search_page(pair["query"])
            assert "ناقص" not in html
            assert (f"pair-{number:02d}" in found_titles(html)) == (pair["expect"] == "MATCH"), pair


def test_the_configured_backend_is_wagtails_elasticsearch_8_backend_with_a_fallback():
    from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend

    from search.elasticsearch_backend import SearchBackend

    backend = SearchBackend(elasticsearch.backend_settings("http://search.internal:9200", "ministry_"))
    assert isinstance(backend, Elasticsearch8SearchBackend)
    assert backend.fallback_name == "database"


def test_the_char_filters_join_letters_typed_with_a_combining_hamza_as_python_does():
    import unicodedata

    from core.normalize import HAMZA_LETTERS

    for pair in HAMZA_LETTERS:
        base, hamza = pair
        for typed in (pair, base + "\u064e" + hamza, base + hamza + "\u064e", base + "\u0640" + hamza, hamza):
            text = f"ب{typed}ل و{typed}"
            expected = re.findall(r"\w+", fold(text))
            assert es_analyze(unicodedata.normalize("NFKC", text)) == expected, [hex(ord(c)) for c in typed]
