"""Three of wagtail-localize's admin addresses, answered by our views.

The gap: wagtail-localize's views have no hook for the directorate's rules,
so their addresses are registered again, before wagtail-localize's own
(`register_admin_urls`, order -1), with views in core.admin_views:

- "Translate this page" (submit/page/<id>/) refuses a language the page's
  parent is not translated into, with a message (wagtail-localize would make
  the parent a live alias of the source-language section);
- "Sync translated pages" (update/<id>/) without "Publish immediately";
- "Convert to alias" (page/<id>/convert_to_alias/) refused: a translation
  must not become an alias showing the source language;
- the translation editor's save of one string (translate/<id>/strings/<id>/
  edit/) refuses, with a 400 and the limit, a text longer than its field may
  be: wagtail-localize would store it and copy a title into the page's
  draft_title, which PostgreSQL refuses with a 500;
- the PO upload (translate/<id>/pofile/upload/) refuses with a message a
  missing file or one without this translation's id (upstream: a 500).

Upstream: wagtail/wagtail-localize#634 (draft translations and synchronised
publishing, open). It can go when wagtail-localize lets a site refuse these
actions (a permission or hook per action) and publishes nothing on sync;
then delete this module and its entry in core.patches.MODULES.
"""

import inspect

from django.core import checks
from django.urls import NoReverseMatch, path, resolve, reverse

from . import check_signatures, check_source_mentions, check_version

ERROR_ID = "patches.E002"
SERIES = "1.14"

# wagtail-localize's URL name: (its route inside "localize/", our view's dotted name).
SHADOWED = {
    "submit_page_translation": (
        "submit/page/<int:page_id>/",
        "core.localize_views.SubmitPageTranslationParentsFirstView",
    ),
    "update_translations": (
        "update/<int:translation_source_id>/",
        "core.localize_views.UpdateTranslationsWithoutPublishingView",
    ),
    "convert_to_alias": ("page/<int:page_id>/convert_to_alias/", "core.localize_views.refuse_convert_to_alias"),
    "edit_string_translation": (
        "translate/<int:translation_id>/strings/<int:string_segment_id>/edit/",
        "core.localize_views.edit_string_translation_within_limits",
    ),
    "upload_pofile": ("translate/<int:translation_id>/pofile/upload/", "core.localize_views.upload_pofile_checked"),
}
# What our views subclass or call.
SIGNATURES = {
    "SubmitTranslationView.form_valid": "(self, form)",
    "SubmitTranslationView.get_context_data": "(self, **kwargs)",
    "UpdateTranslationsView.get_form": "(self)",
    "UpdateTranslationsForm.__init__": "(self, *args, **kwargs)",
    "UpdateTranslationsForm.clean": "(self)",
    "convert_to_alias": "(request, page_id)",
    "edit_string_translation": "(request, translation_id, string_segment_id)",
    "upload_pofile": "(request, translation_id)",
}
# Sample arguments to reverse each name with.
_ARGS = {
    "submit_page_translation": [1],
    "update_translations": [1],
    "convert_to_alias": [1],
    "edit_string_translation": [1, 1],
    "upload_pofile": [1],
}

_applied = False


def urlpatterns():
    from core import localize_views, restricted

    # Views about an object apply the restricted snippets' rule (core.restricted).
    return restricted.guard_patterns(
        [
            path(
                "localize/" + SHADOWED["submit_page_translation"][0],
                localize_views.SubmitPageTranslationParentsFirstView.as_view(),
                name="ministry_submit_page_translation",
            ),
            path(
                "localize/" + SHADOWED["update_translations"][0],
                localize_views.UpdateTranslationsWithoutPublishingView.as_view(),
                name="ministry_update_translations",
            ),
            path("localize/" + SHADOWED["convert_to_alias"][0], localize_views.refuse_convert_to_alias),
            path(
                "localize/" + SHADOWED["edit_string_translation"][0],
                localize_views.edit_string_translation_within_limits,
            ),
            path("localize/" + SHADOWED["upload_pofile"][0], localize_views.upload_pofile_checked),
        ]
    )


