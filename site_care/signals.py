"""Checks for one page at once when it is submitted for approval, so the
director sees the findings beside the changes; and the ministry's blocking
checks (SITE_CARE_BLOCKING_CHECKS), which take "Approve" away while they
find something (every approval path asks the task for its actions)."""

import logging

logger = logging.getLogger(__name__)


def on_submitted(sender, instance, user=None, **kwargs):
    """task_submitted: a submission, or a resubmission after changes were asked for."""
    from wagtail.models import Page

    from . import runner

    content = instance.workflow_state.content_object
    if not isinstance(content, Page):
        return
    try:
        runner.check_page(content)
    except Exception:  # never stands in the way of a submission
        logger.exception("Site checks failed on submitted page %s", content.pk)


def without_blocked_approval(get_actions):
    def get_actions_checked(self, obj, user):
        from wagtail.models import Page

        from . import runner

        actions = get_actions(self, obj, user)
        if isinstance(obj, Page) and runner.blocking_codes() and runner.blocking_findings(obj):
            actions = [action for action in actions if action[0] != "approve"]
        return actions

    get_actions_checked.site_care = True
    return get_actions_checked


def connect():
    from wagtail.models import GroupApprovalTask
    from wagtail.signals import task_submitted

    task_submitted.connect(on_submitted, dispatch_uid="site_care_on_submitted")
    if not getattr(GroupApprovalTask.get_actions, "site_care", False):
        GroupApprovalTask.get_actions = without_blocked_approval(GroupApprovalTask.get_actions)
