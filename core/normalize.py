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
TATWEEL = "\u0640"
# Invisible marks that change the direction of what follows: LRM, RLM, the
# embeddings and overrides, the isolates. Text typed in the admin never needs
# them (the page's own direction is set by its language).
DIRECTION_MARKS = "\u200e\u200f\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"

# Arabic letters where Dari and Pashto write Persian ones (a keyboard set to
# Arabic, a text pasted from an Arabic PDF). Pashto writes ي (its "hard"
# yeh, at the end of words) as a letter of its own, so only Dari's list has it.
ARABIC_INSTEAD_OF_PERSIAN = {
    "fa": {
        "\u064a": "\u06cc",  # ي Arabic yeh → ی
        "\u0649": "\u06cc",  # ى alef maksura → ی
        "\u0643": "\u06a9",  # ك Arabic kaf → ک
        "\u0629": "\u0647",  # ة teh marbuta → ه
    },
    "ps": {
        "\u0649": "\u06cc",  # ى alef maksura → ی
        "\u0643": "\u06a9",  # ك Arabic kaf → ک
        "\u0629": "\u0647",  # ة teh marbuta → ه
    },
}
# Letters Pashto has and Dari does not (ئ left out: Dari writes it too, مسئول).
PASHTO_LETTERS = "\u067c\u0689\u0693\u0696\u069a\u06ab\u06bc\u06d0\u06cd\u0681\u0685"  # ټ ډ ړ ږ ښ ګ ڼ ې ۍ ځ څ
PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_INDIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
LATIN_DIGITS = "0123456789"

_FOLDS = str.maketrans(
    {
        **ARABIC_INSTEAD_OF_PERSIAN["fa"],
        "\u06d2": "\u06cc",  # ے yeh barree
        "\u06aa": "\u06a9",  # ڪ swash kaf
        "\u06c0": "\u0647",  # ۀ heh with yeh above
        "\u06c2": "\u0647",  # ۂ heh goal with hamza above (like ۀ)
        "\u06c1": "\u0647",  # ہ heh goal
        "\u0623": "\u0627",  # أ
        "\u0625": "\u0627",  # إ
        "\u0622": "\u0627",  # آ
        "\u0671": "\u0627",  # ٱ alef wasla
        "\u0624": "\u0648",  # ؤ
        "\u06ab": "\u06af",  # ګ Pashto gaf with ring → گ
        **{digit: str(n) for n, digit in enumerate(PERSIAN_DIGITS)},
        **{digit: str(n) for n, digit in enumerate(ARABIC_INDIC_DIGITS)},
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


# --- Writing errors (site care's checks and quick fixes use these) ----------
# Letters, digits and marks that a Dari or Pashto text should not contain:
# the same knowledge the folding above forgives in a search.


def script_language(language):
    """ "fa" for Dari, "ps" for Pashto, None for a language not written in this script."""
    code = (language or "").lower()
    if code.startswith("fa") or code == "prs":
        return "fa"
    if code.startswith("ps"):
        return "ps"
    return None


def arabic_letters(text, language):
    """The Arabic letters in `text` that `language` writes as Persian ones, in order, each once."""
    wrong = ARABIC_INSTEAD_OF_PERSIAN.get(script_language(language), {})
    return list(dict.fromkeys(char for char in str(text) if char in wrong))


def fix_arabic_letters(text, language):
    return str(text).translate(str.maketrans(ARABIC_INSTEAD_OF_PERSIAN.get(script_language(language), {})))


def digit_styles(text):
    """Which digits `text` uses: a subset of {"persian", "latin", "arabic"}."""
    styles = set()
    for char in str(text):
        if char in PERSIAN_DIGITS:
            styles.add("persian")
        elif char in ARABIC_INDIC_DIGITS:
            styles.add("arabic")
        elif char in LATIN_DIGITS:
            styles.add("latin")
    return styles


# A Latin digit run that is part of a Latin word or code (ISO 9001, COVID-19,
# an address) keeps its digits.
_LATIN_NUMBER = re.compile(r"(?<![A-Za-z0-9_\-/.:])[0-9]+(?:[.,/][0-9]+)*(?![A-Za-z0-9_\-])")
_TO_PERSIAN_DIGITS = str.maketrans(LATIN_DIGITS + ARABIC_INDIC_DIGITS, PERSIAN_DIGITS * 2)


def _latin_numbers(text):
    """Matches of Latin numbers not part of Latin writing (ISO 9001: the
    word before it is Latin, so it stays Latin)."""
    numbers = []
    for number in _LATIN_NUMBER.finditer(text):
        before = text[: number.start()].rstrip()
        if before and before[-1].isascii() and before[-1].isalpha():
            continue
        numbers.append(number)
    return numbers


def has_mixed_digits(text):
    """Arabic-Indic digits anywhere, or Latin numbers beside Persian ones."""
    styles = digit_styles(text)
    if "arabic" in styles:
        return True
    return "persian" in styles and bool(_latin_numbers(str(text)))


def fix_digits(text):
    """Every Arabic-Indic digit, and every Latin number not part of a Latin word, as Persian digits."""
    text = str(text).translate(str.maketrans(ARABIC_INDIC_DIGITS, PERSIAN_DIGITS))
    for number in reversed(_latin_numbers(text)):
        text = text[: number.start()] + number.group().translate(_TO_PERSIAN_DIGITS) + text[number.end() :]
    return text


_MARKS = re.compile(f"[{TATWEEL}{DIRECTION_MARKS}]")


def stray_marks(text):
    """The tatweels and direction marks in `text` (what `fix_marks` removes)."""
    return _MARKS.findall(str(text))


def fix_marks(text):
    return _MARKS.sub("", str(text))


_LATIN_WORD = re.compile(r"[A-Za-z]{2,}")


def latin_words(text):
    return _LATIN_WORD.findall(str(text))


_ARABIC_SCRIPT_LETTER = re.compile("[\u0621-\u064a\u0671-\u06d3]")


def pashto_letter_count(text):
    return sum(1 for char in str(text) if char in PASHTO_LETTERS)


def arabic_script_letter_count(text):
    return len(_ARABIC_SCRIPT_LETTER.findall(str(text)))


# Dari's verbal prefixes می/نمی are joined to the verb with a ZWNJ (می‌شود).
# Written with a space, or joined to a common verb without one.
COMMON_VERB_STEMS = (
    "شود",
    "شوند",
    "باشد",
    "باشند",
    "کند",
    "کنند",
    "کنیم",
    "گردد",
    "گردند",
    "توان",
    "دهد",
    "دهند",
    "رود",
    "آید",
    "گیرد",
    "خواهد",
    "داند",
    "سازد",
    "نماید",
)
_PREFIX_SPACE = re.compile(r"(?<![\w\u200c])(ن?می) (?=[\u0621-\u06d3])")
_PREFIX_JOINED = re.compile(r"(?<![\w\u200c])(ن?می)(" + "|".join(COMMON_VERB_STEMS) + r")(?![\w\u200c])")


def missing_prefix_zwnj(text):
    """The words where Dari's می/نمی prefix lacks its ZWNJ, as written."""
    text = str(text)
    found = [
        match.group(0) + text[match.end() : match.end() + 12].split(" ")[0] for match in _PREFIX_SPACE.finditer(text)
    ]
    found += [match.group(0) for match in _PREFIX_JOINED.finditer(text)]
    return found
