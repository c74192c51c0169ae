"""Form widgets for the public filter forms."""

from django import forms
from django.forms.utils import flatatt
from django.utils.html import format_html, format_html_join


class QuickSelect(forms.Select):
    """A <select> written out directly. Django renders every option through
    a template (about 0.1 ms each), and a listing's filters hold dozens:
    several milliseconds of every index and search page."""

    def render(self, name, value, attrs=None, renderer=None):
        final_attrs = self.build_attrs(self.attrs, attrs)
        chosen = set(self.format_value(value))
        options = format_html_join(
            "",
            '<option value="{}"{}>{}</option>',
            ((str(option), " selected" if str(option) in chosen else "", label) for option, label in self.choices),
        )
        return format_html('<select name="{}"{}>{}</select>', name, flatatt(final_attrs), options)
