"""wagtail-localize's `Translation.save_target`, replaced by
`core.editorial.safe_save_target`.

The gap: wagtail-localize 1.14 writes every translation it saves into the
target's database row, which for a live page or snippet is what the public
sees, publishes new translations of live sources (only partly switched off
by WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE), and makes an untranslated
parent a live alias of the source-language page (`copy_parent_pages=True`).
There is no setting or hook for "save a translation as a revision only";
upstream: wagtail/wagtail-localize#634 and #655 (draft translations, open).

What the replacement keeps of wagtail-localize's contract, with the help of
this module: an alias target (wagtail_localize.locales' synchronisation
makes them) becomes the translation, as a draft (`convert_alias_to_draft`);
`publish=False` on an object without drafts raises CannotSaveDraftError; a
refusal (a page before its parent) is not a ValidationError, which
wagtail-localize's TranslationCreator would swallow (`ParentNotTranslated`).
wagtail-localize's own test suite runs with it (`make upstream-localize`).

It can go when wagtail-localize saves translations of draftable objects as
revisions only and stops copying parents, or offers a hook to do so; then
delete this module and its entry in core.patches.MODULES.
"""

from contextlib import contextmanager
from contextvars import ContextVar

from django.core import checks

from . import check_signatures, check_version

ERROR_ID = "patches.E001"
SERIES = "1.14"
WAGTAIL_SERIES = "7.4"
# What the replacement was written against (and calls).
SIGNATURES = {
    "ConvertAliasPageAction.__init__": "(self, page, *, log_action='wagtail.convert_alias', user=None)",
    "UnpublishPageAction.__init__": (
        "(self, page, set_expired=False, commit=True, user=None, log_action=True, include_descendants=False)"
    ),
    "Translation.save_target": "(self, user=None, publish=True)",
    "TranslationSource.create_or_update_translation": (
        "(self, locale, user=None, publish=True, copy_parent_pages=False, fallback=False)"
    ),
    "TranslationSource.get_ephemeral_translated_instance": "(self, locale, fallback=False)",
    "TranslationSource.get_translated_instance": "(self, locale)",
}

# wagtail-localize's own, kept when the replacement is applied.
original_save_target = None


def replacement():
    from core.editorial import safe_save_target

    return safe_save_target


def apply():
    """Put the replacement in place (once; AppConfig.ready)."""
    global original_save_target
    from wagtail_localize.models import Translation

    if original_save_target is None:
        original_save_target = Translation.save_target
    Translation.save_target = replacement()


class ParentNotTranslated(Exception):
    """A page translated before its parent: refused.

    Not a ValidationError on purpose: wagtail-localize's TranslationCreator
    (operations.py, behind every "Translate" screen and the subtree
    translation) suppresses those around save_target, so the user would be
    told of success while nothing was created. This one stops the operation
    (its transaction is rolled back whole) and the view says why
    (core.localize_views.SubmitPageTranslationParentsFirstView)."""

    def __init__(self, parent, locales):
        self.parent = parent
        self.locales = list(locales)
        super().__init__(f"page {parent.pk} is not translated into {', '.join(map(str, self.locales))}")

    def message(self):
        from django.utils.translation import gettext

        return gettext("First translate “%(parent)s” into %(languages)s: a page is translated after its parent.") % {
            "parent": self.parent.get_admin_display_title(),
            "languages": "، ".join(str(locale.get_display_name()) for locale in self.locales),
        }


def untranslated_parent_locales(page, locales):
    """Of `locales`, those `page`'s parent has no translation of its own in
    (an alias shows the source language's text: it does not count). A home
    page's parent is the root, which every language shares."""
    from wagtail.models import Page

    parent = page.get_parent()
    if parent is None or parent.depth <= 1:
        return []
    translated = set(
        Page.objects.filter(translation_key=parent.translation_key, alias_of__isnull=True).values_list(
            "locale_id", flat=True
        )
    )
    return [locale for locale in locales if locale.pk not in translated]


_relaxed_for_set_up = ContextVar("parents_copied_for_set_up", default=False)


@contextmanager
def parents_copied_for_set_up():
    """Within this, a page whose parent is not translated gets its parent
    copied as wagtail-localize does (an alias), instead of the refusal.
    Only for the set-up of wagtail-localize's own tests (tests/upstream),
    which translate such pages to prepare what they test."""
    token = _relaxed_for_set_up.set(True)
    try:
        yield
    finally:
        _relaxed_for_set_up.reset(token)


def refuse_untranslated_parent(source, locale):
    """Raise ParentNotTranslated when `source` is a page whose parent is not
    translated into `locale`."""
    from wagtail.models import Page

    original = source.as_instance()
    if not isinstance(original, Page) or not untranslated_parent_locales(original, [locale]):
        return
    parent = original.get_parent().specific
    if not _relaxed_for_set_up.get():
        raise ParentNotTranslated(parent, [locale])
    if parent.get_translation_or_none(locale) is None:
        parent.copy_for_translation(locale, copy_parents=True, alias=True)


def convert_alias_to_draft(page, user):
    """Make an alias page (one in another language: wagtail_localize.locales'
    synchronisation creates them) a page of its own, offline.

    wagtail-localize turns the alias into the translation by writing the
    translation into its live database row. Here it stops being an alias
    (Wagtail's own conversion) and is taken offline: an alias in another
    language is never served (core.wagtail_hooks), so the public loses
    nothing, and its row, still the source language's text, must not be
    served either. The translation then goes into a revision, as for any
    existing target, and is published only through approval."""
    from wagtail.actions.convert_alias import ConvertAliasPageAction
    from wagtail.actions.unpublish_page import UnpublishPageAction

    # The system acts here, for whoever submitted the translation.
    ConvertAliasPageAction(page, user=user).execute(skip_permission_checks=True)
    if page.live:
        UnpublishPageAction(page, user=user).execute(skip_permission_checks=True)


def _upstream():
    from wagtail.actions.convert_alias import ConvertAliasPageAction
    from wagtail.actions.unpublish_page import UnpublishPageAction
    from wagtail_localize.models import Translation, TranslationSource

    return {
        "ConvertAliasPageAction.__init__": ConvertAliasPageAction.__init__,
        "UnpublishPageAction.__init__": UnpublishPageAction.__init__,
        "Translation.save_target": original_save_target or Translation.save_target,
        "TranslationSource.create_or_update_translation": getattr(
            TranslationSource, "create_or_update_translation", None
        ),
        "TranslationSource.get_ephemeral_translated_instance": getattr(
            TranslationSource, "get_ephemeral_translated_instance", None
        ),
        "TranslationSource.get_translated_instance": getattr(TranslationSource, "get_translated_instance", None),
    }


def check():
    from wagtail_localize.models import Translation

    errors = check_version(ERROR_ID, __name__, "wagtail-localize", SERIES)
    errors += check_version(ERROR_ID, __name__, "wagtail", WAGTAIL_SERIES)  # the alias conversion
    upstream = _upstream()
    errors += check_signatures(ERROR_ID, __name__, SIGNATURES, upstream)
    if Translation.save_target is not replacement():
        errors.append(
            checks.Error(
                f"{__name__}: Translation.save_target is not ours; translations would be published unapproved.",
                hint="Something replaced it after core.patches.localize_save_target.apply(), or apply() never ran.",
                obj=__name__,
                id=ERROR_ID,
            )
        )
    return errors
