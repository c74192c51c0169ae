import json

from django import template
from django.core.serializers.json import DjangoJSONEncoder
from django.utils.html import format_html
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from .. import chrome, l10n

register = template.Library()


@register.filter
def local_date(value, weekday=True):
    """A date or datetime as the active language reads it (see DESIGN.md):
    `پنجشنبه ۵ قوس ۱۴۰۵` in Dari, `Thursday 26 November 2026 (5 Qaws 1405)` in English.
    `{{ d|local_date:False }}` leaves out the day of the week."""
    return l10n.format_date(value, get_language(), weekday=weekday)


# Between the parts of a line such as "Press release | PR-1405/001": a bar.
# The middle dot it replaces sat beside Persian digits and read as one more
# zero (۰): "PR-۱۴۰۵/۰۰۱ · اعلامیه" looked like "…۰۰۱۰".
SEPARATOR = mark_safe(' <span class="sep" aria-hidden="true">|</span> ')  # nosec B308 B703 # a constant


@register.simple_tag
def separator():
    return SEPARATOR


@register.filter
def local_time(value):
    return l10n.format_time(value, get_language())


@register.filter
def persian_digits(value):
    """Every digit as a Persian digit, whatever the language."""
    if value is None:
        return ""
    return l10n.to_persian_digits(value)


@register.filter
def local_digits(value):
    """Persian digits on Dari and Pashto pages, ASCII digits on English ones."""
    if value is None:
        return ""
    return l10n.local_digits(value, get_language())


@register.inclusion_tag("ministry_site/includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    links = context.get("language_links")
    if links is None and "request" in context:
        links = chrome.language_links_for_path(context["request"])
    return {"language_links": links or []}


_JSON_SCRIPT_ESCAPES = {ord(">"): "\\u003E", ord("<"): "\\u003C", ord("&"): "\\u0026"}


@register.filter
def json_ld(data):
    """A schema.org JSON-LD block; <, > and & are escaped so no text in the
    data can close the script element."""
    text = json.dumps(data, cls=DjangoJSONEncoder, ensure_ascii=False).translate(_JSON_SCRIPT_ESCAPES)
    # Escaped above for the script context, so it may be marked safe.
    return format_html('<script type="application/ld+json">{}</script>', mark_safe(text))  # nosec B308 B703 # <>& escaped


@register.simple_tag
def titled_embed(url, title):
    """An embedded video whose iframe is named with our (translated) title,
    not the provider's, which is in the video's own language."""
    import re

    from django.utils.html import escape
    from wagtail.embeds import embeds
    from wagtail.embeds.exceptions import EmbedException

    try:
        embed = embeds.get_embed(url)
    except EmbedException:
        return ""
    html = re.sub(r'\stitle="[^"]*"', "", embed.html or "")
    # Provider HTML, as Wagtail's own {% embed %} tag outputs it.
    return mark_safe(html.replace("<iframe", f'<iframe title="{escape(title)}"', 1))  # nosec B308 B703 # as {% embed %}
