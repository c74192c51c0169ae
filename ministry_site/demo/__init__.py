"""Demo content for the embedded demo and for tests: each installed app's
demo content (the three language trees, news, the directory…), the footer's
contact details and the demo users.

An app takes part by naming its loader on its AppConfig:

    demo_loader = "pressroom.demo.load"  # called as load(home, log)
    demo_order = 20  # apps load in this order (lower first)

or several steps, each at its own place: `demo_loaders = [(10, "home.demo.load"), (90, "home.demo.load_about")]`.

where `home` is the default site's root page (the Dari home page) and `log`
prints a line. Every loader looks for what it would create first, so running
the demo again changes nothing. Translations go through wagtail-localize
(`core.translation`).
"""

import json
import secrets
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.db import transaction
from django.utils.module_loading import import_string
from wagtail.models import Locale, Site

from core.models import OfficeContact
from core.patches.search_index_once import index_updates_once
from core.translation import translate

from . import content

SOURCE = settings.LANGUAGE_CODE
TARGETS = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES if code != SOURCE]
DEFAULT_ORDER = 100


def _strings(language, *entries):
    """Map each Dari text in `entries` (dicts keyed by language) to `language`."""
    mapping = {}
    for entry in entries:
        mapping[entry[SOURCE]] = entry[language]
    return mapping


def ensure_locales():
    for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES:
        Locale.objects.get_or_create(language_code=code)


def dari_home():
    site = Site.objects.get(is_default_site=True)
    return site.root_page.specific


def demo_loaders():
    """(app label, loader) of every installed app whose AppConfig names a
    `demo_loader`, in `demo_order` (then label) order."""
    found = []
    for config in apps.get_app_configs():
        path = getattr(config, "demo_loader", None)
        if path:
            found.append((getattr(config, "demo_order", DEFAULT_ORDER), config.label, path))
        # Or several steps, each at its own place in the order.
        found += [(order, config.label, path) for order, path in getattr(config, "demo_loaders", ())]
    return [(label, import_string(path)) for _order, label, path in sorted(found)]


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
@index_updates_once()
def load(log=print, **include):
    """Load the demo; returns the demo users' (username, group, password).
    `include`: an app label set to False leaves that app's content out
    (`load(pressroom=False)`: the home pages and the directory only)."""
    loaders = demo_loaders()
    unknown = set(include) - {label for label, _loader in loaders}
    if unknown:
        raise TypeError(f"No installed app with demo content is called {', '.join(sorted(unknown))}")
    ensure_locales()
    # The users first: loaders may act as them (the sent mailing of media relations).
    log("Demo users:")
    credentials = load_users(log)
    for label, loader in loaders:
        if include.get(label, True):
            # Read afresh for each app: the tree changed under the last one.
            loader(dari_home(), log)
    log("Footer contact details:")
    load_office_contact(log)
    return credentials
