"""Pages translated through wagtail-localize, and what a response shows."""

from core.translation import source_strings, translate


def translate_page(page, language, marker=None):
    """Translate every segment of `page` as "<marker> <text>" through wagtail-localize."""
    marker = marker or f"[{language}]"
    strings = {text: text if _is_slug(text, page) else f"{marker} {text}" for text in source_strings(page)}
    return translate(page, language, strings)


def _is_slug(text, page):
    return text == page.slug


def html_of(response):
    return response.content.decode("utf-8")
