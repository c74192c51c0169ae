"""Home demo content: the home page of every language (the migrations create
them empty) and the "About the directorate" page, in Dari, translated into
Pashto and English with wagtail-localize. Texts live in `demo_texts/`, one
JSON file per language (`demo_content.py` reads them).
Every step looks for what it would create, so a second run changes nothing."""

from django.conf import settings
from wagtail.models import Locale

from core.demo_images import demo_image
from core.translation import translate, update_untouched

from . import demo_content as content
from .models import HomePage, StandardPage

SOURCE = settings.LANGUAGE_CODE
TARGETS = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != SOURCE]


def _strings(language, *entries):
    """Map each Dari text in `entries` (dicts keyed by language) to `language`."""
    mapping = {}
    for entry in entries:
        mapping[entry[SOURCE]] = entry[language]
    return mapping


def _rich_text(items, language):
    html = []
    in_list = False
    for item in items:
        kind, text = item["kind"], item["text"]
        if kind == "li" and not in_list:
            html.append("<ul>")
            in_list = True
        if kind != "li" and in_list:
            html.append("</ul>")
            in_list = False
        html.append(f"<{kind}>{text[language]}</{kind}>")
    if in_list:
        html.append("</ul>")
    return "".join(html)


def _translate_missing(page, entries, log):
    for language in TARGETS:
        locale = Locale.objects.get(language_code=language)
        if page.get_translations().filter(locale=locale).exists():
            continue
        translate(page, language, _strings(language, *entries))
        log(f"  translated {page.title!r} into {language}")


def _fill_home(page, language, image):
    """Write the demo text into one language's home page and publish it."""
    page.title = content.HOME["title"][language]
    page.intro = content.HOME["intro"][language]
    page.summary = content.HOME["summary"][language]
    page.hero_image = image
    page.hero_image_alt = content.HOME["hero_image_alt"][language]
    page.save_revision().publish()


def load_home(home, log):
    """The migrations give every language a home page; the demo fills them in."""
    if not isinstance(home, HomePage):
        raise RuntimeError(
            "The default site's root page is not a home.HomePage; run the migrations on a fresh database."
        )
    picture = content.HERO_IMAGE
    image = demo_image(picture["title"], seed=1405, credit=picture["credit"])
    if not home.intro:
        _fill_home(home, SOURCE, image)
        log("  wrote the Dari home page")
    for language in TARGETS:
        translation = home.get_translations().filter(locale__language_code=language).first()
        if translation is None:
            entries = [content.HOME[key] for key in ("title", "slug", "intro", "summary", "hero_image_alt")]
            translate(home, language, _strings(language, *entries))
            log(f"  translated the home page into {language}")
        elif not translation.specific.intro:
            _fill_home(translation.specific, language, image)
            log(f"  wrote the {language} home page")
    return home


def load_about(home, log):
    """The About page, the last of the home page's children (the menu reads
    Home, the sections, About, Search): its own demo loader runs after the
    other apps' (HomeConfig.demo_loaders)."""
    about = StandardPage.objects.child_of(home).filter(slug=content.ABOUT["slug"][SOURCE]).first()
    entries = [content.ABOUT[key] for key in ("title", "slug", "summary", "intro", "menu_title")]
    entries += [item["text"] for item in content.ABOUT["body"]]
    if about is None:
        about = StandardPage(
            title=content.ABOUT["title"][SOURCE],
            slug=content.ABOUT["slug"][SOURCE],
            summary=content.ABOUT["summary"][SOURCE],
            intro=content.ABOUT["intro"][SOURCE],
            show_in_menus=True,
            menu_title=content.ABOUT["menu_title"][SOURCE],
            body=[("paragraph", _rich_text(content.ABOUT["body"], SOURCE))],
        )
        home.add_child(instance=about)
        about.save_revision().publish()
        log("  wrote the Dari 'About the directorate' page")
    elif not about.menu_title:
        # A demo database from before the menu had short labels.
        strings = {language: _strings(language, *entries) for language in TARGETS}
        if update_untouched(about, {"menu_title": content.ABOUT["menu_title"][SOURCE]}, strings):
            log("  gave the 'About the directorate' page its menu label")
    _translate_missing(about, entries, log)
    return about


def load(home, log):
    """`home`: the default site's root page (the Dari home page)."""
    log("Home pages and general pages:")
    load_home(home, log)
