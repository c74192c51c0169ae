"""Assigning official reference numbers to statements.

A statement gets its number the first time any language version of it is
published: `PR-1405/023` is the 23rd press release of Solar Hijri year 1405
(the year of the statement's date). All translations share the number through
their translation key, and numbers are never reused.
"""

from django.db import IntegrityError, transaction
from django.db.models import Max

from core import l10n

from .models.statements import REFERENCE_PREFIXES, StatementReference

MAX_ATTEMPTS = 5


def assign_reference(statement):
    """The statement's reference, assigned now if it has none yet."""
    existing = StatementReference.objects.filter(translation_key=statement.translation_key).first()
    if existing is not None:
        return existing
    prefix = REFERENCE_PREFIXES[statement.kind]
    year = l10n.solar_hijri(statement.date)[0]
    for _attempt in range(MAX_ATTEMPTS):
        try:
            with transaction.atomic():
                last = StatementReference.objects.filter(prefix=prefix, year=year).aggregate(last=Max("number"))
                reference = StatementReference.objects.create(
                    translation_key=statement.translation_key,
                    prefix=prefix,
                    year=year,
                    number=(last["last"] or 0) + 1,
                )
        except IntegrityError:
            # Another publication took the number (or this statement got one) meanwhile.
            existing = StatementReference.objects.filter(translation_key=statement.translation_key).first()
            if existing is not None:
                return existing
            continue
        statement.__dict__["reference"] = reference
        return reference
    raise RuntimeError("Could not assign a statement reference number after several attempts")


def on_page_published(sender, instance, **kwargs):
    """page_published receiver for StatementPage. Wagtail sends the signal
    also when it only schedules a never-published page for later; the number
    is given when the statement actually goes live."""
    from core.patches.search_index_once import index_later

    if not instance.live:
        return
    from core.page_cache import bump_generation

    had_reference = StatementReference.objects.filter(translation_key=instance.translation_key).exists()
    assign_reference(instance)
    # The publish already dropped cached pages, before the number existed: a
    # visitor in between may have had the page (or its card) kept without it.
    bump_generation()
    if not had_reference:
        # The reference is searchable: re-index every language version now it exists.
        for version in type(instance).objects.filter(translation_key=instance.translation_key):
            index_later(version)
