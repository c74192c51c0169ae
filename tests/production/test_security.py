"""Headers on every response, the public pages' Content-Security-Policy, and
sign-in rate limiting (django-axes)."""

import datetime

import pytest
from django.test import Client
from django.utils import timezone

from tests.support.users import PASSWORD, make_user

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    "url", ["/fa-af/", "/ps/", "/en/", "/fa-af/search/?q=x", "/fa-af/no-such-page/", "/admin/login/"]
)
def test_security_headers_on_every_response(demo_site, url):
    response = Client().get(url)
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"


@pytest.mark.parametrize("url", ["/fa-af/", "/en/", "/ps/search/?q=x"])
def test_public_pages_forbid_inline_script(demo_site, url):
    policy = Client().get(url)["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    assert directives["script-src"] == "'self'"
    assert "unsafe-inline" not in policy and "unsafe-eval" not in policy
    assert directives["frame-ancestors"] == "'none'"


def _sign_in(client, username, password, address):
    return client.post(
        "/admin/login/", {"username": username, "password": password, "next": "/admin/"}, REMOTE_ADDR=address
    )


def test_five_failures_lock_that_username_from_that_address_for_15_minutes():
    from axes.models import AccessAttempt

    make_user("locked-editor", "Editors")
    client = Client()
    for _ in range(4):
        assert _sign_in(client, "locked-editor", "wrong", "10.0.0.5").status_code == 200
    assert _sign_in(client, "locked-editor", "wrong", "10.0.0.5").status_code == 429  # the fifth
    locked = _sign_in(client, "locked-editor", PASSWORD, "10.0.0.5")
    assert locked.status_code == 429
    assert "۱۵" in locked.content.decode() or "15" in locked.content.decode()
    # The same person from elsewhere, and others from here, are not locked.
    assert _sign_in(Client(), "locked-editor", PASSWORD, "10.0.0.6").status_code == 302
    make_user("colleague", "Editors")
    assert _sign_in(Client(), "colleague", PASSWORD, "10.0.0.5").status_code == 302
    # Never forever: after the cool-off the right password works again.
    AccessAttempt.objects.update(attempt_time=timezone.now() - datetime.timedelta(minutes=16))
    assert _sign_in(Client(), "locked-editor", PASSWORD, "10.0.0.5").status_code == 302


def _framing(response):
    policy = response["Content-Security-Policy"]
    directives = dict(part.strip().split(" ", 1) for part in policy.split(";") if part.strip())
    return directives["frame-ancestors"], response["X-Frame-Options"]


def test_the_admin_may_frame_a_preview_while_the_public_page_refuses_framing(demo_site):
    from django.contrib.auth import get_user_model

    from tests.support.forms import edit_form

    about = demo_site["fa-af"].get_children().get(slug="about").specific
    editor = Client()
    editor.force_login(get_user_model().objects.create_superuser("framer", "f@example.org", PASSWORD))
    preview_url = f"/admin/pages/{about.pk}/edit/preview/"
    data = edit_form(editor, about, body_text="متن پیش‌نمایش")
    assert editor.post(preview_url, data).json()["is_valid"]
    preview = editor.get(preview_url + "?in_preview_panel=true")
    assert preview.status_code == 200
    assert "متن پیش‌نمایش" in preview.content.decode()
    assert _framing(preview) == ("'self'", "SAMEORIGIN")
    # The same page, published, still refuses every frame (clickjacking).
    public = Client().get(about.url)
    assert public.status_code == 200
    assert _framing(public) == ("'none'", "DENY")


@pytest.mark.parametrize("url", ["/admin/login/", "/admin/", "/admin/pages/"])
def test_the_admin_has_a_policy_of_its_own(url):
    from django.contrib.auth import get_user_model

    client = Client()
    if url != "/admin/login/":
        client.force_login(get_user_model().objects.create_superuser("csp-root", "csp-root@example.org", PASSWORD))
    response = client.get(url)
    assert response.status_code == 200
    directives = dict(part.strip().split(" ", 1) for part in response["Content-Security-Policy"].split(";"))
    assert directives["default-src"] == "'self'"
    assert directives["connect-src"] == "'self'" and directives["form-action"] == "'self'"
    assert directives["object-src"] == "'none'" and directives["frame-ancestors"] == "'none'"
    assert "unsafe-eval" not in response["Content-Security-Policy"]
    # What Wagtail still writes inline is shown, without being allowed, by the report-only policy.
    report_only = dict(
        part.strip().split(" ", 1) for part in response["Content-Security-Policy-Report-Only"].split(";")
    )
    assert report_only["script-src"] == "'self'"
