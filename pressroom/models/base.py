"""What news, statements and galleries share: the date, topics, related
items, public change notes and withdrawal, and the index pages that list
them with filters, pagination and feeds."""

import logging

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey, ParentalManyToManyField
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    MultipleChooserPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.images.models import SourceImageIOError
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import l10n
from core.models import BasePage, absolute_url, public, without_foreign_aliases

from .topics import Topic, localized_topics

logger = logging.getLogger(__name__)

SHARE_RENDITION = "fill-1200x630"


class RelatedLink(Orderable):
    """A page shown under "Related" on a news item, statement or gallery.
    The same links serve every language: each reader sees the translation
    in their language, or nothing where there is none."""

    source_page = ParentalKey("wagtailcore.Page", related_name="related_links", on_delete=models.CASCADE)
    page = models.ForeignKey("wagtailcore.Page", verbose_name=_("page"), on_delete=models.CASCADE, related_name="+")

    panels = [FieldPanel("page")]

    class Meta(Orderable.Meta):
        verbose_name = _("related page")
        verbose_name_plural = _("related pages")


class ChangeNote(TranslatableMixin, Orderable):
    """A public note on a significant change ("corrected the export figures").
    A page's "updated" date is its latest note: minor edits leave it alone."""

    page = ParentalKey("wagtailcore.Page", related_name="change_notes", on_delete=models.CASCADE)
    date = models.DateField(_("date"), default=timezone.localdate)
    note = models.CharField(_("note"), max_length=250, help_text=_("One line, e.g. Corrected the export figures."))

    panels = [FieldPanel("date"), FieldPanel("note")]

    class Meta(TranslatableMixin.Meta):
        ordering = ["sort_order"]
        verbose_name = _("public change note")
        verbose_name_plural = _("public change notes")


