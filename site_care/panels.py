"""The page editor's "Site care" side panel: the page's open findings, each
with its quick-fix button where there is one. Wagtail 7.4 has no hook for
side panels, so the edit view's `get_side_panels` is wrapped (once) to add
it; the panel is a plain BaseSidePanel and disappears harmlessly if a
Wagtail upgrade changes the method (docs/site-care.md)."""

from django.middleware.csrf import get_token
from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.side_panels import BaseSidePanel

from . import runner


class FindingsSidePanel(BaseSidePanel):
    class SidePanelToggle(BaseSidePanel.SidePanelToggle):
        aria_label = _("Toggle site care findings")
        icon_name = "warning"
        counter_classname = "w-bg-critical-200"

        def get_context_data(self, parent_context):
            context = super().get_context_data(parent_context)
            context["count"] = len(self.panel.findings)
            return context

    name = "site-care"
    title = _("Site care")
    template_name = "site_care/side_panel.html"
    order = 340

    def __init__(self, page, request):
        super().__init__(page, request)
        self.findings = runner.open_findings(page)

    def get_context_data(self, parent_context):
        from . import fixes, runner

        context = super().get_context_data(parent_context)
        may_fix = bool(self.findings) and fixes.can_fix(self.findings[0], self.request.user)
        blocking = runner.blocking_codes()
        context.update(
            {
                # Components render without the request's context processors.
                "csrf_token": get_token(self.request),
                "findings": self.findings,
                "may_fix": may_fix,
                "blocking": [finding for finding in self.findings if finding.check_code in blocking],
                "blocking_codes": blocking,
                "next_url": self.request.get_full_path(),
            }
        )
        return context


def with_findings_panel(get_side_panels):
    def get_side_panels_with_findings(self):
        panels = get_side_panels(self)
        page = getattr(self, "page", None)
        if page is not None and page.pk and not getattr(self, "expects_json_response", False):
            if self.request.user.has_perm("site_care.view_finding"):
                panels.append(FindingsSidePanel(page, self.request))
        return panels

    get_side_panels_with_findings.site_care = True
    return get_side_panels_with_findings


def install():
    from wagtail.admin.views.pages.edit import EditView

    if not getattr(EditView.get_side_panels, "site_care", False):
        EditView.get_side_panels = with_findings_panel(EditView.get_side_panels)
