"""The workarounds for upstream gaps (core.patches) check, at start-up, the
versions and signatures they were written for: after an upgrade that changes
them, `manage.py check` (and so `migrate`, `runserver`, the tests) stops with
an error naming the patch, instead of the workaround silently misbehaving."""

import importlib
import inspect

import pytest
from django.core.management import call_command
from django.core.management.base import SystemCheckError
from django.urls import resolve, reverse

import core.patches
from core import localize_views
from core.patches import (
    localize_admin_urls,
    localize_draft_title,
    localize_editor_template,
    localize_save_target,
    modelsearch_results,
    search_index_once,
    wagtail_header_actions_template,
    wagtail_request_cache,
    wagtail_snippet_breadcrumbs,
)

# Each patch module, the distributions whose version it checks, its error id.
PATCHES = [
    (localize_save_target, ["wagtail-localize", "wagtail"], "patches.E001"),
    (localize_admin_urls, ["wagtail-localize"], "patches.E002"),
    (localize_draft_title, ["wagtail-localize"], "patches.E008"),
    (localize_editor_template, ["wagtail-localize"], "patches.E003"),
    (wagtail_header_actions_template, ["wagtail"], "patches.E004"),
    (wagtail_snippet_breadcrumbs, ["wagtail"], "patches.E005"),
    (wagtail_request_cache, ["wagtail", "Django"], "patches.E006"),
    (modelsearch_results, ["wagtail", "modelsearch"], "patches.E007"),
    (search_index_once, ["django-tasks", "modelsearch"], "patches.E011"),
]


def errors_of(module):
    return [error for error in module.check() if error.is_serious()]


def test_every_patch_module_is_checked():
    assert sorted(core.patches.MODULES) == sorted(module.__name__ for module, _d, _i in PATCHES)


@pytest.mark.parametrize("module", [module for module, _d, _i in PATCHES], ids=lambda module: module.__name__)
def test_each_patch_holds_for_the_installed_versions(module):
    assert module.check() == []


def test_manage_py_check_passes_with_the_pinned_versions():
    call_command("check", tags=[core.patches.TAG])


@pytest.mark.parametrize(
    "module, distribution, error_id",
    [(module, distribution, error_id) for module, distributions, error_id in PATCHES for distribution in distributions],
    ids=lambda value: getattr(value, "__name__", value),
)
def test_another_version_is_an_error(monkeypatch, module, distribution, error_id):
    real = core.patches.installed_version
    monkeypatch.setattr(
        core.patches, "installed_version", lambda name: "99.0.1" if name == distribution else real(name)
    )
    errors = errors_of(module)
    assert [error.id for error in errors] == [error_id]
    assert f"written for {distribution}" in errors[0].msg and "99.0.1 is installed" in errors[0].msg


def test_an_upgrade_stops_manage_py_check(monkeypatch):
    monkeypatch.setattr(core.patches, "installed_version", lambda name: "99.0")
    with pytest.raises(SystemCheckError, match="patches.E001"):
        call_command("check")


# --- Signatures: the upstream code a patch replaces, subclasses or calls ---


def test_save_target_with_another_signature_is_an_error(monkeypatch):
    def save_target(self, user=None, publish=True, copy_parent_pages=True):
        pass

    monkeypatch.setattr(localize_save_target, "original_save_target", save_target)
    errors = errors_of(localize_save_target)
    assert [error.id for error in errors] == ["patches.E001"]
    assert "Translation.save_target(self, user=None, publish=True)" in errors[0].msg
    assert "copy_parent_pages=True" in errors[0].msg


def test_a_changed_create_or_update_translation_is_an_error(monkeypatch):
    from wagtail_localize.models import TranslationSource

    def create_or_update_translation(self, locale, user=None, publish=True, copy_parent_pages=False):
        pass

    monkeypatch.setattr(TranslationSource, "create_or_update_translation", create_or_update_translation)
    assert [error.id for error in errors_of(localize_save_target)] == ["patches.E001"]


