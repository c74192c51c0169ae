"""Answers to invitations, without an account: the invitation e-mail carries
a signed link (`make_rsvp_url`) naming the event and the invitee's e-mail
address; it leads to a form in the invitee's language on that language's
press events page (`<section>/rsvp/?t=<token>`).

The token travels in the query string, not the path: the page cache keys
and the route hints (core.routing) are made of paths, and a request with a
query parameter the page does not declare is never cached
(core.page_cache.uses_query); the answer pages also say `no-store`.

Capacity counts people, each journalist and their camera crew. When the
event is full, an "attending" answer joins the waiting list; a place freed
(someone declines, or comes with a smaller crew) goes to the first on the
list whose party fits, who is told by e-mail. Answers to one event are
taken one at a time (the event's page rows are locked)."""

from dataclasses import dataclass, field

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import SuspiciousOperation, ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page

from core import l10n

from .models import PressEventPage, Rsvp

SALT = "press_events.rsvp"
TOKEN_PARAMETER = "t"  # nosec B105 # the name of the query parameter, not a secret


class InvalidLink(Exception):
    pass


@dataclass(frozen=True)
class Invitation:
    event_id: int
    email: str
    name: str = ""


def make_token(event, email, name=""):
    payload = {"e": event.pk, "m": email.strip().lower(), "n": name}
    return signing.dumps(payload, salt=SALT, compress=True)


def read_token(token):
    """The Invitation a token carries; InvalidLink when it was not made here
    or was changed. (It expires with the event: see `answer_view`.)"""
    try:
        payload = signing.loads(token or "", salt=SALT)
        return Invitation(event_id=int(payload["e"]), email=str(payload["m"]), name=str(payload.get("n", "")))
    except (signing.BadSignature, KeyError, TypeError, ValueError) as error:
        raise InvalidLink from error


def make_rsvp_url(event, email, name="", language=None):
    """The absolute address of `event`'s answer form for `email`, in
    `language` (default: the event's), on that language's press events page."""
    language = l10n.content_language(language or event.locale.language_code)
    target = event.in_language(language)
    # The form is in the invitee's language even when the event has no
    # version in it yet: that language's section shows it.
    parent = target.get_parent()
    index = (parent.get_translations(inclusive=True).filter(locale__language_code=language).first() or parent).specific
    page_path = index.get_url_parts()[2]
    base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
    route = index.reverse_subpage("rsvp").lstrip("/")
    return f"{base}{page_path}{route}?{TOKEN_PARAMETER}={make_token(target, email, name)}"


def _digits(value):
    return l10n.to_ascii_digits(value or "").strip()


class RsvpForm(forms.Form):
    attending = forms.TypedChoiceField(
        label=_("Your answer"),
        choices=[("yes", _("I will attend")), ("no", _("I will not attend"))],
        coerce=lambda value: value == "yes",
        widget=forms.RadioSelect,
        error_messages={"required": _("Say whether you will attend."), "invalid_choice": _("Choose one answer.")},
    )
    name = forms.CharField(label=_("Your name"), max_length=200, error_messages={"required": _("Give your name.")})
    outlet = forms.CharField(label=_("Media outlet"), max_length=200, required=False)
    role = forms.CharField(
        label=_("Your role"), max_length=100, required=False, help_text=_("E.g. reporter, editor, camera operator.")
    )
    crew = forms.CharField(
        label=_("Camera crew"),
        required=False,
        max_length=6,
        initial="0",
        help_text=_("People coming with you to film or photograph: 0 to 10."),
        widget=forms.TextInput(attrs={"inputmode": "numeric", "dir": "ltr", "size": 3}),
    )

    def clean_crew(self):
        raw = _digits(self.cleaned_data.get("crew")) or "0"
        if not raw.isdigit() or int(raw) > Rsvp.MAX_CREW:
            raise ValidationError(_("The camera crew is a number of people from 0 to 10."))
        return int(raw)


