"""/sitemap.xml: every live public page, each with hreflang alternates for
its live translations and an x-default (the default language's version)."""

from collections import defaultdict

from django.conf import settings
from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.template.response import TemplateResponse
from wagtail.models import Page, Site

from core.models import absolute_url, public, without_foreign_aliases
from core.page_cache import uses_query

LANGUAGE_ORDER = [code for code, _name in settings.WAGTAIL_CONTENT_LANGUAGES]


def _language_rank(page):
    return _code_rank(page.locale.language_code)


class TranslatedPagesSitemap(Sitemap):
    limit = 5000

    def __init__(self, request):
        self.request = request

    def items(self):
        site = Site.find_for_request(self.request)
        if site is None:
            return Page.objects.none()
        trees = Page.objects.none()
        for root in Page.objects.filter(translation_key=site.root_page.translation_key):
            trees |= Page.objects.descendant_of(root, inclusive=True)
        return without_foreign_aliases(public(trees.live())).select_related("locale").order_by("path")

    def get_urls(self, page=1, site=None, protocol=None):
        pages = list(self.paginator.page(page).object_list)
        translations = defaultdict(list)
        keys = sorted({page.translation_key for page in pages})
        for start in range(0, len(keys), 1000):
            for translation in without_foreign_aliases(
                public(Page.objects.live()).filter(translation_key__in=keys[start : start + 1000])
            ).select_related("locale"):
                translations[translation.translation_key].append(translation)
        urls = []
        for item in pages:
            alternates = [
                {"lang_code": translation.locale.language_code, "location": absolute_url(translation, self.request)}
                for translation in sorted(translations[item.translation_key], key=_language_rank)
            ]
            alternates = [alternate for alternate in alternates if alternate["location"]]
            location = absolute_url(item, self.request)
            if not location or not alternates:
                continue
            urls.append(
                {
                    "item": item,
                    "location": location,
                    "lastmod": item.last_published_at,
                    "changefreq": None,
                    "priority": None,
                    "alternates": [*alternates, {"lang_code": "x-default", "location": alternates[0]["location"]}],
                }
            )
        return urls


class DirectorySitemap(Sitemap):
    """Each public organisation's page in every language's directory."""

    limit = 50_000

    def __init__(self, request):
        self.request = request

    def items(self):
        from directory.models import DirectoryPage

        return list(public(DirectoryPage.objects.live()).select_related("locale"))

    def get_urls(self, page=1, site=None, protocol=None):
        from directory.models import public_organisations

        directories = sorted(self.items(), key=_language_rank)
        versions = defaultdict(dict)
        for directory in directories:
            base = absolute_url(directory, self.request)
            for organisation in public_organisations(directory.locale_id):
                versions[organisation.translation_key][directory.locale.language_code] = f"{base}{organisation.key}/"
        urls = []
        for by_language in versions.values():
            alternates = [
                {"lang_code": code, "location": location}
                for code, location in sorted(by_language.items(), key=lambda item: _code_rank(item[0]))
            ]
            for alternate in alternates:
                urls.append(
                    {
                        "item": None,
                        "location": alternate["location"],
                        "lastmod": None,
                        "changefreq": None,
                        "priority": None,
                        "alternates": [*alternates, {"lang_code": "x-default", "location": alternates[0]["location"]}],
                    }
                )
        return urls


def _code_rank(code):
    return LANGUAGE_ORDER.index(code) if code in LANGUAGE_ORDER else len(LANGUAGE_ORDER)


def sitemap(request):
    """The page list, or, past `limit` pages, an index of `?p=` pages."""
    pages = TranslatedPagesSitemap(request)
    uses_query(request, "p")
    if "p" not in request.GET and pages.paginator.num_pages > 1:
        base = request.build_absolute_uri(request.path)
        entries = [{"location": f"{base}?p={number}"} for number in pages.paginator.page_range]
        return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml")
    return sitemap_views.sitemap(request, sitemaps={"pages": pages, "directory": DirectorySitemap(request)})
