"""Elasticsearch 8 index settings that fold text as core.normalize does.

The site search sends Elasticsearch folded words and indexes folded copies
of the texts (`search_text`), so both backends see the same words. These
settings make Elasticsearch's own analysis agree for every other text field
(titles, admin searches): marks and direction controls removed, a letter
typed with a combining hamza joined into one, the same letter and digit
folds as mapping char filters, the ZWNJ read as a word break, Latin
lower-cased. No stemming, no stop words, and no `persian` analyzer (it
folds differently and knows nothing of Pashto)."""

from core.normalize import _FOLDS, _HAMZAS, _REMOVE_FIRST, HAMZA_LETTERS

ANALYZER = "ministry_text"


def _escape(char):
    # Mapping rules are "key => value"; write every character as \\uXXXX.
    return "".join(f"\\u{ord(c):04X}" for c in char)


def fold_mappings():
    rules = []
    for code, replacement in sorted(_FOLDS.items()):
        rules.append(f"{_escape(chr(code))} => {_escape(replacement)}")
    return rules


def hamza_letter_mappings():
    return [f"{_escape(pair)} => {_escape(letter)}" for pair, letter in sorted(HAMZA_LETTERS.items())]


def removed_characters_pattern():
    """The marks core.normalize removes before joining hamzas to their
    letters, as a Java regex class."""
    return _REMOVE_FIRST.pattern


def removed_hamzas_pattern():
    """The combining hamzas that joined no letter."""
    return _HAMZAS.pattern


def analysis():
    text_analyzer = {
        "type": "custom",
        # In core.normalize.fold's order.
        "char_filter": [
            "ministry_remove",
            "ministry_hamza_letters",
            "ministry_remove_hamzas",
            "ministry_zwnj",
            "ministry_fold",
        ],
        "tokenizer": "standard",
        "filter": ["lowercase"],
    }
    return {
        "char_filter": {
            "ministry_fold": {"type": "mapping", "mappings": fold_mappings()},
            "ministry_remove": {
                "type": "pattern_replace",
                "pattern": removed_characters_pattern(),
                "replacement": "",
            },
            "ministry_hamza_letters": {"type": "mapping", "mappings": hamza_letter_mappings()},
            "ministry_remove_hamzas": {
                "type": "pattern_replace",
                "pattern": removed_hamzas_pattern(),
                "replacement": "",
            },
            "ministry_zwnj": {"type": "pattern_replace", "pattern": "\u200c", "replacement": " "},
        },
        "analyzer": {
            # Wagtail's text fields use the index's default analyzer.
            "default": text_analyzer,
            ANALYZER: text_analyzer,
            # Wagtail's partial-match analyzers, folded the same way.
            "edgengram_analyzer": {**text_analyzer, "filter": ["lowercase", "edgengram"]},
            "ngram_analyzer": {**text_analyzer, "filter": ["lowercase", "ngram"]},
        },
    }


def index_settings():
    """INDEX_SETTINGS for Wagtail's Elasticsearch 8 backend (deep-merged into its defaults)."""
    return {"settings": {"analysis": analysis()}}


def backend_settings(url, index_prefix, fallback="database"):
    """`fallback`: the alias of the database backend that answers while
    Elasticsearch is down (search.elasticsearch_backend)."""
    return complete_params(
        {"BACKEND": "search.elasticsearch_backend", "FALLBACK": fallback, "URLS": [url], "INDEX_PREFIX": index_prefix}
    )


def complete_params(params):
    """What the backend adds to the settings' WAGTAILSEARCH_BACKENDS entry
    (the settings name only the address, prefix and fallback)."""
    return {
        # A slow or absent cluster must not hold up a reader: every search
        # falls back to the database index (search.elasticsearch_backend).
        "TIMEOUT": 2,
        "OPTIONS": {"max_retries": 0, "retry_on_timeout": False},
        "INDEX_SETTINGS": index_settings(),
        **params,
    }
