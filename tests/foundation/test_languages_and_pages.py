import re
from html import unescape
from urllib.parse import parse_qs, urlsplit

import pytest
from django.test import Client, override_settings
from django.utils import translation
from django.utils.translation import trans_real
from wagtail.models import Locale

from home.models import StandardPage
from tests.support.pages import html_of

pytestmark = pytest.mark.django_db

HOMES = {"fa-af": "rtl", "ps": "rtl", "en": "ltr"}


def html_tag(html):
    return re.search(r"<html lang=\"([^\"]+)\" dir=\"([^\"]+)\">", html).groups()


def switcher_links(html):
    """{language: (where the link leads, leads to a translation)} of the
    language switcher. Each link passes through /language/<code>/ to record
    the choice, with its destination in `next`."""
    nav = re.search(r'<nav class="language-switcher".*?</nav>', html, re.S).group(0)
    links = {}
    for attrs in re.findall(r"<a ([^>]*)>", nav):
        language = re.search(r'lang="([^"]+)"', attrs).group(1)
        href = unescape(re.search(r'href="([^"]+)"', attrs).group(1))
        parts = urlsplit(href)
        assert parts.path == f"/language/{language}/", href
        links[language] = (parse_qs(parts.query)["next"][0], "data-untranslated" not in attrs)
    return links


@pytest.mark.parametrize(("language", "direction"), HOMES.items())
def test_each_home_page_has_its_language_and_direction(client, language, direction):
    response = client.get(f"/{language}/")
    assert response.status_code == 200
    assert html_tag(html_of(response)) == (language, direction)


def test_home_pages_show_their_own_language(client):
    assert "وزارت صنعت و تجارت" in html_of(client.get("/fa-af/"))
    pashto = html_of(client.get("/ps/"))
    assert "د سوداګرۍ او صنایعو وزارت" in pashto
    assert "وزارت صنعت و تجارت" not in pashto
    english = html_of(client.get("/en/"))
    assert "Ministry of Commerce and Industry" in english
    assert "وزارت" not in english


def test_switcher_leads_to_the_same_page_in_the_other_languages(client):
    links = switcher_links(html_of(client.get("/ps/about/")))
    assert links == {"fa-af": ("/fa-af/about/", True), "en": ("/en/about/", True)}
    links = switcher_links(html_of(client.get("/en/")))
    assert links == {"fa-af": ("/fa-af/", True), "ps": ("/ps/", True)}


def test_switcher_marks_the_current_language_without_a_link(client):
    html = html_of(client.get("/fa-af/about/"))
    assert re.search(r'<span class="language-switcher__current" lang="fa-af"[^>]*aria-current="true">دری</span>', html)


def test_untranslated_page_switches_to_that_languages_home_with_a_notice(client, demo_site):
    only_dari = StandardPage(title="فقط به دری", slug="dari-only", intro="این صفحه هنوز ترجمه نشده است.")
    demo_site["fa-af"].add_child(instance=only_dari)
    only_dari.save_revision().publish()

    links = switcher_links(html_of(client.get("/fa-af/dari-only/")))
    assert links["ps"] == ("/ps/?notice=untranslated", False)
    assert links["en"] == ("/en/?notice=untranslated", False)

    pashto_home = client.get("/ps/?notice=untranslated")
    assert pashto_home.status_code == 200
    assert "لا تر اوسه دې ژبې ته نه ده ژباړل شوې" in html_of(pashto_home)
    english_home = client.get("/en/?notice=untranslated")
    assert "has not been translated into this language yet" in html_of(english_home)
    # The untranslated page itself is never served under another language.
    assert client.get("/ps/dari-only/").status_code == 404
    assert client.get("/en/dari-only/").status_code == 404


def test_page_missing_from_a_language_tree_is_a_404_not_the_dari_page(client, demo_site):
    demo_site["en"].unpublish()
    response = client.get("/en/")
    assert response.status_code == 404
    assert html_tag(html_of(response)) == ("en", "ltr")
    assert "وزارت صنعت و تجارت" not in html_of(response).split("<main", 1)[1]


