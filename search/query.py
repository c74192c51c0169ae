"""From what a reader typed to a query the search backends understand.

The text is cleaned (control characters, invalid bytes and the like dropped),
capped, folded by `core.normalize`, and expanded with the editors'
synonyms. The result is a tree of Wagtail search query objects made only of
folded words, so no character of the input ever reaches a backend's own
query syntax (SQLite FTS5, PostgreSQL tsquery, Elasticsearch)."""

from dataclasses import dataclass, field

from django.core.cache import cache
from wagtail.search.query import And, Or, PlainText

from core.normalize import index_text, normalize_query

MAX_QUERY_LENGTH = 200
MAX_WORDS = 12
SYNONYMS_CACHE_KEY = "search:synonyms"


@dataclass
class ParsedQuery:
    text: str = ""  # what the reader typed, cleaned and capped (shown back)
    words: list = field(default_factory=list)  # folded words
    groups: list = field(default_factory=list)  # [[term words, …], …] from the synonyms
    rest: list = field(default_factory=list)  # the words no synonym group took
    shortened: bool = False

    def __bool__(self):
        return bool(self.words)

    def backend_query(self):
        """Every plain word, and for each synonym group one of its terms."""
        parts = [Or([PlainText(" ".join(term), operator="and") for term in group]) for group in self.groups]
        if self.rest:
            parts.append(PlainText(" ".join(self.rest), operator="and"))
        return parts[0] if len(parts) == 1 else And(parts)

    def all_words(self):
        """Every folded word that counts as a hit (for highlighting)."""
        words = set(self.rest)
        for group in self.groups:
            for term in group:
                words.update(term)
        return words

    def matches(self, text):
        """Whether `text` (any language, unfolded) holds the query: the same
        rule as the backends, for small lists kept in memory."""
        words = set(index_text(text).split())
        if not all(word in words for word in self.rest):
            return False
        return all(any(all(word in words for word in term) for term in group) for group in self.groups)


def clean_text(raw):
    """The query as a reader would see it: control characters (NUL included)
    and undecodable bytes gone, spaces collapsed."""
    raw = str(raw or "")
    cleaned = "".join(" " if (ord(char) < 32 or char in "\x7f\ufffd") else char for char in raw)
    return " ".join(cleaned.split())


def synonym_groups():
    groups = cache.get(SYNONYMS_CACHE_KEY)
    if groups is None:
        from .models import Synonym

        groups = []
        for synonym in Synonym.objects.all():
            terms = []
            for term in synonym.term_list():
                words = tuple(normalize_query(term).split())
                if words and words not in terms:
                    terms.append(words)
            if len(terms) > 1:
                groups.append(terms)
        cache.set(SYNONYMS_CACHE_KEY, groups, 3600)
    return groups


def forget_synonyms(**kwargs):
    cache.delete(SYNONYMS_CACHE_KEY)


def _find(words, term):
    size = len(term)
    for start in range(len(words) - size + 1):
        if tuple(words[start : start + size]) == term:
            return start
    return None


def parse(raw):
    text = clean_text(raw)
    shortened = len(text) > MAX_QUERY_LENGTH
    if shortened:
        text = text[:MAX_QUERY_LENGTH].rsplit(" ", 1)[0] if " " in text[:MAX_QUERY_LENGTH] else text[:MAX_QUERY_LENGTH]
    words = normalize_query(text).split()
    if len(words) > MAX_WORDS:
        words = words[:MAX_WORDS]
        shortened = True
    # Longest synonym terms first, each part of the query used once.
    rest = list(words)
    groups = []
    candidates = sorted(((term, group) for group in synonym_groups() for term in group), key=lambda item: -len(item[0]))
    for term, group in candidates:
        if group in groups:
            continue
        start = _find(rest, term)
        if start is not None:
            groups.append(group)
            del rest[start : start + len(term)]
    return ParsedQuery(
        text=text,
        words=words,
        groups=[[list(term) for term in group] for group in groups],
        rest=rest,
        shortened=shortened,
    )
