from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import DraftStateMixin, RevisionMixin, TranslatableMixin, WorkflowMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField, TranslatableField

from core import l10n
from core.editorial import ApprovedTranslationMixin


class Topic(
    ApprovedTranslationMixin,
    WorkflowMixin,
    DraftStateMixin,
    RevisionMixin,
    TranslatableMixin,
    index.Indexed,
    models.Model,
):
    """A subject the ministry publishes about: trade, exports, border ports…

    One row per language (wagtail-localize translates the name); the slug is
    the same in every language, so `?topic=exports` filters any index.
    Like pages, a topic (or its translation) is a draft until a director
    publishes it: readers only ever see live topics."""

    # Pages show it: a change drops the page cache (core.apps).
    drops_page_cache = True

    name = models.CharField(_("name"), max_length=100)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Short Latin name used in addresses, the same in every language, e.g. border-ports."),
    )
    description = models.TextField(_("description"), blank=True, max_length=500)

    translatable_fields = [
        TranslatableField("name"),
        TranslatableField("description"),
        SynchronizedField("slug"),
    ]
    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("description")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name"), index.FilterField("locale_id")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [models.UniqueConstraint(fields=["slug", "locale"], name="unique_topic_slug_per_locale")]
        # Granted to Directors: withdrawing a published pressroom item.
        permissions = [("manage_corrections", "Can withdraw published items")]

    def __str__(self):
        return self.name


def topics_by_key(locale_id):
    """{translation_key: Topic} of one language, kept until the next publish
    (saving or publishing a topic bumps it)."""
    from core.page_cache import remember

    return remember(
        "topics",
        (locale_id,),
        lambda: {topic.translation_key: topic for topic in Topic.objects.filter(locale_id=locale_id, live=True)},
    )


def topic_slug_in(slug, locale_id, language):
    """The slug, in `language`, of the live topic called `slug` in the
    language of `locale_id` (a translation may have its own slug); None when
    that topic has no live version there."""
    locale = l10n.locales_by_code().get(language)
    if locale is None:
        return None
    for key, topic in topics_by_key(locale_id).items():
        if topic.slug == slug:
            translated = topics_by_key(locale.pk).get(key)
            return translated.slug if translated is not None else None
    return None


def localized_topics(topics, locale_id=None):
    """The reader's-language versions of `topics` (any language's rows),
    dropping any topic not yet translated rather than showing another language."""
    by_key = topics_by_key(locale_id or l10n.active_locale_id())
    result = []
    for topic in topics:
        local = by_key.get(topic.translation_key)
        if local is not None and local not in result:
            result.append(local)
    return sorted(result, key=lambda topic: topic.name)
