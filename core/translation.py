"""Translating content through wagtail-localize from code.

Demo content and tests translate pages and snippets the way a translator does
in the admin: a TranslationSource is extracted from the source, each segment
gets a StringTranslation, and wagtail-localize writes the target. So the
result is a real synced translation that the translation editor can open.
"""

from dataclasses import dataclass

from django.db import transaction
from wagtail.models import DraftStateMixin, Locale, Page
from wagtail_localize.models import StringTranslation, Translation, TranslationSource

from .editorial import save_complete_translation
from .patches.search_index_once import index_updates_once


@dataclass
class MissingSegmentTranslation(Exception):
    text: str
    locale: str

    def __str__(self):
        return f"No {self.locale} translation given for the segment {self.text!r}"


def source_strings(instance):
    """The translatable strings wagtail-localize extracts from `instance`."""
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    return [segment.string.data for segment in source.stringsegment_set.select_related("string").order_by("order")]


@transaction.atomic
@index_updates_once()
def translate(instance, language_code, strings, user=None, publish=True):
    """Translate `instance` into `language_code` with `strings`, a mapping from
    each source segment to its translation, and save (and publish) the target.

    Raises MissingSegmentTranslation when a segment has no translation, so a
    page is never saved with source-language text standing in."""
    if isinstance(instance, Page):
        instance = instance.specific
    locale = Locale.objects.get(language_code=language_code)
    # wagtail-localize stores line breaks in plain text fields as <br/>.
    strings = {**strings, **{k.replace("\n", "<br/>"): v.replace("\n", "<br/>") for k, v in strings.items()}}
    source, _created = TranslationSource.update_or_create_from_instance(instance)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=locale, defaults={"enabled": True}
    )
    for segment in source.stringsegment_set.select_related("string", "context"):
        text = segment.string.data
        if text not in strings:
            raise MissingSegmentTranslation(text, language_code)
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": strings[text],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
    # wagtail-localize publishes through transaction.on_commit with the page
    # object it held when it saved the revision; inside a longer transaction
    # (a test, or a loader that adds children meanwhile) that object's tree
    # fields are stale by then, and no callback runs at all in a test that
    # never commits. So: save a complete draft (every segment was given
    # above), then publish that fresh revision here.
    if not isinstance(instance, DraftStateMixin):
        translation.save_target(user=user, publish=True)
        return source.get_translated_instance(locale)
    target, revision = save_complete_translation(translation, user)
    if publish:
        revision.publish(user=user)
        target.refresh_from_db()
    return target


def edited_by_people(page):
    """Whether anyone has saved `page` or one of its translations (a revision
    with a user), rather than only code such as the demo loader."""
    from wagtail.models import Revision

    pages = [str(pk) for pk in page.get_translations(inclusive=True).values_list("pk", flat=True)]
    return Revision.page_revisions.filter(object_id__in=pages, user__isnull=False).exists()


@transaction.atomic
def update_untouched(page, changes, strings):
    """Bring a page that only code has ever written up to date: set `changes`
    ({field: value}), publish it and write its translations again, with
    `strings` ({language: {source text: translation}}, every segment).

    The demo loader uses it so that an older demo database gets what a new one
    gets; a page that a person has edited is left alone (returns False)."""
    page = page.specific
    if edited_by_people(page):
        return False
    for name, value in changes.items():
        setattr(page, name, value)
    page.save_revision().publish()
    for language, mapping in strings.items():
        translate(page, language, mapping)
    return True
