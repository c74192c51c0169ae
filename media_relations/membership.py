"""Who is on a distribution list right now.

A recipient is an address with a name, a preferred language and where it
came from. Contacts bring each of their addresses; an organisation's own
addresses come in only when the list asks for them. Closed or merged
organisations, suppressed addresses and malformed addresses are not
recipients: the last two are returned apart so the admin can list them
before anything is sent.
"""

from dataclasses import dataclass, replace

from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.db.models import Q

from directory.models import ContactPerson, Organisation, Status

from .models import ContactVisibility, Suppression


@dataclass(frozen=True)
class Recipient:
    email: str
    name: str
    organisation_name: str
    language: str
    contact_id: int | None
    internal: bool


@dataclass
class Members:
    recipients: list  # Recipient, one per address, in a stable order
    invalid: list  # (name, organisation, address) that cannot be written to
    suppressed: list  # (Recipient, reason)

    def per_language(self):
        counts = {}
        for recipient in self.recipients:
            counts[recipient.language] = counts.get(recipient.language, 0) + 1
        return counts


def normalise_address(address):
    return (address or "").strip().lower()


def is_valid_address(address):
    try:
        validate_email(address)
    except ValidationError:
        return False
    return True


def _organisation_keys(objects):
    return {organisation.translation_key for organisation in objects}


def _selected_organisations(distribution_list):
    """Organisations (as translation keys) the list's selection and hand-picks name."""
    chosen = Q(pk__in=[])
    category_keys = list(distribution_list.categories.values_list("translation_key", flat=True))
    if category_keys:
        by_category = Q(category__translation_key__in=category_keys)
        if distribution_list.provinces:
            by_category &= Q(province__in=distribution_list.provinces)
        if distribution_list.countries:
            by_category &= Q(country__in=distribution_list.countries)
        chosen |= by_category
    elif distribution_list.provinces or distribution_list.countries:
        chosen |= Q(province__in=distribution_list.provinces) | Q(country__in=distribution_list.countries)
    keys = set(Organisation.objects.filter(chosen).values_list("translation_key", flat=True))
    keys |= _organisation_keys(distribution_list.organisations.all())
    keys -= _organisation_keys(distribution_list.excluded_organisations.all())
    active = Organisation.objects.filter(translation_key__in=keys, status=Status.ACTIVE)
    return set(active.values_list("translation_key", flat=True))


def _contacts(distribution_list, organisation_keys):
    by_selection = ContactPerson.objects.filter(organisation__translation_key__in=organisation_keys)
    if distribution_list.contact_visibility != ContactVisibility.ANY:
        by_selection = by_selection.filter(visibility=distribution_list.contact_visibility)
    if distribution_list.languages:
        by_selection = by_selection.filter(preferred_language__in=distribution_list.languages)
    words = distribution_list.beat_words()
    if words:
        beat = Q()
        for word in words:
            beat |= Q(beat__icontains=word)
        by_selection = by_selection.filter(beat)
    picked = distribution_list.contacts.all()
    excluded = set(distribution_list.excluded_contacts.values_list("pk", flat=True))
    contacts = (by_selection | ContactPerson.objects.filter(pk__in=picked.values("pk"))).distinct()
    contacts = contacts.exclude(pk__in=excluded).exclude(organisation__status__in=[Status.CLOSED, Status.MERGED])
    return contacts.select_related("organisation").order_by("name", "pk")


def _contact_name(contact):
    """The name as the contact reads it: Latin letters for English readers."""
    if contact.preferred_language == "en" and contact.name_latin:
        return contact.name_latin
    return contact.name


def members(*distribution_lists):
    """The recipients of these lists together: each address once (the first
    list's, contact before organisation, wins)."""
    seen = set()
    recipients, invalid, suppressed = [], [], []
    suppressions = dict(Suppression.objects.values_list("email", "reason"))

    def add(recipient):
        address = normalise_address(recipient.email)
        if address in seen:
            return
        seen.add(address)
        if not is_valid_address(address):
            invalid.append((recipient.name, recipient.organisation_name, recipient.email))
        elif address in suppressions:
            suppressed.append((recipient, suppressions[address]))
        else:
            recipients.append(replace(recipient, email=address))

    for distribution_list in distribution_lists:
        organisation_keys = _selected_organisations(distribution_list)
        for contact in _contacts(distribution_list, organisation_keys):
            for address in contact.emails or []:
                add(
                    Recipient(
                        email=address,
                        name=_contact_name(contact),
                        organisation_name=contact.organisation.name,
                        language=contact.preferred_language,
                        contact_id=contact.pk,
                        internal=contact.visibility != "public",
                    )
                )
        if distribution_list.include_organisation_addresses:
            # One row per organisation: the version in the list's language if any.
            rows = Organisation.objects.filter(translation_key__in=organisation_keys).select_related("locale")
            by_key = {}
            for organisation in rows.order_by("name", "pk"):
                current = by_key.get(organisation.translation_key)
                if current is None or organisation.locale.language_code == distribution_list.organisation_language:
                    by_key[organisation.translation_key] = organisation
            for organisation in sorted(by_key.values(), key=lambda o: (o.name, o.pk)):
                for address in organisation.emails or []:
                    add(
                        Recipient(
                            email=address,
                            name=organisation.name,
                            organisation_name=organisation.name,
                            language=distribution_list.organisation_language,
                            contact_id=None,
                            internal=organisation.visibility != "public",
                        )
                    )
    return Members(recipients, invalid, suppressed)
