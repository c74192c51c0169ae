"""Press events: the section page of each language, the event pages, and the
invitees' answers (RSVP).

An event's times are stored in UTC (USE_TZ) and entered and shown in Kabul
time (TIME_ZONE); readers see them in their calendar (core.l10n). Every
language version of an event shares its answers: they belong to the event's
translation key, so capacity counts every journalist whatever the language
of their invitation."""

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import F, Q
from django.db.models.functions import Coalesce
from django.http import HttpResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel, PageChooserPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from core import l10n
from core.blocks import body_blocks
from core.models import BasePage, MinistryDocument, public, without_foreign_aliases

ICS_TYPE = "text/calendar"
PAST_EVENTS_SHOWN = 30


class EventKind(models.TextChoices):
    PRESS_CONFERENCE = "press_conference", _("Press conference")
    MINISTERIAL_MEETING = "ministerial_meeting", _("Ministerial meeting with the media")
    WORKSHOP = "workshop", _("Workshop")
    INTERVIEW_OPPORTUNITY = "interview_opportunity", _("Interview opportunity")


SPOKEN_LANGUAGES = [(l10n.DARI, "دری"), (l10n.PASHTO, "پښتو"), (l10n.ENGLISH, "English")]


class SpokenLanguagesFormField(forms.MultipleChoiceField):
    """Tick boxes for the languages; stored as "fa-af,ps" in the site's order."""

    widget = forms.CheckboxSelectMultiple

    def prepare_value(self, value):
        return split_languages(value) if isinstance(value, str) else value

    def has_changed(self, initial, data):
        return super().has_changed(self.prepare_value(initial or ""), data)

    def clean(self, value):
        chosen = super().clean(value)
        return ",".join(code for code, _name in SPOKEN_LANGUAGES if code in chosen)


def split_languages(value):
    return [code for code in (value or "").split(",") if code]


class SpokenLanguagesField(models.CharField):
    """The languages spoken at an event: codes separated by commas."""

    def formfield(self, **kwargs):
        return SpokenLanguagesFormField(
            choices=SPOKEN_LANGUAGES,
            required=not self.blank,
            label=self.verbose_name,
            help_text=self.help_text,
        )


def localized_pages(pages, locale_id):
    """{page id: its live public translation in `locale_id`} for `pages`."""
    pages = [page for page in pages if page is not None]
    if not pages:
        return {}
    keys = {page.translation_key: page.pk for page in pages}
    found = without_foreign_aliases(
        public(Page.objects.live()).filter(translation_key__in=list(keys), locale_id=locale_id)
    ).specific()
    return {keys[page.translation_key]: page for page in found}


