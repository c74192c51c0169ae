"""Importing organisations and contact people from the office's spreadsheets.

`plan()` is the dry run: each row is checked and compared with what is
stored, and reported as create, update (with the fields that would change),
unchanged or rejected (with the reason). `apply()` carries out a plan row by
row, each row in its own transaction, so a bad row never stops the good ones.
Rows match stored records on their `key`, so importing the same file again
changes nothing; an empty cell never erases a stored value.

The spreadsheet holds all three languages, so imported translations are
written directly (not through wagtail-localize); directory managers edit
them in the admin afterwards.
"""

import re

from django.core.exceptions import ValidationError
from django.db import IntegrityError, transaction
from django.utils.translation import gettext as _
from wagtail.models import Locale
from wagtail.signal_handlers import disable_reference_index_auto_update

from core import l10n
from core.links import validate_web_address
from core.normalize import normalize_query

from . import geography
from .models import Category, ContactPerson, Organisation, PreferredLanguage, Status, Visibility
from .phones import normalize_email_list, normalize_phone_list

LANGUAGES = {"fa": l10n.DARI, "ps": l10n.PASHTO, "en": l10n.ENGLISH}
SOURCE = l10n.DARI
KEY_PATTERN = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

ORGANISATION_COLUMNS = [
    "key",
    "category",
    "name_fa",
    "name_ps",
    "name_en",
    "description_fa",
    "description_ps",
    "description_en",
    "address_fa",
    "address_ps",
    "address_en",
    "province",
    "country",
    "phones",
    "emails",
    "website",
    "social",
    "visibility",
    "status",
    "parent_key",
    "successor_key",
]
CONTACT_COLUMNS = [
    "key",
    "organisation_key",
    "name",
    "name_latin",
    "role_fa",
    "role_ps",
    "role_en",
    "phones",
    "emails",
    "preferred_language",
    "visibility",
    "outlet",
    "beat",
    "notes",
]

# Without these a row means nothing; the other columns may be left out.
ORGANISATION_REQUIRED = ["key", "category", "name_fa"]
CONTACT_REQUIRED = ["key", "organisation_key", "name"]

CREATE, UPDATE, UNCHANGED, REJECT = "create", "update", "unchanged", "reject"
BATCH_SIZE = 500

VISIBILITY_WORDS = {
    "public": Visibility.PUBLIC,
    "عمومی": Visibility.PUBLIC,
    "عامه": Visibility.PUBLIC,
    "internal": Visibility.INTERNAL,
    "داخلی": Visibility.INTERNAL,
    "کورنی": Visibility.INTERNAL,
}
STATUS_WORDS = {"active": Status.ACTIVE, "closed": Status.CLOSED, "merged": Status.MERGED}


def _lookup_table(pairs):
    """{folded name or code: value} so people may type either, in any script."""
    table = {}
    for value, names in pairs:
        for name in names:
            table[normalize_query(name)] = value
    return table


def _provinces():
    return _lookup_table((code, (code, *names)) for code, names in geography.PROVINCES.items())


def _countries():
    return _lookup_table((code, (code, *names)) for code, names in geography.COUNTRIES.items())


def _categories():
    source_categories = Category.objects.select_related("locale")
    keyed = {}
    for category in source_categories:
        keyed.setdefault(category.slug, []).append(category.name)
    return _lookup_table((slug, (slug, *names)) for slug, names in keyed.items())


def _choice(value, table, field, errors):
    if not value:
        return ""
    found = table.get(normalize_query(value))
    if found is None:
        errors.append(_("Unknown %(field)s: “%(value)s”.") % {"field": field, "value": value})
        return ""
    return found


def _list(value, normalize, errors):
    if not value:
        return None
    try:
        return normalize(value)
    except ValidationError as error:
        errors.extend(error.messages)
        return None


def _stored_versions(keys):
    """{key: {language: Organisation}} for the keys of a file, in a few queries."""
    keys = sorted(key for key in keys if key)
    stored = {}
    for start in range(0, len(keys), 1000):
        for organisation in Organisation.objects.filter(key__in=keys[start : start + 1000]).select_related(
            "locale", "category", "parent", "successor"
        ):
            stored.setdefault(organisation.key, {})[organisation.locale.language_code] = organisation
    return stored


