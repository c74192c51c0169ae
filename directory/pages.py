from django import forms
from django.db import models
from django.http import Http404, HttpResponse
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.contrib.routable_page.models import RoutablePageMixin, path

from core import chrome, l10n, paging
from core.models import BasePage, absolute_url, public, without_foreign_aliases
from core.normalize import normalize_query
from core.page_cache import uses_query
from core.widgets import QuickSelect

from . import geography
from .models import PUBLIC_ORGANISATION, Category, Organisation, public_contacts_of, public_organisations
from .vcard import organisation_vcard

PAGE_SIZE = 40


class DirectoryFilterForm(forms.Form):
    q = forms.CharField(label=_("Name"), required=False, max_length=200)
    category = forms.ChoiceField(widget=QuickSelect, label=_("Category"), required=False)
    province = forms.ChoiceField(widget=QuickSelect, label=_("Province"), required=False)

    def __init__(self, data, *, categories):
        super().__init__(data)
        self.fields["category"].choices = [("", _("All categories"))] + [(c.slug, c.name) for c in categories]
        self.fields["category"].error_messages["invalid_choice"] = _("There is no category called “%(value)s”.")
        self.fields["province"].choices = [("", _("All provinces"))] + geography.province_choices()
        self.fields["province"].error_messages["invalid_choice"] = _("“%(value)s” is not a province.")

    def clean_q(self):
        value = self.cleaned_data["q"]
        if "\x00" in value:
            raise forms.ValidationError(_("The text contains characters that cannot be searched."))
        return value.strip()


