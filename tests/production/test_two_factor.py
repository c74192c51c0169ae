"""Two-factor sign-in: required for Directors, available to everyone, and
not to be got round: a session that signed in with the password alone
reaches no admin page (the set-up page included) and is a visitor
everywhere else; replacing the authenticator needs the current one (or a
recovery code) and is announced by e-mail."""

import re

import pytest
from django.core import mail
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.models import ModelLogEntry

from core import two_factor
from core.models import MinistryDocument
from tests.support.users import PASSWORD, make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def enforced(settings):
    settings.MINISTRY_2FA_ENFORCED = True


def _code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


def _recovery_codes(response):
    return re.findall(r"<li><code>([a-z2-7]{8})</code></li>", response.content.decode())


def _reuse_allowed(device):
    """The test's codes all fall within one 30-second step, and a code once
    used is refused for the rest of it (as it should be)."""
    device.refresh_from_db()
    device.last_t = -1
    device.throttle_reset(commit=False)
    device.save()


def _sign_in(username, password=PASSWORD):
    """A real sign-in through the form: the password step only."""
    client = Client()
    response = client.post("/admin/login/", {"username": username, "password": password, "next": "/admin/"})
    assert response.status_code == 302
    return client


@pytest.fixture
def director_with_authenticator():
    director = make_user("otp-real-director", "Directors")
    client = Client()
    client.force_login(director)
    client.get("/admin/2fa/setup/")
    device = TOTPDevice.objects.get(user=director, confirmed=False)
    response = client.post("/admin/2fa/setup/", {"code": _code(device)})
    codes = _recovery_codes(client.get(response["Location"]))
    device.refresh_from_db()
    assert device.confirmed and len(codes) == 10
    mail.outbox.clear()
    return director, device, codes


def test_a_director_must_set_it_up_before_using_the_admin():
    director = make_user("otp-director", "Directors")
    client = Client()
    client.force_login(director)
    response = client.get("/admin/pages/")
    assert response.status_code == 302 and "/admin/2fa/setup/" in response["Location"]
    page = client.get(response["Location"])
    assert page.status_code == 200
    device = TOTPDevice.objects.get(user=director, confirmed=False)

    wrong = client.post("/admin/2fa/setup/", {"code": "000000", "next": "/admin/pages/"})
    assert wrong.status_code == 200 and not TOTPDevice.objects.filter(user=director, confirmed=True).exists()
    # A wrong code makes the device wait a moment before the next try (throttling).
    device.refresh_from_db()
    assert device.throttling_failure_count == 1
    device.throttle_reset()
    right = client.post("/admin/2fa/setup/", {"code": _code(device), "next": "/admin/pages/"})
    # The recovery codes, shown once, then on to where the director was going.
    assert right.status_code == 302 and right["Location"].startswith("/admin/2fa/recovery-codes/")
    codes = client.get(right["Location"])
    assert codes.status_code == 200 and 'href="/admin/pages/"' in codes.content.decode()
    assert len(_recovery_codes(codes)) == 10
    assert client.get(right["Location"]).status_code == 302  # only once
    assert client.get("/admin/pages/").status_code == 200

    # The next sign-in asks for a code.
    other = Client()
    other.force_login(director)
    response = other.get("/admin/")
    assert response.status_code == 302 and "/admin/2fa/verify/" in response["Location"]
    device.refresh_from_db()
    device.last_t = -1  # the test's code is reused within the same 30 seconds
    device.save()
    assert other.post("/admin/2fa/verify/", {"code": _code(device), "next": "/admin/"}).status_code == 302
    assert other.get("/admin/").status_code == 200


def test_an_editor_may_use_the_admin_without_it_but_once_on_it_is_asked():
    editor = make_user("otp-editor", "Editors")
    client = Client()
    client.force_login(editor)
    assert client.get("/admin/").status_code == 200
    client.get("/admin/2fa/setup/")
    device = TOTPDevice.objects.get(user=editor)
    client.post("/admin/2fa/setup/", {"code": _code(device)})
    fresh = Client()
    fresh.force_login(editor)
    assert "/admin/2fa/verify/" in fresh.get("/admin/").get("Location", "")


def test_the_requirement_can_be_turned_off_for_the_demo(settings):
    settings.MINISTRY_2FA_ENFORCED = False
    client = Client()
    client.force_login(make_user("otp-director2", "Directors"))
    assert client.get("/admin/").status_code == 200


def test_the_password_alone_cannot_replace_a_directors_authenticator(director_with_authenticator):
    director, real_device, _codes = director_with_authenticator
    attacker = _sign_in(director.username)  # knows the password, not the phone
    assert "/admin/2fa/verify/" in attacker.get("/admin/pages/")["Location"]

    setup = attacker.get("/admin/2fa/setup/")
    assert setup.status_code == 302 and "/admin/2fa/verify/" in setup["Location"]
    assert "two-factor-secret" not in setup.content.decode()
    # A code for a secret the attacker knows (as the old set-up page handed out) changes nothing.
    planted = TOTPDevice.objects.filter(user=director, confirmed=False).first() or TOTPDevice.objects.create(
        user=director, name="planted", confirmed=False
    )
    response = attacker.post("/admin/2fa/setup/", {"code": _code(planted), "next": "/admin/pages/"})
    assert response.status_code == 302 and "/admin/2fa/verify/" in response["Location"]
    assert attacker.get("/admin/pages/").status_code == 302
    planted.refresh_from_db()
    assert not planted.confirmed
    assert list(TOTPDevice.objects.filter(user=director, confirmed=True)) == [real_device]

    # The director's own authenticator still works.
    _reuse_allowed(real_device)
    director_client = _sign_in(director.username)
    verified = director_client.post("/admin/2fa/verify/", {"code": _code(real_device), "next": "/admin/pages/"})
    assert verified["Location"] == "/admin/pages/"
    assert director_client.get("/admin/pages/").status_code == 200


