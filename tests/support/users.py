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


def workflow_people():
    """One user per role of the editorial workflow (and an English-speaking director)."""
    from core.roles import DIRECTORS, DIRECTORY_MANAGERS, EDITORS, TRANSLATORS

    return {
        "editor": make_user("wf-editor", EDITORS),
        "director": make_user("wf-director", DIRECTORS),
        "translator": make_user("wf-translator", TRANSLATORS),
        "directory_manager": make_user("wf-directory", DIRECTORY_MANAGERS),
        "english_director": make_user("wf-director-en", DIRECTORS, language="en"),
    }
