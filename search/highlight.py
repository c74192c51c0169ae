"""A short extract of a result's text with the words that matched marked,
found by the same folding as the search, in the text as it was written."""

import re
from functools import lru_cache

from django.utils.html import escape
from django.utils.safestring import mark_safe

from core.normalize import index_text, normalize_query

_WORD = re.compile(r"[\w\u200c\u064b-\u065f\u0670\u0640]+")


@lru_cache(maxsize=50_000)
def _forms(token):
    """The folded forms a written word is indexed under."""
    return frozenset(index_text(token).split())


@lru_cache(maxsize=50_000)
def _joined(token):
    return normalize_query(token)


def _hits(text, words, begin=0, end=None, first_only=False):
    """(start, end) of every written word, or pair of words written apart,
    that the query's folded `words` find, between `begin` and `end`."""
    spans = []
    previous = None
    for match in _WORD.finditer(text, begin, len(text) if end is None else end):
        token = match.group()
        if _forms(token) & words:
            spans.append(match.span())
        elif previous is not None and match.start() - previous.end() <= 1:
            # "اطلاعیه ها" written apart, searched as one word.
            if _joined(previous.group()) + _joined(token) in words:
                spans.append((previous.start(), match.end()))
        if first_only and spans:
            break
        previous = match
    return spans


def _render(text, spans, begin, end):
    html = ["…" if begin else ""]
    position = begin
    for start, stop in spans:
        if start < position or stop > end:
            continue
        html += [escape(text[position:start]), "<mark>", escape(text[start:stop]), "</mark>"]
        position = stop
    html.append(escape(text[position:end]))
    if end < len(text):
        html.append("…")
    return mark_safe("".join(html))  # nosec B308 B703 # every piece of text is escaped above


def excerpt(text, words, length=260):
    """Escaped HTML: about `length` characters around the first hit, hits in <mark>."""
    text = " ".join(str(text or "").split())
    if not text:
        return ""
    words = set(words)
    first = _hits(text, words, first_only=True) if words else []
    begin = 0
    if first and first[0][0] > length // 3:
        begin = text.rfind(" ", 0, first[0][0] - length // 4) + 1
    end = min(len(text), begin + length)
    if end < len(text):
        space = text.rfind(" ", begin, end)
        end = space if space > begin else end
    return _render(text, _hits(text, words, begin, end) if words else [], begin, end)


def mark(text, words):
    """The whole of a short text (a title), hits in <mark>."""
    text = " ".join(str(text or "").split())
    return _render(text, _hits(text, set(words)) if words else [], 0, len(text))


def has_hit(text, words):
    return bool(_hits(" ".join(str(text or "").split()), set(words), first_only=True))
