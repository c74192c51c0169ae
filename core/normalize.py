"""Folding Dari, Pashto and English text for search, as people type it.

Applied to what is indexed and to the query, never to stored text. The rules
(see shared/l10n/search_pairs.json for examples):

- Unicode NFKC, so Arabic presentation forms from PDFs become letters;
- a letter typed in two pieces, a base letter and a combining hamza (U+0654
  above, U+0655 below), read as the one letter Unicode has for it, where it
  has one (ح + ٔ is ځ, ی + ٔ is ئ, ه + ٔ is ۀ), before marks are removed: so
  it finds the letter written whole and never the bare base letter;
- Arabic-script variants folded: ي ى ے → ی, ك ڪ → ک, ة ۀ ہ → ه, أ إ آ ٱ → ا,
  ؤ → و, ګ → گ;
- diacritics (harakat, superscript alef, Quranic marks), tatweel, direction
  marks and zero-width joiners removed;
- Persian and Arabic-Indic digits read as ASCII digits; Latin case folded;
- the zero-width non-joiner (ZWNJ) handled so that اطلاعیه‌ها, اطلاعیه ها and
  اطلاعیهها find each other, as do می‌شود, می شود and میشود;
- the distinct Pashto letters ټ ډ ړ ڼ ښ ږ ځ څ ې ۍ ئ are never folded: پښتو and
  پشتو are different words (a synonym list may join them, folding must not).
"""

import re
import unicodedata

ZWNJ = "\u200c"

_FOLDS = str.maketrans(
    {
        "\u064a": "\u06cc",  # ي Arabic yeh
        "\u0649": "\u06cc",  # ى alef maksura
        "\u06d2": "\u06cc",  # ے yeh barree
        "\u0643": "\u06a9",  # ك Arabic kaf
        "\u06aa": "\u06a9",  # ڪ swash kaf
        "\u0629": "\u0647",  # ة teh marbuta
        "\u06c0": "\u0647",  # ۀ heh with yeh above
        "\u06c2": "\u0647",  # ۂ heh goal with hamza above (like ۀ)
        "\u06c1": "\u0647",  # ہ heh goal
        "\u0623": "\u0627",  # أ
        "\u0625": "\u0627",  # إ
        "\u0622": "\u0627",  # آ
        "\u0671": "\u0627",  # ٱ alef wasla
        "\u0624": "\u0648",  # ؤ
        "\u06ab": "\u06af",  # ګ Pashto gaf with ring → گ
        **{chr(0x06F0 + n): str(n) for n in range(10)},  # Persian digits
        **{chr(0x0660 + n): str(n) for n in range(10)},  # Arabic-Indic digits
    }
)

# Removed: harakat and other combining marks, superscript alef, Quranic
# annotation marks, tatweel, ZWJ, direction marks and isolates, BOM; the
# combining hamzas last, once they have joined their letters (HAMZA_LETTERS).
_REMOVE_FIRST = re.compile(
    "[\u064b-\u0653\u0656-\u065f\u0670\u06d6-\u06ed\u0640\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069\ufeff]"
)
_HAMZAS = re.compile("[\u0654\u0655]")

# A base letter and a combining hamza, and the letter Unicode has for the
# pair. NFKC already joins the canonical pairs (ا + ٔ is أ), but not the
# Persian yeh's, heh's, hah's (Pashto ځ), reh's or beh's, which Unicode
# encodes with no decomposition; Elasticsearch's analysis has no NFKC at
# all, so every pair is listed.
HAMZA_LETTERS = {
    "\u0627\u0654": "\u0623",  # ا + ٔ → أ
    "\u0627\u0655": "\u0625",  # ا + ٕ → إ
    "\u0648\u0654": "\u0624",  # و + ٔ → ؤ
    "\u064a\u0654": "\u0626",  # ي + ٔ → ئ
    "\u06cc\u0654": "\u0626",  # ی (Persian yeh) + ٔ → ئ
    "\u0649\u0654": "\u0626",  # ى + ٔ → ئ
    "\u0647\u0654": "\u06c0",  # ه + ٔ → ۀ
    "\u06d5\u0654": "\u06c0",  # ە + ٔ → ۀ
    "\u06c1\u0654": "\u06c2",  # ہ + ٔ → ۂ
    "\u06d2\u0654": "\u06d3",  # ے + ٔ → ۓ
    "\u062d\u0654": "\u0681",  # ح + ٔ → ځ (Pashto dze)
    "\u0631\u0654": "\u076c",  # ر + ٔ → ݬ
    "\u0628\u0654": "\u08a1",  # ب + ٔ → ࢡ
}
_HAMZA_PAIR = re.compile("|".join(HAMZA_LETTERS))
_TOKEN = re.compile(r"[\w\u200c]+", re.UNICODE)

# Written joined, with a ZWNJ or with a space: the plural and comparative
# suffixes and the verbal prefixes of Dari.
SUFFIXES = ("هایی", "های", "ها", "ترین", "تر")
PREFIXES = ("نمی", "می")


def fold(text):
    """NFKC, letter and digit folding, marks removed, lower case; keeps ZWNJ."""
    text = unicodedata.normalize("NFKC", str(text))
    text = _REMOVE_FIRST.sub("", text)
    text = _HAMZA_PAIR.sub(lambda pair: HAMZA_LETTERS[pair.group()], text)
    text = _HAMZAS.sub("", text)
    return text.translate(_FOLDS).lower()


def normalize_query(text):
    """The query as the index stores words: folded, ZWNJ joined away."""
    return " ".join(token.replace(ZWNJ, "") for token in _TOKEN.findall(fold(text)) if token.replace(ZWNJ, ""))


def _affix_variants(token):
    """A joined word's parts, so `اطلاعیهها` is also found as `اطلاعیه ها`."""
    variants = []
    for suffix in SUFFIXES:
        if token.endswith(suffix) and len(token) > len(suffix) + 1:
            variants += [token[: -len(suffix)], suffix]
            break
    for prefix in PREFIXES:
        if token.startswith(prefix) and len(token) > len(prefix) + 1:
            variants += [prefix, token[len(prefix) :]]
            break
    return variants


def index_text(text):
    """The text to index: every word folded, plus the joined and separated
    forms of words written with a ZWNJ, a space or neither."""
    words = []
    tokens = _TOKEN.findall(fold(text))
    previous = None
    for token in tokens:
        parts = [part for part in token.split(ZWNJ) if part]
        if not parts:
            continue
        joined = "".join(parts)
        words.append(joined)
        if len(parts) > 1:
            words += parts
        words += _affix_variants(joined)
        # "اطلاعیه ها" written with a space is also the word "اطلاعیهها".
        if previous is not None and (joined in SUFFIXES or previous in PREFIXES):
            words.append(previous + joined)
        previous = joined
    return " ".join(words)


def matches(query, text):
    """Whether every word of `query` is a word of `text` under these rules
    (what the search backends implement; used for small in-memory lists)."""
    words = set(index_text(text).split())
    return all(word in words for word in normalize_query(query).split())