@pytest.mark.parametrize(
    ("accept_language", "target"),
    [
        ("ps", "/ps/"),
        ("ps-AF,ps;q=0.9", "/ps/"),
        ("en-US,en;q=0.9", "/en/"),
        ("fa-AF", "/fa-af/"),
        ("fa-IR,fa;q=0.9", "/fa-af/"),
        ("de-DE,de;q=0.9", "/fa-af/"),
        ("", "/fa-af/"),
    ],
)
def test_root_redirects_by_accept_language(accept_language, target):
    response = Client(HTTP_ACCEPT_LANGUAGE=accept_language).get("/")
    assert response.status_code == 302
    assert response["Location"] == target
    assert "Accept-Language" in response["Vary"]


def test_switching_language_remembers_the_choice_for_the_root_address(client):
    response = client.get("/language/ps/", {"next": "/ps/about/"})
    assert response.status_code == 302
    assert response["Location"] == "/ps/about/"
    assert response.cookies["ministry_language"].value == "ps"
    # The cookie beats Accept-Language at /.
    assert client.get("/", HTTP_ACCEPT_LANGUAGE="en").headers["Location"] == "/ps/"


@pytest.mark.parametrize(
    "next_url", ["https://evil.example/", "//evil.example/ps/", "/en/about/", "javascript:alert(1)"]
)
def test_switching_language_never_leads_off_site_or_to_another_language(client, next_url):
    response = client.get("/language/ps/", {"next": next_url})
    assert response["Location"] == "/ps/"


def test_switching_to_an_unknown_language_changes_nothing(client):
    response = client.get("/language/de/", {"next": "/de/"})
    assert response["Location"] == "/"
    assert "ministry_language" not in response.cookies


@pytest.mark.parametrize(
    ("path", "target"),
    [
        ("/fa/about/", "/fa-af/about/"),
        ("/prs/", "/fa-af/"),
        ("/en-US/about/?x=1", "/en/about/?x=1"),
        ("/ps-AF/", "/ps/"),
    ],
)
def test_common_language_prefixes_lead_to_the_sites_own(client, path, target):
    response = client.get(path)
    assert response.status_code == 301
    assert response["Location"] == target


def test_every_language_has_a_home_page_without_demo_content(client, demo_site):
    from core.site_structure import TRANSLATED_HOMES

    assert {language for language, _title, _slug in TRANSLATED_HOMES} | {"fa-af"} == set(demo_site)


def test_root_redirect_skips_a_language_without_a_live_home(demo_site):
    demo_site["ps"].unpublish()
    response = Client(HTTP_ACCEPT_LANGUAGE="ps").get("/")
    assert response["Location"] == "/fa-af/"


def test_pashto_is_a_language_django_really_selects():
    assert trans_real.check_for_language("ps")
    with translation.override("ps"):
        assert translation.get_language_bidi()
        assert translation.gettext("Contact us") == "له موږ سره اړیکه"
    with translation.override("fa-af"):
        assert translation.get_language_bidi()
        assert translation.gettext("Contact us") == "تماس با ما"


def test_three_content_locales_exist():
    assert set(Locale.objects.values_list("language_code", flat=True)) == {"fa-af", "ps", "en"}


@pytest.mark.parametrize(
    ("path", "language", "direction", "heading"),
    [
        ("/fa-af/no-such-page/", "fa-af", "rtl", "صفحه پیدا نشد"),
        ("/ps/no-such-page/", "ps", "rtl", "پاڼه ونه موندل شوه"),
        ("/en/no-such-page/", "en", "ltr", "Page not found"),
    ],
)
def test_unknown_path_gives_the_404_page_in_the_request_language(client, path, language, direction, heading):
    response = client.get(path)
    assert response.status_code == 404
    html = html_of(response)
    assert html_tag(html) == (language, direction)
    assert f"<h1>{heading}</h1>" in html
    # The switcher on an error page leads to the other languages' home pages.
    assert all(href.rstrip("/").count("/") == 1 for href, _ in switcher_links(html).values())


def test_unknown_path_without_a_language_is_sent_to_the_readers_language():
    response = Client(HTTP_ACCEPT_LANGUAGE="ps").get("/no-such-page/")
    assert response.status_code == 302
    assert response["Location"] == "/ps/no-such-page/"


