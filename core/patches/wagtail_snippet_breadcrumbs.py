"""Snippet screens' breadcrumbs in the admin user's language.

The gap: Wagtail 7.4 builds `SnippetViewSet.breadcrumbs_items` with
`gettext` when the view set is registered at start-up, so "Home" stays in
the server's language (English) in the Dari and Pashto admin. Our view sets
derive from `LocalizedSnippetViewSet`, which builds them per request. It
can go when Wagtail uses gettext_lazy there (the check below then reports
it is no longer needed); then use SnippetViewSet, delete this module and
its entry in core.patches.MODULES.
"""

import inspect

from django.core import checks
from django.urls import reverse_lazy
from django.utils.translation import gettext_lazy
from wagtail.snippets.views.snippets import SnippetViewSet

from . import check_version

ERROR_ID = "patches.E005"
SERIES = "7.4"


class LocalizedSnippetViewSet(SnippetViewSet):
    @property
    def breadcrumbs_items(self):
        return [{"url": reverse_lazy("wagtailadmin_home"), "label": gettext_lazy("Home")}]


def check():
    errors = check_version(ERROR_ID, __name__, "wagtail", SERIES)
    upstream = getattr(SnippetViewSet, "breadcrumbs_items", None)
    if not isinstance(upstream, property):
        errors.append(
            checks.Error(
                f"{__name__}: SnippetViewSet.breadcrumbs_items is no longer a property; ours would not replace it.",
                hint=f"Read the upstream changes and adjust or remove {__name__}.",
                obj=__name__,
                id=ERROR_ID,
            )
        )
    elif '_("Home")' not in inspect.getsource(upstream.fget):
        errors.append(
            checks.Warning(
                f"{__name__}: Wagtail no longer builds the snippet breadcrumbs with gettext; this patch may go.",
                obj=__name__,
                id=ERROR_ID.replace("E", "W"),
            )
        )
    return errors
