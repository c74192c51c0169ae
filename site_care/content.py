"""What the checks read from a page: its texts (plain fields and the strings
in its StreamFields' stored JSON, never rendered), its headings, images and
links, and how a quick fix writes a text back."""

import html
import re
from dataclasses import dataclass

from django.db import models
from wagtail.fields import RichTextField, StreamField

# Page fields that are not reader-facing text.
SKIPPED_FIELDS = {
    "slug",
    "url_path",
    "draft_title",
    "path",
    "translation_key",
    "latest_revision_created_at",
    "withdrawal_reason",
}
TEXT_FIELDS_FIRST = ["title", "seo_title", "search_description", "summary", "menu_title"]
# Keys of stored stream blocks that hold no text.
NON_TEXT_KEYS = {"type", "id", "url", "video", "image", "document", "page", "format", "link", "embed"}
_TAG = re.compile(r"(<[^>]+>)")
_HEADING = re.compile(r"<h([1-6])\b", re.IGNORECASE)
_HREF = re.compile(r"""<a\b[^>]*\bhref=["']([^"']+)["']""", re.IGNORECASE)
_EMBED_IMAGE = re.compile(r"<embed\b[^>]*embedtype=[\"']image[\"'][^>]*>", re.IGNORECASE)
_ALT = re.compile(r"""\balt=["']([^"']*)["']""", re.IGNORECASE)


@dataclass
class TextPart:
    field: str
    location: str
    text: str
    is_html: bool = False

    @property
    def plain(self):
        if not self.is_html:
            return self.text
        return html.unescape(_TAG.sub(" ", self.text))


def checked_version(page):
    """The version of `page` the checks read: its latest draft if it has
    unpublished changes (what editors and the director work on), else the
    row (the live version)."""
    page = page.specific
    if page.has_unpublished_changes and page.latest_revision_id:
        try:
            return page.get_latest_revision_as_object()
        except Exception:  # a revision that no longer loads: check the row
            return page
    return page


def _text_fields(obj):
    fields = []
    for model_field in obj._meta.concrete_fields:
        if model_field.name in SKIPPED_FIELDS or not isinstance(
            model_field, models.CharField | models.TextField | StreamField
        ):
            continue
        if isinstance(model_field, models.URLField | models.EmailField | models.SlugField):
            continue
        if model_field.choices:
            continue
        fields.append(model_field)
    fields.sort(key=lambda f: TEXT_FIELDS_FIRST.index(f.name) if f.name in TEXT_FIELDS_FIRST else 99)
    return fields


def stream_raw(obj, name):
    value = getattr(obj, name, None)
    if value is None:
        return []
    raw = getattr(value, "raw_data", value)
    return list(raw) if raw is not None else []


def _walk(raw, path):
    """(path, key, string) for every string of stored stream data."""
    if isinstance(raw, dict):
        for key, value in raw.items():
            if key in ("type", "id"):
                continue
            yield from _walk(value, [*path, key])
    elif isinstance(raw, list | tuple):
        for index, item in enumerate(raw):
            step = item.get("id") if isinstance(item, dict) and item.get("id") else str(index)
            yield from _walk(item.get("value") if isinstance(item, dict) and "value" in item else item, [*path, step])
    elif isinstance(raw, str):
        yield path, (path[-1] if path else ""), raw


def text_parts(obj):
    """Every reader-facing text of `obj`, in the page's order."""
    parts = []
    for model_field in _text_fields(obj):
        if isinstance(model_field, StreamField):
            for path, key, text in _walk(stream_raw(obj, model_field.name), []):
                if key in NON_TEXT_KEYS or not text.strip() or text.startswith(("http://", "https://")):
                    continue
                parts.append(TextPart(model_field.name, "/".join(path), text, "<" in text))
        else:
            value = getattr(obj, model_field.attname, "") or ""
            if str(value).strip():
                parts.append(TextPart(model_field.name, "", str(value), isinstance(model_field, RichTextField)))
    return parts


def html_strings(obj):
    return [part for part in text_parts(obj) if part.is_html]


def headings(obj):
    """Heading levels in body order (the page title is the h1)."""
    levels = []
    for part in html_strings(obj):
        levels += [(int(level), part) for level in _HEADING.findall(part.text)]
    return levels


def images_without_alt(obj):
    """(field, location) of each image with no alternative text."""
    missing = []
    for model_field in _text_fields(obj):
        if isinstance(model_field, StreamField):
            missing += [(model_field.name, loc) for loc in _stream_images(stream_raw(obj, model_field.name), [])]
    for part in html_strings(obj):
        for embed in _EMBED_IMAGE.findall(part.text):
            alt = _ALT.search(embed)
            if not alt or not alt.group(1).strip():
                missing.append((part.field, part.location))
    return missing


