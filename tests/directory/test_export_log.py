"""The export log reads in the admin user's language (issue 12.10, export
log): what was exported and its filters with translated names, never
`organisations (xlsx)` or a raw `{'category': 'media'}`."""

import pytest
from django.urls import reverse

from tests.support.admin_language import english_words
from tests.support.users import make_user

pytestmark = pytest.mark.django_db


def export_page_after_an_export(client, language):
    user = make_user(f"log-{language}", "Directory managers", language=language)
    user.first_name, user.last_name = "احمد", "کریمی"
    user.save()
    client.force_login(user)
    params = {
        "kind": "organisations",
        "file_format": "xlsx",
        "category": "media",
        "province": "herat",
        "visibility": "internal",
    }
    assert client.get(reverse("directory_export"), params).status_code == 200
    response = client.get(reverse("directory_export"))
    assert response.status_code == 200
    return response.content.decode()


def test_the_export_log_reads_in_dari(client):
    html = export_page_after_an_export(client, "fa-af")
    assert "{'category'" not in html and "organisations (xlsx)" not in html
    assert "نهادها، XLSX (اکسل)" in html
    assert "کتگوری: رسانه‌ها" in html and "ولایت: هرات" in html and "حالت نمایش: داخلی" in html
    assert "احمد کریمی" in html
    assert not english_words(html), sorted(english_words(html))


def test_the_export_log_reads_in_pashto(client):
    html = export_page_after_an_export(client, "ps")
    assert "{'category'" not in html and "organisations (xlsx)" not in html
    assert "بنسټونه، XLSX (اکسل)" in html
    assert "کټګوري: رسنۍ" in html and "د ښودلو حالت: داخلي" in html
    assert not english_words(html), sorted(english_words(html))


def test_the_export_log_reads_in_english(client):
    html = export_page_after_an_export(client, "en")
    assert "Organisations, XLSX (Excel)" in html
    assert "Category: Media" in html and "Province: Herat" in html and "Visibility: Internal" in html
