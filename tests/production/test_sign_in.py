"""Sign-in and sign-out as the production profile runs them (gunicorn,
settings.production, one reverse proxy in front): lockouts count the address
the proxy saw, not the proxy's own nor one the visitor wrote into
X-Forwarded-For; signing out ends the session on the server; password reset
links never reach a log file."""

import re

import pytest
from axes.helpers import get_client_ip_address
from django.test import RequestFactory
from django.utils.module_loading import import_string

from tests.support import servers
from tests.support.http_client import Browser
from tests.support.network import free_port

PASSWORD = "a-long-pass-phrase-1405"
USERS = f"""
from django.contrib.auth.models import Group, User
for name in ('lock-director', 'lock-editor', 'signout-editor', 'reset-editor'):
    user = User.objects.create_user(name, name + '@example.org', '{PASSWORD}')
    user.groups.add(Group.objects.get(name='Directors' if name == 'lock-director' else 'Editors'))
"""


@pytest.fixture(scope="module")
def signin_server(tmp_path_factory):
    """One gunicorn process (production settings, a scratch SQLite database)
    that believes one reverse proxy stands in front of it, as nginx does."""
    tmp_path = tmp_path_factory.mktemp("signin")
    env = servers.production_env(
        tmp_path,
        f"sqlite:///{tmp_path}/signin.sqlite3",
        TRUSTED_PROXY_COUNT="1",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(free_port()),  # nothing listens: these tests send no mail
    )
    servers.prepare(env)
    servers.manage(env, "shell", "-c", USERS)
    access_log = tmp_path / "access.log"
    process, port = servers.start_gunicorn(
        env, tmp_path / "gunicorn.log", extra_args=["--access-logfile", str(access_log)]
    )
    try:
        yield {"port": port, "env": env, "log": tmp_path / "gunicorn.log", "access_log": access_log}
    finally:
        servers.stop(process)


def sign_in(port, username, password, forwarded_for=None):
    """A sign-in through the form, as a browser behind the proxy sends it."""
    headers = {"X-Forwarded-For": forwarded_for} if forwarded_for else {}
    browser = Browser(port)
    _status, _headers, form = browser.request("GET", "/admin/login/", extra_headers=headers)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    status, _headers, _body = browser.request(
        "POST",
        "/admin/login/",
        {"csrfmiddlewaretoken": token, "username": username, "password": password, "next": "/admin/"},
        extra_headers=headers,
    )
    return status, browser


def _counted_addresses(env):
    result = servers.manage(
        env,
        "shell",
        "-c",
        "from axes.models import AccessAttempt;print(sorted({a.ip_address for a in AccessAttempt.objects.all()}))",
    )
    return result.stdout.strip().splitlines()[-1]


def test_an_attackers_failures_do_not_lock_the_real_user_out(signin_server):
    port = signin_server["port"]
    # Five wrong passwords from 5.6.7.8 (the proxy appended it; 1.2.3.4 is the attacker's own text).
    statuses = [sign_in(port, "lock-director", "wrong", "1.2.3.4, 5.6.7.8")[0] for _ in range(5)]
    assert statuses == [200, 200, 200, 200, 429]
    # The attacker is locked out, whatever they write at the front of the header ...
    assert sign_in(port, "lock-director", PASSWORD, "5.6.7.9, 5.6.7.8")[0] == 429
    assert sign_in(port, "lock-director", PASSWORD, "10.1.1.1, 5.6.7.8")[0] == 429
    # ... and the director, at another address, signs in.
    assert sign_in(port, "lock-director", PASSWORD, "5.6.7.9")[0] == 302
    # Only the attacker's address was ever counted (not the proxy's, not the spoofed ones).
    assert _counted_addresses(signin_server["env"]) == "['5.6.7.8']"


def test_a_spoofed_address_cannot_lock_someone_else_out(signin_server):
    port = signin_server["port"]
    # The attacker writes the editor's address first; the proxy appends the real one.
    for _ in range(6):
        sign_in(port, "lock-editor", "wrong", "5.6.7.20, 203.0.113.9")
    assert sign_in(port, "lock-editor", PASSWORD, "5.6.7.20")[0] == 302


def test_the_lockouts_use_the_sites_address_rule(settings):
    """The setting names a function that exists, and django-axes calls it."""
    settings.TRUSTED_PROXY_COUNT = 1
    assert import_string(settings.AXES_CLIENT_IP_CALLABLE).__module__ == "core.client_address"
    request = RequestFactory().post("/admin/login/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="1.2.3.4, 5.6.7.8")
    assert get_client_ip_address(request) == "5.6.7.8"
    settings.TRUSTED_PROXY_COUNT = 2
    assert get_client_ip_address(request) == "1.2.3.4"
    settings.TRUSTED_PROXY_COUNT = 0  # no proxy: the connection's own address
    assert get_client_ip_address(request) == "127.0.0.1"
    settings.TRUSTED_PROXY_COUNT = 1
    garbage = RequestFactory().get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_FOR="<script>, not-an-address")
    assert get_client_ip_address(garbage) == "127.0.0.1"
    assert get_client_ip_address(RequestFactory().get("/", REMOTE_ADDR="10.0.0.7")) == "10.0.0.7"


def test_signing_out_ends_the_session_on_the_server(signin_server):
    port = signin_server["port"]
    status, editor = sign_in(port, "signout-editor", PASSWORD)
    assert status == 302
    cookies = dict(editor.cookies)
    assert editor.request("GET", "/admin/")[0] == 200

    # A GET (an old bookmark, a link elsewhere) changes nothing and says so:
    # no cookie deleted while the session lives on, but a button that signs out.
    status, _headers, page = editor.request("GET", "/admin/logout/")
    assert status == 200 and 'method="post"' in page
    assert editor.cookies["sessionid"] == cookies["sessionid"]

    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', page).group(1)
    status, headers, _ = editor.request("POST", "/admin/logout/", {"csrfmiddlewaretoken": token})
    assert status == 302 and "/admin/login/" in headers["Location"]
    # The old cookie, replayed, signs in no more.
    replay = Browser(port)
    replay.cookies = cookies
    status, headers, _ = replay.request("GET", "/admin/")
    assert status == 302 and "/admin/login/" in headers["Location"]


RESET_LINK = """
from django.contrib.auth.models import User
from django.contrib.auth.tokens import default_token_generator
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
user = User.objects.get(username='reset-editor')
print(urlsafe_base64_encode(force_bytes(user.pk)), default_token_generator.make_token(user))
"""


def test_password_reset_tokens_stay_out_of_the_logs(signin_server):
    port = signin_server["port"]
    uid, token = servers.manage(signin_server["env"], "shell", "-c", RESET_LINK).stdout.split()[-2:]
    link = f"/admin/password_reset/confirm/{uid}/{token}/"
    visitor = Browser(port)
    status, headers, _ = visitor.request("GET", link)
    assert status == 302 and "set-password" in headers["Location"]  # the link worked
    # Django logs the path of a refused request (here: a form sent without its CSRF token) ...
    assert Browser(port).request("POST", link, {"new_password1": "x"})[0] == 403
    # ... and a page opened from the link carries it in the Referer.
    visitor.request("GET", "/admin/login/", extra_headers={"Referer": f"http://127.0.0.1:{port}{link}"})
    servers.get(port, "/healthz")  # one more line, so the access log has been written

    access_log = signin_server["access_log"].read_text()
    app_log = signin_server["log"].read_text()
    assert "password_reset/confirm/[redacted]/" in access_log  # the requests were logged ...
    assert "Forbidden" in app_log
    assert token not in access_log and token not in app_log  # ... without the token
