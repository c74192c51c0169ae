from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.ui.tables import Column
from wagtail.snippets.models import register_snippet

from core import l10n
from core.admin_menu import PermissionMenuItem
from core.wagtail_hooks import MinistrySnippetViewSet

from . import admin_views
from .models import DigestSettings, Rule, Source, local_moment


def yes_no(value):
    return gettext("Yes") if value else gettext("No")


def active_column():
    """Yes or no in the reader's language (Wagtail's default printed True/False)."""
    return Column("active", label=_("active"), accessor=lambda row: yes_no(row.active), sort_key="active")


class SourceViewSet(MinistrySnippetViewSet):
    model = Source
    icon = "link"
    menu_label = _("Monitored sources")
    add_to_admin_menu = False
    list_display = [
        "name",
        "outlet",
        "kind",
        active_column(),
        # Times as the site shows them (Solar Hijri, Kabul), counts in the reader's digits.
        Column(
            "last_checked",
            label=_("last checked"),
            accessor=lambda row: local_moment(row.last_checked),
            sort_key="last_checked",
        ),
        Column(
            "consecutive_failures",
            label=_("failures in a row"),
            accessor=lambda row: l10n.local_digits(row.consecutive_failures),
            sort_key="consecutive_failures",
        ),
        "last_error_message",
    ]
    list_filter = ["active", "kind"]
    search_fields = ["name", "feed_url"]


class RuleViewSet(MinistrySnippetViewSet):
    model = Rule
    icon = "tag"
    menu_label = _("Matching rules")
    add_to_admin_menu = False
    list_display = ["name", active_column()]
    search_fields = ["name", "terms_all", "terms_any"]


class DigestSettingsViewSet(MinistrySnippetViewSet):
    model = DigestSettings
    icon = "cog"
    menu_label = _("Digest settings")
    add_to_admin_menu = False


register_snippet(SourceViewSet)
register_snippet(RuleViewSet)
register_snippet(DigestSettingsViewSet)


@hooks.register("register_admin_urls")
def register_monitoring_urls():
    return [
        path("monitoring/", admin_views.inbox, name="monitoring_inbox"),
        path("monitoring/bulk/", admin_views.bulk, name="monitoring_bulk"),
        path("monitoring/clippings/new/", admin_views.clipping_add, name="monitoring_clipping_add"),
        path("monitoring/clippings/<int:clipping_id>/", admin_views.clipping_detail, name="monitoring_clipping"),
        path(
            "monitoring/clippings/<int:clipping_id>/scan/", admin_views.clipping_scan, name="monitoring_clipping_scan"
        ),
        path("monitoring/digests/", admin_views.digest_index, name="monitoring_digests"),
        path("monitoring/digests/build/", admin_views.digest_build, name="monitoring_digest_build"),
        path("monitoring/digests/<int:digest_id>/", admin_views.digest_detail, name="monitoring_digest"),
        path(
            "monitoring/digests/<int:digest_id>/approve/", admin_views.digest_approve, name="monitoring_digest_approve"
        ),
        path(
            "monitoring/digests/<int:digest_id>/rebuild/", admin_views.digest_rebuild, name="monitoring_digest_rebuild"
        ),
        path("monitoring/digests/<int:digest_id>/pdf/", admin_views.digest_pdf, name="monitoring_digest_pdf"),
    ]


@hooks.register("register_admin_menu_item")
def register_inbox_menu_item():
    return PermissionMenuItem(
        _("Monitoring inbox"),
        reverse("monitoring_inbox"),
        icon_name="search",
        order=350,
        permission="monitoring.view_clipping",
    )


@hooks.register("register_admin_menu_item")
def register_digests_menu_item():
    return PermissionMenuItem(
        _("Media digests"),
        reverse("monitoring_digests"),
        icon_name="doc-full",
        order=351,
        permission="monitoring.view_digest",
    )


@hooks.register("register_admin_menu_item")
def register_sources_menu_item():
    return PermissionMenuItem(
        _("Monitored sources"),
        reverse("wagtailsnippets_monitoring_source:list"),
        icon_name="link",
        order=352,
        permission="monitoring.view_source",
    )


@hooks.register("register_admin_menu_item")
def register_rules_menu_item():
    return PermissionMenuItem(
        _("Matching rules"),
        reverse("wagtailsnippets_monitoring_rule:list"),
        icon_name="tag",
        order=353,
        permission="monitoring.view_rule",
    )