@dataclass
class Outcome:
    """What became of an answer: `status` (an Rsvp status), or `refusal`
    (nothing changed) with the reason; `position` on the waiting list."""

    rsvp: Rsvp | None = None
    status: str = ""
    refusal: str = ""
    position: int = 0
    promoted: list = field(default_factory=list)


def _lock(event):
    """Serialise answers to one event (PostgreSQL: the rows of its pages;
    SQLite takes one writer at a time anyway)."""
    list(
        Page.objects.select_for_update()
        .filter(translation_key=event.translation_key)
        .order_by("pk")
        .values_list("pk", flat=True)
    )


def _waiting(event):
    return event.rsvps.filter(status=Rsvp.WAITING).order_by("waiting_since", "pk")


def waiting_position(rsvp):
    before = Rsvp.objects.filter(event_key=rsvp.event_key, status=Rsvp.WAITING).filter(
        waiting_since__lt=rsvp.waiting_since
    )
    same_time = Rsvp.objects.filter(
        event_key=rsvp.event_key, status=Rsvp.WAITING, waiting_since=rsvp.waiting_since, pk__lt=rsvp.pk
    )
    return before.count() + same_time.count() + 1


def move_up(event):
    """Give freed places to the waiting list, first come first served: each
    in turn while their party fits (the first that does not fit stops it)."""
    promoted = []
    if event.capacity is None:
        taken = 0
    else:
        taken = event.attendees()
    for rsvp in _waiting(event):
        if event.capacity is not None and taken + rsvp.people > event.capacity:
            break
        rsvp.status, rsvp.waiting_since = Rsvp.ATTENDING, None
        rsvp.save(update_fields=["status", "waiting_since", "updated_at"])
        taken += rsvp.people
        promoted.append(rsvp)
    return promoted


def record_answer(event, email, language, data):
    """Store `data` (RsvpForm.cleaned_data) as `email`'s answer to `event`."""
    from . import emails

    email = email.strip().lower()
    people = 1 + data["crew"]
    with transaction.atomic():
        _lock(event)
        rsvp = event.rsvps.filter(email=email).first()
        was = rsvp.status if rsvp is not None else None
        if rsvp is None:
            rsvp = Rsvp(event_key=event.translation_key, email=email)
        capacity = event.capacity
        if data["attending"]:
            if capacity is not None and people > capacity:
                return Outcome(rsvp=rsvp if was else None, refusal="too_many")
            others = event.attendees(exclude=rsvp if rsvp.pk else None)
            fits = capacity is None or others + people <= capacity
            queue = _waiting(event)
            if rsvp.pk:
                queue = queue.exclude(pk=rsvp.pk)
            if was == Rsvp.ATTENDING:
                if not fits:
                    return Outcome(rsvp=rsvp, refusal="no_room")
                status = Rsvp.ATTENDING
            elif was == Rsvp.WAITING:
                status = Rsvp.WAITING  # keeps its place in the queue; move_up below decides
            elif fits and not queue.exists():
                status = Rsvp.ATTENDING
            else:
                status = Rsvp.WAITING
        else:
            status = Rsvp.DECLINED
        rsvp.status = status
        rsvp.language = language
        rsvp.name = data["name"]
        rsvp.outlet = data.get("outlet", "")
        rsvp.role = data.get("role", "")
        rsvp.crew = data["crew"]
        if status == Rsvp.WAITING:
            rsvp.waiting_since = rsvp.waiting_since if was == Rsvp.WAITING else timezone.now()
        else:
            rsvp.waiting_since = None
        rsvp.save()
        promoted = move_up(event)
        rsvp.refresh_from_db()
        # Told by e-mail: those a freed place went to (not the one answering now, who sees it).
        promoted = [moved for moved in promoted if moved.pk != rsvp.pk]
        for moved in promoted:
            transaction.on_commit(lambda moved=moved: emails.send_moved_up(moved))
    position = waiting_position(rsvp) if rsvp.status == Rsvp.WAITING else 0
    return Outcome(rsvp=rsvp, status=rsvp.status, position=position, promoted=promoted)


