import datetime
import io

from django import forms
from django.utils import timezone
from django.utils.functional import lazy
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from core import l10n
from directory.models import Organisation

from .models import Clipping, Importance, Language, Rule, Tone

MAX_SCAN_BYTES = 10 * 1024 * 1024
SCAN_TYPES = {"image/jpeg", "image/png", "image/webp", "application/pdf"}
# What Pillow calls the image formats a scan may be in.
SCAN_IMAGE_FORMATS = {"JPEG": "image/jpeg", "PNG": "image/png", "WEBP": "image/webp"}
# A PDF ends with %%EOF, perhaps followed by a few bytes of whitespace or junk a scanner adds.
PDF_TRAILER_WINDOW = 1024

# The oldest day a clipping may have: 1 Hamal 1369 (the archive starts in 1990).
EARLIEST_DAY = datetime.date(1990, 3, 21)
# A day after today (Kabul) is refused, but for this much: a broadcast just after midnight, a clock a little off.
FUTURE_TOLERANCE = datetime.timedelta(days=1)

# The examples of the forms' help texts and errors, in the reader's digits when shown.
DAY_EXAMPLE_SOLAR = "1405-09-16"
DAY_EXAMPLE_GREGORIAN = "2026-12-07"
TIME_EXAMPLE = "19:30"


def _day_help():
    return gettext("%(solar)s (Solar Hijri) or %(gregorian)s.") % {
        "solar": l10n.local_digits(DAY_EXAMPLE_SOLAR),
        "gregorian": l10n.local_digits(DAY_EXAMPLE_GREGORIAN),
    }


def _day_error():
    return gettext("Write the day as %(solar)s (Solar Hijri) or %(gregorian)s.") % {
        "solar": l10n.local_digits(DAY_EXAMPLE_SOLAR),
        "gregorian": l10n.local_digits(DAY_EXAMPLE_GREGORIAN),
    }


def _time_help():
    return gettext("Hours and minutes, e.g. %(example)s.") % {"example": l10n.local_digits(TIME_EXAMPLE)}


# Built when shown, in the language of the reader (digits included).
day_help = lazy(_day_help, str)
day_error = lazy(_day_error, str)
time_help = lazy(_time_help, str)
day_placeholder = lazy(lambda: l10n.local_digits(DAY_EXAMPLE_SOLAR), str)
time_placeholder = lazy(lambda: l10n.local_digits(TIME_EXAMPLE), str)


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
            raise forms.ValidationError(day_error()) from None


class LocalTimeField(forms.TimeField):
    """A time of day typed in Persian or Arabic-Indic digits as well as ASCII ones."""

    def to_python(self, value):
        if isinstance(value, str):
            value = l10n.to_ascii_digits(value.strip())
        return super().to_python(value)


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

    def clean(self):
        cleaned = super().clean()
        first, last = cleaned.get("date_from"), cleaned.get("date_to")
        if first and last and first > last:
            self.add_error(
                "date_to",
                gettext("“To” is before “From”: write a day on or after %(day)s.")
                % {"day": l10n.format_date(first, weekday=False)},
            )
        return cleaned


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

    day = DayField(
        label=_("Day"),
        max_length=20,
        help_text=day_help(),
        widget=forms.TextInput(attrs={"placeholder": day_placeholder(), "dir": "ltr"}),
    )
    time = LocalTimeField(
        label=_("Time"),
        required=False,
        help_text=time_help(),
        widget=forms.TimeInput(attrs={"placeholder": time_placeholder(), "dir": "ltr"}),
    )
    url = forms.URLField(label=_("Link to the broadcast"), required=False, max_length=1000, assume_scheme="https")
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

    def clean_day(self):
        day = self.cleaned_data.get("day")
        if day is None:
            return day
        latest = timezone.localdate() + FUTURE_TOLERANCE
        if day > latest:
            raise forms.ValidationError(
                gettext("This day is in the future: write a day no later than %(day)s.")
                % {"day": l10n.format_date(timezone.localdate(), weekday=False)}
            )
        if day < EARLIEST_DAY:
            raise forms.ValidationError(
                gettext("This day is too long ago: write a day from %(day)s on.")
                % {"day": l10n.format_date(EARLIEST_DAY, weekday=False)}
            )
        return day

    def clean_scan_file(self):
        upload = self.cleaned_data.get("scan_file")
        if not upload:
            return None
        if upload.size > MAX_SCAN_BYTES:
            raise forms.ValidationError(_("The file is larger than 10 MB."))
        if (upload.content_type or "").split(";")[0] not in SCAN_TYPES:
            raise forms.ValidationError(_("Send a JPEG, PNG, WebP or PDF file."))
        # What the file is, read from its content: its name and declared type are the sender's word only.
        upload.scan_type = scan_type_of(upload)
        if upload.scan_type is None:
            raise forms.ValidationError(
                _(
                    "This file is not a readable JPEG, PNG, WebP or PDF file (damaged, or another kind). "
                    "Choose the file again."
                )
            )
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
            upload.seek(0)
            clipping.scan = upload.read()
            clipping.scan_name = upload.name[:200]
            clipping.scan_type = upload.scan_type
        if commit:
            clipping.save()
            self.save_m2m()
        return clipping


def _is_pdf(upload):
    upload.seek(0)
    if not upload.read(8).startswith(b"%PDF-"):
        return False
    upload.seek(max(0, upload.size - PDF_TRAILER_WINDOW))
    return b"%%EOF" in upload.read()


def _image_type(upload):
    """The image's type when Pillow reads it whole as one of the scan formats, else None."""
    from PIL import Image

    upload.seek(0)
    try:
        # Django's own check (Pillow opens and verifies the file) ...
        forms.ImageField().to_python(upload)
        upload.seek(0)
        with Image.open(io.BytesIO(upload.read())) as image:
            found = image.format
            # ... then the pixels decoded: a truncated or corrupt body fails here.
            image.load()
    except Exception:  # Pillow raises many kinds for a bad file: all mean "not an image"
        return None
    return SCAN_IMAGE_FORMATS.get(found)


def scan_type_of(upload):
    """The scan's media type as its content shows it (JPEG, PNG, WebP or PDF), or None."""
    try:
        if _is_pdf(upload):
            return "application/pdf"
        return _image_type(upload)
    finally:
        upload.seek(0)


class DigestIntroForm(forms.Form):
    intro = forms.CharField(
        label=_("Introduction"),
        required=False,
        max_length=5000,
        widget=forms.Textarea(attrs={"rows": 5, "dir": "auto"}),
    )
