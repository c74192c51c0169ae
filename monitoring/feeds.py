"""Reading a feed's bytes into items: RSS and Atom with feedparser (which
reads malformed XML and HTML entities leniently), news sitemaps with
defusedxml. The bytes are decoded here first, so a feed in Windows-1256, or
one whose declared encoding is wrong, is read right and the fault noted."""

import calendar
import re
from dataclasses import dataclass
from datetime import UTC, datetime

import feedparser
from defusedxml import ElementTree
from django.utils.dateparse import parse_datetime

_DECLARATION = re.compile(rb"^\s*<\?xml[^>]*?encoding=[\"']([A-Za-z0-9_.:-]+)[\"']", re.IGNORECASE)
_DECLARATION_TEXT = re.compile(r"^(\s*<\?xml[^>]*?encoding=[\"'])([A-Za-z0-9_.:-]+)([\"'])", re.IGNORECASE)
# What Arabic-script feeds come in when they do not say, in the order tried.
FALLBACKS = ("utf-8", "windows-1256")


class FeedError(Exception):
    """The feed could not be read at all: a `code` the admin words in the
    reader's language and the technical detail in English (str(error))."""

    def __init__(self, code, detail, **params):
        super().__init__(detail)
        self.code = code
        self.params = params


@dataclass
class Item:
    url: str
    guid: str
    title: str
    summary: str
    published: datetime | None


@dataclass
class Parsed:
    items: list
    warnings: list


def decode(body, http_charset=""):
    """(text, warnings): the bytes decoded with the declared encoding when it
    reads them, else with the first of FALLBACKS that does."""
    warnings = []
    if body.startswith(b"\xef\xbb\xbf"):
        return body[3:].decode("utf-8", "replace"), warnings
    match = _DECLARATION.match(body)
    declared = [name for name in (http_charset, match.group(1).decode("ascii").lower() if match else "") if name]
    for name in [*declared, *FALLBACKS]:
        try:
            text = body.decode(name)
        except (LookupError, UnicodeDecodeError):
            continue
        if declared and name not in declared:
            warnings.append(f"declared encoding {declared[0]} is wrong; read as {name}")
        return text, warnings
    warnings.append("undecodable bytes replaced")
    return body.decode("utf-8", "replace"), warnings


def _when(struct):
    if not struct:
        return None
    try:
        return datetime.fromtimestamp(calendar.timegm(struct), tz=UTC)
    except (OverflowError, ValueError, TypeError):
        return None


def parse_feed(body, http_charset=""):
    text, warnings = decode(body, http_charset)
    # Handed on as UTF-8, declared as such, so feedparser does not guess again.
    text = _DECLARATION_TEXT.sub(lambda m: f"{m.group(1)}utf-8{m.group(3)}", text, count=1)
    parsed = feedparser.parse(text.encode("utf-8"), response_headers={"content-type": "application/xml; charset=utf-8"})
    items = []
    for entry in parsed.entries:
        url = (entry.get("link") or "").strip()
        if not url:
            continue
        items.append(
            Item(
                url=url,
                guid=(entry.get("id") or entry.get("guid") or "").strip(),
                title=(entry.get("title") or "").strip()[:500],
                summary=(entry.get("summary") or "").strip(),
                published=_when(entry.get("published_parsed") or entry.get("updated_parsed")),
            )
        )
    if parsed.bozo and not items:
        reason = getattr(parsed, "bozo_exception", None)
        raise FeedError("unreadable_feed", f"not a readable feed: {reason or 'no items'}"[:300])
    if parsed.bozo:
        warnings.append(f"malformed feed read leniently: {parsed.get('bozo_exception', '')}"[:300])
    return Parsed(items, warnings)


def _local(tag):
    return tag.rsplit("}", 1)[-1]


def parse_sitemap(body, http_charset=""):
    """A news sitemap's <url> entries (loc, news:title, news:publication_date)."""
    text, warnings = decode(body, http_charset)
    text = _DECLARATION_TEXT.sub(lambda m: f"{m.group(1)}utf-8{m.group(3)}", text, count=1)
    try:
        root = ElementTree.fromstring(text.encode("utf-8"))
    except Exception as error:  # defusedxml raises ParseError and its own refusals (entities, DTDs)
        raise FeedError("unreadable_sitemap", f"not a readable sitemap: {error}"[:300]) from None
    items = []
    for node in root:
        if _local(node.tag) != "url":
            continue
        fields = {}
        for child in node.iter():
            name = _local(child.tag)
            if name in ("loc", "title", "publication_date") and name not in fields:
                fields[name] = (child.text or "").strip()
        if not fields.get("loc"):
            continue
        published = parse_datetime(fields.get("publication_date", "")) if fields.get("publication_date") else None
        if published is not None and published.tzinfo is None:
            published = published.replace(tzinfo=UTC)
        items.append(Item(fields["loc"], fields["loc"], fields.get("title", "")[:500], "", published))
    return Parsed(items, warnings)


def parse(kind, body, http_charset=""):
    if kind == "sitemap":
        return parse_sitemap(body, http_charset)
    return parse_feed(body, http_charset)
