"""The directorate's editorial rules beyond Wagtail's permissions.

1. Translators work on translations only: they may open wagtail-localize's
   translation editor for a synced translation, never edit, create, move,
   copy or delete source-language content.
2. A synced translation reaches the public only through a revision that was
   complete when it was made: every segment translated, so no source-language
   text stands in for a missing translation. Such revisions are recorded in
   `CompleteTranslationRevision`; `ApprovedTranslationMixin.publish` refuses
   any other revision of a synced translation, whatever path tries to publish
   it (bulk publish, scheduled publishing, a crafted request).
3. A translation goes to the directors through the same "Director approval"
   workflow as any page (`submit_translation_for_approval`).

Out of the box wagtail-localize lets anyone allowed to submit translations
publish them from its "sync" screen and its editor, falling back to source
text for missing segments, and it writes every translation it saves into the
target's database row, which for a live page or snippet is what the public
sees. `safe_save_target` replaces `Translation.save_target` (see apps.py):
an existing target only gets a new revision; a new one is a draft, and only
under an already translated parent (never an alias of the source's). And
`core.wagtail_hooks` routes wagtail-localize's publish actions
through this module.

Last line of defence, whatever the path: `check_publishable` refuses any
revision in one language that repeats, word for word, a sentence of the
source language's version.
"""

from django.db import transaction
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.log_actions import log
from wagtail.models import PagePermissionTester
from wagtail_localize.models import StringSegment, StringTranslation, Translation

from .roles import DIRECTORS, DIRECTORY_MANAGERS, EDITORS

# Who writes source content (directory managers: the directory's). Anyone
# else with admin access is a translator: translations only.
SOURCE_EDITING_GROUPS = (EDITORS, DIRECTORS, DIRECTORY_MANAGERS)
SUBMITTED_ACTION = "ministry.translation_submitted"
PUBLISHED_ACTION = "ministry.translation_published"


class IncompleteTranslationError(PublishPermissionError):
    """Publishing would show source-language text in place of a translation."""

    def __init__(self, missing=None):
        self.missing = missing
        if missing:
            message = _("This translation cannot be published: %(count)s texts are not translated yet.") % {
                "count": missing
            }
        else:
            message = _("This translation cannot be published until it has been submitted complete for approval.")
        super().__init__(message)


def source_editing_groups():
    """SOURCE_EDITING_GROUPS and the writing groups an app brings (its AppConfig's
    `source_editing_groups`, e.g. monitoring's Monitors, who write their own snippets)."""
    from django.apps import apps

    extra = [name for config in apps.get_app_configs() for name in getattr(config, "source_editing_groups", ())]
    return (*SOURCE_EDITING_GROUPS, *extra)


def can_edit_source_content(user):
    """Editors, directors, directory managers and superusers write content;
    translators only translate. (Which content each may write is up to their
    Wagtail permissions.)"""
    if not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    cache_name = "_ministry_source_editor"
    if not hasattr(user, cache_name):
        setattr(user, cache_name, user.groups.filter(name__in=source_editing_groups()).exists())
    return getattr(user, cache_name)


def synced_translation(instance):
    """The enabled wagtail-localize Translation whose target is `instance`, or None."""
    if getattr(instance, "translation_key", None) is None or instance.pk is None:
        return None
    return (
        Translation.objects.filter(
            source__object_id=instance.translation_key,
            target_locale_id=instance.locale_id,
            enabled=True,
        )
        .exclude(source__locale_id=instance.locale_id)
        .select_related("source", "target_locale", "source__locale")
        .first()
    )


def missing_segments(translation):
    """How many of the source's texts have no (valid) translation yet."""
    total, translated = translation.get_progress()
    return total - translated


def untranslated_texts(translation, limit=5):
    """A few source texts still waiting for a translation, to show the translator."""
    translated = StringTranslation.objects.filter(locale_id=translation.target_locale_id, has_error=False).values_list(
        "translation_of_id", "context_id"
    )
    done = set(translated)
    segments = StringSegment.objects.filter(source_id=translation.source_id).select_related("string").order_by("order")
    return [segment.string.data for segment in segments if (segment.string_id, segment.context_id) not in done][:limit]


@transaction.atomic
def save_complete_translation(translation, user):
    """Write the translated target as a new draft revision and record it as
    complete. Raises IncompleteTranslationError if a text is untranslated."""
    from . import freshness
    from .models import CompleteTranslationRevision

    missing = missing_segments(translation)
    if missing:
        raise IncompleteTranslationError(missing)
    translation.save_target(user=user, publish=False)
    target = translation.get_target_instance()
    target = type(target).objects.get(pk=target.pk)
    revision = target.latest_revision
    # What it was translated from: it is out of date once the source's
    # live text differs (core.freshness).
    CompleteTranslationRevision.objects.update_or_create(
        revision=revision, defaults={"source_fingerprint": freshness.snapshot_of(translation)}
    )
    return target, revision


