"""What the monitors watch and what they found.

State lives here, never in a queue message: a task is told an id and works
out from these rows what is left to do (monitoring.pipeline), so a lost,
repeated or doubled task loses nothing and makes nothing twice.
"""

import datetime

from django import forms
from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel

from directory import geography


class Language(models.TextChoices):
    DARI = "fa-af", _("Dari")
    PERSIAN = "fa", _("Persian (Iran)")
    PASHTO = "ps", _("Pashto")
    ENGLISH = "en", _("English")
    OTHER = "other", _("Other")


class Source(models.Model):
    """One feed of an outlet: RSS, Atom or a news sitemap, checked on a
    schedule; a failing one waits longer each time and shows why."""

    class Kind(models.TextChoices):
        RSS = "rss", _("RSS")
        ATOM = "atom", _("Atom")
        SITEMAP = "sitemap", _("News sitemap")

    name = models.CharField(_("name"), max_length=200)
    outlet = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("outlet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"category__slug": "media"},
        help_text=_("The media outlet in the directory that publishes this feed."),
    )
    feed_url = models.URLField(_("feed address"), max_length=1000, unique=True)
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.RSS)
    language_hint = models.CharField(
        _("language hint"),
        max_length=5,
        choices=Language.choices,
        blank=True,
        help_text=_("The language the outlet usually writes in; the text itself decides."),
    )
    country = models.CharField(
        _("country"),
        max_length=2,
        blank=True,
        choices=geography.COUNTRY_FIELD_CHOICES,
        help_text=_("Where the outlet is: Persian from Afghanistan is read as Dari, from Iran as Persian."),
    )
    active = models.BooleanField(_("active"), default=True)
    check_every_minutes = models.PositiveIntegerField(_("check every (minutes)"), default=30)

    # The fetcher's state.
    last_checked = models.DateTimeField(_("last checked"), null=True, blank=True, editable=False)
    last_success = models.DateTimeField(_("last success"), null=True, blank=True, editable=False)
    next_due = models.DateTimeField(_("next check"), null=True, blank=True, db_index=True, editable=False)
    consecutive_failures = models.PositiveIntegerField(_("failures in a row"), default=0, editable=False)
    last_error = models.TextField(_("last error"), blank=True, editable=False)
    last_warning = models.TextField(_("last warning"), blank=True, editable=False)
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    items_seen = models.PositiveIntegerField(_("items seen"), default=0, editable=False)
    duplicates_skipped = models.PositiveIntegerField(_("duplicate items skipped"), default=0, editable=False)

    panels = [
        FieldPanel("name"),
        FieldPanel("outlet"),
        FieldPanel("feed_url"),
        FieldPanel("kind"),
        MultiFieldPanel([FieldPanel("language_hint"), FieldPanel("country")], heading=_("Language and place")),
        FieldPanel("active"),
        FieldPanel("check_every_minutes"),
    ]

    class Meta:
        verbose_name = _("source")
        verbose_name_plural = _("sources")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def outlet_name(self):
        return self.outlet.name if self.outlet_id else self.name


class Story(models.Model):
    """The same news on one or more outlets: articles with the same address
    or nearly the same text."""

    title = models.CharField(_("title"), max_length=500)
    first_seen = models.DateTimeField(_("first seen"), default=timezone.now, db_index=True)
    article_count = models.PositiveIntegerField(_("articles"), default=0)
    outlet_count = models.PositiveIntegerField(_("outlets"), default=0)
    # A representative MinHash signature (monitoring.dedup), compared with new articles.
    signature = models.JSONField(default=list, blank=True)

    class Meta:
        verbose_name = _("story")
        verbose_name_plural = _("stories")
        ordering = ["-first_seen"]

    def __str__(self):
        return self.title


class StoryBand(models.Model):
    """One LSH band of a story's signature: near-duplicates share a band."""

    story = models.ForeignKey(Story, on_delete=models.CASCADE, related_name="bands")
    key = models.CharField(max_length=40, db_index=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["story", "key"], name="unique_story_band")]

    def __str__(self):
        return self.key


