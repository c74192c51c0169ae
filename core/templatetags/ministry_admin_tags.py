from django import template
from django.urls import reverse

from .. import editorial

register = template.Library()


@register.inclusion_tag("ministry_site/admin/translation_approval_bar.html", takes_context=True)
def translation_approval_bar(context, translation, instance):
    """Progress of a translation, its place in the approval workflow, and
    the button that sends it to the directors."""
    total, done = translation.get_progress()
    workflow_state = getattr(instance, "current_workflow_state", None)
    waiting = workflow_state is not None and workflow_state.status == workflow_state.STATUS_IN_PROGRESS
    needs_changes = workflow_state is not None and workflow_state.status == workflow_state.STATUS_NEEDS_CHANGES
    rejection_comment = ""
    if needs_changes:
        task_state = workflow_state.current_task_state
        rejection_comment = getattr(task_state, "comment", "") if task_state else ""
    return {
        "request": context.get("request"),
        "total": total,
        "done": done,
        "missing": total - done,
        "untranslated": editorial.untranslated_texts(translation) if done < total else [],
        "waiting": waiting,
        "needs_changes": needs_changes,
        "rejection_comment": rejection_comment,
        "workflow_state": workflow_state,
        "submit_url": reverse("ministry_translation_submit", args=[translation.pk]),
        "target_is_rtl": translation.target_locale.is_bidi,
    }


@register.simple_tag
def creation_token_field():
    from ..page_creation import TOKEN_FIELD

    return TOKEN_FIELD


@register.simple_tag
def new_creation_token():
    from ..page_creation import new_token

    return new_token()