def test_save_target_not_ours_is_an_error(monkeypatch):
    from wagtail_localize.models import Translation

    monkeypatch.setattr(Translation, "save_target", localize_save_target.original_save_target)
    errors = errors_of(localize_save_target)
    assert [error.id for error in errors] == ["patches.E001"]
    assert "published unapproved" in errors[0].msg


@pytest.mark.parametrize(
    "owner, name, replacement",
    [
        ("wagtail_localize.views.update_translations.UpdateTranslationsView", "get_form", lambda self, form=None: None),
        ("wagtail_localize.views.submit_translations.SubmitTranslationView", "form_valid", lambda self, form, x: 0),
    ],
)
def test_a_changed_localize_view_is_an_error(monkeypatch, owner, name, replacement):
    module, cls = owner.rsplit(".", 1)
    monkeypatch.setattr(getattr(importlib.import_module(module), cls), name, replacement)
    assert [error.id for error in errors_of(localize_admin_urls)] == ["patches.E002"]


def test_a_localize_view_gone_is_an_error(monkeypatch):
    from wagtail_localize.views import convert

    monkeypatch.delattr(convert, "convert_to_alias")
    errors = errors_of(localize_admin_urls)
    assert [error.id for error in errors] == ["patches.E002"]
    assert "convert_to_alias, which no longer exists" in errors[0].msg


def test_a_moved_localize_address_is_an_error(monkeypatch):
    routes = localize_admin_urls._upstream_routes()
    routes["update_translations"] = "sync/<int:translation_source_id>/"
    monkeypatch.setattr(localize_admin_urls, "_upstream_routes", lambda: routes)
    errors = errors_of(localize_admin_urls)
    assert [error.id for error in errors] == ["patches.E002"]
    assert "ours no longer shadows it" in errors[0].msg


def test_route_for_request_with_another_signature_is_an_error(monkeypatch):
    from wagtail.models import Page

    monkeypatch.setattr(Page, "route_for_request", staticmethod(lambda request, path, site=None: None))
    errors = errors_of(wagtail_request_cache)
    assert [error.id for error in errors] == ["patches.E006"]
    assert "Page.route_for_request" in errors[0].msg


def test_route_for_request_no_longer_keeping_its_route_on_the_request_is_an_error(monkeypatch):
    from wagtail.models import Page

    def route_for_request(request: "HttpRequest", path: "str") -> "RouteResult | None":  # noqa: F821
        return None  # the same signature, but the route is no longer kept on the request

    monkeypatch.setattr(Page, "route_for_request", staticmethod(route_for_request))
    errors = errors_of(wagtail_request_cache)
    assert [error.id for error in errors] == ["patches.E006"]
    assert "_wagtail_route_for_request" in errors[0].msg


def test_search_results_with_another_signature_is_an_error(monkeypatch):
    from modelsearch.backends.database.postgres.postgres import PostgresSearchResults

    monkeypatch.setattr(PostgresSearchResults, "_do_count", lambda self, exact=True: 0)
    errors = errors_of(modelsearch_results)
    assert [error.id for error in errors] == ["patches.E007"]
    assert "PostgresSearchResults._do_count" in errors[0].msg


def test_an_index_entry_table_without_a_column_we_read_is_an_error(monkeypatch):
    monkeypatch.setattr(modelsearch_results, "INDEX_COLUMNS", modelsearch_results.INDEX_COLUMNS | {"body_vector"})
    assert [error.id for error in errors_of(modelsearch_results)] == ["patches.E007"]


def test_an_index_task_that_moved_is_an_error(monkeypatch):
    monkeypatch.setattr(search_index_once, "HELD", {"modelsearch.index.insert_or_update_object_task"})
    errors = errors_of(search_index_once)
    assert [error.id for error in errors] == ["patches.E011"]
    assert "modelsearch.tasks.insert_or_update_object_task" in errors[0].msg


def test_a_task_result_with_other_fields_is_an_error(monkeypatch):
    monkeypatch.setattr(search_index_once, "RESULT_FIELDS", [*search_index_once.RESULT_FIELDS, "run_after"])
    errors = errors_of(search_index_once)
    assert [error.id for error in errors] == ["patches.E011"]
    assert "TaskResult has the fields" in errors[0].msg


