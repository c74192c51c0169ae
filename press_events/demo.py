"""Press events demo content: the press events section of every language, an
upcoming press conference (a week from the day the demo is loaded) with a
few answers (attending, on the waiting list, not attending), and a past
workshop whose report links a demo statement and gallery when the press
room's demo is there. Written in Dari, translated into Pashto and English
with wagtail-localize; texts in `demo_texts/` (core.demo_texts).
Every step looks for what it would create, so a second run changes nothing."""

import datetime
from pathlib import Path

from django.conf import settings
from django.utils import timezone
from wagtail.models import Page

from core import demo_texts
from core.translation import translate

from .models import PressEventIndexPage, PressEventPage, Rsvp

SOURCE = settings.LANGUAGE_CODE
TARGETS = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != SOURCE]
CONTENT = demo_texts.load(Path(__file__).parent / "demo_texts")


def _mapping(language, texts):
    return {text[SOURCE]: text[language] for text in texts if text and text.get(SOURCE)}


def _same(value):
    return {code: value for code in [SOURCE, *TARGETS]}


def _translate_everywhere(page, texts, log):
    for language in TARGETS:
        if page.get_translations().filter(locale__language_code=language).exists():
            continue
        translate(page, language, _mapping(language, texts))
        log(f"  translated {page.slug!r} into {language}")


def load_index(home, log):
    entry = CONTENT["events_index"]
    page = PressEventIndexPage.objects.child_of(home).first()
    if page is None:
        page = PressEventIndexPage(
            title=entry["title"][SOURCE],
            slug=entry["slug"],
            intro=entry["intro"][SOURCE],
            show_in_menus=True,
            menu_title=entry["menu_title"][SOURCE],
        )
        home.add_child(instance=page)
        page.save_revision().publish()
        log(f"  index page {entry['slug']!r}")
    _translate_everywhere(page, [entry["title"], _same(entry["slug"]), entry["intro"], entry["menu_title"]], log)
    return page


def _kabul_day(days, clock):
    day = timezone.localdate() + datetime.timedelta(days=days)
    hour, minute = (int(part) for part in clock.split(":"))
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, minute)))


def _report_page(app_label, model, slug):
    return (
        Page.objects.filter(
            content_type__app_label=app_label, content_type__model=model, slug=slug, locale__language_code=SOURCE
        )
        .live()
        .first()
    )


def load_event(index, entry, log):
    page = PressEventPage.objects.child_of(index).filter(slug=entry["slug"]).first()
    if page is None:
        start = _kabul_day(entry["days_from_today"], entry["time"])
        page = PressEventPage(
            title=entry["title"][SOURCE],
            slug=entry["slug"],
            kind=entry["kind"],
            start=start,
            end=start + datetime.timedelta(hours=entry["hours"]),
            rsvp_deadline=start - datetime.timedelta(days=entry["deadline_days_before"]),
            summary=entry["summary"][SOURCE],
            venue=entry["venue"][SOURCE],
            address=entry["address"][SOURCE],
            languages_spoken=entry["languages_spoken"],
            accreditation_required=entry["accreditation_required"],
            capacity=entry["capacity"],
            description=[("paragraph", f"<p>{paragraph[SOURCE]}</p>") for paragraph in entry["paragraphs"]],
            report_statement=_report_page("pressroom", "statementpage", entry.get("report_statement")),
            report_gallery=_report_page("pressroom", "gallerypage", entry.get("report_gallery")),
        )
        index.add_child(instance=page)
        page.save_revision().publish()
        page.refresh_from_db()
        log(f"  press event {page.slug!r}")
    texts = [entry["title"], _same(entry["slug"]), entry["summary"], entry["venue"], entry["address"]]
    _translate_everywhere(page, texts + entry["paragraphs"], log)
    now = timezone.now()
    for number, answer in enumerate(entry["rsvps"]):
        if Rsvp.objects.filter(event_key=page.translation_key, email=answer["email"]).exists():
            continue
        Rsvp.objects.create(
            event_key=page.translation_key,
            email=answer["email"],
            name=answer["name"],
            outlet=answer["outlet"],
            role=answer["role"],
            crew=answer["crew"],
            status=answer["status"],
            language=answer["language"],
            waiting_since=now + datetime.timedelta(seconds=number) if answer["status"] == Rsvp.WAITING else None,
        )
    return page


def load(home, log):
    log("Press events:")
    index = load_index(home, log)
    for entry in CONTENT["events"]:
        load_event(index, entry, log)
