"""Factories for the directory: a valid organisation (in Dari, with Pashto
and English versions on request) or contact from nothing but what matters
to the test."""

import itertools

from wagtail.models import Locale

from .models import Category, ContactPerson, Organisation, Visibility

_numbers = itertools.count(1)


def category(slug="ministries", language="fa-af"):
    return Category.objects.get(slug=slug, locale__language_code=language)


def organisation(
    key=None, name=None, languages=("fa-af",), visibility=Visibility.PUBLIC, category_slug="ministries", **fields
):
    """The organisation in each of `languages` (the first is the source);
    returns {language: Organisation}."""
    number = next(_numbers)
    key = key or f"org-{number}"
    versions = {}
    translation_key = None
    for language in languages:
        version = Organisation(
            key=key,
            name=(name or f"نهاد آزمایشی {number}") if language != "en" else (name or f"Test organisation {number}"),
            category=category(category_slug, language),
            locale=Locale.objects.get(language_code=language),
            visibility=visibility,
            **fields,
        )
        if translation_key is not None:
            version.translation_key = translation_key
        version.save()
        translation_key = version.translation_key
        versions[language] = version
    return versions


def contact(organisation, key=None, visibility=Visibility.INTERNAL, **fields):
    number = next(_numbers)
    fields.setdefault("name", f"شخص آزمایشی {number}")
    fields.setdefault("name_latin", f"Test Person {number}")
    return ContactPerson.objects.create(
        organisation=organisation, key=key or f"person-{number}", visibility=visibility, **fields
    )
