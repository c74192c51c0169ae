"""Distribution lists drawn from the directory, mailings of live pages to
them, one delivery row per recipient, and the addresses never to write to
again.

State lives here, never in a queue message: a task is told only a mailing's
id and works out from these rows what is left to do, so a lost, repeated or
half-done task loses nothing and sends nothing twice (media_relations.sending).
"""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from directory import geography
from directory.models import PreferredLanguage

from .forms import DistributionListForm

LANGUAGES = PreferredLanguage


class ContactVisibility(models.TextChoices):
    ANY = "any", _("Public and internal")
    PUBLIC = "public", _("Public contacts only")
    INTERNAL = "internal", _("Internal contacts only")


class DistributionList(models.Model):
    """A saved selection of the directory, plus hand-picked organisations and
    contact people, minus exclusions. Who is on it is worked out when it is
    shown or sent (media_relations.membership), so it follows the directory."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    description = models.TextField(_("description"), blank=True, max_length=1000)
    categories = models.ManyToManyField(
        "directory.Category",
        verbose_name=_("organisation categories"),
        blank=True,
        related_name="+",
        help_text=_("Organisations of these categories, in any language. None chosen: no organisation by category."),
    )
    provinces = models.JSONField(_("provinces"), default=list, blank=True)
    countries = models.JSONField(_("countries"), default=list, blank=True)
    beats = models.CharField(
        _("media beats"),
        max_length=300,
        blank=True,
        help_text=_("Words separated by commas; a journalist whose beat contains one of them is on the list."),
    )
    contact_visibility = models.CharField(
        _("contact visibility"), max_length=10, choices=ContactVisibility.choices, default=ContactVisibility.ANY
    )
    languages = models.JSONField(
        _("preferred languages"),
        default=list,
        blank=True,
        help_text=_("Only contacts who prefer one of these languages. None chosen: every language."),
    )
    include_organisation_addresses = models.BooleanField(
        _("write to the organisations' own addresses too"),
        default=False,
        help_text=_("Besides their contact people, the general addresses of the organisations on the list."),
    )
    organisation_language = models.CharField(
        _("language for an organisation's own address"),
        max_length=5,
        choices=LANGUAGES.choices,
        default=LANGUAGES.DARI,
    )
    organisations = models.ManyToManyField(
        "directory.Organisation", verbose_name=_("also these organisations"), blank=True, related_name="+"
    )
    contacts = models.ManyToManyField(
        "directory.ContactPerson", verbose_name=_("also these contact people"), blank=True, related_name="+"
    )
    excluded_organisations = models.ManyToManyField(
        "directory.Organisation", verbose_name=_("never these organisations"), blank=True, related_name="+"
    )
    excluded_contacts = models.ManyToManyField(
        "directory.ContactPerson", verbose_name=_("never these contact people"), blank=True, related_name="+"
    )
    created_at = models.DateTimeField(auto_now_add=True)
    updated_at = models.DateTimeField(_("updated"), auto_now=True)

    base_form_class = DistributionListForm
    panels = [
        FieldPanel("name"),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                FieldPanel("categories"),
                FieldPanel("provinces"),
                FieldPanel("countries"),
                FieldPanel("beats"),
                FieldPanel("contact_visibility"),
                FieldPanel("languages"),
                FieldPanel("include_organisation_addresses"),
                FieldPanel("organisation_language"),
            ],
            heading=_("Selection"),
        ),
        MultiFieldPanel(
            [FieldPanel("organisations"), FieldPanel("contacts")],
            heading=_("Hand-picked"),
        ),
        MultiFieldPanel(
            [FieldPanel("excluded_organisations"), FieldPanel("excluded_contacts")],
            heading=_("Exclusions"),
        ),
    ]

    class Meta:
        verbose_name = _("distribution list")
        verbose_name_plural = _("distribution lists")
        ordering = ["name"]

    def __str__(self):
        return self.name

    def beat_words(self):
        return [word.strip() for word in self.beats.split(",") if word.strip()]

    def province_names(self):
        return [dict(geography.PROVINCE_FIELD_CHOICES).get(code, code) for code in self.provinces]


class Mailing(models.Model):
    """One page sent to one or more lists. An editor prepares it, a director
    approves it; only then does anything leave."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        SUBMITTED = "submitted", _("Waiting for a director")
        APPROVED = "approved", _("Approved, queued")
        SENDING = "sending", _("Sending")
        PAUSED = "paused", _("Paused (mail server unreachable)")
        SENT = "sent", _("Sent")
        CANCELLED = "cancelled", _("Cancelled")

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.PROTECT,
        related_name="+",
        help_text=_("A live statement, news item or press event. Each recipient gets it in their language."),
    )
    lists = models.ManyToManyField(DistributionList, verbose_name=_("distribution lists"), related_name="mailings")
    note = models.TextField(
        _("personal note"), blank=True, max_length=2000, help_text=_("Shown above the page's text, as written.")
    )
    embargo_until = models.DateTimeField(
        _("embargoed until"),
        null=True,
        blank=True,
        help_text=_("Send before the page is public: it goes live at this time (Kabul time) by scheduled publishing."),
    )
    status = models.CharField(_("status"), max_length=12, choices=Status.choices, default=Status.DRAFT)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+", verbose_name=_("prepared by")
    )
    created_at = models.DateTimeField(_("prepared"), auto_now_add=True)
    submitted_at = models.DateTimeField(_("submitted"), null=True, blank=True)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(_("approved"), null=True, blank=True)
    # Set once the delivery rows exist: the recipients are fixed at approval.
    recipients_fixed_at = models.DateTimeField(null=True, blank=True)
    finished_at = models.DateTimeField(null=True, blank=True)
    paused_reason = models.CharField(max_length=300, blank=True)

    class Meta:
        verbose_name = _("mailing")
        verbose_name_plural = _("mailings")
        ordering = ["-created_at"]
        permissions = [("approve_mailing", _("Can approve a mailing for sending"))]

    def __str__(self):
        return str(self.page.specific_deferred if self.page_id else "")

    def progress(self):
        """Counts of the delivery rows by status, in one query."""
        counts = dict.fromkeys(Delivery.Status.values, 0)
        for row in self.deliveries.values("status").annotate(n=models.Count("id")):
            counts[row["status"]] = row["n"]
        total = sum(counts.values())
        done = total - counts[Delivery.Status.QUEUED]
        return {"counts": counts, "total": total, "done": done, "percent": round(100 * done / total) if total else 0}