class PressroomPageForm(WagtailAdminPageForm):
    """Offers only the topics of the page's own language."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "topics" in self.fields and getattr(self.instance, "locale_id", None):
            self.fields["topics"].queryset = Topic.objects.filter(locale_id=self.instance.locale_id)


class PressroomPage(BasePage):
    """Abstract base of the dated items the directorate publishes."""

    date = models.DateTimeField(
        _("date"), default=timezone.now, db_index=True, help_text=_("When it happened or was issued (Kabul time).")
    )
    topics = ParentalManyToManyField(Topic, verbose_name=_("topics"), blank=True, related_name="+")
    withdrawn_at = models.DateTimeField(
        _("withdrawn on"),
        null=True,
        blank=True,
        help_text=_("Set to withdraw: the page stays online, marked as withdrawn, and leaves listings and feeds."),
    )
    withdrawal_reason = models.TextField(
        _("reason for withdrawal"), blank=True, max_length=1000, help_text=_("Shown to readers. Required to withdraw.")
    )

    base_form_class = PressroomPageForm

    def search_text_parts(self):
        # Topic names in the page's own language.
        names = [topic.name for topic in localized_topics(self.topics.all(), self.locale_id)]
        return super().search_text_parts() + names

    # wagtail-localize skips many-to-many fields unless told; every language
    # shares the topics (each reader sees the topic names in their language).
    override_translatable_fields = [*BasePage.override_translatable_fields, SynchronizedField("topics")]

    search_fields = BasePage.search_fields + [
        index.FilterField("date"),
        index.FilterField("withdrawn_at"),
        index.FilterField("locale_id"),
    ]
    # Anyone writing a change may propose its public note (the director sees
    # it when approving); only directors may withdraw (enforced by the form).
    correction_panels = [
        InlinePanel("change_notes", heading=_("Public change notes"), label=_("Change note")),
        MultiFieldPanel(
            [
                FieldPanel("withdrawn_at", permission="pressroom.manage_corrections"),
                FieldPanel("withdrawal_reason", permission="pressroom.manage_corrections"),
            ],
            heading=_("Withdrawal"),
        ),
    ]
    related_panels = [
        FieldPanel("topics", widget=forms.CheckboxSelectMultiple),
        MultipleChooserPanel("related_links", chooser_field_name="page", heading=_("Related pages"), label=_("Page")),
    ]

    class Meta:
        abstract = True

    def clean(self):
        super().clean()
        if self.withdrawn_at and not self.withdrawal_reason.strip():
            raise ValidationError({"withdrawal_reason": _("Give readers the reason for the withdrawal.")})
        if self.withdrawal_reason.strip() and not self.withdrawn_at:
            raise ValidationError({"withdrawn_at": _("Set the date of the withdrawal, or clear the reason.")})

    @property
    def is_withdrawn(self):
        return self.withdrawn_at is not None

    @cached_property
    def public_topics(self):
        return localized_topics(self.topics.all(), self.locale_id)

    @cached_property
    def public_change_notes(self):
        return sorted(self.change_notes.all(), key=lambda note: (note.date, note.sort_order or 0), reverse=True)

    @property
    def updated_date(self):
        notes = self.public_change_notes
        return notes[0].date if notes else None

    @property
    def listing_image(self):
        """The image a listing card shows (None: a card without a picture)."""
        return None

    # What cards show when a kind of item has none (a template looking up a
    # missing attribute costs Django a dir() of the page).
    listing_image_alt = ""
    place = ""
    reference = None  # statements have one

    def related_pages_in(self, locale_id):
        """Live translations, in `locale_id`, of the pages this one links to."""
        keys = [link.page.translation_key for link in self.related_links.select_related("page")]
        if not keys:
            return []
        pages = without_foreign_aliases(
            public(Page.objects.live()).filter(translation_key__in=keys, locale_id=locale_id)
        ).specific()
        by_key = {page.translation_key: page for page in pages}
        return [by_key[key] for key in keys if key in by_key]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context.update(self.remembered(request, "pressroom-furniture", self.pressroom_furniture))
        context["site_name"] = _("Ministry of Commerce and Industry")
        context["other_languages"] = [
            link for link in context["language_links"] if link.is_translation and not link.is_current
        ]
        language = l10n.content_language(self.locale.language_code)
        context["og_locale"] = l10n.OPEN_GRAPH_LOCALES[language]
        context["og_locale_alternates"] = [l10n.OPEN_GRAPH_LOCALES[link.code] for link in context["other_languages"]]
        return context

    def pressroom_furniture(self, request):
        share_image = self.share_image
        share_url = None
        if share_image is not None:
            try:
                share_url = request.build_absolute_uri(share_image.get_rendition(SHARE_RENDITION).url)
            except SourceImageIOError:
                # The original is missing from storage (lost, or not yet
                # restored from a backup): the page is still shown, without
                # a picture for link previews (as the {% image %} tag does).
                logger.warning("Image %s has no original file: page %s shared without it", share_image.pk, self.pk)
        return {
            "related_pages": self.related_pages_in(self.locale_id),
            "index_url": self.get_parent().get_url(request),
            "share_image_url": share_url,
            "structured_data": self.structured_data(request, share_url),
        }

    @property
    def share_image(self):
        return self.social_image

    schema_type = "NewsArticle"

    def structured_data(self, request, image_url=None):
        """schema.org JSON-LD describing this page for search engines."""
        ministry = {
            "@type": "GovernmentOrganization",
            "name": str(_("Ministry of Commerce and Industry")),
            "url": request.build_absolute_uri("/"),
        }
        data = {
            "@context": "https://schema.org",
            "@type": self.schema_type,
            "headline": self.title[:110],
            "description": self.summary,
            "inLanguage": self.locale.language_code,
            "datePublished": self.date.isoformat(),
            "dateModified": (self.last_published_at or self.date).isoformat(),
            "mainEntityOfPage": absolute_url(self, request),
            "url": absolute_url(self, request),
            "author": ministry,
            "publisher": ministry,
        }
        if image_url:
            data["image"] = [image_url]
        topics = self.public_topics
        if topics:
            data["keywords"] = [topic.name for topic in topics]
        return data


def pressroom_edit_handler(content_panels):
    """The editor's tabs for a pressroom page type."""
    return TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Content")),
            ObjectList(PressroomPage.related_panels, heading=_("Topics and related pages")),
            ObjectList(PressroomPage.correction_panels, heading=_("Corrections and withdrawal")),
            ObjectList(PressroomPage.promote_panels, heading=_("Promote")),
            ObjectList(Page.settings_panels, heading=_("Settings")),
        ],
        base_form_class=PressroomPageForm,
    )


def kabul_day_range(first_day, last_day):
    """Aware datetimes [start, end) covering whole Kabul days."""
    import datetime

    start = timezone.make_aware(datetime.datetime.combine(first_day, datetime.time.min))
    end = timezone.make_aware(datetime.datetime.combine(last_day + datetime.timedelta(days=1), datetime.time.min))
    return start, end
