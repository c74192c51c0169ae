from django.core.exceptions import ValidationError
from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.blocks import StreamBlock
from wagtail.fields import StreamField
from wagtail.search import index

from core.blocks import DocumentLinkBlock, body_blocks

from .base import PressroomPage, pressroom_edit_handler
from .index import PressroomIndexPage


class StatementKind(models.TextChoices):
    PRESS_RELEASE = "press_release", _("Press release")
    OFFICIAL_STATEMENT = "official_statement", _("Official statement")
    SPEECH = "speech", _("Speech")
    INTERVIEW = "interview", _("Interview")
    GOVERNMENT_RESPONSE = "government_response", _("Government response")


# The letters of each kind's reference number, e.g. PR-1405/023.
REFERENCE_PREFIXES = {
    StatementKind.PRESS_RELEASE: "PR",
    StatementKind.OFFICIAL_STATEMENT: "ST",
    StatementKind.SPEECH: "SP",
    StatementKind.INTERVIEW: "IN",
    StatementKind.GOVERNMENT_RESPONSE: "GR",
}


class DeliveryStatus(models.TextChoices):
    AS_DELIVERED = "as_delivered", _("As delivered")
    AS_PREPARED = "as_prepared", _("As prepared: check against delivery")
    SPEAKING_NOTES = "speaking_notes", _("Speaking notes")


class StatementReference(models.Model):
    """The official reference number of a statement, shared by all its
    translations (same translation key). Rows are never deleted, so a number,
    once given, is never given again, even if the statement is deleted."""

    translation_key = models.UUIDField(unique=True)
    prefix = models.CharField(max_length=4)
    year = models.PositiveIntegerField(help_text="Solar Hijri year")
    number = models.PositiveIntegerField()
    assigned_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        verbose_name = _("statement reference number")
        verbose_name_plural = _("statement reference numbers")
        constraints = [
            models.UniqueConstraint(fields=["prefix", "year", "number"], name="unique_statement_reference"),
        ]

    def __str__(self):
        return f"{self.prefix}-{self.year}/{self.number:03d}"


class StatementPage(PressroomPage):
    """A press release, official statement, speech, interview or government response."""

    kind = models.CharField(
        _("kind"), max_length=30, choices=StatementKind.choices, default=StatementKind.PRESS_RELEASE
    )
    speaker = models.CharField(
        _("speaker or spokesperson"),
        max_length=200,
        blank=True,
        help_text=_("Who made the statement, with their role."),
    )
    place = models.CharField(_("place"), max_length=200, blank=True)
    delivery_status = models.CharField(
        _("delivery status"),
        max_length=30,
        choices=DeliveryStatus.choices,
        blank=True,
        help_text=_("Speeches only: was it delivered as written?"),
    )
    body = StreamField(body_blocks(), verbose_name=_("text"), blank=True)
    attachments = StreamField(
        StreamBlock([("document", DocumentLinkBlock())], required=False),
        verbose_name=_("attachments"),
        blank=True,
        help_text=_("For example the PDF of the signed statement."),
    )

    content_panels = PressroomPage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("delivery_status"), FieldPanel("date")],
            heading=_("Kind and date"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("speaker"), FieldPanel("place")], heading=_("Who and where")),
        FieldPanel("body"),
        FieldPanel("attachments"),
    ]
    edit_handler = pressroom_edit_handler(content_panels)
    search_fields = PressroomPage.search_fields + [index.FilterField("kind")]
    search_text_fields = [*PressroomPage.search_text_fields, "reference_number", "speaker", "place", "body"]

    parent_page_types = ["pressroom.StatementIndexPage"]
    subpage_types = []
    template = "pressroom/statement_page.html"

    class Meta:
        verbose_name = _("statement")
        verbose_name_plural = _("statements")

    def clean(self):
        super().clean()
        if self.kind == StatementKind.SPEECH and not self.delivery_status:
            raise ValidationError(
                {"delivery_status": _("Say whether the speech is as delivered, as prepared or notes.")}
            )
        if self.kind != StatementKind.SPEECH and self.delivery_status:
            raise ValidationError({"delivery_status": _("Only speeches have a delivery status.")})

    @cached_property
    def reference(self):
        return StatementReference.objects.filter(translation_key=self.translation_key).first()

    def reference_number(self):
        """The reference for the search index ("" before the first publication):
        as written, and with its parts apart ("PR 1405 023"), because database
        search engines split "PR-1405/023" into tokens inconsistently."""
        if not self.reference:
            return ""
        reference = self.reference
        return f"{reference} {reference.prefix} {reference.year} {reference.number:03d}"


class StatementIndexPage(PressroomIndexPage):
    child_model = StatementPage
    template = "pressroom/index_page.html"
    subpage_types = ["pressroom.StatementPage"]
    card_template = "pressroom/includes/statement_card.html"

    class Meta:
        verbose_name = _("statements index")
        verbose_name_plural = _("statements indexes")

    def kind_choices(self):
        return StatementKind.choices

    def after_paging(self, items):
        attach_references(items)
        return items


def attach_references(statements):
    """Give each statement its reference in one query (instead of one each)."""
    references = StatementReference.objects.filter(translation_key__in=[s.translation_key for s in statements])
    by_key = {reference.translation_key: reference for reference in references}
    for statement in statements:
        statement.__dict__["reference"] = by_key.get(statement.translation_key)
