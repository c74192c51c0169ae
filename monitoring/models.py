"""What the monitors watch and what they found.

State lives here, never in a queue message: a task is told an id and works
out from these rows what is left to do (monitoring.pipeline), so a lost,
repeated or doubled task loses nothing and makes nothing twice.
"""

import datetime

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.html import conditional_escape, format_html
from django.utils.safestring import mark_safe
from django.utils.text import capfirst
from django.utils.translation import gettext, pgettext_lazy
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, Panel

from core import l10n
from directory import geography

from . import fetching


class Language(models.TextChoices):
    DARI = "fa-af", _("Dari")
    PERSIAN = "fa", _("Persian (Iran)")
    PASHTO = "ps", _("Pashto")
    ENGLISH = "en", _("English")
    OTHER = "other", _("Other")


# Why a fetch failed, as the admin words it in the reader's language: the code
# the fetcher gives (monitoring.fetching.FetchError, monitoring.feeds.FeedError)
# and its parameters, filled in when shown.
FAILURES = {
    "not_web_address": _("The address is not a web address (http or https)."),
    "name_not_found": _("The server's name was not found: %(host)s."),
    "private_address": _("Refused: %(host)s is an address of this server or of a private network."),
    "redirect_loop": _("The address redirects in a loop."),
    "too_many_redirects": _("More than %(count)s redirects."),
    "timeout": _("No complete answer within %(seconds)s seconds."),
    "connection_failed": _("The connection to the server failed."),
    "no_location": _("The server redirected (%(status)s) without saying where to."),
    "http_status": _("The server answered with error %(status)s."),
    "too_large": _("The answer is larger than the limit of %(limit)s bytes."),
    "reading_failed": _("Reading the server's answer failed."),
    "unreadable_feed": _("The answer is not a readable feed (RSS or Atom)."),
    "unreadable_sitemap": _("The answer is not a readable news sitemap."),
}
# A failure recorded before the codes existed, or with an unknown code.
FAILURE_UNKNOWN = _("The last check failed.")
# Parameters shown as they are, left to right, inside the reader's sentence.
_LTR_PARAMS = {"host"}


def failure_message(code, params=None):
    """The failure in the reader's language (HTML: a server's name is isolated
    left to right, numbers are in the reader's digits)."""
    template = FAILURES.get(code)
    if template is None:
        return conditional_escape(gettext(FAILURE_UNKNOWN))
    values = {}
    for name, value in (params or {}).items():
        if name in _LTR_PARAMS:
            values[name] = format_html('<bdi dir="ltr">{}</bdi>', value)
        elif isinstance(value, (int, float)):
            values[name] = l10n.local_digits(f"{value:g}" if isinstance(value, float) else value)
        else:
            values[name] = conditional_escape(value)
    try:
        text = conditional_escape(gettext(template)) % values
    except (KeyError, TypeError, ValueError):
        return conditional_escape(gettext(FAILURE_UNKNOWN))
    return mark_safe(text)  # nosec B308 B703 # the template escaped, every value escaped above


def local_moment(value):
    """A moment as the admin shows times: the day in the reader's calendar and
    digits, the time of day in Kabul (the site's time zone)."""
    if value is None:
        return ""
    return f"{l10n.format_date(value, weekday=False)} {l10n.format_time(value)}"


def feed_address_refusal(url):
    """Why a feed address the fetcher would refuse is refused when it is saved
    (the admin's form and the add_monitoring_source command), or None."""
    try:
        fetching.check_address(url)
    except fetching.FetchError as error:
        # A name that does not resolve now may tomorrow: the fetcher records it on the source.
        if error.code == "private_address":
            return gettext(
                "This address is on this server or a private network (%(host)s): "
                "the monitoring never fetches such an address."
            ) % {"host": error.params.get("host", "")}
        if error.code == "not_web_address":
            return gettext("Write a web address beginning with http:// or https://.")
    return None


