"""Staff users with a role, as the admin's tests sign in."""

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from wagtail.users.models import UserProfile

PASSWORD = "a-long-test-password"


def make_user(username, group=None, language="fa-af"):
    user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
    if group:
        user.groups.add(Group.objects.get(name=group))
    profile = UserProfile.get_for_user(user)
    profile.preferred_language = language
    profile.save()
    return user
