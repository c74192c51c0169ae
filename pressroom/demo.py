"""Pressroom demo content: topics, the three index pages, news, statements and
galleries in Dari, translated into Pashto and English with wagtail-localize.
Texts live in `demo_texts/`, one JSON file per language (`demo_content.py`
reads them); pictures are drawn by `core.demo_images`.
Every step looks for what it would create, so a second run changes nothing."""

import datetime
import zlib

from django.conf import settings
from django.utils import timezone
from wagtail.models import Locale, Page

from core.demo_images import demo_image
from core.translation import translate, update_untouched

from . import demo_content as content
from .models import GalleryIndexPage, GalleryPage, NewsIndexPage, NewsPage, StatementIndexPage, StatementPage, Topic

SOURCE = settings.LANGUAGE_CODE
TARGETS = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != SOURCE]
CREDIT = content.CREDIT  # of the pictures, in every language


def _mapping(language, texts):
    """{Dari text: text in `language`} for every trilingual dict in `texts`."""
    return {text[SOURCE]: text[language] for text in texts if text and text.get(SOURCE)}


def _kabul(value):
    return timezone.make_aware(datetime.datetime.fromisoformat(value))


def _seed(slug):
    return zlib.crc32(slug.encode("utf-8"))


def _translate_everywhere(page, texts, log):
    for language in TARGETS:
        if page.get_translations().filter(locale__language_code=language).exists():
            continue
        translate(page, language, _mapping(language, texts))
        log(f"  translated {page.slug!r} into {language}")


def load_topics(log):
    source_locale = Locale.objects.get(language_code=SOURCE)
    topics = {}
    for entry in content.TOPICS:
        topic = Topic.objects.filter(locale=source_locale, slug=entry["slug"]).first()
        if topic is None:
            topic = Topic.objects.create(locale=source_locale, slug=entry["slug"], name=entry["name"][SOURCE])
            log(f"  topic {entry['slug']}")
        for language in TARGETS:
            if not topic.get_translations().filter(locale__language_code=language).exists():
                translate(topic, language, _mapping(language, [entry["name"]]))
        topics[entry["slug"]] = topic
    return topics


def _before_later_sections(page):
    """Put a new section (in every language) before the sections of apps
    whose demo loads after the press room, as a whole demo load orders them,
    even when those were loaded first (`load(pressroom=False)`, then `load()`)."""
    ours = (NewsIndexPage, StatementIndexPage, GalleryIndexPage)
    for version in Page.objects.filter(translation_key=page.translation_key):
        version = Page.objects.get(pk=version.pk)
        later = version.get_siblings().exclude(pk=version.pk).not_type(*ours).order_by("path").first()
        if later is not None and later.path < version.path:
            version.move(later, pos="left")


def _index(home, model, entry, log):
    page = model.objects.child_of(home).first()
    created = page is None
    in_menu = {"show_in_menus": True, "menu_title": entry["menu_title"][SOURCE]}
    texts = [entry["title"], _slug_text(entry["slug"]), entry["intro"], entry["menu_title"]]
    if page is None:
        page = model(title=entry["title"][SOURCE], slug=entry["slug"], intro=entry["intro"][SOURCE], **in_menu)
        home.add_child(instance=page)
        page.save_revision().publish()
        log(f"  index page {entry['slug']!r}")
    elif not page.show_in_menus and not page.menu_title:
        # A demo database from before the main menu led to the sections (and
        # the news had one name in the menu and another as its title).
        strings = {language: _mapping(language, texts) for language in TARGETS}
        current = {"title": entry["title"][SOURCE], "intro": entry["intro"][SOURCE]}
        if update_untouched(page, {**in_menu, **current}, strings):
            log(f"  index page {entry['slug']!r} put in the main menu")
    _translate_everywhere(page, texts, log)
    if created:
        _before_later_sections(page)
    return page


def _slug_text(slug):
    return {language: slug for language in [SOURCE, *TARGETS]}


def _publish_new(index, page, topics, log):
    index.add_child(instance=page)
    page.topics.set(topics)
    revision = page.save_revision()
    revision.publish()
    page.refresh_from_db()
    # Demo items keep their own dates as first publication, like an imported archive.
    type(page).objects.filter(pk=page.pk).update(first_published_at=page.date, last_published_at=page.date)
    page.refresh_from_db()
    log(f"  {page._meta.verbose_name} {page.slug!r}")
    return page


