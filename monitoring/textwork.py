"""What is done to an article's page: its text extracted (trafilatura), its
language identified (py3langid, whose model ships in its package), the text
folded as the site search folds it (core.normalize, the one implementation)
and its MinHash signature over word shingles for near-duplicates."""

import hashlib
import random
import re
import struct
import threading

import trafilatura
import trafilatura.utils
from py3langid.langid import MODEL_FILE, LanguageIdentifier

from core.normalize import normalize_query

# Languages the identifier chooses among: the monitored ones and the
# neighbours they are confused with (Arabic, Urdu), which count as "other".
CANDIDATES = ["fa", "ps", "en", "ar", "ur"]
# Persian from these countries is Iranian Persian; from anywhere else, Dari.
PERSIAN_COUNTRIES = {"IR"}

MIN_WORDS = 12  # an extracted "text" shorter than this is a page without an article
SHINGLE = 3
PERMUTATIONS = 64
BANDS = 16
ROWS = PERMUTATIONS // BANDS
MIN_SHINGLES = 8  # fewer (a headline alone) never joins a story by its text
SAME_STORY = 0.5  # estimated Jaccard similarity from which two texts are one story

_PRIME = (1 << 61) - 1
_random = random.Random(20261207)  # fixed: signatures stay comparable across runs  # nosec B311
_COEFFICIENTS = [(_random.randrange(1, _PRIME), _random.randrange(0, _PRIME)) for _ in range(PERMUTATIONS)]

META_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
ZWNJ = "\u200c"
ZWNJ_ENTITY = re.compile(r"&(?:zwnj|#8204|#x200c);", re.IGNORECASE)
# Printable characters no news text uses, tried in turn (one the page already
# contains is passed over).
ZWNJ_MARKS = ("\u2e17", "\u2e19", "\u2e1a", "\u2e0e")

_identifier = None
_lock = threading.Lock()


def decode_page(body, declared=""):
    """A page's bytes as text: UTF-8 when they are valid UTF-8 (whatever the page
    claims), else the charset the server or the page declares when the bytes
    decode in it, else trafilatura's guess. trafilatura alone ignores both
    declarations and reads a Windows-1256 page as Cyrillic."""
    if isinstance(body, str):
        return body
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError:
        pass
    meta = META_CHARSET.search(body[:4096])
    for name in (declared, meta.group(1).decode("ascii", "ignore") if meta else ""):
        if not name or name.lower().replace("_", "-") in ("utf-8", "utf8"):
            continue
        try:
            return body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
    return trafilatura.utils.decode_file(body)


def extract(html, url="", declared=""):
    """The article's main text, or "" when the page has none.

    trafilatura drops every character Python does not call printable, and the
    zero-width non-joiner of Dari and Pashto (شده‌اند, می‌شود) is one: it is carried
    through the extraction as a visible mark the page does not contain, then put back."""
    if not html:
        return ""
    html = decode_page(html, declared)
    mark = next((candidate for candidate in ZWNJ_MARKS if candidate not in html), None)
    if mark:
        html = ZWNJ_ENTITY.sub(ZWNJ, html).replace(ZWNJ, mark)
    text = trafilatura.extract(
        html, url=url or None, include_comments=False, include_tables=False, favor_precision=True, deduplicate=False
    )
    text = (text or "").strip()
    if mark:
        text = text.replace(mark, ZWNJ)
    # A menu or a caption is not an article.
    return text if len(text.split()) >= MIN_WORDS else ""


def identifier():
    global _identifier
    with _lock:
        if _identifier is None:
            found = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
            found.set_languages(CANDIDATES)
            _identifier = found
    return _identifier


def identify(text, country="", hint=""):
    """fa-af, fa, ps, en or other. Short texts fall back on the source's hint."""
    sample = (text or "").strip()[:1500]
    if len(sample) < 20:
        return hint or "other"
    code, _probability = identifier().classify(sample)
    if code == "fa":
        if country.upper() in PERSIAN_COUNTRIES:
            return "fa"
        if hint == "fa" and not country:
            return "fa"
        return "fa-af"
    if code in ("ps", "en"):
        return code
    return "other"


def fold(text):
    """Folded words separated by single spaces (what rules and shingles read)."""
    return normalize_query(text)


def sha256(text):
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _shingle_hashes(folded):
    words = folded.split()
    if len(words) < SHINGLE:
        return set()
    return {
        struct.unpack("<Q", hashlib.blake2b(" ".join(words[i : i + SHINGLE]).encode(), digest_size=8).digest())[0]
        for i in range(len(words) - SHINGLE + 1)
    }


def signature(folded):
    """The MinHash signature of the text's word shingles ([] when too short)."""
    hashes = _shingle_hashes(folded)
    if len(hashes) < MIN_SHINGLES:
        return []
    return [min((a * value + b) % _PRIME for value in hashes) for a, b in _COEFFICIENTS]


def similarity(first, second):
    if not first or not second or len(first) != len(second):
        return 0.0
    return sum(1 for x, y in zip(first, second, strict=True) if x == y) / len(first)


def band_keys(sig):
    """One key per LSH band: texts that share a key are candidates."""
    if not sig:
        return []
    keys = []
    for band in range(BANDS):
        digest = hashlib.blake2b(repr(sig[band * ROWS : (band + 1) * ROWS]).encode(), digest_size=12).hexdigest()
        keys.append(f"{band}:{digest}")
    return keys