class Article(models.Model):
    """An item of a feed, its page's text kept (with its hash) so a clipping
    stays readable after the outlet deletes it."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be fetched")
        FETCHED = "fetched", _("Fetched")
        DONE = "done", _("Analysed")
        FAILED = "failed", _("Could not be fetched")
        NO_TEXT = "no_text", _("No text found")

    source = models.ForeignKey(Source, verbose_name=_("source"), on_delete=models.CASCADE, related_name="articles")
    url = models.URLField(_("address"), max_length=1000)
    url_key = models.CharField(max_length=64, unique=True, editable=False)  # sha256 of the normalised address
    guid = models.CharField(_("GUID"), max_length=1000, blank=True)
    guid_key = models.CharField(max_length=64, blank=True, db_index=True, editable=False)
    title = models.CharField(_("title"), max_length=500, blank=True)
    feed_summary = models.TextField(_("summary in the feed"), blank=True)
    text = models.TextField(_("text"), blank=True)
    sha256 = models.CharField(_("text hash (SHA-256)"), max_length=64, blank=True, db_index=True)
    language = models.CharField(_("language"), max_length=5, choices=Language.choices, blank=True)
    folded = models.TextField(blank=True, editable=False)
    signature = models.JSONField(default=list, blank=True, editable=False)
    published_at = models.DateTimeField(_("published"), null=True, blank=True)
    fetched_at = models.DateTimeField(_("fetched"), null=True, blank=True)
    created_at = models.DateTimeField(default=timezone.now, db_index=True)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.PENDING, db_index=True)
    claimed_until = models.DateTimeField(null=True, blank=True)
    error = models.CharField(_("error"), max_length=500, blank=True)
    story = models.ForeignKey(
        Story, verbose_name=_("story"), null=True, blank=True, on_delete=models.SET_NULL, related_name="articles"
    )

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ["-created_at"]

    def __str__(self):
        return self.title or self.url


class RuleForm(WagtailAdminModelForm):
    """The languages a rule applies to as boxes to tick, not JSON to type."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "languages" in self.fields:
            old = self.fields["languages"]
            self.fields["languages"] = forms.MultipleChoiceField(
                label=old.label,
                help_text=_("None ticked: every language."),
                required=False,
                choices=[choice for choice in Language.choices if choice[0] != Language.OTHER],
                widget=forms.CheckboxSelectMultiple,
            )


class Rule(models.Model):
    """A subject the ministry watches: terms written the way people type
    them, one per line; folding applies (core.normalize)."""

    name = models.CharField(_("name"), max_length=200, unique=True)
    terms_all = models.TextField(
        _("all of these"), blank=True, help_text=_("One term per line; an article must contain every one.")
    )
    terms_any = models.TextField(
        _("any of these"), blank=True, help_text=_("One term per line; an article must contain at least one.")
    )
    terms_none = models.TextField(
        _("none of these"), blank=True, help_text=_("One term per line; an article containing one is left out.")
    )
    languages = models.JSONField(
        _("languages"),
        default=list,
        blank=True,
        help_text=_("Only articles in these languages (codes such as fa-af, ps, en). None: every language."),
    )
    active = models.BooleanField(_("active"), default=True)

    base_form_class = RuleForm
    panels = [
        FieldPanel("name"),
        FieldPanel("terms_all"),
        FieldPanel("terms_any"),
        FieldPanel("terms_none"),
        FieldPanel("languages"),
        FieldPanel("active"),
    ]

    class Meta:
        verbose_name = _("matching rule")
        verbose_name_plural = _("matching rules")
        ordering = ["name"]

    def __str__(self):
        return self.name


class Tone(models.TextChoices):
    POSITIVE = "positive", _("Positive")
    NEUTRAL = "neutral", _("Neutral")
    NEGATIVE = "negative", _("Negative")
    MIXED = "mixed", _("Mixed")


class Importance(models.IntegerChoices):
    LOW = 1, _("Low")
    NORMAL = 2, _("Normal")
    HIGH = 3, _("High")


