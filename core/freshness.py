"""Whether a translation still says what its source says.

wagtail-localize keeps a frozen copy of the source (`TranslationSource`),
refreshed when someone syncs; translations are made from that copy. Its
only clue that the source changed is a time, and the time of a draft at
that: a translator who synced while an edit waited for approval, or an edit
approved without a new revision, left translations marked up to date while
the public source said something else (issue 12, item 1).

Here each source gets two fingerprints (`SourceFingerprint`): `snapshot`,
of the frozen copy, and `current`, of the source's database row (for a live
page or snippet, its live text; for a draft never published, the draft, as
wagtail-localize's sync reads it). Each complete translation revision
records the snapshot it was made from (`CompleteTranslationRevision`). A
translation is out of date while

- the snapshot differs from the current text (a sync would bring changes), or
- its live revision was made from text other than the current one (synced,
  but not yet translated and approved).

A fingerprint covers what a translation takes from its source: the texts
and values wagtail-localize extracts, and the fields it copies unchanged
(dates, topics, related pages).
"""

import datetime
import hashlib
import json
import logging

from django.core.serializers.json import DjangoJSONEncoder
from django.db import models

logger = logging.getLogger(__name__)

# Fields Wagtail saves on its own while editing (a draft revision, a lock):
# a save of only these changes no text.
BOOKKEEPING_FIELDS = {
    "comments",
    "wagtail_admin_comments",
    "latest_revision",
    "latest_revision_created_at",
    "draft_title",
    "has_unpublished_changes",
    "live_revision",
    "locked",
    "locked_at",
    "locked_by",
}


class _Encoder(DjangoJSONEncoder):
    def default(self, o):
        # The same moment reads the same whichever time zone it came in.
        if isinstance(o, datetime.datetime) and o.tzinfo is not None:
            o = o.astimezone(datetime.UTC)
        # wagtail-localize keeps the frozen copy as JSON, whose times keep
        # milliseconds (DjangoJSONEncoder cuts the rest): 12:00:00.000500
        # comes back as 12:00:00, which DjangoJSONEncoder writes without the
        # ".000" it wrote before. Cut to milliseconds first, so a time reads
        # the same before and after the copy (one time in a thousand did not:
        # a page made by code with such a time showed its new translation as
        # out of date).
        if isinstance(o, (datetime.datetime, datetime.time)):
            o = o.replace(microsecond=o.microsecond - o.microsecond % 1000)
        return super().default(o)


def _segment_entry(segment):
    from wagtail_localize.segments import (
        OverridableSegmentValue,
        RelatedObjectSegmentValue,
        StringSegmentValue,
        TemplateSegmentValue,
    )

    if isinstance(segment, StringSegmentValue):
        return ["string", segment.path, segment.string.data, segment.attrs]
    if isinstance(segment, TemplateSegmentValue):
        return ["template", segment.path, segment.format, segment.template]
    if isinstance(segment, RelatedObjectSegmentValue):
        return ["related", segment.path, segment.content_type.pk, str(segment.translation_key)]
    if isinstance(segment, OverridableSegmentValue):
        return ["value", segment.path, segment.data]
    return [type(segment).__name__, segment.path]


def _copied_fields(instance):
    """The values wagtail-localize copies unchanged into every translation
    (SynchronizedFields it does not offer as segments)."""
    from modelcluster.fields import ParentalKey, ParentalManyToManyField
    from wagtail_localize.fields import get_translatable_fields

    entries = []
    for translatable_field in get_translatable_fields(type(instance)):
        if translatable_field.is_translated(instance) or not translatable_field.is_synchronized(instance):
            continue
        field = translatable_field.get_field(type(instance))
        if isinstance(field, ParentalManyToManyField):
            value = sorted(related.pk for related in getattr(instance, field.name).all())
        elif isinstance(field, models.ManyToOneRel) and isinstance(field.remote_field, ParentalKey):
            value = [
                {
                    child_field.attname: child_field.value_from_object(child)
                    for child_field in child._meta.concrete_fields
                    if not child_field.primary_key and not isinstance(child_field, ParentalKey)
                }
                for child in getattr(instance, field.name).all()
            ]
        elif getattr(field, "concrete", False):
            value = field.value_from_object(instance)
        else:
            continue
        entries.append(["copied", field.name, value])
    return entries


