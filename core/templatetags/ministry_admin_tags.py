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


@register.filter
def without_refused_actions(props):
    """wagtail-localize's translation editor props without the link to
    "Convert to alias page", which the site refuses to everyone (see
    localize_views.refuse_convert_to_alias): no button that leads nowhere."""
    import json

    from django.core.serializers.json import DjangoJSONEncoder

    data = json.loads(props)
    data.get("links", {})["convertToAliasUrl"] = None
    return json.dumps(data, cls=DjangoJSONEncoder)


@register.filter
def writes_content(user):
    """Editors, directors (and directory managers): they may stop a
    synchronised translation; translators may not."""
    return editorial.can_edit_source_content(user)


def _may_edit(user, instance):
    """Whether `user` may open `instance` in the admin's editor (pages: the
    editorial permission tester; snippets: the change permission, and for
    translators synced translations only)."""
    from wagtail.models import Page
    from wagtail.permission_policies import ModelPermissionPolicy

    if isinstance(instance, Page):
        return instance.permissions_for_user(user).can_edit()
    if not ModelPermissionPolicy(type(instance)).user_has_permission(user, "change"):
        return False
    return editorial.can_edit_source_content(user) or editorial.synced_translation(instance) is not None


@register.simple_tag
def editable_versions(user, translation, instance):
    """The translation editor's links to the other language versions, only
    those this user may edit (a translator may not open the source):
    {"source": url or None, "others": [(language, url), ...]}."""
    from ..localize_views import target_edit_url

    source = translation.source.get_source_instance()
    others = [
        (version.locale.get_display_name(), target_edit_url(version))
        for version in instance.get_translations().select_related("locale")
        if version.locale_id != source.locale_id and _may_edit(user, version)
    ]
    return {"source": target_edit_url(source) if _may_edit(user, source) else None, "others": others}
