"""Quick fixes: a mechanical correction (Arabic letters to Persian, digit
style, tatweel and direction marks) applied to one field of a page's latest
version and saved as a NEW DRAFT REVISION by the person who asked. Nothing
is published; the editor sees the change in the page's history and compare
view like any edit of their own."""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from wagtail.log_actions import log

from . import content, runner

FIXED_ACTION = "site_care.quick_fix"


class NothingToFix(Exception):
    """The finding has no quick fix or is resolved (400), or its text changed meanwhile (409)."""

    def __init__(self, message, status=400):
        super().__init__(message)
        self.status = status


def can_fix(finding, user):
    page = finding.page
    if page is None:
        return False
    page = page.specific
    permissions = page.permissions_for_user(user)
    if not permissions.can_edit():
        return False
    lock = page.get_lock()
    return lock is None or not lock.for_user(user)


def apply(finding, user):
    """Apply the finding's fix; returns the new revision. Raises
    PermissionDenied or NothingToFix."""
    check = finding.site_check
    if check is None or check.fix is None or not finding.fixable or finding.resolved_at is not None:
        raise NothingToFix(_("This finding has no automatic fix (or it was already resolved)."))
    if not can_fix(finding, user):
        raise PermissionDenied
    page = finding.page.specific
    version = page.get_latest_revision_as_object() if page.latest_revision_id else page
    language = page.locale.language_code
    changed = content.apply_fix(version, finding.field or "title", lambda text: check.fix(text, language))
    if not changed:
        runner.check_page(page)
        raise NothingToFix(_("The text has changed since the check: nothing left to fix."), status=409)
    revision = version.save_revision(user=user, log_action=True, changed=True, clean=False)
    log(instance=page, action=FIXED_ACTION, user=user, revision=revision, data={"check": check.code})
    runner.check_page(type(page).objects.get(pk=page.pk))
    return revision
