from django import template

from core import l10n

register = template.Library()


@register.filter
def language_name(code):
    """A language's own name (دری, پښتو, English)."""
    return l10n.NATIVE_NAMES.get(code, code)