def validation_message(error, instance):
    """What a translator is told when the translated page or snippet would
    not be valid, naming each field, and where to correct it."""
    from django.core.exceptions import FieldDoesNotExist

    problems = []
    for field, messages in getattr(error, "message_dict", {"": error.messages}).items():
        try:
            label = str(type(instance)._meta.get_field(field).verbose_name) if field not in ("", "__all__") else ""
        except FieldDoesNotExist:
            label = ""
        problems += [f"{label}: {message}" if label else str(message) for message in messages]
    return _(
        "This translation could not be saved: %(problems)s Correct it in the translation editor and submit it again."
    ) % {"problems": " ".join(problems)}


class AlreadyInReview(Exception):
    """The translation waits for the directors; a change now would not be what they approve."""


def submit_translation_for_approval(translation, user):
    """Save the complete translation as a draft and send it to the directors
    through the target's workflow (resuming it after a rejection)."""
    current = translation.get_target_instance()
    state = getattr(current, "current_workflow_state", None)
    if state is not None and state.status == state.STATUS_IN_PROGRESS:
        raise AlreadyInReview
    target, revision = save_complete_translation(translation, user)
    workflow_state = target.current_workflow_state
    if workflow_state is not None and workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES:
        workflow_state.resume(user)
    elif workflow_state is None:
        workflow = target.get_workflow()
        if workflow is None:
            raise RuntimeError("No workflow applies to this translation")
        workflow.start(target, user)
    log(instance=target, action=SUBMITTED_ACTION, user=user, revision=revision)
    return target


def publish_complete_translation(translation, user):
    """A director publishing a translation directly: complete, or refused."""
    target, revision = save_complete_translation(translation, user)
    revision.publish(user=user)
    log(instance=target, action=PUBLISHED_ACTION, user=user, revision=revision)
    return target


def _texts(instance):
    """The plain texts wagtail-localize would offer for translation in `instance`."""
    from wagtail_localize.segments.extract import extract_segments

    texts = set()
    for segment in extract_segments(instance):
        string = getattr(segment, "string", None)
        if string is not None:
            texts.add(" ".join(string.render_text().split()))
    return texts


def _is_sentence(text):
    return len(text) >= 15 and len(text.split()) >= 3


def source_language_version(instance):
    """The version `instance` was (or would be) translated from: the
    wagtail-localize source's language, else the default language."""
    from wagtail.models import Locale
    from wagtail_localize.models import TranslationSource

    source = TranslationSource.objects.filter(object_id=instance.translation_key).select_related("locale").first()
    locale_id = source.locale_id if source else Locale.get_default().pk
    if locale_id == instance.locale_id:
        return None
    version = type(instance).objects.filter(translation_key=instance.translation_key, locale_id=locale_id).first()
    return getattr(version, "specific", version)


def untranslated_sentences(instance):
    """Sentences of the source language's version found word for word in
    `instance` (another language's version): source text left in place."""
    source = source_language_version(instance)
    if source is None:
        return []
    return sorted(text for text in _texts(instance) & _texts(source) if _is_sentence(text))


def check_publishable(instance, revision):
    """Raise IncompleteTranslationError unless `revision` may go public."""
    from .models import CompleteTranslationRevision

    translation = synced_translation(instance)
    if translation is not None and not (
        revision is not None and CompleteTranslationRevision.objects.filter(revision=revision).exists()
    ):
        raise IncompleteTranslationError(missing_segments(translation) or None)
    content = revision.as_object() if revision is not None else instance
    leftovers = untranslated_sentences(content)
    if leftovers:
        raise IncompleteTranslationError(len(leftovers))