class DirectoryPage(RoutablePageMixin, BasePage):
    """The public stakeholder directory of one language: public organisations
    by category and province, each with its page and vCard."""

    intro = models.TextField(_("introduction"), blank=True, max_length=1000)

    content_panels = BasePage.content_panels + [FieldPanel("intro")]
    parent_page_types = ["home.HomePage"]
    subpage_types = []
    max_count_per_parent = 1
    template = "directory/directory_page.html"
    # A section of the site: the main menu leads to it unless an editor says otherwise.
    show_in_menus_default = True

    class Meta:
        verbose_name = _("directory page")
        verbose_name_plural = _("directory pages")

    def categories(self):
        return Category.objects.filter(locale_id=self.locale_id, live=True)

    @path("")
    def listing_view(self, request):
        number = paging.page_number(request)
        categories = list(self.categories())
        form = DirectoryFilterForm(request.GET, categories=categories)
        uses_query(request, *form.fields)
        organisations = public_organisations(self.locale_id).order_by("category__sort_order", "category__name", "name")
        if form.is_valid():
            data = form.cleaned_data
            if data["category"]:
                organisations = organisations.filter(category__slug=data["category"])
            if data["province"]:
                organisations = organisations.filter(province=data["province"])
            for word in normalize_query(data["q"]).split():
                organisations = organisations.filter(search_text__contains=word)
        else:
            organisations = organisations.none()
        page_of_results = paging.paginate(organisations, number, PAGE_SIZE)
        filters = _active(form)
        response = self.render(
            request,
            context_overrides={
                "language_links": self.language_links_keeping(request, filters, categories),
                "filter_form": form,
                "organisations": page_of_results,
                "filters": filters,
                "previous_query": paging.query_string(filters, page=page_of_results.previous_page_number())
                if page_of_results.has_previous()
                else None,
                "next_query": paging.query_string(filters, page=page_of_results.next_page_number())
                if page_of_results.has_next()
                else None,
            },
        )
        if not form.is_valid():
            response.status_code = 400
        return response

    def language_links_keeping(self, request, filters, categories):
        """The language switcher, keeping the filters that mean the same in
        the other language: the category (under its slug there) and the
        province. Not a name typed in this language."""
        links = self.remembered(request, "furniture", self.page_furniture)["language_links"]
        if not (filters.get("category") or filters.get("province")):
            return links
        category = next((c for c in categories if c.slug == filters.get("category")), None)
        slugs = {}
        if category is not None:
            slugs = dict(
                Category.objects.filter(translation_key=category.translation_key, live=True).values_list(
                    "locale__language_code", "slug"
                )
            )

        def query_for(code):
            kept = {"category": slugs.get(code), "province": filters.get("province")}
            return paging.query_string(kept)

        return chrome.keeping_filters(links, query_for)

    def _public_organisation(self, key):
        organisation = public_organisations(self.locale_id).filter(key=key).first()
        if organisation is None:
            raise Http404("No such organisation")
        return organisation

    @path("<slug:key>/", name="organisation")
    def organisation_view(self, request, key):
        organisation = self._public_organisation(key)
        related = {
            item.pk: item
            for item in public_organisations(self.locale_id).filter(
                pk__in=[pk for pk in (organisation.parent_id, organisation.successor_id) if pk]
            )
        }
        return self.render(
            request,
            template="directory/organisation_page.html",
            context_overrides={
                "language_links": self.organisation_language_links(request, organisation),
                "organisation": organisation,
                "contacts": list(public_contacts_of([organisation])),
                "parent_organisation": related.get(organisation.parent_id),
                "successor": related.get(organisation.successor_id),
                "vcard_url": self.url + self.reverse_subpage("organisation_vcard", args=[organisation.key]),
                "canonical_url": request.build_absolute_uri(
                    self.url + self.reverse_subpage("organisation", args=[organisation.key])
                ),
            },
        )

    @path("<slug:key>/vcard/", name="organisation_vcard")
    def vcard_view(self, request, key):
        organisation = self._public_organisation(key)
        body = organisation_vcard(
            organisation,
            public_contacts_of([organisation]),
            url=request.build_absolute_uri(self.url + self.reverse_subpage("organisation", args=[key])),
            language=self.locale.language_code,
        )
        response = HttpResponse(body.encode("utf-8"), content_type="text/vcard; charset=utf-8")
        filename = slugify(organisation.key) or "contact"
        response["Content-Disposition"] = f'attachment; filename="{filename}.vcf"'
        return response

    def organisation_language_links(self, request, organisation):
        """The switcher on an organisation's page: its public version in each
        language's directory, or that language's home page with a notice."""
        directories = {
            page.locale.language_code: page
            for page in without_foreign_aliases(self.get_translations(inclusive=True).live()).select_related("locale")
        }
        versions = set(
            Organisation.objects.filter(
                translation_key=organisation.translation_key, live=True, visibility=organisation.visibility
            ).values_list("locale__language_code", flat=True)
        )
        links = []
        for link in chrome.language_links_for_page(self, request):
            directory = directories.get(link.code)
            if link.code in versions and directory is not None:
                link = chrome.LanguageLink(
                    link.code, link.name, f"{directory.get_url(request)}{organisation.key}/", link.is_current, True
                )
            elif not link.is_current:
                link = chrome.LanguageLink(
                    link.code, link.name, chrome.home_fallback_url(request, link.code), False, False
                )
            links.append(link)
        return links

    def get_sitemap_urls(self, request=None):
        """This page, then each public organisation's page, with its pages
        in the other languages' directories as alternates."""
        urls = super().get_sitemap_urls(request)
        if request is None:
            return urls
        directories = {
            page.locale_id: page
            for page in without_foreign_aliases(public(self.get_translations(inclusive=True).live())).select_related(
                "locale"
            )
        }
        bases = {locale_id: absolute_url(page, request) for locale_id, page in directories.items()}
        versions = {}  # translation key -> {language code: address}
        for translation_key, locale_id, key in (
            Organisation.objects.filter(PUBLIC_ORGANISATION, locale_id__in=[pk for pk in bases if bases[pk]])
            .order_by("name")
            .values_list("translation_key", "locale_id", "key")
        ):
            code = directories[locale_id].locale.language_code
            versions.setdefault(translation_key, {})[code] = f"{bases[locale_id]}{key}/"
        own = self.locale.language_code
        for by_language in versions.values():
            if own not in by_language:
                continue
            alternates = [
                {"lang_code": code, "location": location}
                for code, location in sorted(by_language.items(), key=lambda item: l10n.language_rank(item[0]))
            ]
            urls.append(
                {
                    "location": by_language[own],
                    "lastmod": None,
                    "alternates": [*alternates, {"lang_code": "x-default", "location": alternates[0]["location"]}],
                }
            )
        return urls


def _active(form):
    if not form.is_valid():
        return {}
    return {name: value for name, value in form.cleaned_data.items() if value}
