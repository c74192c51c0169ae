"""/sitemap.xml: every live public page, each with hreflang alternates for
its live translations and an x-default (the default language's version),
and the other public addresses pages list (`get_sitemap_urls`). It asks the
pages, not the apps: a new page type adds its addresses itself."""

from collections import defaultdict

from django.contrib.sitemaps import Sitemap
from django.contrib.sitemaps import views as sitemap_views
from django.template.response import TemplateResponse
from wagtail.models import Page, Site

from core import l10n
from core.models import absolute_url, public, without_foreign_aliases
from core.page_cache import uses_query


def _language_rank(page):
    return l10n.language_rank(page.locale.language_code)


class TranslatedPagesSitemap(Sitemap):
    """Every live public page of the site's trees, in every language, with
    the entries each page gives (`get_sitemap_urls`: a page type with more
    public addresses, such as the directory's organisation pages, lists
    them); the entry at a page's own address gets its translations as
    hreflang alternates."""

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
        return without_foreign_aliases(public(trees.live())).order_by("path").defer_streamfields().specific()

    def get_urls(self, page=1, site=None, protocol=None):
        pages = list(self.paginator.page(page).object_list)
        locales = {locale.pk: locale for locale in l10n.locales_by_code().values()}
        for item in pages:
            item.locale = locales[item.locale_id]
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
            for entry in item.get_sitemap_urls(self.request):
                if entry["location"] == location:
                    if not alternates:
                        continue
                    entry = {
                        **entry,
                        "alternates": [*alternates, {"lang_code": "x-default", "location": alternates[0]["location"]}],
                    }
                urls.append({"item": item, "changefreq": None, "priority": None, "alternates": [], **entry})
        return urls


def sitemap(request):
    """The page list, or, past `limit` pages, an index of `?p=` pages."""
    pages = TranslatedPagesSitemap(request)
    uses_query(request, "p")
    if "p" not in request.GET and pages.paginator.num_pages > 1:
        base = request.build_absolute_uri(request.path)
        entries = [{"location": f"{base}?p={number}"} for number in pages.paginator.page_range]
        return TemplateResponse(request, "sitemap_index.xml", {"sitemaps": entries}, content_type="application/xml")
    return sitemap_views.sitemap(request, sitemaps={"pages": pages})