class SourceForm(WagtailAdminModelForm):
    """The countries in the reader's language, Afghanistan first; a feed
    address the fetcher would refuse is refused here, when it is saved."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if "country" in self.fields:
            self.fields["country"].choices = [("", "---------"), *geography.country_choices(home_first=True)]

    def clean_feed_url(self):
        url = self.cleaned_data.get("feed_url")
        refusal = feed_address_refusal(url) if url else None
        if refusal:
            raise ValidationError(refusal)
        return url
        try:
            fetching.check_address(url)
        except fetching.FetchError as error:
            # A name that does not resolve now may tomorrow: the fetcher records it on the source.
            if error.code == "private_address":
                raise ValidationError(
                    gettext(
                        "This address is on this server or a private network (%(host)s): "
                        "the monitoring never fetches such an address."
                    )
                    % {"host": error.params.get("host", "")}
                ) from None
            if error.code == "not_web_address":
                raise ValidationError(gettext("Write a web address beginning with http:// or https://.")) from None
        return url


class SourceStatePanel(Panel):
    """What the fetcher knows of the source, read only, on its edit screen:
    when it was checked, the failures in a row, the last error, the next try."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "monitoring/admin/source_state_panel.html"

        def is_shown(self):
            return bool(self.instance is not None and self.instance.pk)

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            source = self.instance

            def label(name):
                return capfirst(Source._meta.get_field(name).verbose_name)

            none = gettext("Not yet")
            if not source.active:
                next_try = gettext("None: the source is not active.")
            else:
                next_try = local_moment(source.next_due) or gettext("At the next round of the workers")
            context["rows"] = [
                (label("last_checked"), local_moment(source.last_checked) or none),
                (label("last_success"), local_moment(source.last_success) or none),
                (label("consecutive_failures"), l10n.local_digits(source.consecutive_failures)),
                (label("last_error"), source.last_error_message() or "—"),
                (label("next_due"), next_try),
                (label("items_seen"), l10n.local_digits(source.items_seen)),
                (label("duplicates_skipped"), l10n.local_digits(source.duplicates_skipped)),
            ]
            context["detail"] = source.last_error
            context["warning"] = source.last_warning
            return context


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
        choices=geography.OUTLET_COUNTRY_FIELD_CHOICES,
        help_text=_("Where the outlet is: Persian from Afghanistan is read as Dari, from Iran as Persian."),
    )
    active = models.BooleanField(_("active"), default=True)
    check_every_minutes = models.PositiveIntegerField(_("check every (minutes)"), default=30)

    # The fetcher's state.
    last_checked = models.DateTimeField(_("last checked"), null=True, blank=True, editable=False)
    last_success = models.DateTimeField(_("last success"), null=True, blank=True, editable=False)
    next_due = models.DateTimeField(_("next check"), null=True, blank=True, db_index=True, editable=False)
    consecutive_failures = models.PositiveIntegerField(_("failures in a row"), default=0, editable=False)
    # The last failure: what it was (a code of FAILURES and its parameters), when, and the
    # technical detail in English (for whoever looks after the servers; shown apart, left to right).
    last_error = models.TextField(_("last error"), blank=True, editable=False)
    last_error_code = models.CharField(max_length=40, blank=True, editable=False)
    last_error_params = models.JSONField(default=dict, blank=True, editable=False)
    last_error_at = models.DateTimeField(_("last failure"), null=True, blank=True, editable=False)
    last_warning = models.TextField(_("last warning"), blank=True, editable=False)
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    items_seen = models.PositiveIntegerField(_("items seen"), default=0, editable=False)
    duplicates_skipped = models.PositiveIntegerField(_("duplicate items skipped"), default=0, editable=False)

    base_form_class = SourceForm
    panels = [
        SourceStatePanel(heading=_("State of the feed")),
        FieldPanel("name"),
        FieldPanel("outlet"),
        FieldPanel("feed_url"),
        FieldPanel("kind"),
        MultiFieldPanel([FieldPanel("language_hint"), FieldPanel("country")], heading=_("Language and place")),
        FieldPanel("active"),
        FieldPanel("check_every_minutes"),
    ]

    class Meta:
        # In context: the bare "source" is a translation's source text elsewhere (مبدأ), a feed here (منبع).
        verbose_name = pgettext_lazy("monitoring", "source")
        verbose_name_plural = pgettext_lazy("monitoring", "sources")
        ordering = ["name"]

    def __str__(self):
        return self.name

    @property
    def outlet_name(self):
        return self.outlet.name if self.outlet_id else self.name

    def last_error_message(self):
        """The last failure in the reader's language, with when it happened (HTML)."""
        if not self.last_error and not self.last_error_code:
            return ""
        message = failure_message(self.last_error_code, self.last_error_params)
        if self.last_error_at is None:
            return message
        return format_html("{}: {}", local_moment(self.last_error_at), message)

    last_error_message.short_description = _("last error")


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

    source = models.ForeignKey(
        Source, verbose_name=pgettext_lazy("monitoring", "source"), on_delete=models.CASCADE, related_name="articles"
    )
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

    def clean(self):
        super().clean()
        from .matching import terms

        if not terms(self.terms_all) and not terms(self.terms_any):
            message = _(
                "Write at least one term in “all of these” or “any of these”: a rule without them matches no article."
            )
            raise ValidationError({"terms_all": message, "terms_any": message})


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