def fingerprint(instance):
    """A digest of what a translation of `instance` is made from."""
    from wagtail.models import Page
    from wagtail_localize.segments.extract import extract_segments

    if isinstance(instance, Page) and type(instance) is not instance.specific_class:
        instance = instance.specific
    entries = [_segment_entry(segment) for segment in extract_segments(instance)]
    entries += _copied_fields(instance)
    data = json.dumps(entries, cls=_Encoder, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def _current_instance(source):
    return source.get_source_instance()


def refresh(source, instance=None):
    """(Re)compute both fingerprints of `source`; `instance` is its source
    object as just saved (its children may not be in the database yet)."""
    from .models import SourceFingerprint

    if instance is None:
        instance = _current_instance(source)
    row, _created = SourceFingerprint.objects.update_or_create(
        source=source,
        defaults={"snapshot": fingerprint(source.as_instance()), "current": fingerprint(instance)},
    )
    return row


def record_snapshot(sender, instance, raw=False, **kwargs):
    """post_save of TranslationSource: a sync (or a first translation) froze new text."""
    if raw:
        return
    from .models import SourceFingerprint

    try:
        snapshot = fingerprint(instance.as_instance())
        row = SourceFingerprint.objects.filter(source=instance).first()
        if row is None:
            SourceFingerprint.objects.create(
                source=instance, snapshot=snapshot, current=fingerprint(_current_instance(instance))
            )
        elif row.snapshot != snapshot:
            row.snapshot = snapshot
            row.save(update_fields=["snapshot"])
    except Exception:  # a missing fingerprint shows as up to date; never fail the sync
        logger.exception("Could not fingerprint translation source %s", instance.pk)


def record_current(sender, instance, created=False, update_fields=None, raw=False, **kwargs):
    """post_save of any translatable object: if it is a translation source,
    its current text may have changed (a publish, a draft never published)."""
    from wagtail.models import TranslatableMixin

    if raw or created or not isinstance(instance, TranslatableMixin):
        return
    if update_fields is not None and set(update_fields) <= BOOKKEEPING_FIELDS:
        return
    from .models import SourceFingerprint

    rows = list(
        SourceFingerprint.objects.filter(
            source__object_id=instance.translation_key, source__locale_id=instance.locale_id
        ).select_related("source")
    )
    for row in rows:
        try:
            model = row.source.specific_content_type.model_class()
            current = fingerprint(instance if type(instance) is model else _current_instance(row.source))
        except Exception:
            logger.exception("Could not fingerprint %r", instance)
            continue
        if current != row.current:
            row.current = current
            row.save(update_fields=["current"])


def snapshot_of(translation):
    """The fingerprint of the text `translation` is made from now."""
    from .models import SourceFingerprint

    row = SourceFingerprint.objects.filter(source_id=translation.source_id).first()
    if row is None:
        row = refresh(translation.source)
    return row.snapshot


def fingerprints_for(source_ids):
    """{source id: SourceFingerprint}, made where missing."""
    from wagtail_localize.models import TranslationSource

    from .models import SourceFingerprint

    rows = {row.source_id: row for row in SourceFingerprint.objects.filter(source_id__in=source_ids)}
    for source in TranslationSource.objects.filter(pk__in=set(source_ids) - set(rows)):
        try:
            rows[source.pk] = refresh(source)
        except Exception:
            logger.exception("Could not fingerprint translation source %s", source.pk)
    return rows


def fill_missing(**kwargs):
    """post_migrate: fingerprint the sources made before fingerprints were kept."""
    from django.db import connection
    from wagtail_localize.models import TranslationSource

    from .models import SourceFingerprint

    tables = connection.introspection.table_names()
    if SourceFingerprint._meta.db_table not in tables or TranslationSource._meta.db_table not in tables:
        return
    missing = TranslationSource.objects.filter(ministry_fingerprint__isnull=True).values_list("pk", flat=True)
    fingerprints_for(list(missing))


def is_out_of_date(row, live_basis):
    """A translation whose source fingerprints are `row` and whose live
    revision was made from `live_basis` ('' if unknown, None if not live)."""
    if row is None:
        return False
    if row.snapshot != row.current:
        return True
    return live_basis is not None and (live_basis or row.snapshot) != row.current


def needs_sync(row):
    return row is not None and row.snapshot != row.current


def stale_translation_keys(language=None):
    """Translation keys of pages with an out-of-date translation (into
    `language` if given), as a subquery."""
    from django.db.models import F, OuterRef, Q, Subquery, Value
    from django.db.models.functions import Coalesce, NullIf
    from wagtail.models import Page
    from wagtail_localize.models import Translation

    from .models import CompleteTranslationRevision, SourceFingerprint

    unsynced = Translation.objects.filter(enabled=True, source__ministry_fingerprint__isnull=False).exclude(
        source__ministry_fingerprint__snapshot=F("source__ministry_fingerprint__current")
    )
    if language:
        unsynced = unsynced.filter(target_locale__language_code=language)

    fingerprints = SourceFingerprint.objects.filter(
        source__object_id=OuterRef("translation_key"),
        source__translations__target_locale_id=OuterRef("locale_id"),
        source__translations__enabled=True,
    )
    live_targets = (
        Page.objects.filter(live=True, depth__gt=2)
        .annotate(
            basis=Subquery(
                CompleteTranslationRevision.objects.filter(revision_id=OuterRef("live_revision_id")).values(
                    "source_fingerprint"
                )[:1]
            ),
            snapshot=Subquery(fingerprints.values("snapshot")[:1]),
            current=Subquery(fingerprints.values("current")[:1]),
        )
        .filter(current__isnull=False)
        .annotate(made_from=Coalesce(NullIf("basis", Value("")), "snapshot"))
        .exclude(made_from=F("current"))
    )
    if language:
        live_targets = live_targets.filter(locale__language_code=language)
    return Page.objects.filter(
        Q(translation_key__in=unsynced.values("source__object_id"))
        | Q(translation_key__in=live_targets.values("translation_key"))
    ).values("translation_key")
