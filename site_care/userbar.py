"""Wagtail's content checker (userbar in the preview, the editor's Checks
panel) with the Dari/Pashto writing rules added as axe rules. The rules'
letters come from core.normalize (one implementation); the check functions
are registered by site_care/static/site_care/js/axe_rules.js, loaded with
the userbar (script-src 'self': no inline code, no eval)."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.userbar import ContentCheckerItem

from core import normalize

TEXT_SELECTOR = "h1, h2, h3, h4, h5, h6, p, li, figcaption, blockquote, td, th, dt, dd"


def _char_class(chars):
    return "[" + "".join(f"\\u{ord(char):04x}" for char in chars) + "]"


# Arabic-Indic digits anywhere, or a Latin number not after a Latin word in
# a text that has Persian digits (core.normalize.has_mixed_digits, roughly).
MIXED_DIGITS = "[\\u0660-\\u0669]|^(?=[\\s\\S]*[\\u06f0-\\u06f9])[\\s\\S]*[^A-Za-z0-9\\s\\-/.:]\\s?[0-9]"

RULES = [
    (
        "ministry-arabic-letters",
        "serious",
        {
            "fa": _char_class(normalize.ARABIC_INSTEAD_OF_PERSIAN["fa"]),
            "ps": _char_class(normalize.ARABIC_INSTEAD_OF_PERSIAN["ps"]),
        },
        _("Arabic letters in Dari or Pashto text"),
        _("Write ی and ک (Persian letters), not ي and ك (Arabic)"),
    ),
    (
        "ministry-mixed-digits",
        "moderate",
        {"fa": MIXED_DIGITS, "ps": MIXED_DIGITS},
        _("Mixed digits"),
        _("Use Persian digits throughout"),
    ),
    (
        "ministry-stray-marks",
        "moderate",
        {
            "fa": _char_class(normalize.TATWEEL + normalize.DIRECTION_MARKS),
            "ps": _char_class(normalize.TATWEEL + normalize.DIRECTION_MARKS),
        },
        _("Tatweel or direction marks"),
        _("Remove the invisible marks and tatweels"),
    ),
]


class MinistryContentCheckerItem(ContentCheckerItem):
    class Media:
        js = ["site_care/js/axe_rules.js"]

    def get_axe_run_only(self, request):
        return [*super().get_axe_run_only(request), *(rule_id for rule_id, *_rest in RULES)]

    def get_axe_custom_rules(self, request):
        rules = list(super().get_axe_custom_rules(request))
        for rule_id, impact, _patterns, _name, _help in RULES:
            rules.append(
                {
                    "id": rule_id,
                    "impact": impact,
                    # The page's language is read by the check (axe_rules.js).
                    "selector": TEXT_SELECTOR,
                    "tags": ["ministry"],
                    "any": [f"{rule_id}-check"],
                    "enabled": True,
                }
            )
        return rules

    def get_axe_custom_checks(self, request):
        checks = list(super().get_axe_custom_checks(request))
        for rule_id, _impact, patterns, _name, _help in RULES:
            checks.append({"id": f"{rule_id}-check", "options": {"patterns": patterns}})
        return checks

    def get_axe_messages(self, request):
        messages = dict(super().get_axe_messages(request))
        for rule_id, _impact, _patterns, name, help_text in RULES:
            messages[rule_id] = {"error_name": name, "help_text": help_text}
        return messages


def extend_content_checker(request, items, page=None):
    """construct_wagtail_userbar: our checker in place of Wagtail's."""
    for index, item in enumerate(items):
        if isinstance(item, ContentCheckerItem) and not isinstance(item, MinistryContentCheckerItem):
            replacement = MinistryContentCheckerItem(in_editor=item.in_editor)
            items[index] = replacement
