from django.contrib import messages
from django.core.exceptions import ValidationError
from django.http import Http404
from django.shortcuts import redirect
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail import hooks
from wagtail.admin.auth import permission_denied
from wagtail.admin.menu import MenuItem
from wagtail.models import Page
from wagtail.snippets.models import register_snippet

from . import admin_api, admin_views, editorial, l10n, localize_views, page_creation, restricted, review
from .models import OfficeContact
from .patches.wagtail_snippet_breadcrumbs import LocalizedSnippetViewSet

# The snippet view sets of every app derive from this (see the patch).
MinistrySnippetViewSet = LocalizedSnippetViewSet


class OfficeContactViewSet(MinistrySnippetViewSet):
    model = OfficeContact
    icon = "mail"
    menu_order = 900
    add_to_settings_menu = True
    list_display = ["name", "locale", "phone", "email"]


register_snippet(OfficeContactViewSet)


@hooks.register("before_serve_page")
def refuse_page_in_another_language(page, request, serve_args, serve_kwargs):
    """Wagtail falls back to the default language's page when a language tree
    lacks one (`Page.localized`), which would put Dari text under /ps/ or /en/.
    A reader of Pashto or English gets a 404 in their language instead."""
    if page.locale.language_code != l10n.content_language():
        raise Http404
    # An alias shows its original's content: an alias in another language
    # (wagtail-localize's "convert to alias", locale synchronisation) would
    # put Dari text on a Pashto or English address.
    if page.alias_of_id and Page.objects.filter(pk=page.alias_of_id).exclude(locale_id=page.locale_id).exists():
        raise Http404


@hooks.register("before_serve_document")
def serve_only_approved_documents(document, request):
    """A document is public once a live page or snippet uses it; until then
    (an upload for a draft awaiting approval) only staff who may choose or
    manage documents (editors, directors) may open it. Other staff get what
    the public gets."""
    from wagtail.documents.permissions import permission_policy

    from .admin_api import MEDIA_ACTIONS

    if request.user.is_authenticated and permission_policy.user_has_any_permission_for_instance(
        request.user, MEDIA_ACTIONS, document
    ):
        return None
    if not editorial.used_by_live_content(document):
        raise Http404
    return None


# After Wagtail's own (order 0): the same endpoints, with the editorial rules.
hooks.register("construct_admin_api", admin_api.construct_admin_api, order=100)


# --- The editorial rules (see core.editorial) -------------------------
# These run before wagtail-localize's own hooks (order=-1).


@hooks.register("before_edit_page", order=-1)
def guard_page_editing(request, page):
    # Who may edit which page is EditorialPagePermissionTester's answer, which
    # Wagtail's edit view has already asked; here only the translation
    # editor's "Publish" is rerouted (complete translations only).
    if request.method == "POST" and request.POST.get("action") == "publish":
        translation = editorial.synced_translation(page)
        if translation is not None:
            return _publish_translation(request, page, translation)
    return None


def _publish_translation(request, page, translation):
    """wagtail-localize's editor "Publish": only for directors, only complete."""
    if not page.permissions_for_user(request.user).can_publish():
        return permission_denied(request)
    try:
        editorial.publish_complete_translation(translation, request.user)
    except editorial.IncompleteTranslationError as error:
        messages.error(request, str(error.args[0]))
    except ValidationError as error:
        messages.error(request, editorial.validation_message(error, page))
    else:
        messages.success(request, _("Published “%(title)s”.") % {"title": page.get_admin_display_title()})
    return redirect("wagtailadmin_pages:edit", page.pk)


@hooks.register("before_create_page", order=-1)
def guard_page_creation(request, parent_page, page_class):
    if not editorial.can_edit_source_content(request.user):
        return permission_denied(request)
    return None


# After the guard above: a page is created once per "add page" form, even
# when a save races the first autosave (core.page_creation).
hooks.register("before_create_page", page_creation.create_once, order=-1)
hooks.register("after_create_page", page_creation.record)


@hooks.register("before_delete_page", order=-1)
@hooks.register("before_convert_alias_page", order=-1)
def guard_page_structure(request, page, *args):
    if not editorial.can_edit_source_content(request.user):
        return permission_denied(request)
    return None


@hooks.register("before_copy_page", order=-1)
def guard_page_copy(request, page):
    if not editorial.can_edit_source_content(request.user):
        return permission_denied(request)
    # An alias shows its original's text: never under another language's tree.
    if request.method == "POST" and request.POST.get("alias"):
        destination = Page.objects.filter(pk=request.POST.get("new_parent_page")).first()
        if destination is not None and destination.locale_id != page.locale_id:
            messages.error(
                request, _("An alias cannot be placed in another language's pages: it would show this language's text.")
            )
            return redirect("wagtailadmin_pages:copy", page.pk)
    return None


@hooks.register("before_move_page", order=-1)
def guard_page_move(request, page, destination):
    if not editorial.can_edit_source_content(request.user):
        return permission_denied(request)
    return None


