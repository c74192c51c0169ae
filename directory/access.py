"""Who may see which directory entries in the admin: the one rule every
admin screen, chooser, bulk action, report and API applies (through
core.restricted), as the listings do.

- Directory managers and directors (who may change contacts) see everything.
- Other staff with a permission on organisations (editors, translators) see
  public organisations only; internal ones do not exist for them.
- Contact people exist only for those with a permission on contacts.
"""

from .models import ContactPerson, Organisation, Visibility

CONTACT_PERMISSIONS = [f"directory.{action}_contactperson" for action in ("add", "change", "delete", "view")]
ORGANISATION_PERMISSIONS = [f"directory.{action}_organisation" for action in ("add", "change", "delete", "view")]


def can_see_internal(user):
    """Directory managers and directors see internal entries; nobody else."""
    return user.has_perm("directory.change_contactperson")


def visible_organisations(user):
    organisations = Organisation.objects.all()
    if can_see_internal(user):
        return organisations
    if not any(user.has_perm(permission) for permission in ORGANISATION_PERMISSIONS):
        return organisations.none()
    return organisations.filter(visibility=Visibility.PUBLIC)


def visible_contacts(user):
    contacts = ContactPerson.objects.all()
    if any(user.has_perm(permission) for permission in CONTACT_PERMISSIONS):
        return contacts
    return contacts.none()