# What a reader is told, and the status code of each refusal.
MESSAGES = {
    "invalid": (
        400,
        _(
            "This invitation link is not valid. Open the link from your invitation e-mail as it is, "
            "or ask the press office for a new invitation."
        ),
    ),
    "unknown": (404, _("This event is not on the site any more. Ask the press office about it.")),
    "expired": (410, _("This event has already started: its invitation link has expired.")),
    "closed": (403, _("Answers to this invitation closed on %(date)s at %(time)s.")),
    "too_many": (409, _("The event has %(capacity)s places in all: a party of %(people)s cannot be taken.")),
    "no_room": (
        409,
        _(
            "There is no room for a party of %(people)s: the event is full. "
            "Your previous answer is kept. Ask the press office if you need more places."
        ),
    ),
    "form": (400, _("Please correct the answer below.")),
}


def _message(key, **values):
    status, text = MESSAGES[key]
    return status, str(text) % values if values else str(text)


def _find_event(index, invitation):
    """The live event of this language's section that the invitation names
    (made for another language's version: that event's version here)."""
    events = PressEventPage.objects.live().child_of(index)
    event = events.filter(pk=invitation.event_id).first()
    if event is not None:
        return event
    named = PressEventPage.objects.live().filter(pk=invitation.event_id).first()
    if named is None:
        return None
    here = events.filter(translation_key=named.translation_key).first()
    if here is not None:
        return here
    # Not translated into this language yet: shown as it is, if it belongs
    # to this section's translations.
    if named.get_parent().translation_key == index.translation_key:
        return named
    return None


def answer_view(index, request):
    language = l10n.content_language(index.locale.language_code)
    context = {"event": None, "form": None, "outcome": None, "rsvp": None}

    def respond(status=200, message="", **extra):
        response = index.render(
            request,
            template="press_events/rsvp.html",
            context_overrides={**context, **extra, "message": message, "refused": status >= 400},
        )
        response.status_code = status
        add_never_cache_headers(response)
        response["X-Robots-Tag"] = "noindex, nofollow"
        return response

    try:
        token = request.POST.get(TOKEN_PARAMETER) if request.method == "POST" else request.GET.get(TOKEN_PARAMETER)
    except SuspiciousOperation:
        token = None
    try:
        invitation = read_token(token)
    except InvalidLink:
        return respond(*_message("invalid"))
    event = _find_event(index, invitation)
    if event is None:
        return respond(*_message("unknown"))
    now = timezone.now()
    rsvp = event.rsvps.filter(email=invitation.email).first()
    context.update({"event": event, "rsvp": rsvp, "token": token, "email": invitation.email})
    if now >= event.start:
        return respond(*_message("expired"))
    if now > event.answers_close:
        close = event.answers_close
        return respond(
            *_message("closed", date=l10n.format_date(close, language), time=l10n.format_time(close, language))
        )
    if request.method != "POST":
        return respond(form=RsvpForm(initial=_initial(rsvp, invitation, language)))
    form = RsvpForm(request.POST)
    if not form.is_valid():
        return respond(*_message("form"), form=form)
    outcome = record_answer(event, invitation.email, language, form.cleaned_data)
    if outcome.refusal:
        people = l10n.local_digits(1 + form.cleaned_data["crew"], language)
        capacity = l10n.local_digits(event.capacity or 0, language)
        return respond(*_message(outcome.refusal, people=people, capacity=capacity), form=form)
    context["rsvp"] = outcome.rsvp
    return respond(form=RsvpForm(initial=_initial(outcome.rsvp, invitation, language)), outcome=outcome)


def _initial(rsvp, invitation, language):
    """The form as the invitee last answered it (or with the invitation's name)."""
    if rsvp is None:
        return {"name": invitation.name, "crew": l10n.local_digits(0, language)}
    return {
        "attending": "no" if rsvp.status == Rsvp.DECLINED else "yes",
        "name": rsvp.name,
        "outlet": rsvp.outlet,
        "role": rsvp.role,
        "crew": l10n.local_digits(rsvp.crew, language),
    }
