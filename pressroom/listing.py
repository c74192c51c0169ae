"""Filtering and paging an index page's items from the query string.

Every filter is validated by a form: a bad value is reported to the reader
(and answered with 400), never allowed to reach the database as a 500."""

import datetime

from django import forms
from django.db.models import Max, Min
from django.utils import timezone
from django.utils.dateformat import format as date_format
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override

from core import l10n, paging
from core.widgets import QuickSelect

PAGE_SIZE = 12


class ListingFilterForm(forms.Form):
    topic = forms.ChoiceField(widget=QuickSelect, label=_("Topic"), required=False)
    kind = forms.ChoiceField(widget=QuickSelect, label=_("Kind"), required=False)
    year = forms.TypedChoiceField(widget=QuickSelect, label=_("Year"), required=False, coerce=int, empty_value=None)
    month = forms.TypedChoiceField(widget=QuickSelect, label=_("Month"), required=False, coerce=int, empty_value=None)

    def __init__(self, data, *, topics, kinds, years, language):
        """`topics`: (slug, name) pairs; `years`: in the reader's calendar, newest first."""
        super().__init__(data)
        self.language = language
        self.fields["topic"].choices = [("", _("All topics"))] + list(topics)
        self.fields["topic"].error_messages["invalid_choice"] = _("There is no topic called “%(value)s”.")
        if kinds:
            self.fields["kind"].choices = [("", _("All kinds"))] + list(kinds)
            self.fields["kind"].error_messages["invalid_choice"] = _("“%(value)s” is not a kind of statement.")
        else:
            del self.fields["kind"]
        self.fields["year"].choices = [("", _("All years"))] + [
            (str(year), l10n.local_digits(year, language)) for year in years
        ]
        self.fields["year"].error_messages["invalid_choice"] = _("There is nothing from the year %(value)s.")
        self.fields["month"].choices = [("", _("All months"))] + [
            (str(number), name) for number, name in enumerate(month_names(language), start=1)
        ]
        self.fields["month"].error_messages["invalid_choice"] = _("“%(value)s” is not a month.")

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("month") and not cleaned.get("year") and "year" not in self.errors:
            self.add_error("month", _("Choose a year as well as a month."))
        return cleaned

    def full_clean(self):
        # Readers type years in Persian digits; the choices are ASCII.
        if self.is_bound:
            self.data = self.data.copy()
            for name in ("year", "month"):
                if self.data.get(name):
                    self.data[name] = l10n.to_ascii_digits(self.data[name]).strip()
        super().full_clean()

    def active_filters(self):
        """The valid, non-empty filters, to carry into pagination and feed links."""
        if not self.is_valid():
            return {}
        return {name: value for name, value in self.cleaned_data.items() if value not in (None, "")}


def month_names(language):
    if l10n.uses_solar_hijri(language):
        return l10n.month_names(language)
    with override(l10n.ENGLISH):
        return [date_format(datetime.date(2000, month, 1), "F") for month in range(1, 13)]


def available_years(queryset, language):
    """The years, newest first, of the items in `queryset`, in the calendar
    the reader uses (Solar Hijri in Dari and Pashto)."""
    bounds = queryset.aggregate(first=Min("date"), last=Max("date"))
    if bounds["first"] is None:
        return []
    if l10n.uses_solar_hijri(language):
        first, last = l10n.solar_hijri(bounds["first"])[0], l10n.solar_hijri(bounds["last"])[0]
    else:
        first, last = timezone.localtime(bounds["first"]).year, timezone.localtime(bounds["last"]).year
    return list(range(last, first - 1, -1))


def date_range(year, month, language):
    """First and last day (Gregorian dates) of a year or month in the reader's calendar."""
    if l10n.uses_solar_hijri(language):
        return l10n.gregorian_range_of_solar_month(year, month)
    if month is None:
        return datetime.date(year, 1, 1), datetime.date(year, 12, 31)
    first = datetime.date(year, month, 1)
    following = datetime.date(year + (month == 12), month % 12 + 1, 1)
    return first, following - datetime.timedelta(days=1)


def paginate(queryset, number):
    return paging.paginate(queryset, number, PAGE_SIZE)


page_number = paging.page_number
query_string = paging.query_string
