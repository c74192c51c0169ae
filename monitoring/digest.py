"""The daily digest: assembled as a draft from the day's clippings, approved
by a director, then sent once to each address of the leadership list as
HTML with the same page attached as a PDF (WeasyPrint, the site's
Vazirmatn font embedded, so the Arabic script is shaped and runs right to
left). Sending follows media_relations' rule: one row per address, claimed
before it is sent and marked when the server took it, so a task run twice
writes to nobody twice."""

import datetime
import hashlib
import json
import logging
import uuid
from collections import Counter
from pathlib import Path

from django.conf import settings
from django.contrib.staticfiles import finders
from django.core.exceptions import PermissionDenied
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.db.models import Count, Q
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import gettext as _
from django.utils.translation import override

from core import l10n
from core.normalize import index_text

from .models import Clipping, Digest, DigestDelivery, DigestSettings, Importance, Language, Tone

logger = logging.getLogger(__name__)

FONT = "ministry_site/fonts/vazirmatn/Vazirmatn-wght.woff2"
TONE_COLOURS = {"positive": "#2e7d32", "neutral": "#9e9e9e", "negative": "#c62828", "mixed": "#f9a825"}
LEASE = datetime.timedelta(minutes=5)


class DigestRefused(Exception):
    def __init__(self, message):
        super().__init__(message)
        self.message = message


def yesterday():
    return timezone.localdate() - datetime.timedelta(days=1)


def parse_date(text):
    """A day written in Solar Hijri (1405-09-16, Persian digits too) or
    Gregorian (2026-12-07); ValueError with a message otherwise."""
    import jdatetime

    cleaned = l10n.to_ascii_digits(str(text).strip()).replace("/", "-")
    try:
        year, month, day = (int(part) for part in cleaned.split("-"))
    except ValueError:
        raise ValueError(f"{text!r} is not a date: write 1405-09-16 (Solar Hijri) or 2026-12-07") from None
    try:
        if year < 1700:
            return jdatetime.date(year, month, day).togregorian()
        return datetime.date(year, month, day)
    except ValueError as error:
        raise ValueError(f"{text!r} is not a date: {error}") from None


def written_day(day, language=None):
    """A day as the build form takes it back: `۱۴۰۵-۰۹-۱۵` for a Dari or Pashto
    reader (Solar Hijri, Persian digits), `2026-12-06` in English."""
    if l10n.uses_solar_hijri(language):
        year, month, day_of_month = l10n.solar_hijri(day)
        return l10n.to_persian_digits(f"{year:04d}-{month:02d}-{day_of_month:02d}")
    return day.isoformat()


def check_day(day):
    """A digest covers a day that has begun: refuse one of the future (it would
    be empty and could still be approved and sent)."""
    if day > timezone.localdate():
        raise DigestRefused(_("That day has not come yet: a digest covers a day that has passed or today."))
    return day


def unjudged(digest):
    """How many clippings of the digest's day nobody has judged yet."""
    start, end = _day_bounds(digest.date)
    return _kept(start, end).filter(status=Clipping.Status.NEW).count()


def _day_bounds(day):
    tz = timezone.get_current_timezone()
    start = timezone.make_aware(datetime.datetime.combine(day, datetime.time.min), tz)
    return start, start + datetime.timedelta(days=1)


def _kept(start, end):
    return Clipping.objects.filter(when__gte=start, when__lt=end).exclude(status=Clipping.Status.DISCARDED)