@pytest.mark.parametrize(
    ("path", "language", "heading"),
    [("/ps/about/", "ps", "غوښتنه سمه نه ده"), ("/en/about/", "en", "Bad request")],
)
def test_too_many_fields_is_a_400_page_in_the_request_language(path, language, heading):
    response = Client().get(path + "?" + "&".join(f"a{n}=1" for n in range(11000)))
    assert response.status_code == 400
    assert f"<h1>{heading}</h1>" in html_of(response)
    assert html_tag(html_of(response))[0] == language


def test_unknown_path_with_too_many_fields_is_a_400_not_a_500(client):
    response = client.get("/fa-af/no-such-page/?" + "&".join("a" for _ in range(11000)))
    assert response.status_code == 400
    assert "<h1>درخواست نادرست</h1>" in html_of(response)


def test_a_form_without_its_csrf_token_gets_the_403_page_in_the_request_language():
    client = Client(enforce_csrf_checks=True)
    response = client.post("/fa-af/about/", {"field": "value"})
    assert response.status_code == 403
    assert "<h1>فرم منقضی شده است</h1>" in html_of(response)


def _explode(page, request, serve_args, serve_kwargs):
    raise RuntimeError("simulated failure")


@pytest.mark.parametrize(
    ("path", "language", "direction", "heading"),
    [
        ("/fa-af/about/", "fa-af", "rtl", "مشکلی پیش آمد"),
        ("/ps/about/", "ps", "rtl", "یوه ستونزه رامنځته شوه"),
        ("/en/about/", "en", "ltr", "Something went wrong"),
    ],
)
def test_a_server_error_shows_the_500_page_in_the_request_language(path, language, direction, heading):
    from wagtail import hooks

    client = Client(raise_request_exception=False)
    with hooks.register_temporarily("before_serve_page", _explode):
        response = client.get(path)
    assert response.status_code == 500
    html = html_of(response)
    assert html_tag(html) == (language, direction)
    assert f"<h1>{heading}</h1>" in html
    assert "simulated failure" not in html
    assert "Traceback" not in html


@override_settings(DEBUG=False)
def test_general_page_shows_its_text_and_the_last_update_in_the_readers_calendar(client):
    html = html_of(client.get("/fa-af/about/"))
    assert "<h1>درباره ریاست اطلاعات و ارتباط عامه</h1>" in html
    assert "<li>ترجمه و نشر مطالب به زبان‌های ملی و انگلیسی</li>" in html
    assert re.search(r"آخرین به‌روزرسانی: <time[^>]*>[۰-۹]+ [^<\d]+ ۱۴۰[۰-۹]</time>", html)
    english = html_of(client.get("/en/about/"))
    assert "<li>Translating what we publish into the national languages and English</li>" in english


def test_footer_shows_the_contact_details_in_each_language(client):
    assert "کابل، افغانستان" in html_of(client.get("/fa-af/"))
    pashto = html_of(client.get("/ps/"))
    assert "د اطلاعاتو او عامه اړیکو ریاست، د سوداګرۍ او صنایعو وزارت" in pashto
    assert "+۹۳ ۲۰ ۰۰۰ ۰۰۰۰" in pashto
    english = html_of(client.get("/en/"))
    assert "Saturday to Wednesday" in english
    assert "+93 20 000 0000" in english


def test_navigation_lists_the_menu_pages_of_the_current_language_only(client):
    pashto = html_of(client.get("/ps/"))
    nav = re.search(r'<nav class="site-nav".*?</nav>', pashto, re.S).group(0)
    assert "/ps/about/" in nav
    assert "/fa-af/about/" not in nav and "/en/about/" not in nav


def test_no_english_ui_text_on_dari_and_pashto_pages(client):
    for language in ("fa-af", "ps"):
        for path in (f"/{language}/", f"/{language}/about/", f"/{language}/missing/"):
            html = html_of(client.get(path))
            visible = re.sub(r"<(script|style)[^>]*>.*?</\1>", "", html, flags=re.S)
            visible = re.sub(r"<[^>]+>", " ", visible)
            latin_words = {word for word in re.findall(r"[A-Za-z]{3,}", visible)}
            # Only the English language name in the switcher and the demo e-mail address are Latin.
            assert latin_words <= {"English", "press", "example", "org"}, (path, latin_words)
