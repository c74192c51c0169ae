from dataclasses import dataclass
from functools import cached_property

from django.core.exceptions import SuspiciousOperation

from . import chrome, l10n
from .page_cache import uses_query


@dataclass(frozen=True)
class MenuItem:
    label: str
    url: str
    is_current: bool  # the page the reader is on
    in_section: bool  # a page inside this item's section


class SiteChrome:
    """Lazily computed parts of the public page frame.

    Context processors run for the admin's templates too, so nothing here
    touches the database until a public template asks for it."""

    def __init__(self, request):
        self.request = request

    @cached_property
    def language(self):
        return l10n.content_language()

    @cached_property
    def direction(self):
        return "rtl" if l10n.is_rtl(self.language) else "ltr"

    @cached_property
    def navigation(self):
        return chrome.navigation(self.request)

    @cached_property
    def menu(self):
        """The main menu: the home page, the menu pages and the search, each
        with whether the reader is on it or inside its section."""
        from django.urls import reverse
        from django.utils.translation import gettext

        path = self.request.path
        home = self.home_url
        items = [MenuItem(gettext("Home"), home, path == home, False)]
        for label, url in self.navigation:
            items.append(MenuItem(label, url, path == url, path != url and path.startswith(url)))
        search = reverse("search")
        items.append(MenuItem(gettext("Search"), search, path == search, False))
        return items

    @cached_property
    def home_url(self):
        return chrome.home_urls(self.request).get(self.language, f"/{self.language}/")

    @cached_property
    def contact(self):
        return chrome.office_contact()

    @cached_property
    def untranslated_notice(self):
        uses_query(self.request, "notice")
        try:
            return self.request.GET.get("notice") == chrome.UNTRANSLATED_NOTICE
        except SuspiciousOperation:  # e.g. too many fields: this may be the error page for it
            return False


def site_chrome(request):
    return {"chrome": SiteChrome(request)}