@hooks.register("before_bulk_action", order=-1)
def guard_bulk_actions(request, action_type, objects, action_class_instance):
    if not editorial.can_edit_source_content(request.user) and action_type not in ("submit_for_translation",):
        return permission_denied(request)
    if action_type == "publish":
        for item in objects:
            try:
                editorial.check_publishable(item, getattr(item, "latest_revision", None))
            except editorial.IncompleteTranslationError as error:
                messages.error(request, f"{item}: {error.args[0]}")
                return redirect(request.GET.get("next") or reverse("wagtailadmin_explore_root"))
    return None


@hooks.register("before_edit_snippet", order=-1)
def guard_snippet_editing(request, instance):
    if editorial.translators_cannot_touch_sources(request, instance):
        return permission_denied(request)
    if request.method == "POST" and request.POST.get("action") == "publish":
        translation = editorial.synced_translation(instance)
        if translation is not None:
            if not request.user.has_perm(f"{instance._meta.app_label}.publish_{instance._meta.model_name}"):
                return permission_denied(request)
            try:
                editorial.publish_complete_translation(translation, request.user)
            except editorial.IncompleteTranslationError as error:
                messages.error(request, str(error.args[0]))
            return redirect(localize_views.target_edit_url(instance))
    return None


@hooks.register("before_create_snippet", order=-1)
def guard_snippet_creation(request, model):
    if not editorial.can_edit_source_content(request.user):
        return permission_denied(request)
    return None


@hooks.register("before_delete_snippet", order=-1)
def guard_snippet_deletion(request, instances):
    if not editorial.can_edit_source_content(request.user):
        return permission_denied(request)
    return None


@hooks.register("register_admin_urls", order=-1)
def register_editorial_urls():
    # wagtail-localize's addresses answered by our views are registered by
    # core.patches.localize_admin_urls.
    from . import two_factor

    # Object views shadowing wagtail-localize's apply the restricted snippets' rule too.
    return restricted.guard_patterns(
        [
            path("2fa/setup/", two_factor.setup, name="ministry_2fa_setup"),
            path("2fa/verify/", two_factor.verify, name="ministry_2fa_verify"),
            path("2fa/recovery-codes/", two_factor.recovery_codes, name="ministry_2fa_recovery_codes"),
            path(
                "translations/<int:translation_id>/submit/",
                admin_views.submit_translation,
                name="ministry_translation_submit",
            ),
            path("translations/", admin_views.translation_status, name="ministry_translation_status"),
            # Shadows wagtail-localize's "stop synced translation": translators
            # may not (they could no longer edit the page it leaves behind).
            path("localize/translate/<int:translation_id>/disable/", admin_views.stop_translation),
        ]
    )


@hooks.register("register_admin_urls", order=-1)
def register_restricted_localize_urls():
    """wagtail-localize's screens and snippet API, showing no restricted
    snippet the user may not see (after the shadows above, before its own)."""
    return restricted.localize_urls()


# After Wagtail's own "delete" (order 0), so it replaces it for restricted snippets.
hooks.register("register_bulk_action", restricted.RestrictedDeleteBulkAction, order=100)


class PageStaffMenuItem(MenuItem):
    """Shown only to those who work on pages (its view refuses the others,
    such as directory managers)."""

    def is_shown(self, request):
        from wagtail.admin.auth import user_has_any_page_permission

        return user_has_any_page_permission(request.user)


@hooks.register("register_admin_menu_item")
def register_translation_status_menu_item():
    return PageStaffMenuItem(
        gettext_lazy("Translation status"),
        reverse("ministry_translation_status"),
        icon_name="globe",
        order=250,
    )


@hooks.register("register_log_actions")
def register_editorial_log_actions(actions):
    actions.register_action(
        editorial.SUBMITTED_ACTION,
        gettext_lazy("Submit translation for approval"),
        gettext_lazy("Translation submitted for approval"),
    )
    actions.register_action(
        editorial.PUBLISHED_ACTION,
        gettext_lazy("Publish complete translation"),
        gettext_lazy("Complete translation published"),
    )
    from . import two_factor

    actions.register_action(
        two_factor.ENABLED_ACTION,
        gettext_lazy("Turn on two-factor sign-in"),
        gettext_lazy("Two-factor sign-in turned on"),
    )
    actions.register_action(
        two_factor.REPLACED_ACTION,
        gettext_lazy("Replace the authenticator app"),
        gettext_lazy("Authenticator app replaced"),
    )


@hooks.register("insert_global_admin_css")
def admin_css():
    return format_html('<link rel="stylesheet" href="{}">', static("ministry_site/css/admin.css"))


@hooks.register("register_admin_menu_item")
def two_factor_menu_item():
    return MenuItem(gettext_lazy("Two-factor sign-in"), reverse("ministry_2fa_setup"), icon_name="key", order=10_000)


# The director compares a submission with what was last published or
# submitted, not with its autosaved copy (core.review).
hooks.register("construct_homepage_panels", review.use_review_panel)