def assemble(day, language):
    """The digest's figures and lists for `day`, labelled in `language` (JSON-ready)."""
    start, end = _day_bounds(day)
    clippings = _kept(start, end)
    with override(language):
        tones = {code: str(label) for code, label in Tone.choices}
        languages = {code: str(label) for code, label in Language.choices}
        kinds = {code: str(label) for code, label in Clipping.Kind.choices}
        by_outlet = clippings.values("outlet_name").annotate(n=Count("pk")).order_by("-n", "outlet_name")
        by_language = clippings.values("language").annotate(n=Count("pk")).order_by("-n")
        by_tone = clippings.values("tone").annotate(n=Count("pk")).order_by("-n")
        by_subject = (
            clippings.filter(subjects__isnull=False)
            .values("subjects__name")
            .annotate(n=Count("pk", distinct=True))
            .order_by("-n", "subjects__name")
        )
        week_start = start - datetime.timedelta(days=6)
        per_day = Counter()
        for when, tone in _kept(week_start, end).exclude(tone="").values_list("when", "tone"):
            per_day[(timezone.localtime(when).date(), tone)] += 1
        week = []
        for offset in range(7):
            date = day - datetime.timedelta(days=6 - offset)
            week.append(
                {
                    "label": l10n.local_digits(
                        f"{l10n.solar_hijri(date)[2]}/{l10n.solar_hijri(date)[1]}"
                        if language != "en"
                        else date.strftime("%d %b"),
                        language,
                    ),
                    **{tone: per_day[(date, tone)] for tone in tones},
                }
            )
        important = []
        for clipping in (
            clippings.filter(importance=Importance.HIGH, kind=Clipping.Kind.ONLINE)
            .select_related("story")
            .order_by("-when")[:30]
        ):
            outlets = [clipping.outlet_name]
            if clipping.story_id:
                rows = clipping.story.articles.values_list("source__outlet__name", "source__name").distinct()
                outlets = sorted({outlet or name for outlet, name in rows})
            important.append(
                {
                    "title": clipping.title,
                    "summary": clipping.summary_fa or clipping.summary,
                    "url": clipping.url,
                    "outlets": outlets or [clipping.outlet_name],
                    "tone": tones.get(clipping.tone, ""),
                    "tone_code": clipping.tone,
                }
            )
        broadcast = [
            {
                "kind": kinds[clipping.kind],
                "outlet": clipping.outlet_name,
                "programme": clipping.programme,
                "when": f"{l10n.format_date(clipping.when, language, weekday=False)} "
                f"{l10n.format_time(clipping.when, language)}",
                "where": clipping.page_or_minute,
                "summary": clipping.summary_fa or clipping.summary,
                "title": clipping.title,
                "url": clipping.url,
                "tone": tones.get(clipping.tone, ""),
            }
            for clipping in clippings.exclude(kind=Clipping.Kind.ONLINE).order_by("when")
        ]
        return {
            "total": clippings.count(),
            "by_outlet": [[row["outlet_name"] or "—", row["n"]] for row in by_outlet[:20]],
            "by_language": [[languages.get(row["language"], row["language"] or "—"), row["n"]] for row in by_language],
            "by_tone": [[tones.get(row["tone"], _("Not judged yet")), row["n"]] for row in by_tone],
            "by_subject": [[row["subjects__name"], row["n"]] for row in by_subject[:20]],
            "week": week,
            "important": important,
            "broadcast": broadcast,
        }


def build(day, language=None, force=False):
    """The draft digest of `day`, assembled anew (an approved or sent one is left as it is)."""
    language = language or DigestSettings.current().language
    with transaction.atomic():
        digest, _created = Digest.objects.select_for_update().get_or_create(date=day, language=language)
        if digest.status != Digest.Status.DRAFT and not force:
            return digest
        digest.data = assemble(day, language)
        digest.search_text = _search_text(digest)
        digest.save(update_fields=["data", "search_text"])
    return digest


def _search_text(digest):
    data = digest.data or {}
    parts = [digest.intro]
    for item in data.get("important", []):
        parts += [item["title"], item["summary"], " ".join(item["outlets"])]
    for item in data.get("broadcast", []):
        parts += [item["title"], item["summary"], item["outlet"], item["programme"]]
    parts += [name for name, _n in data.get("by_subject", [])]
    return index_text(" ".join(part for part in parts if part))


def save_intro(digest, intro, user):
    if not user.has_perm("monitoring.change_digest"):
        raise PermissionDenied
    with transaction.atomic():
        # Locked and read again: a director's approval in between wins, and
        # an approved digest is never changed by an editor's late save.
        digest = Digest.objects.select_for_update().get(pk=digest.pk)
        if digest.status != Digest.Status.DRAFT:
            raise DigestRefused(_("An approved digest can no longer be changed."))
        digest.intro = intro
        digest.search_text = _search_text(digest)
        digest.save(update_fields=["intro", "search_text"])
    return digest


