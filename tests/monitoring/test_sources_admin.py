"""The sources' and rules' screens as a monitor reads them in Dari (and English):
the state of a failing feed, words and digits in the reader's language, what
is refused on save."""

import datetime
import re
from html import unescape

import pytest
from django.urls import reverse

from monitoring import fetching, pipeline
from monitoring.models import Rule, Source
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

# 15:09 UTC is 19:39 in Kabul, on 16 Qaws 1405.
FAILED_AT = datetime.datetime(2026, 12, 7, 15, 9, tzinfo=datetime.UTC)


@pytest.fixture
def monitor(client):
    client.force_login(make_user("sources-monitor", "Monitors"))
    return client


def text_of(response):
    """The page as a reader sees it: tags and runs of white space away."""
    html = response.content.decode()
    html = re.sub(r"<(script|style)\b.*?</\1>", " ", html, flags=re.S)
    html = re.sub(r"</?(bdi|code|mark)\b[^>]*>", "", html)  # inline: no space where they start and end
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", html)))


def failing_source(settings, name="nonexistent"):
    settings.MONITORING_ALLOW_PRIVATE_ADDRESSES = True
    source = Source.objects.create(name="خبرگزاری خاموش", feed_url=f"http://{name}.invalid/rss", country="AF")
    pipeline._failed(
        source,
        fetching.FetchError(
            "name_not_found",
            f"name not found: {name}.invalid ([Errno -2] Name or service not known)",
            host=f"{name}.invalid",
        ),
    )
    Source.objects.filter(pk=source.pk).update(last_error_at=FAILED_AT, last_checked=FAILED_AT)
    return Source.objects.get(pk=source.pk)


def source_form(**changes):
    data = {
        "name": "طلوع نیوز",
        "outlet": "",
        "feed_url": "https://8.8.8.8/rss",
        "kind": "rss",
        "language_hint": "fa-af",
        "country": "AF",
        "active": "on",
        "check_every_minutes": "30",
    }
    data.update(changes)
    return data


def test_the_last_error_is_shown_in_dari_with_the_kabul_time_in_solar_hijri(monitor, settings):
    failing_source(settings)
    page = monitor.get(reverse("wagtailsnippets_monitoring_source:list"))
    shown = text_of(page)
    assert "۱۶ قوس ۱۴۰۵ ۱۹:۳۹: نام سرور پیدا نشد: nonexistent.invalid" in shown, shown
    assert '<bdi dir="ltr">nonexistent.invalid</bdi>' in page.content.decode()
    assert "UTC" not in shown and "2026-12-07" not in shown and "Name or service" not in shown


def test_the_last_error_is_shown_in_english_to_an_english_reader(client, settings):
    client.force_login(make_user("sources-english", "Monitors", language="en"))
    failing_source(settings)
    shown = text_of(client.get(reverse("wagtailsnippets_monitoring_source:list")))
    assert "7 December 2026 (16 Qaws 1405) 19:39: The server's name was not found: nonexistent.invalid." in shown


def test_a_failing_source_shows_its_state_on_its_edit_screen(monitor, settings):
    source = failing_source(settings)
    page = monitor.get(reverse("wagtailsnippets_monitoring_source:edit", args=[source.pk]))
    assert page.status_code == 200
    shown = text_of(page)
    assert "وضعیت فید" in shown
    assert "ناکامی‌های پیاپی ۱ " in shown
    assert "آخرین خطا ۱۶ قوس ۱۴۰۵ ۱۹:۳۹: نام سرور پیدا نشد" in shown
    next_try = Source.objects.get(pk=source.pk).next_due
    from core import l10n

    assert f"بررسی بعدی {l10n.format_date(next_try, 'fa-af', weekday=False)}" in shown
    # The technical detail is kept, apart and left to right.
    assert '<bdi dir="ltr"><code>name not found: nonexistent.invalid' in page.content.decode()
    # Nothing of it on a new source's screen.
    assert "وضعیت فید" not in text_of(monitor.get(reverse("wagtailsnippets_monitoring_source:add")))


