"""The admin's dates, relative times, scheduling fields, workflow names and
e-mails in the reader's language and calendar: Solar Hijri in Dari (with the
Gregorian date beside the full ones), Kabul time said and a Solar Hijri date
accepted when scheduling, "Director approval" translated wherever it is
shown, and e-mail links that lead to the site's real address."""

import datetime
import re
from zoneinfo import ZoneInfo

import pytest
from django.core import mail
from django.template import Context, Template
from django.utils import timezone, translation

from pressroom import factories
from pressroom.models import NewsPage
from tests.support.forms import edit_form

pytestmark = pytest.mark.django_db

KABUL = ZoneInfo("Asia/Kabul")
# 26 November 2026 is 5 Qaws 1405 (shared/l10n/solar_hijri_months.json).
THURSDAY_MORNING = datetime.datetime(2026, 11, 26, 10, 30, tzinfo=KABUL)


def render(template, language, **context):
    with translation.override(language):
        return Template(template).render(Context(context))


@pytest.mark.parametrize(
    ("template", "expected"),
    [
        # What Wagtail's tooltips, histories and status panels print.
        ("{{ when }}", "۵ قوس ۱۴۰۵ (۲۰۲۶/۱۱/۲۶ م)، ساعت ۱۰:۳۰"),
        ("{{ when|date:'DATETIME_FORMAT' }}", "۵ قوس ۱۴۰۵ (۲۰۲۶/۱۱/۲۶ م)، ساعت ۱۰:۳۰"),
        ("{{ when|date }}", "۵ قوس ۱۴۰۵ (۲۰۲۶/۱۱/۲۶ م)"),
        ("{{ when|date:'SHORT_DATETIME_FORMAT' }}", "۱۴۰۵/۰۹/۰۵، ساعت ۱۰:۳۰"),
        ("{{ when|date:'YEAR_MONTH_FORMAT' }}", "قوس ۱۴۰۵"),
        # Machine formats (datetime attributes) stay Gregorian.
        ("{{ when|date:'c' }}", "2026-11-26T10:30:00+04:30"),
        ("{{ when|date:'Y-m-d' }}", "2026-11-26"),
    ],
)
def test_admin_dates_are_solar_hijri_in_dari(template, expected):
    assert render(template, "fa-af", when=THURSDAY_MORNING) == expected


def test_a_wagtail_tooltip_date_is_solar_hijri_in_dari_and_gregorian_in_english():
    template = "{% load wagtailadmin_tags %}{% human_readable_date when %}"
    dari = render(template, "fa-af", when=THURSDAY_MORNING)
    assert 'data-w-tooltip-content-value="۵ قوس ۱۴۰۵ (۲۰۲۶/۱۱/۲۶ م)، ساعت ۱۰:۳۰"' in dari
    english = render(template, "en", when=THURSDAY_MORNING)
    assert "Nov. 26, 2026" in english and "قوس" not in english


@pytest.mark.parametrize(
    ("ago", "unit"),
    [
        (datetime.timedelta(seconds=11), "ثانیه"),
        (datetime.timedelta(minutes=5), "دقیقه"),
        (datetime.timedelta(days=3), "روز"),
    ],
)
def test_relative_times_are_in_dari_with_persian_digits(ago, unit):
    # Each age checked on its own: whichever one a screen happens to show is Dari.
    when = timezone.now() - ago
    for template in (
        "{% load wagtailadmin_tags %}{{ when|naturaltime }}",
        "{% load wagtailadmin_tags %}{{ when|timesince_simple }}",
    ):
        text = render(template, "fa-af", when=when)
        if ago.total_seconds() < 60 and "timesince_simple" in template:
            unit_seen = "همین الان" in text or "ثانیه" in text or "دقیقه" in text
        else:
            unit_seen = unit in text
        assert unit_seen and "پیش" in text or "همین" in text, text
        assert not re.search(r"[A-Za-z0-9]", text), text


def test_the_workflow_name_is_translated_on_the_screens_and_kept_in_the_database(people, login, news_index):
    from wagtail.models import Workflow

    story = factories.NewsPageFactory(parent=news_index, title="خبر برای بررسی", owner=people["editor"], draft=True)
    client = login(people["editor"])
    html = client.get(f"/admin/pages/{story.pk}/edit/").content.decode()
    # The action menu's "Submit to …" button.
    assert "تأیید رئیس" in html and "Director approval" not in html
    story.get_workflow().start(story, people["editor"])
    html = login(people["director"]).get(f"/admin/pages/{story.pk}/history/").content.decode()
    assert "تأیید رئیس" in html and "Director approval" not in html
    english = login(people["english_director"]).get(f"/admin/pages/{story.pk}/edit/").content.decode()
    assert "Director approval" in english
    # The stored name is the key the migrations look for.
    assert Workflow.objects.filter(name="Director approval", active=True).count() == 1
    workflow = Workflow.objects.get(name="Director approval")
    workflow.save()
    assert Workflow.objects.filter(name="Director approval").exists()


def test_notification_emails_name_the_workflow_in_each_readers_language(people, news_index):
    story = factories.NewsPageFactory(parent=news_index, title="خبر برای بررسی", owner=people["editor"], draft=True)
    mail.outbox.clear()
    story.get_workflow().start(story, people["editor"])
    by_recipient = {message.to[0]: message for message in mail.outbox}
    dari = by_recipient[people["director"].email]
    assert "تأیید رئیس" in dari.subject and "تأیید رئیس" in dari.body
    assert "Director approval" not in dari.subject + dari.body
    english = by_recipient[people["english_director"].email]
    assert "Director approval" in english.subject


