"""One link for a Dari or Pashto query that finds little: the spelling, or
the languages, that would find more.

People type Pashto on Persian keyboards, which have none of ټ ډ ړ ڼ ښ ږ ځ
څ ې ۍ ئ (سوداگری for سوداګرۍ), search Dari text with Pashto spellings
(ښاروالۍ for شاروالی), or search in the wrong language. Folding must never
join these letters (they make different words), so the page says what
would find more instead, and the reader chooses.

The candidates are few (at most MAX_SPELLINGS) and counted with the search
backend itself: all of them first in one query, and each on its own, likeliest
first, only when that one finds more than the reader's query did, until one
finds as much as all of them together."""

import re
from dataclasses import dataclass

from wagtail.search.query import Or

from core.normalize import _TOKEN, ZWNJ, fold

from . import engine
from .query import parse

# A query finding fewer results than this gets a suggestion.
FEW = 3
MAX_SPELLINGS = 8

# What a Persian keyboard types for each Pashto letter (ګ is folded to گ).
PERSIAN_FOR_PASHTO = {
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
PASHTO_LETTERS = set(PERSIAN_FOR_PASHTO)
_TO_PERSIAN = str.maketrans(PERSIAN_FOR_PASHTO)
# The Pashto letters a Persian letter may stand for, likeliest first.
_PASHTO_FOR = {
    "ش": ["ښ"],
    "ت": ["ټ"],
    "ر": ["ړ"],
    "د": ["ډ"],
    "ن": ["ڼ"],
    "ج": ["ځ"],
    "چ": ["څ"],
    "ژ": ["ږ"],
    "ی": ["ې", "ئ"],
}
_ARABIC_LETTER = re.compile("[\u0620-\u064a\u066e-\u06d3\u06fa-\u06ff]")


def _word_variants(word):
    """Other spellings of one folded word, likeliest first."""
    if not _ARABIC_LETTER.search(word):
        return
    # Pashto endings typed as ی: سوداگری → سوداګرۍ, پلورنی → پلورنې; and
    # every ی inside the word as ې too: میوی → مېوې.
    stem, final = (word[:-1], word[-1]) if len(word) > 2 and word.endswith("ی") else (word, "")
    if final:
        yield stem + "ۍ"
        yield stem + "ې"
    if "ی" in stem[1:]:
        inner = stem[0] + stem[1:].replace("ی", "ې")
        yield from ([inner + "ې", inner + "ۍ"] if final else [inner])
    # A Pashto spelling searched in Dari text: ښاروالۍ → شاروالی.
    persian = word.translate(_TO_PERSIAN)
    if persian != word:
        yield persian
    # One Persian letter that stands for a Pashto one.
    for position, letter in enumerate(word[:-1] if word.endswith("ی") else word):
        for pashto in _PASHTO_FOR.get(letter, ()):
            yield word[:position] + pashto + word[position + 1 :]


def words_of(query):
    """The reader's words, folded as the search folds them but with their
    ZWNJs (بسته‌بندی stays as written)."""
    return [word.strip(ZWNJ) for word in _TOKEN.findall(fold(query.text)) if word.strip(ZWNJ)]


def spellings(words):
    """Other spellings of the query `words` (folded), one word changed at a
    time, likeliest first, at most MAX_SPELLINGS."""
    per_word = [list(dict.fromkeys(_word_variants(word))) for word in words]
    found = []
    for rank in range(max((len(variants) for variants in per_word), default=0)):
        for position, variants in enumerate(per_word):
            if rank < len(variants):
                candidate = [*words[:position], variants[rank], *words[position + 1 :]]
                if candidate not in found:
                    found.append(candidate)
                    if len(found) == MAX_SPELLINGS:
                        return found
    return found


def display(words):
    """The spelling as a Pashto reader writes it: with ګ when it has Pashto letters."""
    text = " ".join(words)
    return text.replace("گ", "ګ") if PASHTO_LETTERS & set(text) else text


@dataclass
class Suggestion:
    kind: str  # "spelling" or "languages"
    text: str  # the spelling to search for (kind "spelling")
    count: int
    url: str = ""  # set by the view: this search with the suggestion


def suggest(query, *, found, locale, everywhere, **filters):
    """The one `Suggestion` for `query` (a ParsedQuery that found `found`
    results in `locale`, or in every language), or None. `filters`: those
    of `engine.count`, kept for the suggestion."""
    if found >= FEW or not query or not _ARABIC_LETTER.search(" ".join(query.words)):
        return None
    options = []
    within = None if everywhere else locale
    candidates = [(words, parse(display(words))) for words in spellings(words_of(query))]
    candidates = [(words, parsed) for words, parsed in candidates if parsed]
    parsed_candidates = [parsed for _words, parsed in candidates]
    if candidates:
        # The records (the directory's few hundred entries) are read once,
        # then matched in memory for every candidate.
        records = engine.all_record_rows(parsed_candidates, within)
        any_of = Or([parsed.backend_query() for parsed in parsed_candidates])
        all_found = engine.count(any_of, parsed_candidates, locale=within, records=records, **filters)
        if all_found > found:
            for words, parsed in candidates:
                counted = engine.count(parsed.backend_query(), [parsed], locale=within, records=records, **filters)
                options.append(Suggestion("spelling", display(words), counted))
                if counted == all_found:
                    break  # no other spelling can find more
    if not everywhere:
        options.append(Suggestion("languages", "", engine.count(query.backend_query(), [query], **filters)))
    # The first of the best: a spelling before the other languages.
    best = max(options, key=lambda option: option.count, default=None)
    return best if best is not None and best.count > found else None
