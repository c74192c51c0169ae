"""One recipient's message: the page in their language (or the ministry's
fallback), right-to-left for Dari and Pashto, HTML with a plain-text
alternative, the page's link, the date in their calendar, one-click
unsubscribe (RFC 8058) and no tracking of any kind."""

from dataclasses import dataclass

from django.conf import settings
from django.core import signing
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from wagtail.models import Page

from core import l10n

UNSUBSCRIBE_SALT = "media_relations.unsubscribe"


@dataclass
class Built:
    email: EmailMultiAlternatives
    language: str
    message_id: str


def site_base_url():
    return (getattr(settings, "SITE_BASE_URL", "") or settings.WAGTAILADMIN_BASE_URL or "").rstrip("/")


def unsubscribe_token(address, mailing_id, language):
    return signing.dumps({"e": address, "m": mailing_id, "l": language}, salt=UNSUBSCRIBE_SALT, compress=True)


def read_unsubscribe_token(token):
    """{"e": address, "m": mailing id, "l": language} from a token;
    signing.BadSignature if it was altered."""
    data = signing.loads(token, salt=UNSUBSCRIBE_SALT)
    if not isinstance(data, dict) or not isinstance(data.get("e"), str):
        raise signing.BadSignature("not an unsubscribe token")
    return data


def unsubscribe_url(address, mailing_id, language):
    token = unsubscribe_token(address, mailing_id, language)
    return site_base_url() + reverse("media_relations_unsubscribe", args=[token])


def message_id_for(delivery):
    """The same for every attempt: a copy a server receives twice is recognisably one message."""
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2] or "localhost"
    return f"<mailing-{delivery.mailing_id}-delivery-{delivery.pk}@{domain}>"


def embargo_text(moment, language):
    """ "Embargoed until" with the time in Kabul, in both calendars."""
    if moment is None:
        return ""
    local = timezone.localtime(moment)
    with translation.override(language):
        solar = l10n.format_solar_hijri(local, language, weekday=True)
        with translation.override("en"):
            gregorian = local.strftime("%d %B %Y").lstrip("0")
        return _("EMBARGOED UNTIL %(time)s Kabul time, %(solar)s (%(gregorian)s)") % {
            "time": l10n.format_time(local, language),
            "solar": solar,
            "gregorian": l10n.local_digits(gregorian, language),
        }


def translations_by_language(page, embargoed):
    """{language: the page's translation that may be sent}: the live ones,
    and under embargo those a director has scheduled to go live."""
    found = {}
    for translated in Page.objects.filter(translation_key=page.translation_key).select_related(
        "locale", "latest_revision"
    ):
        revision = translated.latest_revision
        scheduled = revision is not None and revision.approved_go_live_at is not None
        if translated.live or (embargoed and scheduled):
            found[translated.locale.language_code] = translated
    return found


def _render_body(body):
    if not body:
        return ""
    # Our template's output, escaped by it: safe to put in the message's HTML.
    return mark_safe(render_to_string("media_relations/email/body.html", {"body": body}))  # nosec B308 B703


def _reply_url(page, delivery, language):
    reply = getattr(page, "mail_reply_url", None)
    return reply(delivery.email, delivery.name, language) if reply else ""


def _as_text(html):
    """The body as plain text: paragraphs apart, tags gone."""
    text = strip_tags(html.replace("</p>", "</p>\n\n").replace("<br>", "\n").replace("</li>", "</li>\n"))
    lines = [line.strip() for line in text.splitlines()]
    return "\n".join(lines).strip()


class Builder:
    """Builds each recipient's message; keeps what all of them share."""

    def __init__(self, mailing, rules):
        self.mailing = mailing
        self.rules = rules
        self.embargoed = mailing.embargo_until is not None and mailing.embargo_until > timezone.now()
        self.pages = translations_by_language(mailing.page, self.embargoed)
        self.skip_reason = ""
        self._parts = {}

    def language_for(self, preferred):
        for language in self.rules.fallbacks(preferred):
            if language in self.pages:
                return language
        return None

    def _page_content(self, page):
        """What the message shows of the page: its live text, or under
        embargo the scheduled revision's."""
        if page.live or page.latest_revision is None:
            return page.specific
        return page.latest_revision.as_object()

    def _shared(self, language):
        if language not in self._parts:
            page = self._page_content(self.pages[language])
            url = site_base_url() + (self.pages[language].specific.get_url() or "")
            date = getattr(page, "date", None)
            with translation.override(language):
                self._parts[language] = {
                    "page": page,
                    "url": url,
                    "language": language,
                    "direction": "rtl" if l10n.is_rtl(language) else "ltr",
                    "date": l10n.format_date(date, language) if date else "",
                    "summary": getattr(page, "summary", "") or getattr(page, "search_description", ""),
                    "body_text": "",
                    # Rendered once per language, not once per recipient.
                    "body_html": _render_body(getattr(page, "body", None)),
                    "note": self.mailing.note,
                    "embargo": embargo_text(self.mailing.embargo_until, language) if self.embargoed else "",
                    "attachments": list(getattr(page, "mail_attachments", lambda language: [])(language)),
                    "subject": (embargo_text(self.mailing.embargo_until, language) + " | " if self.embargoed else "")
                    + page.title,
                }
            self._parts[language]["body_text"] = _as_text(self._parts[language]["body_html"])
        return self._parts[language]

    def build(self, delivery, connection):
        language = self.language_for(delivery.preferred_language)
        if language is None:
            self.skip_reason = "no translation to send"
            return None
        shared = self._shared(language)
        context = {
            **shared,
            "recipient_name": delivery.name,
            "unsubscribe_url": unsubscribe_url(delivery.email, delivery.mailing_id, language),
            # An invitation's page gives each recipient a link of their own to answer it.
            "reply_url": _reply_url(self.mailing.page.specific_deferred, delivery, language),
        }
        with translation.override(language):
            text = render_to_string("media_relations/email/message.txt", context)
            html = render_to_string("media_relations/email/message.html", context)
        message_id = message_id_for(delivery)
        email = EmailMultiAlternatives(
            subject=shared["subject"].replace("\n", " ")[:250],
            body=text,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[delivery.email],
            connection=connection,
            headers={
                "Message-ID": message_id,
                "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
                "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
                "Content-Language": language,
                "Auto-Submitted": "auto-generated",
            },
        )
        email.attach_alternative(html, "text/html")
        for filename, content, mimetype in shared["attachments"]:
            email.attach(filename, content, mimetype)
        return Built(email=email, language=language, message_id=message_id)