def test_a_changed_immediate_backend_is_an_error(monkeypatch):
    from django_tasks.backends.immediate import ImmediateBackend

    monkeypatch.setattr(ImmediateBackend, "_execute_task", lambda self, task_result, worker=None: None)
    errors = errors_of(search_index_once)
    assert [error.id for error in errors] == ["patches.E011"]
    assert "ImmediateBackend._execute_task" in errors[0].msg


def test_snippet_breadcrumbs_no_longer_a_property_is_an_error(monkeypatch):
    from wagtail.snippets.views.snippets import SnippetViewSet

    monkeypatch.setattr(SnippetViewSet, "breadcrumbs_items", [])
    assert [error.id for error in errors_of(wagtail_snippet_breadcrumbs)] == ["patches.E005"]


@pytest.mark.parametrize("module", [localize_editor_template, wagtail_header_actions_template])
def test_a_changed_upstream_template_is_an_error(monkeypatch, tmp_path, module):
    changed = tmp_path / "template.html"
    changed.write_text(module.upstream_path().read_text() + "\n<p>upstream change</p>\n")
    monkeypatch.setattr(module, "upstream_path", lambda: changed)
    errors = errors_of(module)
    assert [error.id for error in errors] == [module.ERROR_ID]
    assert "changed" in errors[0].msg


@pytest.mark.parametrize("module", [localize_editor_template, wagtail_header_actions_template])
def test_our_template_copy_not_loaded_is_an_error(monkeypatch, module):
    monkeypatch.setattr(module, "OUR_COPY", "elsewhere/" + module.TEMPLATE)
    errors = errors_of(module)
    assert [error.id for error in errors] == [module.ERROR_ID]
    assert "not our copy" in errors[0].msg


# --- wagtail-localize's addresses answered by our views ---


@pytest.mark.parametrize(
    "name, address, view",
    [
        ("submit_page_translation", "/admin/localize/submit/page/7/", "SubmitPageTranslationParentsFirstView"),
        ("update_translations", "/admin/localize/update/7/", "UpdateTranslationsWithoutPublishingView"),
        ("convert_to_alias", "/admin/localize/page/7/convert_to_alias/", "refuse_convert_to_alias"),
        ("upload_pofile", "/admin/localize/translate/7/pofile/upload/", "upload_pofile_checked"),
    ],
)
def test_each_overridden_localize_address_reaches_our_view(name, address, view):
    assert reverse(f"wagtail_localize:{name}", args=[7]) == address
    func = inspect.unwrap(resolve(address).func)  # under the admin's decorators
    assert getattr(func, "view_class", func) is inspect.unwrap(getattr(localize_views, view))


def test_the_translation_editors_save_of_a_string_reaches_our_view():
    address = reverse("wagtail_localize:edit_string_translation", args=[7, 8])
    assert address == "/admin/localize/translate/7/strings/8/edit/"
    func = inspect.unwrap(resolve(address).func)
    assert func is localize_views.edit_string_translation_within_limits


def test_wagtail_localizes_draft_title_copy_connected_again_is_an_error():
    """Its unbounded copy would make a long translated title a 500 again."""
    from django.db.models.signals import post_save
    from wagtail_localize.models import StringTranslation, post_save_string_translation

    post_save.connect(post_save_string_translation, sender=StringTranslation)
    try:
        errors = errors_of(localize_draft_title)
    finally:
        post_save.disconnect(post_save_string_translation, sender=StringTranslation)
    assert [error.id for error in errors] == ["patches.E008"]
    assert "still connected" in errors[0].msg


def test_a_changed_draft_title_copy_is_an_error(monkeypatch):
    from wagtail_localize import models

    def post_save_string_translation(instance, **kwargs):
        pass  # upstream moved the copy elsewhere

    monkeypatch.setattr(models, "post_save_string_translation", post_save_string_translation)
    errors = errors_of(localize_draft_title)
    assert errors and {error.id for error in errors} == {"patches.E008"}
    assert all("no longer mentions" in error.msg for error in errors)
