"""Two-factor sign-in: required for Directors, available to everyone."""

import pytest
from django.test import Client
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice

from tests.workflow.conftest import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def enforced(settings):
    settings.MINISTRY_2FA_ENFORCED = True


def _code(device):
    return f"{totp(device.bin_key, device.step, device.t0, device.digits, device.drift):06d}"


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
    assert right.status_code == 302 and right["Location"] == "/admin/pages/"
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