def _stream_images(raw, path):
    if isinstance(raw, dict):
        if raw.get("image") and "alt_text" in raw and not str(raw.get("alt_text") or "").strip():
            yield "/".join(path)
        for key, value in raw.items():
            if isinstance(value, dict | list):
                yield from _stream_images(value, [*path, key])
    elif isinstance(raw, list):
        for index, item in enumerate(raw):
            step = item.get("id") if isinstance(item, dict) and item.get("id") else str(index)
            yield from _stream_images(
                item.get("value") if isinstance(item, dict) and "value" in item else item, [*path, step]
            )


def external_links(obj):
    """(field, address) of every http(s) or other-scheme link written in `obj`."""
    found = []
    for model_field in _text_fields(obj):
        if isinstance(model_field, StreamField):
            for _path, key, text in _walk(stream_raw(obj, model_field.name), []):
                if key in ("url", "link", "video") and text.strip():
                    found.append((model_field.name, text.strip()))
                elif "<a" in text:
                    found += [(model_field.name, href) for href in _HREF.findall(text)]
        elif isinstance(model_field, RichTextField):
            found += [(model_field.name, href) for href in _HREF.findall(getattr(obj, model_field.attname) or "")]
    for model_field in obj._meta.concrete_fields:
        if isinstance(model_field, models.URLField) and getattr(obj, model_field.attname, ""):
            found.append((model_field.name, getattr(obj, model_field.attname)))
    return [(name, html.unescape(address)) for name, address in found if not address.startswith(("#", "/", "?"))]


def fix_text(text, function, is_html):
    if not is_html:
        return function(text)
    return "".join(piece if piece.startswith("<") else function(piece) for piece in _TAG.split(text))


def _fix_stream(raw, function):
    if isinstance(raw, dict):
        return {key: (value if key in NON_TEXT_KEYS else _fix_stream(value, function)) for key, value in raw.items()}
    if isinstance(raw, list):
        return [_fix_stream(item, function) for item in raw]
    if isinstance(raw, str) and not raw.startswith(("http://", "https://")):
        return fix_text(raw, function, "<" in raw)
    return raw


def apply_fix(obj, field_name, function):
    """Apply `function` to the texts of one field of `obj`; True if it changed."""
    model_field = obj._meta.get_field(field_name)
    if isinstance(model_field, StreamField):
        raw = stream_raw(obj, field_name)
        fixed = _fix_stream(raw, function)
        if fixed == raw:
            return False
        setattr(obj, field_name, fixed)
        return True
    value = getattr(obj, model_field.attname) or ""
    fixed = fix_text(value, function, isinstance(model_field, RichTextField))
    if fixed == value:
        return False
    setattr(obj, model_field.attname, fixed)
    if field_name == "title":
        obj.draft_title = fixed
    return True


_RICH_REFERENCE = re.compile(r"<(a|embed)\b([^>]*)>", re.IGNORECASE)
_ATTRIBUTE = re.compile(r"""(\w+)=["']([^"']*)["']""")
_KINDS = {"page": "page", "document": "document", "image": "image"}


def internal_references(obj):
    """(kind, id, field, location) of every page, image and document that
    `obj`'s texts link to or embed: rich text links and embeds, and the
    chooser blocks of its StreamFields (their stored ids)."""
    found = []
    for model_field in _text_fields(obj):
        if isinstance(model_field, StreamField):
            _stream_references(stream_raw(obj, model_field.name), [], model_field.name, found)
    for part in html_strings(obj):
        for _tag, attributes in _RICH_REFERENCE.findall(part.text):
            values = dict(_ATTRIBUTE.findall(attributes))
            kind = _KINDS.get(values.get("linktype") or values.get("embedtype"))
            if kind and str(values.get("id", "")).isdigit():
                found.append((kind, int(values["id"]), part.field, part.location))
    return found


def _stream_references(raw, path, field_name, found, block_type=""):
    if isinstance(raw, dict):
        for key, value in raw.items():
            kind = _KINDS.get(key) or ("document" if key == "video" and block_type == "video_file" else None)
            if kind and isinstance(value, int):
                found.append((kind, value, field_name, "/".join([*path, key])))
            elif isinstance(value, dict | list):
                _stream_references(value, [*path, key], field_name, found, block_type)
    elif isinstance(raw, list):
        for index, item in enumerate(raw):
            if isinstance(item, dict) and "value" in item:
                step = item.get("id") or str(index)
                value = item["value"]
                kind = _KINDS.get(item.get("type"))
                if kind and isinstance(value, int):
                    found.append((kind, value, field_name, "/".join([*path, step])))
                else:
                    _stream_references(value, [*path, step], field_name, found, item.get("type", ""))
            else:
                _stream_references(item, [*path, str(index)], field_name, found, block_type)
