"""iCalendar (RFC 5545) files of press events, written here rather than with
a library: a calendar of events needs a dozen properties.

Lines end in CRLF and are folded at 75 octets (never inside a UTF-8
character), continuation lines starting with one space; texts are escaped
(backslash, semicolon, comma, line breaks); times are UTC ("Z"). Each event
has the same UID in every language (its translation key), so a calendar
that imports two languages' files keeps one event."""

import datetime

from django.conf import settings
from django.utils import timezone, translation
from django.utils.html import strip_tags

PRODID = "-//Ministry of Commerce and Industry//Press events//EN"
LINE_OCTETS = 75


def escape_text(value):
    text = str(value or "")
    text = text.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,")
    return text.replace("\r\n", "\\n").replace("\r", "\\n").replace("\n", "\\n")


def utc(value):
    return value.astimezone(datetime.UTC).strftime("%Y%m%dT%H%M%SZ")


def fold(line):
    """The content line, folded into lines of at most 75 octets."""
    encoded = line.encode("utf-8")
    if len(encoded) <= LINE_OCTETS:
        return [line]
    pieces, current, size, limit = [], "", 0, LINE_OCTETS
    for character in line:
        width = len(character.encode("utf-8"))
        if size + width > limit:
            pieces.append(current)
            # A continuation line starts with a space, which counts.
            current, size, limit = character, width, LINE_OCTETS - 1
        else:
            current += character
            size += width
    pieces.append(current)
    return [pieces[0]] + [" " + piece for piece in pieces[1:]]


def _base_url(request):
    if request is not None:
        return request.build_absolute_uri("/").rstrip("/")
    return settings.WAGTAILADMIN_BASE_URL.rstrip("/")


def uid(event):
    host = settings.WAGTAILADMIN_BASE_URL.split("//")[-1].split("/")[0].split(":")[0] or "localhost"
    return f"press-event-{event.translation_key}@{host}"


def _description_text(event):
    field = type(event)._meta.get_field("description")
    texts = [strip_tags(str(text)) for text in field.get_searchable_content(event.description)]
    return " ".join(" ".join(texts).split())


def event_lines(event, base_url):
    language = event.locale.language_code
    page_url = event.get_url()
    url = page_url if page_url.startswith("http") else base_url + page_url
    stamp = event.last_published_at or event.latest_revision_created_at or timezone.now()
    with translation.override(language):
        location = ", ".join(part for part in (event.venue, " ".join(event.address.split())) if part)
        description = "\n".join(
            part
            for part in (
                str(event.get_kind_display()),
                event.summary,
                f"{translation.gettext('Languages')}: {', '.join(event.spoken_languages())}",
                translation.gettext("Accreditation required") if event.accreditation_required else "",
                _description_text(event),
                url,
            )
            if part
        )
    lines = [
        "BEGIN:VEVENT",
        f"UID:{uid(event)}",
        f"DTSTAMP:{utc(stamp)}",
        f"DTSTART:{utc(event.start)}",
    ]
    if event.end:
        lines.append(f"DTEND:{utc(event.end)}")
    lines += [
        f"SUMMARY;LANGUAGE={language}:{escape_text(event.title)}",
        f"LOCATION;LANGUAGE={language}:{escape_text(location)}",
        f"DESCRIPTION;LANGUAGE={language}:{escape_text(description)}",
        f"URL:{url}",
        "STATUS:CONFIRMED",
        "END:VEVENT",
    ]
    return lines


def calendar(events, request=None, name=None):
    """The iCalendar file (bytes) of `events`."""
    base_url = _base_url(request)
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN", "METHOD:PUBLISH"]
    if name:
        lines.append(f"X-WR-CALNAME:{escape_text(name)}")
    lines.append(f"X-WR-TIMEZONE:{settings.TIME_ZONE}")
    for event in events:
        lines += event_lines(event, base_url)
    lines.append("END:VCALENDAR")
    folded = [piece for line in lines for piece in fold(line)]
    return ("\r\n".join(folded) + "\r\n").encode("utf-8")