def _clean_organisation(row, tables, keys_in_file):
    errors = []
    key = row.get("key", "").strip().lower()
    if not key:
        errors.append(_("The key is empty."))
    elif not KEY_PATTERN.match(key):
        errors.append(_("The key “%(key)s” may only have Latin letters, digits and hyphens.") % {"key": key})
    if not row.get("name_fa", "").strip():
        errors.append(_("The Dari name (name_fa) is empty."))
    category = _choice(row.get("category", ""), tables["categories"], _("category"), errors)
    if not row.get("category"):
        errors.append(_("The category is empty."))
    clean = {
        "key": key,
        "category": category,
        "province": _choice(row.get("province", ""), tables["provinces"], _("province"), errors),
        "country": _choice(row.get("country", ""), tables["countries"], _("country"), errors),
        "phones": _list(row.get("phones", ""), normalize_phone_list, errors),
        "emails": _list(row.get("emails", ""), normalize_email_list, errors),
        "website": row.get("website", "").strip(),
        "social_accounts": [item.strip() for item in re.split(r"[\n; ]+", row.get("social", "")) if item.strip()]
        or None,
        "visibility": _choice(row.get("visibility", ""), VISIBILITY_WORDS, _("visibility"), errors),
        "status": _choice(row.get("status", ""), STATUS_WORDS, _("status"), errors),
        "parent_key": row.get("parent_key", "").strip().lower(),
        "successor_key": row.get("successor_key", "").strip().lower(),
        "texts": {
            language: {
                "name": row.get(f"name_{suffix}", "").strip(),
                "description": row.get(f"description_{suffix}", "").strip(),
                "address": row.get(f"address_{suffix}", "").strip(),
            }
            for suffix, language in LANGUAGES.items()
        },
    }
    for address in ([clean["website"]] if clean["website"] else []) + (clean["social_accounts"] or []):
        try:
            validate_web_address(address)
        except ValidationError as error:
            errors.extend(error.messages)
    for field in ("parent_key", "successor_key"):
        reference = clean[field]
        if reference and reference not in keys_in_file:
            errors.append(_("No organisation has the key “%(key)s”.") % {"key": reference})
    if clean["status"] == Status.MERGED and not clean["successor_key"]:
        errors.append(_("A merged organisation needs successor_key."))
    return clean, errors


def _organisation_changes(clean, versions):
    """The fields a row would change on the stored organisation (all versions)."""
    source = versions.get(SOURCE)
    if source is None:
        return None
    changes = []
    shared = {
        "province": clean["province"],
        "country": clean["country"],
        "phones": clean["phones"],
        "emails": clean["emails"],
        "website": clean["website"],
        "social_accounts": clean["social_accounts"],
        "visibility": clean["visibility"],
        "status": clean["status"],
    }
    for field, value in shared.items():
        if value not in (None, "") and getattr(source, field) != value:
            changes.append(field)
    if clean["category"] and source.category.slug != clean["category"]:
        changes.append("category")
    for field, reference in (("parent", clean["parent_key"]), ("successor", clean["successor_key"])):
        current = getattr(source, field)
        if reference and (current is None or current.key != reference):
            changes.append(field)
    for language, texts in clean["texts"].items():
        version = versions.get(language)
        for field, value in texts.items():
            if value and (version is None or getattr(version, field) != value):
                changes.append(f"{field}_{[k for k, v in LANGUAGES.items() if v == language][0]}")
    return changes


def plan_organisations(rows):
    tables = {"categories": _categories(), "provinces": _provinces(), "countries": _countries()}
    keys_in_file = {row.get("key", "").strip().lower() for row in rows}
    references = {row.get(field, "").strip().lower() for row in rows for field in ("parent_key", "successor_key")}
    stored = _stored_versions(keys_in_file | references)
    # Keys a row may point to: in the file, or already stored.
    keys_in_file = keys_in_file | set(stored)
    seen = {}
    planned = []
    for row in rows:
        clean, errors = _clean_organisation(row, tables, keys_in_file)
        key = clean["key"]
        if key and key in seen:
            errors.append(_("The key “%(key)s” is also on row %(row)s.") % {"key": key, "row": seen[key]})
        elif key:
            seen[key] = row["_row"]
        if errors:
            planned.append({"row": row["_row"], "key": key, "action": REJECT, "reasons": errors})
            continue
        changes = _organisation_changes(clean, stored.get(key, {}))
        if changes is None:
            action = CREATE
        else:
            action = UPDATE if changes else UNCHANGED
        planned.append({"row": row["_row"], "key": key, "action": action, "changes": changes or [], "data": clean})
    return planned


