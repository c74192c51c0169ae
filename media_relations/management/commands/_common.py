from django.contrib.auth import get_user_model
from django.core.management.base import CommandError

from ...models import DistributionList, Mailing


def user(username):
    try:
        return get_user_model().objects.get(username=username)
    except get_user_model().DoesNotExist:
        raise CommandError(f"No user is called {username!r}.") from None


def mailing(mailing_id):
    try:
        return Mailing.objects.select_related("page").get(pk=mailing_id)
    except Mailing.DoesNotExist:
        raise CommandError(f"No mailing has the id {mailing_id}.") from None


def distribution_lists(names):
    found = list(DistributionList.objects.filter(name__in=names))
    missing = sorted(set(names) - {item.name for item in found})
    if missing:
        raise CommandError("No distribution list is called: " + ", ".join(missing))
    return found