@pytest.mark.parametrize("address", ["http://127.0.0.1:8000/rss", "http://10.1.2.3/feed", "http://[::1]/rss"])
def test_a_feed_address_on_this_server_or_a_private_network_is_refused(monitor, settings, address):
    settings.MONITORING_ALLOW_PRIVATE_ADDRESSES = False
    response = monitor.post(reverse("wagtailsnippets_monitoring_source:add"), source_form(feed_url=address))
    assert response.status_code == 200
    assert "این نشانی روی همین سرور یا در یک شبکهٔ خصوصی است" in text_of(response)
    assert not Source.objects.exists()


def test_a_private_feed_address_is_saved_where_the_setting_allows_it(monitor, settings):
    settings.MONITORING_ALLOW_PRIVATE_ADDRESSES = True
    response = monitor.post(
        reverse("wagtailsnippets_monitoring_source:add"), source_form(feed_url="http://127.0.0.1:8000/rss")
    )
    assert response.status_code == 302
    assert Source.objects.get().feed_url == "http://127.0.0.1:8000/rss"


def test_a_source_is_called_the_same_in_dari_everywhere(monitor, settings):
    settings.MONITORING_ALLOW_PRIVATE_ADDRESSES = False
    listing = text_of(monitor.get(reverse("wagtailsnippets_monitoring_source:list")))
    assert "افزودن منبع" in listing and "مبدأ" not in listing
    added = monitor.post(reverse("wagtailsnippets_monitoring_source:add"), source_form(), follow=True)
    shown = text_of(added)
    assert "منبع «طلوع نیوز» ایجاد شد" in shown or "منبع 'طلوع نیوز' ایجاد شد" in shown, shown
    assert "مبدأ" not in shown
    assert Source.objects.get().country == "AF"


def test_afghanistan_comes_first_among_the_countries_in_the_readers_language(monitor):
    page = monitor.get(reverse("wagtailsnippets_monitoring_source:add")).content.decode()
    select = re.search(r'<select name="country".*?</select>', page, re.S).group(0)
    options = re.findall(r'<option value="([A-Z]*)"[^>]*>([^<]*)</option>', select)
    assert options[0][0] == "" and options[1] == ("AF", "افغانستان")
    assert ("IR", "ایران") in options and ("PK", "پاکستان") in options
    assert "Iran" not in select and "Germany" not in select


def test_active_and_failures_are_words_and_digits_of_the_reader(monitor, settings):
    failing_source(settings)
    Source.objects.create(name="منبع خاموش", feed_url="https://8.8.8.8/off", active=False)
    Rule.objects.create(name="صادرات", terms_any="صادرات")
    Rule.objects.create(name="کهنه", terms_any="قدیم", active=False)
    for address in (
        reverse("wagtailsnippets_monitoring_source:list"),
        reverse("wagtailsnippets_monitoring_rule:list"),
    ):
        page = monitor.get(address).content.decode()
        cells = re.findall(r"<td[^>]*>\s*(.*?)\s*</td>", page, re.S)
        assert "بلی" in cells and "نخیر" in cells, address
        assert "True" not in cells and "False" not in cells, address
    page = monitor.get(reverse("wagtailsnippets_monitoring_source:list")).content.decode()
    cells = re.findall(r"<td[^>]*>\s*(.*?)\s*</td>", page, re.S)
    assert "۱" in cells and "۰" in cells and "1" not in cells and "0" not in cells


@pytest.mark.parametrize("terms", [{}, {"terms_all": "  \n ", "terms_any": "\n"}, {"terms_none": "فوتبال"}])
def test_a_rule_without_terms_is_refused(monitor, terms):
    data = {"name": "بی‌قاعده", "terms_all": "", "terms_any": "", "terms_none": "", "active": "on"}
    data.update(terms)
    response = monitor.post(reverse("wagtailsnippets_monitoring_rule:add"), data)
    assert response.status_code == 200
    assert "دست‌کم یک واژه در «همه این‌ها» یا «هر کدام از این‌ها» بنویسید" in text_of(response)
    assert not Rule.objects.filter(name="بی‌قاعده").exists()