def _clean_contact(row, keys_in_file):
    errors = []
    key = row.get("key", "").strip().lower()
    if not key:
        errors.append(_("The key is empty."))
    elif not KEY_PATTERN.match(key):
        errors.append(_("The key “%(key)s” may only have Latin letters, digits and hyphens.") % {"key": key})
    if not row.get("name", "").strip():
        errors.append(_("The name is empty."))
    organisation_key = row.get("organisation_key", "").strip().lower()
    if not organisation_key:
        errors.append(_("The organisation_key is empty."))
    elif not Organisation.objects.filter(key=organisation_key, locale__language_code=SOURCE).exists():
        errors.append(_("No organisation has the key “%(key)s”.") % {"key": organisation_key})
    languages = _lookup_table(
        [
            (PreferredLanguage.DARI, ("fa", "fa-af", "dari", "دری")),
            (PreferredLanguage.PASHTO, ("ps", "pashto", "پښتو", "پشتو")),
            (PreferredLanguage.ENGLISH, ("en", "english", "انگلیسی")),
        ]
    )
    clean = {
        "key": key,
        "organisation_key": organisation_key,
        "name": row.get("name", "").strip(),
        "name_latin": row.get("name_latin", "").strip(),
        "role_dari": row.get("role_fa", "").strip(),
        "role_pashto": row.get("role_ps", "").strip(),
        "role_english": row.get("role_en", "").strip(),
        "phones": _list(row.get("phones", ""), normalize_phone_list, errors),
        "emails": _list(row.get("emails", ""), normalize_email_list, errors),
        "preferred_language": _choice(row.get("preferred_language", ""), languages, _("language"), errors),
        "visibility": _choice(row.get("visibility", ""), VISIBILITY_WORDS, _("visibility"), errors),
        "outlet": row.get("outlet", "").strip(),
        "beat": row.get("beat", "").strip(),
        "notes": row.get("notes", "").strip(),
    }
    return clean, errors


def _contact_changes(clean):
    contact = ContactPerson.objects.filter(key=clean["key"]).select_related("organisation").first()
    if contact is None:
        return None
    changes = [
        field
        for field, value in clean.items()
        if field not in ("key", "organisation_key") and value not in (None, "") and getattr(contact, field) != value
    ]
    if contact.organisation.key != clean["organisation_key"]:
        changes.append("organisation")
    return changes


def plan_contacts(rows):
    keys_in_file = {row.get("key", "").strip().lower() for row in rows}
    seen = {}
    planned = []
    for row in rows:
        clean, errors = _clean_contact(row, keys_in_file)
        key = clean["key"]
        if key and key in seen:
            errors.append(_("The key “%(key)s” is also on row %(row)s.") % {"key": key, "row": seen[key]})
        elif key:
            seen[key] = row["_row"]
        if errors:
            planned.append({"row": row["_row"], "key": key, "action": REJECT, "reasons": errors})
            continue
        changes = _contact_changes(clean)
        action = CREATE if changes is None else (UPDATE if changes else UNCHANGED)
        planned.append({"row": row["_row"], "key": key, "action": action, "changes": changes or [], "data": clean})
    return planned


def expected_columns(kind):
    if kind == "contacts":
        return CONTACT_COLUMNS, CONTACT_REQUIRED
    return ORGANISATION_COLUMNS, ORGANISATION_REQUIRED


def check_columns(kind, columns):
    """What is wrong with a file's header, or {} when nothing is: columns the
    import does not know (with the expected name it most resembles; a
    mistyped `phone` would otherwise drop every phone number), required
    columns that are missing, repeated and unnamed columns. A file with any
    of these is not planned row by row and cannot be applied."""
    import difflib

    known, required = expected_columns(kind)
    present = [column for column in columns if column]
    unknown = []
    for column in dict.fromkeys(present):
        if column not in known:
            close = difflib.get_close_matches(column, known, n=1, cutoff=0.6)
            unknown.append([column, close[0] if close else ""])
    problems = {
        "unknown": unknown,
        "missing": [column for column in required if column not in present],
        "repeated": sorted({column for column in present if present.count(column) > 1}),
        "unnamed": [number for number, column in enumerate(columns, start=1) if not column],
    }
    if not any(problems.values()):
        return {}
    return {**problems, "expected": list(known), "required": list(required)}