class PressEventPage(RoutablePageMixin, BasePage):
    """One press event: when and where, who may come, and afterwards its report."""

    kind = models.CharField(_("kind"), max_length=30, choices=EventKind.choices, default=EventKind.PRESS_CONFERENCE)
    start = models.DateTimeField(_("starts"), db_index=True, help_text=_("Kabul time."))
    end = models.DateTimeField(_("ends"), null=True, blank=True, help_text=_("Kabul time. Optional."))
    venue = models.CharField(_("venue"), max_length=200, help_text=_("E.g. Ministry press hall."))
    address = models.TextField(_("address"), max_length=500, blank=True)
    languages_spoken = SpokenLanguagesField(
        _("languages spoken"), max_length=20, default="fa-af,ps", help_text=_("The languages of the event.")
    )
    accreditation_required = models.BooleanField(
        _("accreditation required"), default=False, help_text=_("Journalists must bring their press card.")
    )
    capacity = models.PositiveIntegerField(
        _("capacity"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1)],
        help_text=_("Places for journalists and their camera crews. Empty: no limit."),
    )
    rsvp_deadline = models.DateTimeField(
        _("answers until"), null=True, blank=True, help_text=_("Kabul time. Empty: until the event starts.")
    )
    description = StreamField(body_blocks(), verbose_name=_("description"), blank=True)
    report_statement = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("statement"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    report_gallery = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("gallery"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    report_transcript_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("transcript (statement page)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    report_transcript_document = models.ForeignKey(
        MinistryDocument,
        verbose_name=_("transcript (document)"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    content_panels = BasePage.content_panels + [
        MultiFieldPanel(
            [FieldPanel("kind"), FieldPanel("start"), FieldPanel("end"), FieldPanel("rsvp_deadline")],
            heading=_("Kind and time"),
        ),
        FieldPanel("summary"),
        MultiFieldPanel([FieldPanel("venue"), FieldPanel("address")], heading=_("Where")),
        MultiFieldPanel(
            [
                FieldPanel("languages_spoken"),
                FieldPanel("accreditation_required"),
                FieldPanel("capacity"),
            ],
            heading=_("Who may come"),
        ),
        FieldPanel("description"),
        MultiFieldPanel(
            [
                PageChooserPanel("report_statement", "pressroom.StatementPage"),
                PageChooserPanel("report_gallery", "pressroom.GalleryPage"),
                PageChooserPanel("report_transcript_page", "pressroom.StatementPage"),
                FieldPanel("report_transcript_document"),
            ],
            heading=_("Report (after the event)"),
        ),
    ]
    # Every language shares the languages spoken (a list of codes, not text)
    # and the report's pages (each reader sees their translation).
    override_translatable_fields = [*BasePage.override_translatable_fields, SynchronizedField("languages_spoken")]
    search_fields = BasePage.search_fields + [
        index.FilterField("start"),
        index.FilterField("kind"),
        index.FilterField("locale_id"),
    ]
    search_text_fields = [*BasePage.search_text_fields, "venue", "address", "description"]

    parent_page_types = ["press_events.PressEventIndexPage"]
    subpage_types = []
    template = "press_events/event_page.html"

    class Meta:
        verbose_name = _("press event")
        verbose_name_plural = _("press events")

    def clean(self):
        super().clean()
        errors = {}
        if self.start and self.end and self.end <= self.start:
            errors["end"] = _("The event must end after it starts.")
        if self.start and self.rsvp_deadline and self.rsvp_deadline > self.start:
            errors["rsvp_deadline"] = _("Answers must close before the event starts.")
        if errors:
            raise ValidationError(errors)

    # --- what readers see

    @property
    def language(self):
        return l10n.content_language(self.locale.language_code)

    @property
    def finishes(self):
        return self.end or self.start

    @property
    def is_past(self):
        return self.finishes < timezone.now()

    @property
    def answers_close(self):
        """When invitees can no longer answer: the deadline, else the start."""
        return self.rsvp_deadline or self.start

    def spoken_languages(self):
        names = dict(SPOKEN_LANGUAGES)
        return [names[code] for code in split_languages(self.languages_spoken) if code in names]

    def report_links(self, locale_id=None):
        """[(label, page)] of the report, each page in the reader's language
        where it has a live translation; the transcript document as (label, document)."""
        locale_id = locale_id or self.locale_id
        pages = localized_pages([self.report_statement, self.report_gallery, self.report_transcript_page], locale_id)
        links = []
        for label, page in (
            (_("Statement"), self.report_statement),
            (_("Gallery"), self.report_gallery),
            (_("Transcript"), self.report_transcript_page),
        ):
            if page is not None and page.pk in pages:
                links.append((label, pages[page.pk].get_url(), pages[page.pk].title))
        if self.report_transcript_document is not None:
            document = self.report_transcript_document
            links.append((_("Transcript"), document.url, document.title))
        return links

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["index_url"] = self.get_parent().get_url(request)
        context["ics_url"] = self.get_url(request) + self.reverse_subpage("ics").lstrip("/")
        context["report_links"] = self.report_links() if self.is_past else []
        return context

    @path("")
    def event_view(self, request):
        return self.render(request)

    # Wagtail serves addresses of words and slashes only: no ".ics" in the path.
    @path("ics/", name="ics")
    def ics_view(self, request):
        from . import ics

        response = HttpResponse(ics.calendar([self], request=request), content_type=f"{ICS_TYPE}; charset=utf-8")
        response["Content-Disposition"] = f'attachment; filename="{self.ics_filename()}"'
        return response

    # --- for the mailing engine and the reminders

    def ics_filename(self):
        return f"{self.slug[:60] or 'event'}.ics"

    def in_language(self, language):
        """This event's version in `language` (live first), else this one."""
        if self.locale.language_code == language:
            return self
        translation = (
            PressEventPage.objects.filter(translation_key=self.translation_key, locale__language_code=language)
            .order_by("-live")
            .first()
        )
        return translation or self

    def mail_reply_url(self, email, name, language):
        """The recipient's own answer form (mailings of this page add it to
        each message: media_relations.messages)."""
        from .rsvp import make_rsvp_url

        return make_rsvp_url(self, email, name=name, language=language)

    def mail_attachments(self, language):
        """[(filename, content bytes, mimetype)] to attach to an e-mail about
        this event in `language`: the event as an iCalendar file."""
        from . import ics

        event = self.in_language(language)
        return [(event.ics_filename(), ics.calendar([event]), ICS_TYPE)]

    # --- answers

    @property
    def rsvps(self):
        return Rsvp.objects.filter(event_key=self.translation_key)

    def attendees(self, exclude=None):
        """People (journalists and crews) with a place."""
        answers = self.rsvps.filter(status=Rsvp.ATTENDING)
        if exclude is not None:
            answers = answers.exclude(pk=exclude.pk)
        return sum(1 + crew for crew in answers.values_list("crew", flat=True))


class PressEventIndexPage(RoutablePageMixin, BasePage):
    """The press events of one language: upcoming first, then past ones with
    their reports; an iCalendar feed of the upcoming ones; and the answer
    form invitees reach from their invitation (`rsvp/`)."""

    intro = models.TextField(_("introduction"), blank=True, max_length=1000)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["press_events.PressEventPage"]
    max_count_per_parent = 1
    template = "press_events/index_page.html"
    show_in_menus_default = True

    class Meta:
        verbose_name = _("press events section")
        verbose_name_plural = _("press events sections")

    def events(self):
        events = public(PressEventPage.objects.child_of(self).live())
        return without_foreign_aliases(events).annotate(finishes_at=Coalesce(F("end"), F("start")))

    def upcoming(self):
        return self.events().filter(finishes_at__gte=timezone.now()).order_by("start", "pk")

    def past(self):
        return self.events().filter(finishes_at__lt=timezone.now()).order_by("-start", "-pk")

    @path("")
    def listing_view(self, request):
        past = list(
            self.past().select_related(
                "report_statement", "report_gallery", "report_transcript_page", "report_transcript_document"
            )[:PAST_EVENTS_SHOWN]
        )
        for event in past:
            event.links = event.report_links(self.locale_id)
        return self.render(
            request,
            context_overrides={
                "upcoming": list(self.upcoming()),
                "past": past,
                "feed_url": self.get_url(request) + self.reverse_subpage("feed").lstrip("/"),
            },
        )

    @path("calendar/", name="feed")
    def feed_view(self, request):
        from . import ics

        response = HttpResponse(
            ics.calendar(list(self.upcoming()), request=request, name=self.title),
            content_type=f"{ICS_TYPE}; charset=utf-8",
        )
        response["Content-Disposition"] = f'inline; filename="{self.slug[:60]}.ics"'
        return response

    @path("rsvp/", name="rsvp")
    def rsvp_view(self, request):
        from . import rsvp

        return rsvp.answer_view(self, request)


class Rsvp(models.Model):
    """An invitee's answer to one event (every language version of it):
    one per event and e-mail address; answering again updates it."""

    ATTENDING = "attending"
    WAITING = "waiting"
    DECLINED = "declined"
    STATUS_CHOICES = [
        (ATTENDING, _("Attending")),
        (WAITING, _("Waiting list")),
        (DECLINED, _("Not attending")),
    ]
    MAX_CREW = 10

    event_key = models.UUIDField(_("event"), db_index=True, help_text="The event's translation key.")
    email = models.EmailField(_("e-mail"))
    language = models.CharField(_("language"), max_length=10, choices=SPOKEN_LANGUAGES)
    status = models.CharField(_("answer"), max_length=10, choices=STATUS_CHOICES)
    name = models.CharField(_("name"), max_length=200)
    outlet = models.CharField(_("media outlet"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=100, blank=True)
    crew = models.PositiveSmallIntegerField(
        _("camera crew"), default=0, validators=[MinValueValidator(0), MaxValueValidator(MAX_CREW)]
    )
    created_at = models.DateTimeField(_("first answered"), auto_now_add=True)
    updated_at = models.DateTimeField(_("last answered"), auto_now=True)
    # The order of the waiting list: when this answer joined it.
    waiting_since = models.DateTimeField(null=True, blank=True)
    # Set once, by the worker that sends the reminder (tasks.send_reminders).
    reminded_at = models.DateTimeField(null=True, blank=True)

    # The public pages show no answers: an answer changes no cached page.
    drops_page_cache = False

    class Meta:
        verbose_name = _("answer to an invitation")
        verbose_name_plural = _("answers to invitations")
        ordering = ["created_at", "pk"]
        constraints = [
            models.UniqueConstraint(fields=["event_key", "email"], name="one_rsvp_per_event_and_email"),
            models.CheckConstraint(condition=Q(crew__lte=10), name="rsvp_crew_at_most_ten"),
        ]

    def __str__(self):
        return f"{self.name} <{self.email}>: {self.get_status_display()}"

    @property
    def people(self):
        return 1 + self.crew

    def event(self, language=None):
        """The event page in `language` (default: this answer's), live first."""
        pages = PressEventPage.objects.filter(translation_key=self.event_key)
        language = language or self.language
        return (
            pages.filter(locale__language_code=language).order_by("-live").first()
            or pages.order_by("-live", "pk").first()
        )