def fingerprint(digest):
    """What a director reads: the assembled content and the introduction. The
    approval carries the fingerprint of what was on the director's screen."""
    content = json.dumps({"data": digest.data, "intro": digest.intro}, sort_keys=True, ensure_ascii=False)
    return hashlib.sha256(content.encode()).hexdigest()[:32]


def chart_svg(week, language):
    """Tone over the last seven days as stacked bars (inline SVG)."""
    width, height, top, bottom = 560, 200, 10, 30
    bar = 50
    gap = (width - 7 * bar) / 8
    highest = max([sum(day[tone] for tone in TONE_COLOURS) for day in week] + [1])
    scale = (height - top - bottom) / highest
    rtl = language != "en"
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img">'
    ]
    for index, day in enumerate(week):
        position = 6 - index if rtl else index
        x = gap + position * (bar + gap)
        y = height - bottom
        for tone, colour in TONE_COLOURS.items():
            value = day[tone]
            if value:
                h = value * scale
                y -= h
                parts.append(f'<rect x="{x:.1f}" y="{y:.1f}" width="{bar}" height="{h:.1f}" fill="{colour}"/>')
        total = sum(day[tone] for tone in TONE_COLOURS)
        if total:
            parts.append(
                f'<text x="{x + bar / 2:.1f}" y="{y - 3:.1f}" font-size="11" text-anchor="middle">'
                f"{l10n.local_digits(total, language)}</text>"
            )
        parts.append(
            f'<text x="{x + bar / 2:.1f}" y="{height - 10}" font-size="11" text-anchor="middle">{day["label"]}</text>'
        )
    parts.append("</svg>")
    return "".join(parts)


def context(digest):
    language = digest.language
    data = digest.data or {}
    with override(language):
        tones = dict(Tone.choices)
        headings = [_("By outlet"), _("By language"), _("By tone"), _("By subject")]
    keys = ["by_outlet", "by_language", "by_tone", "by_subject"]
    counts = [
        (heading, [(name, l10n.local_digits(n, language)) for name, n in data.get(key, [])])
        for heading, key in zip(headings, keys, strict=True)
    ]
    return {
        "counts": counts,
        "digest": digest,
        "data": data,
        "language": language,
        "rtl": language != "en",
        "date_label": l10n.format_date(digest.date, language),
        "chart": chart_svg(data.get("week", []), language) if data.get("week") else "",
        "legend": [(tones[tone], colour) for tone, colour in TONE_COLOURS.items()],
        "total": l10n.local_digits(data.get("total", 0), language),
    }


def render_html(digest, for_pdf=False):
    with override(digest.language):
        ctx = context(digest)
        ctx["for_pdf"] = for_pdf
        if for_pdf:
            font = finders.find(FONT)
            ctx["font_url"] = Path(font).as_uri() if font else ""
        return render_to_string("monitoring/digest.html", ctx)


def render_pdf(digest):
    from weasyprint import HTML

    html = render_html(digest, for_pdf=True)
    return HTML(string=html, base_url=str(settings.BASE_DIR)).write_pdf()


def subject_line(digest):
    with override(digest.language):
        return _("Media digest of %(date)s") % {"date": l10n.format_date(digest.date, digest.language)}


def recipients():
    """The leadership's addresses: the chosen distribution list's members and the other addresses."""
    from media_relations.membership import is_valid_address, members, normalise_address

    chosen = DigestSettings.current()
    found = []
    if chosen.distribution_list_id:
        found += [recipient.email for recipient in members(chosen.distribution_list).recipients]
    found += [line for line in chosen.extra_addresses.splitlines() if line.strip()]
    unique = []
    for address in map(normalise_address, found):
        if address and is_valid_address(address) and address not in unique:
            unique.append(address)
    return unique


