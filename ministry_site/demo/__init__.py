"""Demo content for the embedded demo and for tests: the three language trees,
the general pages, the footer's contact details and the demo users.

Every step looks for what it would create first, so running it again changes
nothing. Translations go through wagtail-localize (`core.translation`).
"""

import json
import secrets
from pathlib import Path

from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from wagtail.models import Locale, Site

from core.demo_images import demo_image
from core.models import OfficeContact
from core.translation import translate, update_untouched
from home.models import HomePage, StandardPage

from . import content

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
    for kind, text in items:
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


def ensure_locales():
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def dari_home():
    site = Site.objects.get(is_default_site=True)
    return site.root_page.specific


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


def load_home(log):
    """The migrations give every language a home page; the demo fills them in."""
    home = dari_home()
    if not isinstance(home, HomePage):
        raise RuntimeError(
            "The default site's root page is not a home.HomePage; run the migrations on a fresh database."
        )
    image = demo_image("وزارت صنعت و تجارت — تصویر نمونه", seed=1405, credit="ریاست اطلاعات و ارتباط عامه")
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
    about = StandardPage.objects.child_of(home).filter(slug=content.ABOUT["slug"][SOURCE]).first()
    entries = [content.ABOUT[key] for key in ("title", "slug", "summary", "intro", "menu_title")]
    entries += [text for _kind, text in content.ABOUT["body"]]
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


def load_office_contact(log):
    source_locale = Locale.objects.get(language_code=SOURCE)
    contact = OfficeContact.objects.filter(locale=source_locale).first()
    if contact is None:
        data = content.OFFICE_CONTACT
        contact = OfficeContact.objects.create(
            locale=source_locale,
            name=data["name"][SOURCE],
            address=data["address"][SOURCE],
            office_hours=data["office_hours"][SOURCE],
            phone=data["phone"],
            email=data["email"],
        )
        log("  wrote the office contact details")
    entries = [content.OFFICE_CONTACT[key] for key in ("name", "address", "office_hours")]
    for language in TARGETS:
        if contact.get_translations().filter(locale__language_code=language).exists():
            continue
        translate(contact, language, _strings(language, *entries))
        log(f"  translated the office contact details into {language}")
    return contact


def _credentials_file():
    return Path(settings.DEMO_CREDENTIALS_FILE)


def _saved_passwords():
    try:
        return json.loads(_credentials_file().read_text(encoding="utf-8"))
    except (FileNotFoundError, ValueError):
        return {}


def load_users(log):
    """Demo users with random passwords, kept in var/demo-credentials.json
    (never committed) so every run prints the same ones."""
    User = get_user_model()
    passwords = _saved_passwords()
    changed = False
    credentials = []
    for username, group_name, first_name, last_name, admin_language in content.DEMO_USERS:
        user = User.objects.filter(username=username).first()
        password = passwords.get(username)
        if user is None or password is None or not user.check_password(password):
            password = password or secrets.token_urlsafe(12)
            if user is None:
                user = User(username=username, first_name=first_name, last_name=last_name)
                user.email = f"{username}@example.org"
            user.set_password(password)
            user.save()
            passwords[username] = password
            changed = True
            log(f"  created or reset the demo user {username!r}")
        group = Group.objects.filter(name=group_name).first()
        if group is not None and not user.groups.filter(pk=group.pk).exists():
            user.groups.add(group)
        profile = getattr(user, "wagtail_userprofile", None)
        if profile is None:
            from wagtail.users.models import UserProfile

            profile = UserProfile.get_for_user(user)
        if not profile.preferred_language:
            profile.preferred_language = admin_language
            profile.save(update_fields=["preferred_language"])
        credentials.append((username, group_name, password))
    if changed:
        _credentials_file().parent.mkdir(parents=True, exist_ok=True)
        _credentials_file().write_text(json.dumps(passwords, indent=2), encoding="utf-8")
    return credentials


@transaction.atomic
def load(log=print, pressroom=True, directory=True):
    ensure_locales()
    log("Home pages and general pages:")
    home = load_home(log)
    load_office_contact(log)
    if pressroom:
        from pressroom import demo as pressroom_demo

        pressroom_demo.load(home, log)
    if directory:
        from directory import demo as directory_demo

        directory_demo.load(home, log)
    # Last of the home page's children: the menu reads Home, the sections, About, Search.
    load_about(home, log)
    log("Demo users:")
    return load_users(log)