class Delivery(models.Model):
    """One recipient of one mailing: claimed by one worker at a time, sent at
    most once (media_relations.sending)."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Queued")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        BOUNCED = "bounced", _("Bounced")
        SKIPPED = "skipped", _("Skipped")

    mailing = models.ForeignKey(Mailing, on_delete=models.CASCADE, related_name="deliveries")
    email = models.EmailField(_("address"), max_length=254)
    name = models.CharField(_("name"), max_length=255, blank=True)
    organisation_name = models.CharField(_("organisation"), max_length=255, blank=True)
    contact = models.ForeignKey(
        "directory.ContactPerson", null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    preferred_language = models.CharField(_("preferred language"), max_length=5, choices=LANGUAGES.choices)
    language = models.CharField(_("language sent"), max_length=5, choices=LANGUAGES.choices, blank=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.QUEUED)
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    last_error = models.CharField(_("last error"), max_length=500, blank=True)
    # A worker owns a row until claimed_until; one killed half way lets it go then.
    claimed_by = models.CharField(max_length=100, blank=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    # Written just before the message is handed to the mail server and
    # cleared when it has been accepted: a row found with it set was perhaps
    # sent by a worker killed in between; it is marked, never sent again.
    handing_over_since = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(_("sent"), null=True, blank=True)
    message_id = models.CharField(max_length=255, blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        ordering = ["id"]
        constraints = [models.UniqueConstraint(fields=["mailing", "email"], name="one_delivery_per_address")]
        indexes = [models.Index(fields=["mailing", "status", "next_attempt_at"])]

    def __str__(self):
        return self.email


class Suppression(models.Model):
    """An address never written to again, from any list, until a directory
    manager restores it with a reason."""

    class Reason(models.TextChoices):
        UNSUBSCRIBED = "unsubscribed", _("Unsubscribed")
        BOUNCED = "bounced", _("Bounced (the mail server refused the address)")
        COMPLAINED = "complained", _("Complained")

    email = models.EmailField(_("address"), max_length=254, unique=True)
    reason = models.CharField(_("reason"), max_length=15, choices=Reason.choices)
    detail = models.CharField(_("detail"), max_length=500, blank=True)
    created_at = models.DateTimeField(_("since"), default=timezone.now)

    class Meta:
        verbose_name = _("suppressed address")
        verbose_name_plural = _("suppressed addresses")
        ordering = ["-created_at"]

    def __str__(self):
        return self.email


class SuppressionRestored(models.Model):
    """The log of addresses restored by a directory manager, with the reason."""

    email = models.EmailField(max_length=254)
    reason_suppressed = models.CharField(max_length=15)
    restored_by = models.ForeignKey(settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+")
    restored_at = models.DateTimeField(default=timezone.now)
    why = models.CharField(_("why it may be written to again"), max_length=500)

    class Meta:
        ordering = ["-restored_at"]

    def __str__(self):
        return self.email


class SendingSettings(models.Model):
    """The ministry's sending rules (one row)."""

    messages_per_minute = models.PositiveIntegerField(
        _("messages per minute"),
        default=0,
        help_text=_("Across all workers; 0 for no limit (set it to what the mail relay allows)."),
    )
    fallback_order = models.JSONField(
        _("language fallback"),
        default=dict,
        blank=True,
        help_text=_(
            "For each preferred language, the languages to send instead, in order, when its translation is not live."
        ),
    )

    DEFAULT_FALLBACK = {"ps": ["fa-af", "en"], "fa-af": ["ps", "en"], "en": ["fa-af", "ps"]}

    panels = [FieldPanel("messages_per_minute"), FieldPanel("fallback_order")]

    class Meta:
        verbose_name = _("sending settings")
        verbose_name_plural = _("sending settings")

    def __str__(self):
        return str(self._meta.verbose_name)

    def clean(self):
        from django.core.exceptions import ValidationError

        codes = set(LANGUAGES.values)
        order = self.fallback_order or {}
        if not isinstance(order, dict) or any(
            key not in codes or not isinstance(value, list) or not set(value) <= codes for key, value in order.items()
        ):
            raise ValidationError(
                {
                    "fallback_order": _(
                        'Write it as {"ps": ["fa-af", "en"], "en": ["fa-af", "ps"]}: for a preferred language, '
                        "the languages to send instead, in order (fa-af, ps, en)."
                    )
                }
            )

    @classmethod
    def current(cls):
        return cls.objects.first() or cls()

    def fallbacks(self, language):
        order = (self.fallback_order or {}).get(language) or self.DEFAULT_FALLBACK.get(language, [])
        return [language, *[code for code in order if code != language]]
