import datetime

from django import forms
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from directory.models import Organisation

from .models import Clipping, Importance, Language, Rule, Tone

MAX_SCAN_BYTES = 10 * 1024 * 1024
SCAN_TYPES = {"image/jpeg", "image/png", "image/webp", "application/pdf"}


def parse_day(text):
    from .digest import parse_date

    return parse_date(text)


class DayField(forms.CharField):
    """A day written in Solar Hijri (1405-09-16, Persian digits too) or Gregorian."""

    def clean(self, value):
        value = super().clean(value)
        if not value:
            return None
        try:
            return parse_day(value)
        except ValueError:
            raise forms.ValidationError(_("Write the day as 1405-09-16 (Solar Hijri) or 2026-12-07.")) from None


def _blank(choices):
    return [("", "---------"), *choices]


class InboxFilter(forms.Form):
    status = forms.ChoiceField(label=_("Status"), required=False, choices=_blank(Clipping.Status.choices))
    tone = forms.ChoiceField(
        label=_("Tone"), required=False, choices=_blank([("none", _("Not judged yet")), *Tone.choices])
    )
    language = forms.ChoiceField(label=_("Language"), required=False, choices=_blank(Language.choices))
    kind = forms.ChoiceField(label=_("Kind"), required=False, choices=_blank(Clipping.Kind.choices))
    outlet = forms.CharField(label=_("Outlet"), required=False, max_length=100)
    date_from = DayField(label=_("From"), required=False, max_length=20)
    date_to = DayField(label=_("To"), required=False, max_length=20)
    q = forms.CharField(label=_("Words in the title"), required=False, max_length=200)


class BulkForm(forms.Form):
    ACTIONS = [
        ("tone", _("Set the tone")),
        ("importance", _("Set the importance")),
        ("judged", _("Mark as judged")),
        ("discard", _("Discard")),
    ]
    action = forms.ChoiceField(choices=ACTIONS)
    tone = forms.ChoiceField(required=False, choices=_blank(Tone.choices))
    importance = forms.TypedChoiceField(required=False, coerce=int, choices=_blank(Importance.choices))
    ids = forms.TypedMultipleChoiceField(coerce=int, choices=[])

    def __init__(self, *args, ids=(), **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["ids"].choices = [(str(pk), str(pk)) for pk in ids]

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("action") == "tone" and not cleaned.get("tone"):
            self.add_error("tone", _("Choose the tone to set."))
        if cleaned.get("action") == "importance" and not cleaned.get("importance"):
            self.add_error("importance", _("Choose the importance to set."))
        return cleaned


class JudgeForm(forms.ModelForm):
    class Meta:
        model = Clipping
        fields = ["tone", "importance", "subjects", "summary_fa", "summary", "status"]
        widgets = {
            "subjects": forms.CheckboxSelectMultiple,
            "summary": forms.Textarea(attrs={"rows": 3}),
        }

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["subjects"].queryset = Rule.objects.order_by("name")
        self.fields["tone"].widget.attrs["accesskey"] = "t"
        self.fields["importance"].widget.attrs["accesskey"] = "i"
        self.fields["summary_fa"].widget.attrs.update({"accesskey": "s", "dir": "rtl"})


class ManualClippingForm(forms.ModelForm):
    """A print, radio or television clipping entered by hand."""

    day = DayField(label=_("Day"), max_length=20, help_text=_("1405-09-16 (Solar Hijri) or 2026-12-07."))
    time = forms.TimeField(label=_("Time"), required=False, help_text=_("Hours and minutes, e.g. 19:30."))
    scan_file = forms.FileField(
        label=_("Photo or scan of the page"),
        required=False,
        help_text=_("JPEG, PNG, WebP or PDF, at most 10 MB."),
    )

    class Meta:
        model = Clipping
        fields = [
            "kind",
            "outlet",
            "outlet_name",
            "programme",
            "title",
            "page_or_minute",
            "url",
            "language",
            "summary",
            "summary_fa",
            "tone",
            "importance",
            "subjects",
        ]
        widgets = {"subjects": forms.CheckboxSelectMultiple, "summary": forms.Textarea(attrs={"rows": 4})}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["kind"].choices = [c for c in Clipping.Kind.choices if c[0] != Clipping.Kind.ONLINE]
        self.fields["outlet"].queryset = Organisation.objects.filter(
            category__slug="media", locale__language_code="fa-af"
        ).order_by("name")
        self.fields["outlet"].required = False
        self.fields["subjects"].queryset = Rule.objects.order_by("name")
        self.fields["url"].label = _("Link to the broadcast")

    def clean_scan_file(self):
        upload = self.cleaned_data.get("scan_file")
        if not upload:
            return None
        if upload.size > MAX_SCAN_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        if (upload.content_type or "").split(";")[0] not in SCAN_TYPES:
            raise forms.ValidationError(_("Send a JPEG, PNG, WebP or PDF file."))
        return upload

    def clean(self):
        cleaned = super().clean()
        if not cleaned.get("outlet") and not cleaned.get("outlet_name"):
            self.add_error("outlet_name", _("Choose the outlet or write its name."))
        return cleaned

    def save(self, commit=True):
        clipping = super().save(commit=False)
        day = self.cleaned_data["day"]
        moment = self.cleaned_data.get("time") or datetime.time(12, 0)
        clipping.when = timezone.make_aware(datetime.datetime.combine(day, moment))
        if clipping.outlet_id and not clipping.outlet_name:
            clipping.outlet_name = clipping.outlet.name
        upload = self.cleaned_data.get("scan_file")
        if upload:
            clipping.scan = upload.read()
            clipping.scan_name = upload.name[:200]
            clipping.scan_type = upload.content_type.split(";")[0]
        if commit:
            clipping.save()
            self.save_m2m()
        return clipping


class DigestIntroForm(forms.Form):
    intro = forms.CharField(
        label=_("Introduction"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
    )
