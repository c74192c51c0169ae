from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets import ListingButton
from wagtail.snippets.models import register_snippet

from core.admin_menu import PermissionMenuItem
from core.wagtail_hooks import MinistrySnippetViewSet

from . import admin_views
from .models import DistributionList, SendingSettings


class DistributionListViewSet(MinistrySnippetViewSet):
    model = DistributionList
    icon = "list-ul"
    menu_label = _("Distribution lists")
    menu_order = 360
    add_to_admin_menu = False
    list_display = ["name", "contact_visibility", "updated_at"]
    search_fields = ["name", "description"]


register_snippet(DistributionListViewSet)


class SendingSettingsViewSet(MinistrySnippetViewSet):
    """The ministry's sending rules: the rate limit and the language fallback (directors)."""

    model = SendingSettings
    icon = "cog"
    menu_label = _("Sending settings")
    add_to_admin_menu = False


register_snippet(SendingSettingsViewSet)


@hooks.register("register_admin_urls")
def register_media_relations_urls():
    return [
        path("media-relations/mailings/", admin_views.mailing_index, name="media_relations_mailings"),
        path("media-relations/mailings/new/", admin_views.mailing_create, name="media_relations_mailing_create"),
        path("media-relations/mailings/<int:mailing_id>/", admin_views.mailing_detail, name="media_relations_mailing"),
        path(
            "media-relations/mailings/<int:mailing_id>/progress/",
            admin_views.mailing_progress,
            name="media_relations_mailing_progress",
        ),
        path(
            "media-relations/mailings/<int:mailing_id>/submit/",
            admin_views.mailing_submit,
            name="media_relations_mailing_submit",
        ),
        path(
            "media-relations/mailings/<int:mailing_id>/approve/",
            admin_views.mailing_approve,
            name="media_relations_mailing_approve",
        ),
        path(
            "media-relations/mailings/<int:mailing_id>/cancel/",
            admin_views.mailing_cancel,
            name="media_relations_mailing_cancel",
        ),
        path(
            "media-relations/mailings/<int:mailing_id>/deliveries.<str:file_format>",
            admin_views.mailing_export,
            name="media_relations_mailing_export",
        ),
        path(
            "media-relations/lists/<int:list_id>/members/",
            admin_views.list_members,
            name="media_relations_list_members",
        ),
        path("media-relations/suppressed/", admin_views.suppressions, name="media_relations_suppressions"),
        path(
            "media-relations/suppressed/<int:suppression_id>/restore/",
            admin_views.restore_suppression,
            name="media_relations_restore_suppression",
        ),
    ]


@hooks.register("register_admin_menu_item")
def register_mailings_menu_item():
    return PermissionMenuItem(
        _("Mailings"),
        reverse("media_relations_mailings"),
        icon_name="mail",
        order=340,
        permission="media_relations.view_mailing",
    )


@hooks.register("register_admin_menu_item")
def register_lists_menu_item():
    return PermissionMenuItem(
        _("Distribution lists"),
        reverse("wagtailsnippets_media_relations_distributionlist:list"),
        icon_name="list-ul",
        order=341,
        permission="media_relations.view_distributionlist",
    )


@hooks.register("register_admin_menu_item")
def register_suppressions_menu_item():
    return PermissionMenuItem(
        _("Suppressed addresses"),
        reverse("media_relations_suppressions"),
        icon_name="cross",
        order=342,
        permission="media_relations.view_suppression",
    )


@hooks.register("register_snippet_listing_buttons")
def list_members_button(snippet, user, next_url=None):
    """ "Who is on it" beside each distribution list."""
    if isinstance(snippet, DistributionList) and user.has_perm("media_relations.view_distributionlist"):
        yield ListingButton(
            _("Who is on it"), reverse("media_relations_list_members", args=[snippet.pk]), icon_name="group"
        )
