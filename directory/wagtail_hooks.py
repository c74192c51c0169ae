from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail import hooks
from wagtail.snippets.bulk_actions.snippet_bulk_action import SnippetBulkAction
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSetGroup

from core.admin_menu import PermissionMenuItem
from core.page_cache import bump_generation
from core.restricted import (
    RestrictedChooseResultsView,
    RestrictedChooseView,
    RestrictedChosenMultipleView,
    RestrictedChosenView,
    RestrictedSnippetChooserViewSet,
    RestrictedSnippetMixin,
    VisibleObjectsBulkActionMixin,
)
from core.wagtail_hooks import MinistrySnippetViewSet

from . import access, admin_listing, admin_views
from .models import Category, ContactPerson, Organisation, Visibility


class OrganisationViewSet(RestrictedSnippetMixin, MinistrySnippetViewSet):
    """Internal organisations exist only for directory managers and
    directors, on every screen (directory.access)."""

    model = Organisation
    icon = "group"
    menu_label = _("Organisations")
    list_display = ["name", "category", "province", "visibility", "status", "locale"]
    # The reader's language first, a folding search and a filter per category
    # (directory.admin_listing).
    index_view_class = admin_listing.OrganisationIndexView
    filterset_class = admin_listing.OrganisationFilterSet
    chooser_viewset_class = admin_listing.OrganisationChooserViewSet
    search_fields = ["name", "key", "search_text"]
    ordering = [admin_listing.LANGUAGE_RANK, "name"]

    def visible_to(self, user):
        return access.visible_organisations(user)


class _ContactViewerRequired:
    """Wagtail lets anyone who may use the admin open any snippet's chooser
    (and its results list); contacts are personal data, so their chooser
    asks for the permission to view them."""

    def dispatch(self, request, *args, **kwargs):
        if not request.user.has_perm("directory.view_contactperson"):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)


class ContactChooseView(_ContactViewerRequired, RestrictedChooseView):
    pass


class ContactChooseResultsView(_ContactViewerRequired, RestrictedChooseResultsView):
    pass


class ContactChosenView(_ContactViewerRequired, RestrictedChosenView):
    pass


class ContactChosenMultipleView(_ContactViewerRequired, RestrictedChosenMultipleView):
    pass


class ContactChooserViewSet(RestrictedSnippetChooserViewSet):
    choose_view_class = ContactChooseView
    choose_results_view_class = ContactChooseResultsView
    chosen_view_class = ContactChosenView
    chosen_multiple_view_class = ContactChosenMultipleView


class ContactPersonViewSet(RestrictedSnippetMixin, MinistrySnippetViewSet):
    """Personal data: only directory managers and directors have any
    permission on contacts, so editors and translators see none of them,
    in listings, choosers or exports."""

    model = ContactPerson
    chooser_viewset_class = ContactChooserViewSet
    icon = "user"
    menu_label = _("Contact people")
    list_display = ["name", "organisation", "visibility", "preferred_language"]
    list_filter = ["visibility", "preferred_language"]
    search_fields = ["name", "name_latin", "key", "outlet"]
    ordering = ["name"]

    def visible_to(self, user):
        return access.visible_contacts(user)


class CategoryViewSet(MinistrySnippetViewSet):
    model = Category
    icon = "folder-open-inverse"
    menu_label = _("Categories")
    list_display = ["name", "slug", "locale"]


class DirectoryViewSetGroup(SnippetViewSetGroup):
    items = (OrganisationViewSet, ContactPersonViewSet, CategoryViewSet)
    menu_icon = "group"
    menu_label = _("Directory")
    menu_name = "directory"
    menu_order = 350


register_snippet(DirectoryViewSetGroup)


class SetVisibilityBulkAction(VisibleObjectsBulkActionMixin, SnippetBulkAction):
    """Make the selected organisations or contacts public or internal."""

    template_name = "directory/admin/confirm_bulk_visibility.html"
    models = [Organisation, ContactPerson]
    visibility = None

    def check_perm(self, snippet):
        # Visibility is the directory managers' and directors' decision.
        return access.can_see_internal(self.request.user)

    @classmethod
    def execute_action(cls, objects, user=None, **kwargs):
        model = kwargs["self"].model
        pks = [item.pk for item in objects]
        if model is Organisation:
            # Every language version of an organisation shares its visibility.
            keys = model.objects.filter(pk__in=pks).values("translation_key")
            count = model.objects.filter(translation_key__in=keys).update(visibility=cls.visibility)
        else:
            count = model.objects.filter(pk__in=pks).update(visibility=cls.visibility)
        # update() sends no save signal: drop what visitors were being shown.
        bump_generation()
        return count, 0

    def get_success_message(self, num_parent_objects, num_child_objects):
        return ngettext("%(count)d item updated.", "%(count)d items updated.", num_parent_objects) % {
            "count": num_parent_objects
        }


class MakePublicBulkAction(SetVisibilityBulkAction):
    display_name = _("Make public")
    action_type = "make_public"
    aria_label = _("Make the selected items public")
    visibility = Visibility.PUBLIC
    action_priority = 40


class MakeInternalBulkAction(SetVisibilityBulkAction):
    display_name = _("Make internal")
    action_type = "make_internal"
    aria_label = _("Make the selected items internal")
    visibility = Visibility.INTERNAL
    action_priority = 41


hooks.register("register_bulk_action", MakePublicBulkAction)
hooks.register("register_bulk_action", MakeInternalBulkAction)


@hooks.register("register_admin_urls")
def register_directory_urls():
    return [
        path("directory/import/", admin_views.import_view, name="directory_import"),
        path("directory/import/<int:import_id>/", admin_views.import_review, name="directory_import_review"),
        path("directory/export/", admin_views.export_view, name="directory_export"),
    ]


@hooks.register("register_admin_menu_item")
def register_import_menu_item():
    return PermissionMenuItem(
        _("Import the directory"),
        reverse("directory_import"),
        icon_name="upload",
        order=351,
        permission="directory.import_directory",
    )


@hooks.register("register_admin_menu_item")
def register_export_menu_item():
    return PermissionMenuItem(
        _("Export the directory"),
        reverse("directory_export"),
        icon_name="download",
        order=352,
        permission="directory.export_directory",
    )
