"""The back office's search screens: pages, images, documents, their
choosers and the admin API, for every role, on SQLite and on PostgreSQL
(.ci/run runs this file on PostgreSQL, where the site's own database
backend answers), with Elasticsearch up or down."""

import json
import socket

import pytest
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client, override_settings

from core.models import MinistryDocument
from pressroom import factories
from search import elasticsearch

# Reads the demo site (its sections, news and statements): the whole demo.
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("demo_content")]

IMAGE_WORD = "demo"  # the demo's images are called "demo <slug>"
DOCUMENT_WORD = "تعرفه‌نامه"

# (url, text the director must see in the answer)
SCREENS = [
    (f"/admin/images/?q={IMAGE_WORD}", "demo "),
    (f"/admin/images/chooser/?q={IMAGE_WORD}", "demo "),
    (f"/admin/api/main/images/?search={IMAGE_WORD}", "demo "),
    (f"/admin/documents/?q={DOCUMENT_WORD}", DOCUMENT_WORD),
    (f"/admin/documents/chooser/?q={DOCUMENT_WORD}", DOCUMENT_WORD),
    (f"/admin/api/main/documents/?search={DOCUMENT_WORD}", DOCUMENT_WORD),
    ("/admin/pages/search/?q=خرمابستان", "خرمابستان جستجوی اداری"),
    ("/admin/api/main/pages/?search=خرمابستان", "خرمابستان جستجوی اداری"),
    ("/admin/choose-page/search/?q=خرمابستان", "خرمابستان جستجوی اداری"),
    # The admin's page search completes words as they are typed.
    ("/admin/pages/search/?q=خرماب", "خرمابستان جستجوی اداری"),
    ("/admin/choose-page/search/?q=خرماب", "خرمابستان جستجوی اداری"),
]


@pytest.fixture
def searchable(news_index):
    MinistryDocument.objects.create(title=f"{DOCUMENT_WORD} گمرکی", file=SimpleUploadedFile("tariff.txt", b"tariff"))
    factories.NewsPageFactory(parent=news_index, title="خرمابستان جستجوی اداری")


def signed_in(username):
    client = Client(raise_request_exception=False)
    client.force_login(get_user_model().objects.get(username=username))
    return client


def text_of(response):
    body = response.content.decode()
    if response.get("Content-Type", "").startswith("application/json"):
        # The API escapes nothing we look for, but be sure of the letters.
        return json.dumps(json.loads(body), ensure_ascii=False)
    if response.get("Content-Type", "").startswith("text/html") or body.startswith("{"):
        try:
            return json.dumps(json.loads(body), ensure_ascii=False)  # choosers answer JSON with HTML inside
        except ValueError:
            return body
    return body


def test_every_admin_search_screen_finds_what_it_is_asked_for(searchable):
    director = signed_in("director")
    for url, expected in SCREENS:
        response = director.get(url)
        assert response.status_code == 200, url
        assert expected in text_of(response), url


@pytest.mark.parametrize("username", ["editor", "translator", "directory"])
def test_no_role_ever_gets_a_server_error_from_an_admin_search(searchable, username):
    client = signed_in(username)
    for url, _expected in SCREENS + [("/admin/api/main/pages/?search=x", ""), ("/admin/pages/search/?q=x", "")]:
        assert client.get(url).status_code < 500, url


def _closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_admin_search_answers_from_the_database_when_elasticsearch_is_down(searchable, settings):
    backends = {
        "default": elasticsearch.backend_settings(f"http://127.0.0.1:{_closed_port()}", "test_admin_down_"),
        "database": settings.WAGTAILSEARCH_BACKENDS["default"],
    }
    with override_settings(WAGTAILSEARCH_BACKENDS=backends):
        director = signed_in("director")
        for url, expected in SCREENS:
            response = director.get(url)
            assert response.status_code == 200, url
            assert expected in text_of(response), url
