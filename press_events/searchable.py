"""What the site search finds of the press events (core.searchable)."""

from django.utils.translation import gettext_lazy as _

from core import searchable


def register():
    from .models import PressEventPage

    searchable.register(
        searchable.SearchablePage(
            key="event",
            model=PressEventPage,
            label=_("Press events"),
            result_label=_("Press event"),
            order=40,
            date_field="start",
            label_field="kind",
        )
    )
