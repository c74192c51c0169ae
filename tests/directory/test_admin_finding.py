"""Finding an organisation in the admin (issue 12.9): the chooser and the
listing show the admin user's own language first, search names the way the
public directory does (Arabic and Persian letter forms alike) and filter by
category. Plain database queries: the same on SQLite and PostgreSQL."""

import json
import re

import pytest

from directory import factories
from directory.models import Organisation
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

CHOOSER = "/admin/snippets/choose/directory/organisation/"
CHOOSER_RESULTS = "/admin/snippets/choose/directory/organisation/results/"
LISTING = "/admin/snippets/directory/organisation/"


@pytest.fixture
def findable(db):
    return {
        "kabul": factories.organisation(
            key="find-kabul-chamber",
            name="اتاق تجارت کابل زرنگار",
            languages=("fa-af", "ps", "en"),
            category_slug="private-sector",
        ),
        "media": factories.organisation(key="find-media-house", name="خانهٔ رسانه زرنگار", category_slug="media"),
    }


def html_of(response):
    if response["Content-Type"].startswith("application/json"):
        return json.loads(response.content)["html"]  # the chooser modal
    return response.content.decode()


def ids_in(html, pattern):
    return [int(pk) for pk in dict.fromkeys(re.findall(pattern, html))]


def chosen_ids(response):
    """The organisations a chooser page offers, in order."""
    return ids_in(html_of(response), r"/chosen/(\d+)/")


def listed_ids(response):
    return ids_in(html_of(response), r"/admin/snippets/directory/organisation/edit/(\d+)/")


@pytest.mark.parametrize("language", ["fa-af", "ps", "en"])
def test_the_chooser_and_the_listing_show_the_users_language_first(client, findable, language):
    client.force_login(make_user(f"finder-{language}", "Directory managers", language=language))
    for url, ids_of in ((CHOOSER, chosen_ids), (LISTING, listed_ids)):
        response = client.get(url)
        assert response.status_code == 200
        ids = ids_of(response)
        assert len(ids) >= 10, url
        languages = dict(Organisation.objects.filter(pk__in=ids).values_list("pk", "locale__language_code"))
        assert [languages[pk] for pk in ids] == [language] * len(ids), url


def test_the_chooser_searches_with_folded_letters_and_filters_by_category(client, findable):
    client.force_login(make_user("finder", "Directory managers"))
    kabul_fa = findable["kabul"]["fa-af"]
    # Typed with Arabic kaf and yeh, as an Arabic keyboard gives them.
    response = client.get(CHOOSER_RESULTS, {"q": "زرنگار كابل"})
    assert response.status_code == 200
    ids = chosen_ids(response)
    assert kabul_fa.pk in ids and findable["media"]["fa-af"].pk not in ids
    assert ids[0] == kabul_fa.pk  # the Dari version first
    response = client.get(CHOOSER_RESULTS, {"q": "زرنگار", "category": "media"})
    assert chosen_ids(response) == [findable["media"]["fa-af"].pk]
    response = client.get(CHOOSER_RESULTS, {"q": "find-kabul", "locale": "en"})
    assert chosen_ids(response) == [findable["kabul"]["en"].pk]
    # The modal offers the search box and the category filter, in Dari.
    html = html_of(client.get(CHOOSER))
    assert 'name="q"' in html and 'name="category"' in html
    assert "سکتور خصوصی" in html  # the category's Dari name, once per category
    assert html.count('value="private-sector"') == 1


def test_the_listing_searches_with_folded_letters_and_filters_by_category(client, findable):
    client.force_login(make_user("lister", "Directory managers"))
    ids = listed_ids(client.get(LISTING, {"q": "زرنگار كابل"}))
    assert ids[0] == findable["kabul"]["fa-af"].pk and findable["media"]["fa-af"].pk not in ids
    ids = listed_ids(client.get(LISTING, {"q": "زرنگار", "category": "media"}))
    assert ids == [findable["media"]["fa-af"].pk]
    html = client.get(LISTING).content.decode()
    assert html.count('value="private-sector"') == 1


def test_bad_filter_values_are_not_errors(client, findable):
    client.force_login(make_user("prober", "Directory managers"))
    for params in ({"category": "nope"}, {"locale": "xx"}, {"q": "\x00%_"}, {"p": "999"}, {"category": ["a", "b"]}):
        assert client.get(CHOOSER_RESULTS, params).status_code in (200, 404), params
        assert client.get(LISTING, params).status_code in (200, 400, 404), params
