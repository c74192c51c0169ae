"""The credentials policy, through the sign-in and password reset screens:
Argon2 for new hashes (old PBKDF2 ones still sign in, and are upgraded),
passwords of 12 characters at least and not from the common lists, reset
links that work for an hour, sessions that end after 8 hours idle."""

import datetime
import re

import pytest
from django.contrib.auth.hashers import make_password
from django.contrib.auth.tokens import PasswordResetTokenGenerator
from django.core import mail
from django.test import Client

from core import middleware
from settings import base as base_settings
from tests.support.users import PASSWORD, make_user

pytestmark = pytest.mark.django_db


def _sign_in(username, password=PASSWORD):
    client = Client()
    response = client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})
    assert response.status_code == 302, response.content.decode()[:500]
    return client


def test_new_passwords_are_hashed_with_argon2_and_pbkdf2_ones_still_sign_in(settings):
    settings.PASSWORD_HASHERS = base_settings.PASSWORD_HASHERS  # the test settings use a fast one
    user = make_user("hash-editor", "Editors")
    assert user.password.startswith("argon2$argon2id$")
    # An account from before: a PBKDF2 hash signs in, and is rehashed with Argon2.
    user.password = make_password(PASSWORD, hasher="pbkdf2_sha256")
    user.save()
    _sign_in("hash-editor")
    user.refresh_from_db()
    assert user.password.startswith("argon2$")


@pytest.fixture
def clock(monkeypatch):
    """The reset tokens' clock, moved by hand."""
    now = {"value": datetime.datetime.now()}
    monkeypatch.setattr(PasswordResetTokenGenerator, "_now", lambda self: now["value"])
    return now


def _reset_link(email):
    mail.outbox.clear()
    response = Client().post("/admin/password_reset/", {"email": email})
    assert response.status_code == 302
    (message,) = mail.outbox
    return re.search(r"http://testserver(/admin/password_reset/confirm/[^/\s]+/[^/\s]+/)", message.body).group(1)


def test_a_reset_link_works_for_an_hour(clock):
    make_user("reset-editor", "Editors")
    link = _reset_link("reset-editor@example.org")
    clock["value"] += datetime.timedelta(minutes=61)
    expired = Client().get(link, follow=True)
    assert 'name="new_password1"' not in expired.content.decode()

    link = _reset_link("reset-editor@example.org")
    clock["value"] += datetime.timedelta(minutes=59)
    fresh = Client().get(link, follow=True)
    assert 'name="new_password1"' in fresh.content.decode()


@pytest.mark.parametrize(
    "password",
    [
        "kabul-1405ab",  # 12 characters: long enough
        "چای سبز در باغ بابر",  # a Dari phrase
    ],
)
def test_a_long_uncommon_password_is_accepted(password):
    make_user("strong-editor", "Editors")
    client = Client()
    form = client.get(_reset_link("strong-editor@example.org"), follow=True)
    response = client.post(form.redirect_chain[-1][0], {"new_password1": password, "new_password2": password})
    assert response.status_code == 302
    _sign_in("strong-editor", password)


@pytest.mark.parametrize(
    "password",
    [
        "kabul-1405a",  # 11 characters
        "password1234",  # on the common list
        "qwerty123456",
        "123456789123",
        "strong-editor-x",  # the user name
    ],
)
def test_short_common_or_personal_passwords_are_refused(password):
    make_user("strong-editor", "Editors")
    client = Client()
    form = client.get(_reset_link("strong-editor@example.org"), follow=True)
    response = client.post(form.redirect_chain[-1][0], {"new_password1": password, "new_password2": password})
    assert response.status_code == 200 and 'class="error-message"' in response.content.decode()
    with pytest.raises(AssertionError):
        _sign_in("strong-editor", password)


def test_a_session_ends_after_eight_hours_without_a_request(monkeypatch, settings):
    assert settings.SESSION_IDLE_TIMEOUT == 8 * 60 * 60 == settings.SESSION_COOKIE_AGE
    now = {"value": 1_000_000.0}
    monkeypatch.setattr(middleware, "_now", lambda: now["value"])
    make_user("idle-editor", "Editors")
    client = _sign_in("idle-editor")
    cookie = client.cookies["sessionid"].value
    assert client.get("/admin/").status_code == 200

    # Working through the day (a request every 7 hours 59 minutes) keeps it.
    for _ in range(3):
        now["value"] += 8 * 3600 - 60
        assert client.get("/admin/").status_code == 200

    # Left for 8 hours and a minute: signed out, on the server too.
    now["value"] += 8 * 3600 + 60
    response = client.get("/admin/")
    assert response.status_code == 302 and "/admin/login/" in response["Location"]
    replay = Client()
    replay.cookies["sessionid"] = cookie
    assert replay.get("/admin/").status_code == 302