class Clipping(models.Model):
    """What the monitors judge: a story that matched a rule, or a print,
    radio or television item entered by hand."""

    class Kind(models.TextChoices):
        ONLINE = "online", _("Online")
        PRINT = "print", _("Print")
        RADIO = "radio", _("Radio")
        TV = "tv", _("Television")

    class Status(models.TextChoices):
        NEW = "new", _("New")
        JUDGED = "judged", _("Judged")
        DISCARDED = "discarded", _("Discarded")

    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.ONLINE)
    story = models.OneToOneField(
        Story, verbose_name=_("story"), null=True, blank=True, on_delete=models.CASCADE, related_name="clipping"
    )
    outlet = models.ForeignKey(
        "directory.Organisation",
        verbose_name=_("outlet"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    outlet_name = models.CharField(_("outlet name"), max_length=255, blank=True)
    programme = models.CharField(_("programme or section"), max_length=255, blank=True)
    title = models.CharField(_("title"), max_length=500)
    url = models.URLField(_("link"), max_length=1000, blank=True)
    when = models.DateTimeField(_("date and time"), default=timezone.now)
    page_or_minute = models.CharField(_("page or minute"), max_length=50, blank=True)
    language = models.CharField(_("language"), max_length=5, choices=Language.choices, blank=True)
    excerpt = models.TextField(_("excerpt"), blank=True)
    scan = models.BinaryField(_("scan"), null=True, blank=True, editable=False)
    scan_name = models.CharField(max_length=200, blank=True, editable=False)
    scan_type = models.CharField(max_length=100, blank=True, editable=False)
    summary = models.TextField(_("summary"), blank=True)
    summary_fa = models.CharField(_("one-line summary in Dari"), max_length=300, blank=True)
    tone = models.CharField(_("tone"), max_length=10, choices=Tone.choices, blank=True)
    importance = models.PositiveSmallIntegerField(
        _("importance"), choices=Importance.choices, default=Importance.NORMAL
    )
    subjects = models.ManyToManyField(Rule, verbose_name=_("subjects"), blank=True, related_name="clippings")
    matched_terms = models.JSONField(default=list, blank=True, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.NEW)
    created_at = models.DateTimeField(default=timezone.now)
    judged_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    judged_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("clipping")
        verbose_name_plural = _("clippings")
        ordering = ["-when", "-id"]
        indexes = [
            models.Index(fields=["-when", "-id"], name="monitoring_clip_when"),
            models.Index(fields=["status", "-when", "-id"], name="monitoring_clip_status_when"),
        ]

    def __str__(self):
        return self.title

    @property
    def is_broadcast_or_print(self):
        return self.kind != self.Kind.ONLINE


class DigestSettings(models.Model):
    """Who receives the daily digest and in which language (one row)."""

    distribution_list = models.ForeignKey(
        "media_relations.DistributionList",
        verbose_name=_("leadership list"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("A distribution list of the press office; its members receive the digest."),
    )
    extra_addresses = models.TextField(_("other addresses"), blank=True, help_text=_("One e-mail address per line."))
    language = models.CharField(
        _("language of the digest"),
        max_length=5,
        choices=[(Language.DARI, _("Dari")), (Language.PASHTO, _("Pashto")), (Language.ENGLISH, _("English"))],
        default=Language.DARI,
    )

    digest_time = models.TimeField(
        _("assembled at (Kabul time)"),
        default=datetime.time(7, 0),
        help_text=_("Each morning at this time the draft of the day before is assembled for the director."),
    )

    panels = [
        FieldPanel("distribution_list"),
        FieldPanel("extra_addresses"),
        FieldPanel("language"),
        FieldPanel("digest_time"),
    ]

    class Meta:
        verbose_name = _("digest settings")
        verbose_name_plural = _("digest settings")

    def __str__(self):
        return str(_("Digest settings"))

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        schedule_digest_at(self.digest_time)

    @classmethod
    def current(cls):
        found = cls.objects.order_by("pk").first()
        return found or cls.objects.create()


DIGEST_TASK = "monitoring: build the daily digest"


def schedule_digest_at(moment):
    """Point the workers' schedule row of the daily digest at `moment`, Kabul
    time (django-celery-beat's scheduler reads the change on its next tick)."""
    from django_celery_beat.models import CrontabSchedule, PeriodicTask

    crontab, _created = CrontabSchedule.objects.get_or_create(
        minute=str(moment.minute),
        hour=str(moment.hour),
        day_of_week="*",
        day_of_month="*",
        month_of_year="*",
        timezone="Asia/Kabul",
    )
    task, created = PeriodicTask.objects.get_or_create(
        name=DIGEST_TASK, defaults={"task": "monitoring.build_daily_digest", "crontab": crontab}
    )
    if not created and task.crontab_id != crontab.pk:
        task.crontab = crontab
        task.save()


class Digest(models.Model):
    """The daily report to the leadership: assembled as a draft, edited and
    approved by a director, then sent once to each address."""

    class Status(models.TextChoices):
        DRAFT = "draft", _("Draft")
        APPROVED = "approved", _("Approved")
        SENT = "sent", _("Sent")

    date = models.DateField(_("day covered"))
    language = models.CharField(_("language"), max_length=5, default=Language.DARI)
    intro = models.TextField(_("introduction"), blank=True)
    data = models.JSONField(default=dict, blank=True, editable=False)
    search_text = models.TextField(blank=True, editable=False)
    status = models.CharField(_("status"), max_length=10, choices=Status.choices, default=Status.DRAFT)
    created_at = models.DateTimeField(default=timezone.now)
    approved_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    approved_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        verbose_name = _("digest")
        verbose_name_plural = _("digests")
        ordering = ["-date"]
        constraints = [models.UniqueConstraint(fields=["date", "language"], name="unique_digest_per_day")]
        permissions = [("approve_digest", "Can approve a digest for sending")]

    def __str__(self):
        return f"{self.date:%Y-%m-%d} ({self.language})"


class DigestDelivery(models.Model):
    """One address a digest goes to; the unique pair keeps it to one message."""

    class Status(models.TextChoices):
        QUEUED = "queued", _("Waiting")
        SENDING = "sending", _("Being handed over")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")

    digest = models.ForeignKey(Digest, on_delete=models.CASCADE, related_name="deliveries")
    email = models.EmailField(max_length=254)
    status = models.CharField(max_length=10, choices=Status.choices, default=Status.QUEUED)
    claimed_until = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    message_id = models.CharField(max_length=255, blank=True)
    last_error = models.CharField(max_length=500, blank=True)

    class Meta:
        constraints = [models.UniqueConstraint(fields=["digest", "email"], name="unique_digest_address")]

    def __str__(self):
        return self.email
