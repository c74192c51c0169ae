"""What the director compares a submission with.

Wagtail's dashboard offers "Compare with previous version": the revision
just before the submitted one. With autosave that is nearly always a copy
of it (the page's first autosave, or the last one before Submit), so a new
page showed "no differences" (issue 12, item 8). Here the comparison is with
what was last approved or sent for approval:

- a live page: its live version (Wagtail's own "Compare with live version");
- a page published before but not now: its last published revision;
- a page never published: the revision last submitted before this one (after
  a request for changes), or nothing when this is its first submission.
"""

from wagtail.admin.views.home import WorkflowObjectsToModeratePanel
from wagtail.log_actions import registry as log_registry
from wagtail.models import TaskState


def comparison_basis(obj, task_state):
    """The revision id to compare the submitted revision with, or None."""
    if obj.live:
        return None  # "Compare with live version" is the comparison
    published = (
        log_registry.get_logs_for_instance(obj)
        .filter(action="wagtail.publish", revision__isnull=False)
        .order_by("-timestamp", "-pk")
        .values_list("revision_id", flat=True)
        .first()
    )
    if published is not None:
        return published
    workflow_state = task_state.workflow_state
    return (
        TaskState.objects.filter(
            workflow_state__base_content_type_id=workflow_state.base_content_type_id,
            workflow_state__object_id=workflow_state.object_id,
            started_at__lte=task_state.started_at,
            revision__isnull=False,
        )
        .exclude(pk=task_state.pk)
        .exclude(revision_id=task_state.revision_id)
        .order_by("-started_at", "-pk")
        .values_list("revision_id", flat=True)
        .first()
    )


class ReviewPanel(WorkflowObjectsToModeratePanel):
    """The dashboard's "Awaiting your review", comparing with `comparison_basis`."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        for state in context["states"]:
            state["previous_revision_id"] = comparison_basis(state["obj"], state["task_state"])
        return context


def use_review_panel(request, panels):
    """construct_homepage_panels: our panel in place of Wagtail's."""
    panels[:] = [ReviewPanel() if type(panel) is WorkflowObjectsToModeratePanel else panel for panel in panels]
