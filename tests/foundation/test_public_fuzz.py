"""Every public page answers any query string, path or header a reader or a
robot sends with a page or a 4xx, never a 500.

Hypothesis draws the parameters each page reads (and some it does not):
dates in every calendar, digit set and separator, numbers of every size
and sign, repeated parameters, any text, raw bytes that are not UTF-8,
broken percent escapes. The examples are derandomized, so a run is
repeatable; `HYPOTHESIS_PROFILE=deep` draws many more, at random."""

import os
from urllib.parse import quote, quote_from_bytes

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from core.models import MinistryDocument
from directory import geography
from directory.models import Category, Organisation
from directory.pages import DirectoryPage
from home.models import HomePage, StandardPage
from pressroom.models import GalleryIndexPage, GalleryPage, NewsIndexPage, NewsPage, StatementIndexPage, StatementPage
from pressroom.models.statements import StatementKind
from pressroom.models.topics import Topic

settings.register_profile(
    "ci",
    max_examples=40,
    derandomize=True,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.register_profile(
    "deep",
    max_examples=1000,
    database=None,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

# Reads the demo site (its sections, news and statements): the whole demo.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

LANGUAGES = ["fa-af", "ps", "en"]
PERSIAN = str.maketrans("0123456789", "۰۱۲۳۴۵۶۷۸۹")
ARABIC_INDIC = str.maketrans("0123456789", "٠١٢٣٤٥٦٧٨٩")

digits = st.sampled_from([None, PERSIAN, ARABIC_INDIC])


@st.composite
def numbers(draw):
    value = draw(
        st.one_of(
            st.integers(-10, 3000).map(str),
            st.integers(-(10**30), 10**30).map(str),
            st.sampled_from(["0", "-0", "1e3", "1.5", "NaN", "inf", "-inf", "0x10", "+1", " 2 ", "١٢", "۱۴۰۵", "٣"]),
        )
    )
    table = draw(digits)
    return value.translate(table) if table else value


@st.composite
def dates(draw):
    """Well-formed dates of any year (far past and future included) as often
    as malformed ones, in any digits."""
    year = draw(st.sampled_from([0, 1, 622, 1300, 1399, 1404, 1405, 1470, 1900, 2025, 2090, 9999, 10000, 99999]))
    if draw(st.booleans()):
        month, day, separator, order = draw(st.integers(1, 12)), draw(st.integers(1, 28)), "-", 3
    else:
        month, day = draw(st.integers(-1, 14)), draw(st.integers(-1, 33))
        separator = draw(st.sampled_from(["/", ".", " ", "", "--", "٫"]))
        order = draw(st.integers(1, 4))
    parts = [str(year), str(month).zfill(draw(st.integers(1, 3))), str(day)]
    if order == 4:
        parts.reverse()
    text = separator.join(parts[:order])
    table = draw(digits)
    return text.translate(table) if table else text


def text_values():
    return st.one_of(
        st.text(max_size=40),
        st.text(alphabet="ابپتټثجځچڅحخدډذرړزژږسشښصضطظعغفقکګگلمنڼوهیۍېئ\u200c\u064b\u0654 ", max_size=25),
        st.sampled_from(["", " ", "\x00", "'", '"', "\\", "*", "NEAR(", "<script>", "../..", "9" * 5000, "a" * 300]),
    )


def values(known=()):
    """A parameter's value: one of the page's real choices, or anything."""
    choices = [st.sampled_from(sorted(known))] if known else []
    return st.one_of(*choices, numbers(), dates(), text_values(), st.binary(max_size=16))


def _encode(value):
    if isinstance(value, bytes):
        return quote_from_bytes(value, safe="")
    return quote(value.encode("utf-8", "surrogatepass"), safe="")


@st.composite
def query_strings(draw, parameters):
    """`parameters`: {name: known values}. Each parameter the page reads
    present or not, some more than once; now and then one it does not read,
    or a broken escape."""
    chosen = draw(
        st.fixed_dictionaries(
            {}, optional={name: st.lists(values(known), min_size=1, max_size=3) for name, known in parameters.items()}
        )
    )
    pairs = [(name, value) for name, drawn in chosen.items() for value in drawn]
    pairs += draw(st.lists(st.tuples(st.sampled_from(["notice", "page", "utm_source", "x", ""]), values()), max_size=2))
    query = "&".join(f"{_encode(name)}={_encode(value)}" for name, value in pairs)
    if draw(st.integers(0, 9)) == 0:
        query += "&" + draw(st.sampled_from(["%", "%zz", "=", "&&", "q", "page=%FF", "%00=%00", "a=%E2%82", "==="]))
    return query


@pytest.fixture
def public_urls(demo_site):
    """{family: [(path, {parameter: known values})]} for every public page of the demo."""
    topics = {topic.slug for topic in Topic.objects.all()}
    urls = {"page": [], "listing": [], "feed": [], "directory": [], "organisation": [], "search": []}
    for model in (HomePage, StandardPage, NewsPage, StatementPage, GalleryPage):
        for language in LANGUAGES:
            for page in model.objects.live().filter(locale__language_code=language)[:2]:
                urls["page"].append((page.url, {}))
    for model in (NewsIndexPage, StatementIndexPage, GalleryIndexPage):
        for index in model.objects.live():
            language = index.locale.language_code
            parameters = {
                "topic": topics,
                "kind": {kind.value for kind in StatementKind} if model is StatementIndexPage else set(),
                "year": {"1404", "1405", "2025", "2026", "۱۴۰۵"} if language != "en" else {"2025", "2026"},
                "month": {str(number) for number in range(1, 13)},
                "page": {"1", "2"},
            }
            urls["listing"].append((index.url, parameters))
            urls["feed"] += [(index.url + "feed/rss/", parameters), (index.url + "feed/atom/", parameters)]
    for directory in DirectoryPage.objects.live():
        parameters = {
            "q": {"وزارت", "ministry", "وزارت تجارت"},
            "category": set(Category.objects.values_list("slug", flat=True)),
            "province": {code for code, _name in geography.province_choices()},
            "page": {"1", "2"},
        }
        urls["directory"].append((directory.url, parameters))
        keys = list(Organisation.objects.filter(locale=directory.locale).values_list("key", flat=True)[:5])
        urls["organisation"] += [(directory.url, {"key": set(keys)})]
    for language in LANGUAGES:
        urls["search"].append(
            (
                f"/{language}/search/",
                {
                    "q": {"تجارت", "trade", "سوداګرۍ", "صادرات"},
                    "type": {"news", "statement", "gallery", "page", "directory"},
                    "topic": topics,
                    "start": {"1405-01-01", "2025-01-01", "۱۴۰۴/۱/۱"},
                    "end": {"1405-12-29", "2026-12-31"},
                    "sort": {"relevance", "date"},
                    "scope": {"all", ""},
                    "page": {"1", "2", "1000"},
                },
            )
        )
    assert all(urls.values()), urls
    return urls


def get(path, query="", **headers):
    response = Client().get(path, QUERY_STRING=query, **headers)
    assert response.status_code < 500, (path, query, headers, response.status_code)
    return response


FUZZ = settings(settings.default)


def _fuzz_family(public_urls, data, family):
    path, parameters = data.draw(st.sampled_from(public_urls[family]), label="page")
    get(path, data.draw(query_strings(parameters), label="query"))


@settings(FUZZ, max_examples=FUZZ.max_examples * 2)
@given(data=st.data())
def test_search_never_answers_500(public_urls, data):
    _fuzz_family(public_urls, data, "search")


@FUZZ
@given(data=st.data())
def test_listings_and_their_feeds_never_answer_500(public_urls, data):
    _fuzz_family(public_urls, data, data.draw(st.sampled_from(["listing", "feed"])))


@FUZZ
@given(data=st.data())
def test_the_directory_listing_never_answers_500(public_urls, data):
    _fuzz_family(public_urls, data, "directory")


@settings(FUZZ, max_examples=FUZZ.max_examples // 2)
@given(data=st.data())
def test_home_general_and_detail_pages_never_answer_500(public_urls, data):
    _fuzz_family(public_urls, data, "page")


@FUZZ
@given(data=st.data())
def test_organisation_pages_and_vcards_never_answer_500(public_urls, data):
    directory_url, parameters = data.draw(st.sampled_from(public_urls["organisation"]))
    key = data.draw(st.one_of(st.sampled_from(sorted(parameters["key"])), st.text(min_size=1, max_size=30)))
    suffix = data.draw(st.sampled_from(["", "vcard/"]))
    get(f"{directory_url}{_encode(key)}/{suffix}", data.draw(query_strings({})))


@pytest.fixture
def document(demo_site):
    return MinistryDocument.objects.create(title="سند", file=SimpleUploadedFile("tariffs.txt", b"tariffs"))


@FUZZ
@given(data=st.data())
def test_documents_sitemap_language_switch_and_the_root_never_answer_500(demo_site, document, data):
    kind = data.draw(st.sampled_from(["document", "sitemap", "switch", "root", "alias"]))
    if kind == "document":
        number = data.draw(st.one_of(st.just(str(document.pk)), numbers()))
        name = data.draw(st.one_of(st.just(document.filename), text_values().filter(bool)))
        get(f"/documents/{_encode(number)}/{_encode(name)}", data.draw(query_strings({})))
    elif kind == "sitemap":
        get("/sitemap.xml", data.draw(query_strings({"p": {"1", "2"}})))
    elif kind == "switch":
        language = data.draw(st.one_of(st.sampled_from(LANGUAGES), text_values().filter(lambda text: "/" not in text)))
        next_values = {"/fa-af/", "/ps/", "/en/", "//evil.example/", "https://evil.example/", "/en/search/?q=x"}
        get(f"/language/{_encode(language) or 'x'}/", data.draw(query_strings({"next": next_values})))
    else:
        accept = data.draw(
            st.one_of(
                st.sampled_from(["fa-AF,fa;q=0.9", "ps", "en-US,en;q=0.5", "*", "fa;q=abc", "x" * 500, ";;;,,,q="]),
                st.text(alphabet="abcdefghijklmnopqrstuvwxyz-_;=,.*0123456789 ", max_size=60),
            )
        )
        path = "/" if kind == "root" else data.draw(st.sampled_from(["/fa/", "/prs/x/", "/en-US/search/", "/pus/"]))
        get(path, data.draw(query_strings({"q": {"x"}})), HTTP_ACCEPT_LANGUAGE=accept)