def test_email_links_lead_to_the_address_the_site_was_reached_at(people, login, news_index, settings):
    # The demo without SITE_BASE_URL, served on another port than the old guess.
    settings.MINISTRY_BASE_URL_FROM_REQUEST = True
    settings.WAGTAILADMIN_BASE_URL = "http://127.0.0.1:8000"
    story = factories.NewsPageFactory(parent=news_index, title="خبر برای بررسی", owner=people["editor"], draft=True)
    client = login(people["editor"])
    form = edit_form(client, story)
    mail.outbox.clear()
    response = client.post(f"/admin/pages/{story.pk}/edit/", {**form, "action-submit": "1"}, HTTP_HOST="127.0.0.1:8080")
    assert response.status_code == 302
    assert NewsPage.objects.get(pk=story.pk).workflow_in_progress
    links = [link for message in mail.outbox for link in re.findall(r"https?://[^\s\"<>]+", message.body)]
    assert links
    assert all(link.startswith("http://127.0.0.1:8080/admin/") for link in links), links


def test_email_links_use_the_configured_address_when_there_is_one(people, login, news_index, settings):
    settings.MINISTRY_BASE_URL_FROM_REQUEST = False
    settings.WAGTAILADMIN_BASE_URL = "https://press.moci.example"
    story = factories.NewsPageFactory(parent=news_index, title="خبر برای بررسی", owner=people["editor"], draft=True)
    client = login(people["editor"])
    mail.outbox.clear()
    client.post(f"/admin/pages/{story.pk}/edit/", {**edit_form(client, story), "action-submit": "1"})
    links = [link for message in mail.outbox for link in re.findall(r"https?://[^\s\"<>]+", message.body)]
    assert links and all(link.startswith("https://press.moci.example/admin/") for link in links), links


def schedule_field(html, name):
    """The field's input value, and the text of its label, errors and help."""
    import html as html_module

    start = html.index(f'id="id_{name}-label"')
    tag = re.compile(rf'<input[^>]*name="{name}"[^>]*>').search(html, start)
    value = re.search(r'value="([^"]*)"', tag[0])
    text = re.sub(r"<[^>]+>", " ", html[start : tag.start()])
    return html_module.unescape(value[1]) if value else "", html_module.unescape(text)


def test_scheduling_fields_say_kabul_time_and_show_solar_hijri(people, login, news_index):
    story = factories.NewsPageFactory(parent=news_index, title="خبر زمان‌بندی", owner=people["editor"], draft=True)
    story.go_live_at = THURSDAY_MORNING
    story.save_revision(user=people["editor"])
    html = login(people["editor"]).get(f"/admin/pages/{story.pk}/edit/").content.decode()
    field, text = schedule_field(html, "go_live_at")
    assert field == "۱۴۰۵/۰۹/۰۵ ۱۰:۳۰"
    assert "به وقت کابل" in text
    _expiry, expiry_text = schedule_field(html, "expire_at")
    assert "به وقت کابل" in expiry_text
    # The status panel's note of the schedule, with the Gregorian date beside.
    assert "۵ قوس ۱۴۰۵ (۲۰۲۶/۱۱/۲۶ م)، ساعت ۱۰:۳۰" in html
    # In English: Wagtail's Gregorian picker, and the time zone said too.
    html = login(people["english_director"]).get(f"/admin/pages/{story.pk}/edit/").content.decode()
    field, text = schedule_field(html, "go_live_at")
    assert field == "2026-11-26 10:30"
    assert "Kabul time" in text


@pytest.mark.parametrize(
    "typed",
    ["۱۴۰۵/۰۹/۰۵ ۱۰:۳۰", "1405/9/5 10:30", "١٤٠٥-٠٩-٠٥ ١٠:٣٠", "2026-11-26 10:30"],
)
def test_a_schedule_is_accepted_as_a_solar_hijri_or_gregorian_date(people, login, news_index, typed):
    story = factories.NewsPageFactory(parent=news_index, title="خبر زمان‌بندی", owner=people["editor"], draft=True)
    client = login(people["editor"])
    response = client.post(f"/admin/pages/{story.pk}/edit/", edit_form(client, story, go_live_at=typed))
    assert response.status_code == 302, response.content.decode()[:2000]
    saved = NewsPage.objects.get(pk=story.pk).get_latest_revision_as_object()
    assert saved.go_live_at == THURSDAY_MORNING


@pytest.mark.parametrize("typed", ["۱۴۰۵/۱۳/۴۰ ۱۰:۳۰", "فردا", "1405/09/05 25:99"])
def test_a_schedule_that_is_no_date_is_refused_with_a_message_and_nothing_lost(people, login, news_index, typed):
    story = factories.NewsPageFactory(parent=news_index, title="خبر زمان‌بندی", owner=people["editor"], draft=True)
    client = login(people["editor"])
    revisions = story.revisions.count()
    response = client.post(
        f"/admin/pages/{story.pk}/edit/", edit_form(client, story, go_live_at=typed, title="عنوان تازه")
    )
    assert response.status_code == 200
    html = response.content.decode()
    field, text = schedule_field(html, "go_live_at")
    assert "معتبر" in text  # Django's "Enter a valid date/time." in Dari
    # What was typed is still in the form, with the rest of the editor's work.
    assert field == typed
    assert 'value="عنوان تازه"' in html
    assert story.revisions.count() == revisions
