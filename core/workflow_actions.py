"""The workflow's finishing action (WAGTAIL_FINISH_WORKFLOW_ACTION).

Wagtail imports it while its own models load, so nothing is imported at the
top of this module."""


def reviewed_revision(workflow_state, user=None):
    """The revision the approving director saw: the one the task started on,
    or the director's own later edit (Wagtail's "approve" from the editor
    saves the director's changes first). An author's later draft is not it."""
    content = workflow_state.content_object
    latest = content.get_latest_revision()
    task_state = workflow_state.current_task_state
    reviewed = task_state.revision if task_state is not None and task_state.revision_id else None
    if reviewed is None:
        return latest
    if user is not None and latest is not None and latest.pk != reviewed.pk and latest.user_id == user.pk:
        return latest
    return reviewed


def publish_reviewed_revision(workflow_state, user=None):
    """Publish what the director approved. Wagtail's default publishes the
    latest revision, which the author may have changed after submitting."""
    reviewed_revision(workflow_state, user).publish(user=user)