def safe_save_target(self, user=None, publish=True):
    """Replacement for wagtail_localize.models.Translation.save_target.

    - An existing target (live or not) gets a new revision with the
      translation applied; its database row, which the public may be seeing,
      is not touched.
    - A missing target is created as a draft, under its parent's translation;
      a parent without one is an error (wagtail-localize would make the
      parent a live alias of the source-language page).
    - A translated page's slug is its own (core.translated_slugs),
      never a copy of the source's.
    - A target that is an alias (wagtail_localize.locales' synchronisation
      makes them) stops being one and becomes a draft, then gets a revision.
    - It never publishes: publishing goes through approval, complete."""
    from django.core.exceptions import ObjectDoesNotExist, ValidationError
    from wagtail.actions.copy_for_translation import ParentNotTranslatedError
    from wagtail.models import DraftStateMixin, Page
    from wagtail_localize.models import TranslationLog

    from . import translated_slugs

    source = self.source
    if not publish and not isinstance(source.as_instance(), DraftStateMixin):
        # wagtail-localize's contract: an object without drafts cannot be
        # saved as one (else the translation would go straight to its row).
        from wagtail_localize.models import CannotSaveDraftError

        raise CannotSaveDraftError
    try:
        existing = source.get_translated_instance(self.target_locale)
    except ObjectDoesNotExist:
        existing = None
    if getattr(existing, "alias_of_id", None):
        # An alias (wagtail_localize.locales' synchronisation makes them)
        # becomes an offline page of its own, then gets a revision below.
        from .patches.localize_save_target import convert_alias_to_draft

        convert_alias_to_draft(existing, user)
    if existing is None:
        # A page under a parent that is not translated: refused, in a way
        # wagtail-localize cannot swallow (see the exception).
        from .patches.localize_save_target import refuse_untranslated_parent

        refuse_untranslated_parent(source, self.target_locale)
    if existing is None:
        original = source.as_instance()
        if not isinstance(original, DraftStateMixin):
            return source.create_or_update_translation(self.target_locale, user=user, publish=True, fallback=True)
        try:
            target, created = source.create_or_update_translation(
                self.target_locale, user=user, publish=False, copy_parent_pages=False, fallback=True
            )
        except ParentNotTranslatedError:
            raise ValidationError(_("Translate the parent page into this language first."))
        if isinstance(target, Page) and target.depth > 2:
            slug = translated_slugs.slug_for(target, original.slug)
            if slug != target.slug:
                translated_slugs.set_draft_slug(target, slug)
                revision = target.save_revision(user=user, changed=False, clean=False)
                TranslationLog.objects.create(source=source, locale=self.target_locale, revision=revision)
        return target, created
    instance = source.get_ephemeral_translated_instance(self.target_locale, fallback=True)
    if not isinstance(instance, DraftStateMixin):
        return source.create_or_update_translation(self.target_locale, user=user, publish=True, fallback=True)
    if isinstance(instance, Page) and instance.depth > 2 and not translated_slugs.has_public_address(instance):
        # Until it is published, the address follows the translated title.
        translated_slugs.set_draft_slug(instance, translated_slugs.slug_for(instance, source.as_instance().slug))
    revision = instance.save_revision(user=user)
    TranslationLog.objects.create(source=source, locale=self.target_locale, revision=revision)
    return instance, False


class EditorialPagePermissionTester(PagePermissionTester):
    """Wagtail's page permissions, with the translators' rule: someone who is
    neither an editor nor a director may edit only synced translations, and
    may never add, delete, copy, move, lock or reorder pages. Every admin view
    that asks a page what a user may do gets this answer."""

    @cached_property
    def translator_only(self):
        return self.user.is_active and not can_edit_source_content(self.user)

    @cached_property
    def is_synced_translation(self):
        return synced_translation(self.page) is not None

    def _may_touch(self):
        return not self.translator_only or self.is_synced_translation

    def can_edit(self):
        return super().can_edit() and self._may_touch()

    def can_submit_for_moderation(self):
        return super().can_submit_for_moderation() and self._may_touch()

    def can_delete(self, ignore_bulk=False):
        return not self.translator_only and super().can_delete(ignore_bulk=ignore_bulk)

    def can_add_subpage(self):
        return not self.translator_only and super().can_add_subpage()

    def can_copy(self):
        return not self.translator_only and super().can_copy()

    def can_move(self):
        return not self.translator_only and super().can_move()

    def can_lock(self):
        return not self.translator_only and super().can_lock()

    def can_unlock(self):
        return not self.translator_only and super().can_unlock()

    def can_reorder_children(self):
        return not self.translator_only and super().can_reorder_children()

    def can_set_view_restrictions(self):
        return not self.translator_only and super().can_set_view_restrictions()


class ApprovedTranslationMixin:
    """Mixed into every page and draftable snippet the public sees."""

    def publish(self, revision, *args, **kwargs):
        check_publishable(self, revision)
        return super().publish(revision, *args, **kwargs)


def translators_cannot_touch_sources(request, instance):
    """True when this user may not edit `instance` in the admin: a translator
    (no editor or director role) and `instance` is not a synced translation."""
    if can_edit_source_content(request.user):
        return False
    return synced_translation(instance) is None


def used_by_live_content(instance):
    """Whether a live page or live snippet refers to `instance` (Wagtail's
    reference index, which reflects what is published for live pages)."""
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import DraftStateMixin, Page, ReferenceIndex

    references = ReferenceIndex.get_references_to(instance)
    by_type = {}
    for reference in references.values("base_content_type_id", "object_id"):
        by_type.setdefault(reference["base_content_type_id"], set()).add(reference["object_id"])
    for content_type_id, object_ids in by_type.items():
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        if model is None:
            continue
        if issubclass(model, Page):
            if Page.objects.filter(pk__in=object_ids, live=True).exists():
                return True
        elif issubclass(model, DraftStateMixin):
            if model.objects.filter(pk__in=object_ids, live=True).exists():
                return True
        elif model.objects.filter(pk__in=object_ids).exists():
            return True
    return False
