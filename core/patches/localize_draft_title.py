"""The page's draft title, copied from a translated title, kept within its column.

The gap: wagtail-localize copies every saved translation of a page title
into that page's `draft_title` (`post_save_string_translation` in its
models.py) as it is, and `draft_title` holds 255 characters. A longer
title (typed in the translation editor, uploaded in a PO file, returned by
a machine translator) makes PostgreSQL refuse the update: a 500, and the
translator's work in that request is lost. SQLite stores it silently.

Our receiver does the same copy, cut to what the column holds (the draft
title is the admin's label for the page, nothing more). The translation
keeps the whole text, so submitting it fails the page's own validation
with a message that says the title is too long, and the translator can
correct it; the translation editor also refuses such a text at once
(core.localize_views.edit_string_translation_within_limits).

Upstream: none filed yet. It can go when wagtail-localize bounds that copy;
then delete this module and its entry in core.patches.MODULES.
"""

from django.core import checks
from django.db.models.signals import post_save

from . import check_signatures, check_source_mentions, check_version

ERROR_ID = "patches.E008"
SERIES = "1.14"
SIGNATURES = {"post_save_string_translation": "(instance, **kwargs)"}
# What the upstream receiver does, which ours repeats within the limit.
SOURCE_MENTIONS = ['instance.context.path == "title"', "update(draft_title=instance.data)"]
DISPATCH_UID = "core.patches.localize_draft_title"

_applied = False


def _upstream():
    from wagtail_localize import models

    return {"post_save_string_translation": getattr(models, "post_save_string_translation", None)}


def copy_title_to_draft_title(instance, **kwargs):
    if instance.context.path != "title":
        return
    from wagtail.models import Page

    limit = Page._meta.get_field("draft_title").max_length
    # Like upstream: a StringTranslation that is not a page's does nothing.
    Page.objects.filter(translation_key=instance.context.object_id, locale_id=instance.locale_id).update(
        draft_title=instance.data[:limit]
    )


def apply():
    """Put our receiver in place of wagtail-localize's (AppConfig.ready)."""
    global _applied
    from wagtail_localize.models import StringTranslation

    upstream = _upstream()["post_save_string_translation"]
    if not _applied and upstream is not None:
        post_save.disconnect(upstream, sender=StringTranslation)
        post_save.connect(copy_title_to_draft_title, sender=StringTranslation, dispatch_uid=DISPATCH_UID)
        _applied = True


def _receivers():
    """The post_save receivers of StringTranslation, as Django will call them."""
    from wagtail_localize.models import StringTranslation

    sync_receivers, async_receivers = post_save._live_receivers(StringTranslation)
    return list(sync_receivers) + list(async_receivers)


def check():
    errors = check_version(ERROR_ID, __name__, "wagtail-localize", SERIES)
    upstream = _upstream()
    errors += check_signatures(ERROR_ID, __name__, SIGNATURES, upstream)
    if errors:
        return errors
    errors += check_source_mentions(ERROR_ID, __name__, upstream["post_save_string_translation"], SOURCE_MENTIONS)
    if _applied and upstream["post_save_string_translation"] in _receivers():
        errors.append(_error("wagtail-localize's post_save_string_translation is still connected beside ours."))
    return errors


def _error(message):
    return checks.Error(message, hint=f"Read the upstream changes and adjust {__name__}.", obj=__name__, id=ERROR_ID)