def apply():
    """Register our addresses ahead of wagtail-localize's (AppConfig.ready)."""
    global _applied
    from wagtail import hooks

    if not _applied:
        hooks.register("register_admin_urls", urlpatterns, order=-1)
        _applied = True


def view_name(match):
    """The dotted name of the view a resolved address reaches."""
    func = getattr(match.func, "view_class", match.func)
    return f"{func.__module__}.{func.__qualname__}"


def _upstream_routes():
    from wagtail_localize.wagtail_hooks import register_admin_urls

    routes = {}
    for included in register_admin_urls():
        for pattern in getattr(included, "url_patterns", []):
            if getattr(pattern, "name", None):
                routes[pattern.name] = str(pattern.pattern)
    return routes


def _upstream():
    from wagtail_localize.views import convert, edit_translation, submit_translations, update_translations

    submit = submit_translations.SubmitTranslationView
    update = update_translations.UpdateTranslationsView
    form = update_translations.UpdateTranslationsForm
    return {
        "SubmitTranslationView.form_valid": getattr(submit, "form_valid", None),
        "SubmitTranslationView.get_context_data": getattr(submit, "get_context_data", None),
        "UpdateTranslationsView.get_form": getattr(update, "get_form", None),
        "UpdateTranslationsForm.__init__": getattr(form, "__init__", None),
        "UpdateTranslationsForm.clean": getattr(form, "clean", None),
        "convert_to_alias": getattr(convert, "convert_to_alias", None),
        "edit_string_translation": _unwrapped(getattr(edit_translation, "edit_string_translation", None)),
        "upload_pofile": _undecorated(getattr(edit_translation, "upload_pofile", None)),
    }


def _undecorated(view):
    """The function under Django's decorators (require_POST)."""
    return inspect.unwrap(view) if view is not None else None


def _unwrapped(view):
    """The function under Django REST framework's @api_view (its handlers
    call it from a closure)."""
    handler = getattr(getattr(view, "cls", None), "put", None)
    for cell in getattr(handler, "__closure__", None) or ():
        if inspect.isfunction(cell.cell_contents):
            return cell.cell_contents
    return None


def check():
    from wagtail_localize.views.update_translations import UpdateTranslationsForm

    errors = check_version(ERROR_ID, __name__, "wagtail-localize", SERIES)
    upstream = _upstream()
    errors += check_signatures(ERROR_ID, __name__, SIGNATURES, upstream)
    if errors:
        return errors
    # Our check reads the text where wagtail-localize's view reads it.
    errors += check_source_mentions(ERROR_ID, __name__, upstream["edit_string_translation"], ['request.POST["value"]'])
    errors += check_source_mentions(
        ERROR_ID, __name__, upstream["upload_pofile"], ['request.FILES["file"]', '"X-WagtailLocalize-TranslationID"']
    )
    if "publish_translations" not in UpdateTranslationsForm.base_fields:
        errors.append(_error("UpdateTranslationsForm has no field publish_translations to remove any more."))
    routes = _upstream_routes()
    for name, (route, ours) in SHADOWED.items():
        if routes.get(name) != route:
            errors.append(
                _error(
                    f"wagtail-localize's {name} is at {routes.get(name)!r}, not {route!r}: ours no longer shadows it."
                )
            )
            continue
        try:
            address = reverse(f"wagtail_localize:{name}", args=_ARGS[name])
        except NoReverseMatch:
            errors.append(_error(f"wagtail_localize:{name} cannot be reversed."))
            continue
        reached = view_name(resolve(address))
        if reached != ours:
            errors.append(_error(f"{address} reaches {reached}, not {ours}."))
    return errors


def _error(message):
    return checks.Error(
        f"{__name__}: {message}",
        hint=f"Read the upstream changes and adjust {__name__}.",
        obj=__name__,
        id=ERROR_ID,
    )