def load_news(index, topics, log):
    for entry in reversed(content.NEWS):  # oldest first, as they were published
        page = NewsPage.objects.child_of(index).filter(slug=entry["slug"]).first()
        if page is None:
            body = [("paragraph", f"<p>{paragraph[SOURCE]}</p>") for paragraph in entry["paragraphs"][:2]]
            if entry.get("quote"):
                quote = entry["quote"]
                body.append(("quote", {"quote": quote["text"][SOURCE], "attribution": quote["attribution"][SOURCE]}))
            body += [("paragraph", f"<p>{paragraph[SOURCE]}</p>") for paragraph in entry["paragraphs"][2:]]
            page = NewsPage(
                title=entry["title"][SOURCE],
                slug=entry["slug"],
                date=_kabul(entry["date"]),
                summary=entry["summary"][SOURCE],
                hero_image=demo_image(f"demo {entry['slug']}", seed=_seed(entry["slug"]), credit=CREDIT[SOURCE]),
                hero_alt_text=entry["hero_alt"][SOURCE],
                hero_caption=entry["hero_caption"][SOURCE],
                body=body,
            )
            page = _publish_new(index, page, [topics[slug] for slug in entry["topics"]], log)
        texts = [entry["title"], _slug_text(entry["slug"]), entry["summary"], entry["hero_alt"], entry["hero_caption"]]
        texts += entry["paragraphs"]
        if entry.get("quote"):
            texts += [entry["quote"]["text"], entry["quote"]["attribution"]]
        _translate_everywhere(page, texts, log)


def load_statements(index, topics, log):
    # Oldest first, so reference numbers rise with the dates.
    for entry in reversed(content.STATEMENTS):
        page = StatementPage.objects.child_of(index).filter(slug=entry["slug"]).first()
        if page is None:
            page = StatementPage(
                title=entry["title"][SOURCE],
                slug=entry["slug"],
                date=_kabul(entry["date"]),
                kind=entry["kind"],
                delivery_status=entry.get("delivery_status") or "",
                summary=entry["summary"][SOURCE],
                speaker=entry["speaker"][SOURCE],
                place=entry["place"][SOURCE],
                body=[("paragraph", f"<p>{paragraph[SOURCE]}</p>") for paragraph in entry["paragraphs"]],
            )
            page = _publish_new(index, page, [topics[slug] for slug in entry["topics"]], log)
        texts = [entry["title"], _slug_text(entry["slug"]), entry["summary"], entry["speaker"], entry["place"]]
        _translate_everywhere(page, texts + entry["paragraphs"], log)


def load_galleries(index, topics, log):
    for entry in reversed(content.GALLERIES):
        page = GalleryPage.objects.child_of(index).filter(slug=entry["slug"]).first()
        if page is None:
            media = []
            for number, photo in enumerate(entry["photos"], start=1):
                image = demo_image(
                    f"demo {entry['slug']} {number}",
                    seed=_seed(entry["slug"]) + number,
                    credit=photo["credit"][SOURCE],
                    width=1200,
                    height=800,
                )
                media.append(
                    (
                        "photo",
                        {
                            "image": image,
                            "alt_text": photo["alt"][SOURCE],
                            "caption": photo["caption"][SOURCE],
                            "credit": photo["credit"][SOURCE],
                        },
                    )
                )
            page = GalleryPage(
                title=entry["title"][SOURCE],
                slug=entry["slug"],
                date=_kabul(entry["date"]),
                summary=entry["summary"][SOURCE],
                place=entry["place"][SOURCE],
                media=media,
            )
            page = _publish_new(index, page, [topics[slug] for slug in entry["topics"]], log)
        texts = [entry["title"], _slug_text(entry["slug"]), entry["summary"], entry["place"]]
        for photo in entry["photos"]:
            texts += [photo["alt"], photo["caption"], photo["credit"]]
        _translate_everywhere(page, texts, log)


def load(home, log):
    log("Pressroom:")
    topics = load_topics(log)
    news_index = _index(home, NewsIndexPage, content.NEWS_INDEX, log)
    statement_index = _index(home, StatementIndexPage, content.STATEMENT_INDEX, log)
    gallery_index = _index(home, GalleryIndexPage, content.GALLERY_INDEX, log)
    load_news(news_index, topics, log)
    load_statements(statement_index, topics, log)
    load_galleries(gallery_index, topics, log)
