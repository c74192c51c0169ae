from django import template
from django.utils.translation import get_language

from ..phones import display_phone

register = template.Library()


@register.filter
def phone(e164):
    """A stored E.164 number in international format, in the reader's digits."""
    return display_phone(e164, get_language())


@register.inclusion_tag("directory/includes/contact_card.html")
def contact_card(contact):
    language = get_language()
    return {"contact": contact, "name": contact.display_name(language), "role": contact.role(language)}