def approve(digest, user, seen=None):
    """A director approves the digest: its recipients are fixed, the workers send it.
    `seen`, the fingerprint of what the director read: refused when the digest
    changed since (a monitor saved the introduction or assembled it again)."""
    if not user.has_perm("monitoring.approve_digest"):
        raise PermissionDenied
    with transaction.atomic():
        digest = Digest.objects.select_for_update().get(pk=digest.pk)
        if digest.status != Digest.Status.DRAFT:
            raise DigestRefused(_("This digest is already approved."))
        if seen is not None and seen != fingerprint(digest):
            raise DigestRefused(
                _("The digest changed after you opened it. Read it again below, then approve what you see.")
            )
        addresses = recipients()
        if not addresses:
            raise DigestRefused(_("Nobody would receive it: choose a leadership list in the digest settings."))
        digest.status = Digest.Status.APPROVED
        digest.approved_by = user
        digest.approved_at = timezone.now()
        digest.search_text = _search_text(digest)
        digest.save(update_fields=["status", "approved_by", "approved_at", "search_text"])
        DigestDelivery.objects.bulk_create(
            [DigestDelivery(digest=digest, email=address) for address in addresses], ignore_conflicts=True
        )
    return digest


def queue_sending(digest_id):
    """Hand the sending to the workers; False when the queue cannot be reached
    (`send_digest` sends it then)."""
    from .tasks import send_digest

    try:
        send_digest.delay(digest_id)
    except Exception:  # the broker is down: the rows wait, nothing is lost
        logger.warning("digest %s: the task queue could not be reached", digest_id, exc_info=True)
        return False
    return True


def _claim(digest_id):
    now = timezone.now()
    waiting = DigestDelivery.objects.filter(digest_id=digest_id).filter(
        Q(status=DigestDelivery.Status.QUEUED) | Q(status=DigestDelivery.Status.SENDING, claimed_until__lt=now)
    )
    row = waiting.order_by("pk").first()
    if row is None:
        return None, False
    taken = waiting.filter(pk=row.pk).update(status=DigestDelivery.Status.SENDING, claimed_until=now + LEASE) == 1
    return row, taken


def send(digest_id):
    """Send the approved digest to each address not yet sent to; returns how many were sent now."""
    digest = Digest.objects.filter(pk=digest_id).first()
    if digest is None or digest.status not in (Digest.Status.APPROVED, Digest.Status.SENT):
        return 0
    html = render_html(digest)
    pdf = render_pdf(digest)
    subject = subject_line(digest)
    text = strip_tags(html)
    sent = 0
    connection = get_connection(fail_silently=False)
    with connection:
        while True:
            row, taken = _claim(digest_id)
            if row is None:
                break
            if not taken:
                continue
            message_id = row.message_id or f"<digest-{digest.pk}-{uuid.uuid4().hex}@moci.gov.af>"
            DigestDelivery.objects.filter(pk=row.pk).update(message_id=message_id)
            email = EmailMultiAlternatives(
                subject, text, to=[row.email], connection=connection, headers={"Message-ID": message_id}
            )
            email.attach_alternative(html, "text/html")
            email.attach(f"digest-{digest.date:%Y-%m-%d}.pdf", pdf, "application/pdf")
            try:
                email.send()
            except Exception as error:  # recorded on the row; the next run tries again
                DigestDelivery.objects.filter(pk=row.pk).update(
                    status=DigestDelivery.Status.QUEUED, claimed_until=None, last_error=str(error)[:500]
                )
                logger.warning("digest %s to %s failed: %s", digest_id, row.email, error)
                break
            DigestDelivery.objects.filter(pk=row.pk).update(
                status=DigestDelivery.Status.SENT, sent_at=timezone.now(), last_error=""
            )
            sent += 1
    if not DigestDelivery.objects.filter(digest_id=digest_id).exclude(status=DigestDelivery.Status.SENT).exists():
        Digest.objects.filter(pk=digest_id, status=Digest.Status.APPROVED).update(
            status=Digest.Status.SENT, sent_at=timezone.now()
        )
    return sent