def summary(planned):
    counts = {CREATE: 0, UPDATE: 0, UNCHANGED: 0, REJECT: 0}
    for item in planned:
        counts[item["action"]] += 1
    return counts


# --- Applying ---------------------------------------------------------------


def _set_if_given(instance, field, value):
    if value not in (None, ""):
        setattr(instance, field, value)


def _apply_organisation(data, locales, categories):
    versions = {
        o.locale.language_code: o for o in Organisation.objects.filter(key=data["key"]).select_related("locale")
    }
    source = versions.get(SOURCE)
    translation_key = source.translation_key if source else None
    parents = {}
    for field, reference in (("parent", data["parent_key"]), ("successor", data["successor_key"])):
        if reference:
            parents[field] = {
                o.locale.language_code: o for o in Organisation.objects.filter(key=reference).select_related("locale")
            }
    for language in (SOURCE, l10n.PASHTO, l10n.ENGLISH):
        texts = data["texts"][language]
        organisation = versions.get(language)
        if organisation is None:
            if not texts["name"]:
                continue  # no name in this language: no version in it
            organisation = Organisation(key=data["key"], locale=locales[language], live=True)
            if translation_key is not None:
                organisation.translation_key = translation_key
        category = categories.get((data["category"], language))
        if category is not None:
            organisation.category = category
        elif organisation.category_id is None:
            continue  # the category has no version in this language yet
        for field in ("name", "description", "address"):
            _set_if_given(organisation, field, texts[field])
        for field in ("province", "country", "phones", "emails", "website", "social_accounts", "visibility", "status"):
            _set_if_given(organisation, field, data[field])
        for field, by_language in parents.items():
            target = by_language.get(language) or by_language.get(SOURCE)
            if target is not None and target.locale_id == organisation.locale_id:
                setattr(organisation, field, target)
        organisation.save()
        if translation_key is None:
            translation_key = organisation.translation_key


def _apply_contact(data):
    organisation = Organisation.objects.get(key=data["organisation_key"], locale__language_code=SOURCE)
    contact = ContactPerson.objects.filter(key=data["key"]).first() or ContactPerson(key=data["key"])
    contact.organisation = organisation
    for field, value in data.items():
        if field not in ("key", "organisation_key"):
            _set_if_given(contact, field, value)
    contact.full_clean(exclude=["organisation"])
    contact.save()


def apply(kind, planned):
    """Carry out a plan; returns counts and the rows that failed on the way."""
    locales = {locale.language_code: locale for locale in Locale.objects.all()}
    categories = {
        (category.slug, category.locale.language_code): category
        for category in Category.objects.select_related("locale")
    }
    done = {CREATE: 0, UPDATE: 0, UNCHANGED: 0, REJECT: 0}
    failures = []
    # Parents first, so a row may name an organisation created by a later row.
    ordered = sorted(planned, key=lambda item: bool(item.get("data", {}).get("parent_key")))
    # Rows are committed in batches (one commit per row is slow on SQLite);
    # each row has its own savepoint, so a failing row is undone alone.
    # Wagtail's reference index (the admin's "usage" counts) is not updated
    # row by row: it was two thirds of the import's time. Deleting a category
    # or organisation in use is still refused by the database (PROTECT /
    # SET_NULL); `manage.py rebuild_references_index` refreshes the counts.
    for start in range(0, len(ordered), BATCH_SIZE):
        with transaction.atomic(), disable_reference_index_auto_update():
            for item in ordered[start : start + BATCH_SIZE]:
                action = item["action"]
                if action in (REJECT, UNCHANGED):
                    done[action] += 1
                    continue
                try:
                    with transaction.atomic():
                        if kind == "contacts":
                            _apply_contact(item["data"])
                        else:
                            _apply_organisation(item["data"], locales, categories)
                except (ValidationError, IntegrityError, KeyError, Organisation.DoesNotExist) as error:
                    failures.append({"row": item["row"], "key": item["key"], "reason": str(error)})
                    done[REJECT] += 1
                    continue
                done[action] += 1
    return {"counts": done, "failures": failures}