@pytest.mark.parametrize(
    "path",
    [
        "/admin/",
        "/admin/pages/",
        "/admin/account/",
        "/admin/users/",
        "/admin/api/main/pages/",
        "/admin/login/",
        "/admin/2fa/",
        "/admin/2fa/setup/",
        "/admin/2fa/recovery-codes/",
        "/admin/2fa/verify/../../pages/",
        "/admin/2fa/setup/x/",
    ],
)
def test_a_half_finished_sign_in_reaches_no_admin_page(director_with_authenticator, path):
    attacker = _sign_in(director_with_authenticator[0].username)
    response = attacker.get(path, follow=True)
    final = response.redirect_chain[-1][0] if response.redirect_chain else path
    assert final.startswith("/admin/2fa/verify/") or response.status_code == 404, (path, final)
    assert "two-factor-secret" not in response.content.decode()


def test_a_half_finished_sign_in_is_a_visitor_outside_the_admin(director_with_authenticator):
    director, device, _codes = director_with_authenticator
    draft_only = MinistryDocument.objects.create(
        title="قرارداد پیش‌نویس", file=SimpleUploadedFile("draft-contract.pdf", b"%PDF-1.4 draft")
    )
    attacker = _sign_in(director.username)
    assert attacker.get(draft_only.url).status_code == 404  # as for the public

    _reuse_allowed(device)
    attacker.post("/admin/2fa/verify/", {"code": _code(device)})
    assert attacker.get(draft_only.url).status_code == 200  # the director, after the code


def test_replacing_the_authenticator_needs_the_current_one_and_is_announced(director_with_authenticator):
    director, old_device, codes = director_with_authenticator
    client = _sign_in(director.username)
    _reuse_allowed(old_device)
    client.post("/admin/2fa/verify/", {"code": _code(old_device)})
    page = client.get("/admin/2fa/setup/")
    assert page.status_code == 200 and 'name="current_code"' in page.content.decode()
    new_device = TOTPDevice.objects.get(user=director, confirmed=False)

    # A verified session alone (a browser left open) is not enough.
    refused = client.post("/admin/2fa/setup/", {"code": _code(new_device), "current_code": "000000"})
    assert refused.status_code == 200
    new_device.refresh_from_db()
    assert not new_device.confirmed
    assert TOTPDevice.objects.filter(pk=old_device.pk, confirmed=True).exists()
    assert mail.outbox == []

    # The phone is lost: a recovery code stands in for the current authenticator.
    replaced = client.post("/admin/2fa/setup/", {"code": _code(new_device), "current_code": codes[0].upper()})
    assert replaced.status_code == 302 and replaced["Location"].startswith("/admin/2fa/recovery-codes/")
    new_codes = _recovery_codes(client.get(replaced["Location"]))
    assert len(new_codes) == 10 and not set(new_codes) & set(codes)
    assert list(TOTPDevice.objects.filter(user=director, confirmed=True)) == [new_device]
    assert ModelLogEntry.objects.filter(
        action=two_factor.REPLACED_ACTION, object_id=str(director.pk), user=director
    ).exists()
    # Announced to the account's address, in its owner's language (Dari).
    assert len(mail.outbox) == 1
    notice = mail.outbox[0]
    assert notice.to == [director.email]
    assert director.username in notice.body
    assert re.search("[\u0600-\u06ff]", notice.subject)

    # The old authenticator and the old recovery codes sign in no more.
    other = _sign_in(director.username)
    assert other.post("/admin/2fa/verify/", {"code": _code(old_device)}).status_code == 200
    assert other.post("/admin/2fa/verify/", {"code": codes[1]}).status_code == 200
    assert other.get("/admin/pages/").status_code == 302
    StaticDevice.objects.filter(user=director).update(throttling_failure_count=0)  # no wait for the next try
    assert other.post("/admin/2fa/verify/", {"code": new_codes[0]}).status_code == 302
    assert other.get("/admin/pages/").status_code == 200


def test_a_recovery_code_signs_in_once(director_with_authenticator):
    director, _device, codes = director_with_authenticator
    first = _sign_in(director.username)
    spaced = f"{codes[3][:4]} {codes[3][4:]}"
    assert first.post("/admin/2fa/verify/", {"code": spaced, "next": "/admin/pages/"})["Location"] == "/admin/pages/"
    assert first.get("/admin/pages/").status_code == 200
    second = _sign_in(director.username)
    again = second.post("/admin/2fa/verify/", {"code": codes[3]})
    assert again.status_code == 200 and "/admin/pages/" not in again.get("Location", "")
    assert second.get("/admin/pages/").status_code == 302
    # A wrong code makes the next one wait, and the page says so.
    hurried = second.post("/admin/2fa/verify/", {"code": codes[4]})
    assert hurried.status_code == 200 and "کمی صبر کنید" in hurried.content.decode()  # the director's Dari admin
