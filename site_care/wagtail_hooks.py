from django.contrib import messages
from django.templatetags.static import static
from django.urls import path, reverse
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from core.admin_menu import PermissionMenuItem

from . import admin_views, panels, userbar

panels.install()


@hooks.register("register_admin_urls")
def register_site_care_urls():
    return [
        path("site-care/", admin_views.report, name="site_care_report"),
        path("site-care/findings.<str:file_format>", admin_views.export, name="site_care_export"),
        path("site-care/pages/<int:page_id>/", admin_views.page_findings, name="site_care_page"),
        path("site-care/findings/<str:finding_id>/fix/", admin_views.apply_fix, name="site_care_fix"),
    ]


@hooks.register("register_reports_menu_item")
def register_site_health_report():
    return PermissionMenuItem(
        _("Site health"),
        reverse("site_care_report"),
        icon_name="warning",
        order=50,
        permission=admin_views.VIEW_PERMISSION,
    )


hooks.register("construct_wagtail_userbar", userbar.extend_content_checker)


@hooks.register("insert_global_admin_css")
def site_care_css():
    # Global: the side panel is part of every page editor.
    return format_html('<link rel="stylesheet" href="{}">', static("site_care/css/admin.css"))


@hooks.register("register_log_actions")
def register_quick_fix_action(actions):
    from .fixes import FIXED_ACTION

    actions.register_action(FIXED_ACTION, _("Apply a quick fix"), _("Quick fix applied (new draft)"))


@hooks.register("before_edit_page")
def say_what_blocks_approval(request, page):
    """The director opening a page whose blocking findings take "Approve" away is told why."""
    from . import runner

    if request.method != "GET" or not runner.blocking_codes():
        return None
    blocking = runner.blocking_findings(page)
    if blocking and page.workflow_in_progress:
        titles = sorted({str(finding.title()) for finding in blocking})
        messages.error(
            request,
            _("This page cannot be approved until these problems are fixed: %(checks)s (see the Site care panel).")
            % {"checks": "، ".join(titles)},
        )
    return None
