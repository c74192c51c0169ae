from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm

from directory import geography
from directory.models import PreferredLanguage


class DistributionListForm(WagtailAdminModelForm):
    """The list's selection as choices, not raw JSON."""

    provinces = forms.MultipleChoiceField(
        label=_("provinces"),
        choices=geography.PROVINCE_FIELD_CHOICES,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    countries = forms.MultipleChoiceField(
        label=_("countries"),
        choices=geography.COUNTRY_FIELD_CHOICES,
        required=False,
        widget=forms.SelectMultiple(attrs={"size": 8}),
    )
    languages = forms.MultipleChoiceField(
        label=_("preferred languages"),
        choices=PreferredLanguage.choices,
        required=False,
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Only contacts who prefer one of these languages. None chosen: every language."),
    )
