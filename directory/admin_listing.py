"""The organisations' admin listing and chooser: the reader's language first,
a search that folds Dari and Pashto spellings as the public directory does,
and a category filter by category (not one entry per language version).

Plain database queries (the folded `search_text`), so they behave the same on
SQLite and PostgreSQL, with or without Elasticsearch."""

import django_filters
from django import forms
from django.db.models import Case, IntegerField, Value, When
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.forms.choosers import BaseFilterForm, LocaleFilterMixin
from wagtail.snippets.views.snippets import IndexView

from core import l10n
from core.normalize import normalize_query
from core.restricted import RestrictedChooseResultsView, RestrictedChooseView, RestrictedSnippetChooserViewSet

from .models import Category, Organisation, Status, Visibility

LANGUAGE_RANK = "_language_rank"


def in_reader_language_first(organisations):
    """Annotated so the admin user's own language (Dari, Pashto or English,
    from their admin language) sorts first."""
    return organisations.annotate(
        **{
            LANGUAGE_RANK: Case(
                When(locale_id=l10n.active_locale_id(), then=Value(0)), default=Value(1), output_field=IntegerField()
            )
        }
    )


def search(organisations, query):
    """Every word of the query in the organisation's folded name, key or
    description (ی/ي, ک/ك… typed either way)."""
    for word in normalize_query(query).split():
        organisations = organisations.filter(search_text__contains=word)
    return organisations


def category_choices():
    """One choice per category, named in the reader's language."""
    names = {}
    for category in Category.objects.filter(locale_id=l10n.active_locale_id()).order_by("sort_order", "name"):
        names[category.slug] = category.name
    for category in Category.objects.order_by("sort_order", "name"):
        names.setdefault(category.slug, category.name)
    return list(names.items())


class OrganisationFilterSet(WagtailFilterSet):
    category = django_filters.ChoiceFilter(field_name="category__slug", label=_("category"), choices=category_choices)
    province = django_filters.ChoiceFilter(label=_("province"), choices=lambda: _province_choices())
    visibility = django_filters.ChoiceFilter(label=_("visibility"), choices=Visibility.choices)
    status = django_filters.ChoiceFilter(label=_("status"), choices=Status.choices)

    class Meta:
        model = Organisation
        fields = ["category", "province", "visibility", "status"]


def _province_choices():
    from . import geography

    return geography.province_choices()


class OrganisationIndexView(IndexView):
    def get_base_queryset(self):
        return in_reader_language_first(super().get_base_queryset())

    def search_queryset(self, queryset):
        if not self.is_searching:
            return queryset
        return search(queryset, self.search_query)


class OrganisationChooserFilterForm(LocaleFilterMixin, BaseFilterForm):
    q = forms.CharField(
        label=_("Search"),
        required=False,
        widget=forms.TextInput(attrs={"placeholder": _("Name, key or words of the description")}),
    )
    category = forms.ChoiceField(
        label=_("category"),
        required=False,
        widget=forms.Select(attrs={"data-chooser-modal-search-filter": True}),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["category"].choices = [("", _("All"))] + category_choices()

    def filter(self, objects):
        objects = super().filter(objects)
        if self.cleaned_data.get("category"):
            objects = objects.filter(category__slug=self.cleaned_data["category"])
        query = (self.cleaned_data.get("q") or "").strip()
        if query:
            objects = search(objects, query)
            self.is_searching = True
            self.search_query = query
        return objects


class _OrganisationChoices:
    filter_form_class = OrganisationChooserFilterForm
    ordering = (LANGUAGE_RANK, "name")

    def get_object_list(self):
        return in_reader_language_first(super().get_object_list().select_related("locale", "category"))


class OrganisationChooseView(_OrganisationChoices, RestrictedChooseView):
    pass


class OrganisationChooseResultsView(_OrganisationChoices, RestrictedChooseResultsView):
    pass


class OrganisationChooserViewSet(RestrictedSnippetChooserViewSet):
    choose_view_class = OrganisationChooseView
    choose_results_view_class = OrganisationChooseResultsView
