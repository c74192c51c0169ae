"""Rules against folded text, and the matched terms marked in the original.

A term is one or more words; it matches where its folded words stand
together in the folded text (core.normalize: ي/ی, ك/ک, diacritics, ZWNJ and
digits as people type them), or, for one word, where the search would find
it (the joined and separated forms of ها، می…)."""

import re
from dataclasses import dataclass
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.normalize import index_text, normalize_query

_WORD = re.compile(r"[\w\u200c]+", re.UNICODE)


def terms(text):
    return [line.strip() for line in (text or "").splitlines() if line.strip()]


@dataclass
class CompiledRule:
    rule_id: int
    name: str
    all: list
    any: list
    none: list
    languages: set

    @classmethod
    def of(cls, rule):
        def compiled(text):
            return [(term, normalize_query(term)) for term in terms(text) if normalize_query(term)]

        return cls(
            rule.pk,
            rule.name,
            compiled(rule.terms_all),
            compiled(rule.terms_any),
            compiled(rule.terms_none),
            set(rule.languages or []),
        )


class Text:
    """An article's text, folded once for every rule."""

    def __init__(self, text):
        self.folded = f" {normalize_query(text)} "
        self._words = None

    @property
    def words(self):
        if self._words is None:
            self._words = set(index_text(self.folded).split())
        return self._words

    def has(self, folded_term):
        if f" {folded_term} " in self.folded:
            return True
        return " " not in folded_term and folded_term in self.words


def match(rule, text, language=""):
    """The terms of `rule` (a CompiledRule) found in `text` (a Text), or None
    when the rule does not match."""
    if rule.languages and language not in rule.languages:
        return None
    if not rule.all and not rule.any:
        return None
    if any(text.has(folded) for _term, folded in rule.none):
        return None
    found = []
    for term, folded in rule.all:
        if not text.has(folded):
            return None
        found.append(term)
    if rule.any:
        hits = [term for term, folded in rule.any if text.has(folded)]
        if not hits:
            return None
        found += hits
    return found


@lru_cache(maxsize=50_000)
def _folded_word(word):
    return normalize_query(word)


def highlight(text, found_terms):
    """`text` escaped, with every occurrence of the terms in <mark>."""
    text = text or ""
    wanted = [normalize_query(term).split() for term in found_terms]
    wanted = [words for words in wanted if words]
    tokens = [(m.start(), m.end(), _folded_word(m.group())) for m in _WORD.finditer(text)]
    spans = []
    for index in range(len(tokens)):
        for words in wanted:
            window = tokens[index : index + len(words)]
            if len(window) == len(words) and all(
                token[2] == word or token[2].startswith(word) for token, word in zip(window, words, strict=True)
            ):
                spans.append((window[0][0], window[-1][1]))
                break
    out, position = [], 0
    for start, end in spans:
        if start < position:
            continue
        out.append(escape(text[position:start]))
        out.append(f"<mark>{escape(text[start:end])}</mark>")
        position = end
    out.append(escape(text[position:]))
    return mark_safe("".join(out))  # nosec B308 B703 # every piece escaped above
