from django.http import Http404
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import l10n
from .models import OfficeContact


class OfficeContactViewSet(SnippetViewSet):
    model = OfficeContact
    icon = "mail"
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["name", "locale", "phone", "email"]


register_snippet(OfficeContactViewSet)


@hooks.register("before_serve_page")
def refuse_page_in_another_language(page, request, serve_args, serve_kwargs):
    """Wagtail falls back to the default language's page when a language tree
    lacks one (`Page.localized`), which would put Dari text under /ps/ or /en/.
    A reader of Pashto or English gets a 404 in their language instead."""
    if page.locale_id != l10n.active_locale_id():
        raise Http404
