"""What the site search finds of the general pages (core.searchable)."""

from django.utils.translation import gettext_lazy as _

from core import searchable


def register():
    from .models import StandardPage

    # Dated by their first publication; no topics.
    searchable.register(
        searchable.SearchablePage(key="page", model=StandardPage, label=_("Pages"), result_label=_("Page"), order=40)
    )
