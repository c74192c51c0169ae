"""What every public page wears around its content: the navigation, the
language switcher and the footer's contact details.

Navigation and contact details change rarely and are read on every request,
so they are cached per language and dropped on every publish, with the
anonymous page cache's generation (`page_cache.remember`).
"""

from dataclasses import dataclass
from urllib.parse import urlencode

from django.conf import settings
from django.urls import reverse, translate_url
from django.utils.translation import get_language
from wagtail.models import Page, Site

from . import l10n
from .page_cache import remember

CHROME_TIMEOUT = 60 * 60
UNTRANSLATED_NOTICE = "untranslated"


@dataclass(frozen=True)
class LanguageLink:
    code: str
    name: str
    url: str
    is_current: bool
    is_translation: bool  # False: leads to that language's home page instead

    @property
    def direction(self):
        return "rtl" if l10n.is_rtl(self.code) else "ltr"

    @property
    def switch_url(self):
        """The switcher's link: records the choice in the language cookie on the way."""
        return f"{reverse('switch_language', args=[self.code])}?{urlencode({'next': self.url})}"


def site_languages():
    return [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def _cached(name, language, build):
    # Kept until the next publish, like whole pages (see page_cache).
    return remember(f"chrome-{name}", (language,), build, CHROME_TIMEOUT)


def _home_pages(request):
    """Live home pages by language code, for the site serving `request`."""
    site = Site.find_for_request(request)
    if site is None:
        return {}
    homes = Page.objects.filter(translation_key=site.root_page.translation_key).live().select_related("locale")
    return {page.locale.language_code: page for page in homes}


def home_urls(request):
    """{language code: home page URL} for every live home page."""
    language = l10n.content_language()

    def build():
        return {code: page.get_url(request) for code, page in _home_pages(request).items()}

    return _cached("homes", language, build)


def navigation(request):
    """The current language's menu pages (the home page's children marked
    "show in menus", in the tree's order): [(label, url)]."""
    language = l10n.content_language()

    def build():
        home = _home_pages(request).get(language)
        if home is None:
            return []
        from .models import public, without_foreign_aliases

        children = without_foreign_aliases(public(home.get_children().live().in_menu())).specific()
        # Each page's short menu label (translated with the page), else its title.
        return [(getattr(child, "menu_title", "") or child.title, child.get_url(request)) for child in children]

    return _cached("nav", language, build)


def office_contact():
    from .models import OfficeContact

    language = l10n.content_language()

    def build():
        # This language's live contact only: never another language's text.
        contact = (
            OfficeContact.objects.filter(live=True, locale__language_code=language).select_related("locale").first()
        )
        return contact or ""

    return _cached("contact", language, build) or None


def _home_fallback_url(homes, code):
    url = homes.get(code)
    if url is None:
        return f"/{code}/"
    return f"{url}?{urlencode({'notice': UNTRANSLATED_NOTICE})}"


def home_fallback_url(request, code):
    """Where the switcher sends a reader when this page has no `code` version."""
    return _home_fallback_url(home_urls(request), code)


def language_links_for_page(page, request):
    """Switcher links for a Wagtail page: its live translations, or the home
    page of a language it has not been translated into (with a notice)."""
    from .models import without_foreign_aliases

    current = l10n.content_language()
    translations = {
        p.locale.language_code: p
        for p in without_foreign_aliases(page.get_translations(inclusive=True).live()).select_related("locale")
    }
    homes = home_urls(request)
    links = []
    for code in site_languages():
        translated = translations.get(code)
        if translated is not None:
            url = translated.get_url(request)
        else:
            url = _home_fallback_url(homes, code)
        links.append(LanguageLink(code, l10n.NATIVE_NAMES[code], url, code == current, translated is not None))
    return links


def keeping_filters(links, query_for):
    """`links` with each translation's address followed by `query_for(code)`,
    the query string ("" for none) of a filtered listing's filters that mean
    the same in that language: switching language keeps the filter."""
    from dataclasses import replace

    kept = []
    for link in links:
        query = query_for(link.code) if link.is_translation else ""
        kept.append(replace(link, url=f"{link.url}?{query}") if query else link)
    return kept


def language_links_for_path(request, same_path=True):
    """Switcher links for a view that is not a Wagtail page (search, errors).

    With `same_path`, each link is the same URL under the other language's
    prefix (a search keeps its query); otherwise, and where the URL has no
    equivalent, it leads to that language's home page."""
    current = l10n.content_language(get_language())
    homes = home_urls(request)
    full_path = request.get_full_path()
    links = []
    for code in site_languages():
        if code == current:
            url = full_path
        else:
            url = translate_url(full_path, code) if same_path else full_path
            if url == full_path:
                url = homes.get(code, f"/{code}/")
        links.append(LanguageLink(code, l10n.NATIVE_NAMES[code], url, code == current, True))
    return links
