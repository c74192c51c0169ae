"""Two gunicorn app servers (production settings) sharing one database,
Redis and S3: a director publishes through one, a visitor sees it through
the other within a second; a session made on one is valid on the other."""

import os
import re
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest
from django.conf import settings

from tests.support import servers as stacks
from tests.support.http_client import Browser
from tests.support.network import free_port, wait_for_port
from tests.support.redis import REDIS_URL, redis_answers

ROOT = Path(settings.BASE_DIR)
pytestmark = pytest.mark.skipif(
    not redis_answers(),
    reason=f"the app servers share their cache through Redis, and none answers at {REDIS_URL}",
)


@pytest.fixture
def stack(moto_endpoint, tmp_path):
    import boto3

    database_url = os.environ.get("DATABASE_URL", "")
    scratch = None
    if database_url.startswith("postgres"):
        import psycopg

        scratch = f"appservers_{uuid.uuid4().hex[:10]}"
        admin_url = database_url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {scratch}")
        database_url = database_url.rsplit("/", 1)[0] + f"/{scratch}"
    else:
        database_url = f"sqlite:///{tmp_path}/shared.sqlite3"
    bucket = f"media-{uuid.uuid4().hex[:10]}"
    boto3.client(
        "s3",
        endpoint_url=moto_endpoint,
        region_name="us-east-1",
        aws_access_key_id="test",
        aws_secret_access_key="test",
    ).create_bucket(Bucket=bucket)
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings.production",
        "SECRET_KEY": "appservers-" + uuid.uuid4().hex * 2,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DATABASE_URL": database_url,
        "REDIS_URL": REDIS_URL,
        "REDIS_KEY_PREFIX": f"appservers-{uuid.uuid4().hex[:8]}",
        "EMAIL_HOST": "127.0.0.1",  # production insists on one; nothing listens on port 9
        "EMAIL_PORT": "9",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(tmp_path / "static"),
        "AWS_STORAGE_BUCKET_NAME": bucket,
        "AWS_S3_ENDPOINT_URL": moto_endpoint,
        "AWS_S3_REGION_NAME": "us-east-1",
        "AWS_ACCESS_KEY_ID": "test",
        "AWS_SECRET_ACCESS_KEY": "test",
        "AWS_S3_ADDRESSING_STYLE": "path",
    }
    manage = [sys.executable, str(ROOT / "manage.py")]
    stacks.prepare(env)
    setup = (
        "from django.contrib.auth.models import Group, User\n"
        "from wagtail.models import Locale\n"
        "from home.models import HomePage\n"
        "from pressroom import factories\n"
        "home = HomePage.objects.get(locale=Locale.objects.get(language_code='fa-af'))\n"
        "index = factories.NewsIndexPageFactory(parent=home, slug='akhbar', title='اخبار')\n"
        "story = factories.NewsPageFactory(parent=index, slug='tazeh', title='خبر دو سرور', draft=True)\n"
        "user = User.objects.create_user('director2', 'd@example.org', 'a-long-pass-phrase-1405')\n"
        "user.groups.add(Group.objects.get(name='Directors'))\n"
        "from django_otp.plugins.otp_totp.models import TOTPDevice\n"
        "device = TOTPDevice.objects.create(user=user, name='phone', confirmed=True)\n"
        "print(device.key)\n"
        "print(story.pk)\n"
    )
    result = subprocess.run(
        manage + ["shell", "-c", setup], env=env, cwd=ROOT, check=True, timeout=120, capture_output=True, text=True
    )
    *_, totp_key, page_id = result.stdout.strip().splitlines()
    page_id = int(page_id)
    servers = []
    ports = [free_port(), free_port()]
    gunicorn = Path(sys.executable).with_name("gunicorn")
    for port in ports:
        log = open(tmp_path / f"gunicorn-{port}.log", "w")
        servers.append(
            subprocess.Popen(
                [str(gunicorn), "ministry_site.wsgi", "-b", f"127.0.0.1:{port}", "-w", "2", "--timeout", "60"],
                env=env,
                cwd=ROOT,
                stdout=log,
                stderr=subprocess.STDOUT,
            )
        )
    try:
        for port, server in zip(ports, servers, strict=True):
            wait_for_port(port, server, timeout=60)
        yield {"ports": ports, "page_id": page_id, "totp_key": totp_key, "logs": tmp_path}
    finally:
        for server in servers:
            server.terminate()
            server.wait(20)
        if scratch:
            import psycopg

            with psycopg.connect(admin_url, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)")


def _logs(stack):
    return "\n".join(path.read_text()[-3000:] for path in Path(stack["logs"]).glob("gunicorn-*.log"))


def test_publish_on_one_server_is_seen_on_the_other_within_a_second(stack):
    first, second = stack["ports"]
    visitor = Browser(second)
    status, _headers, listing = visitor.request("GET", "/fa-af/akhbar/")
    assert status == 200, _logs(stack)
    assert "خبر دو سرور" not in listing
    assert visitor.request("GET", "/fa-af/akhbar/")[1].get("X-Page-Cache") == "hit"  # served from Redis now
    assert visitor.request("GET", "/fa-af/akhbar/tazeh/")[0] == 404

    director = Browser(first)
    status, _headers, form = director.request("GET", "/admin/login/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    status, headers, _ = director.request(
        "POST",
        "/admin/login/",
        {
            "csrfmiddlewaretoken": token,
            "username": "director2",
            "password": "a-long-pass-phrase-1405",
            "next": "/admin/",
        },
    )
    assert status == 302 and "sessionid" in director.cookies, _logs(stack)
    # Directors sign in with a second factor (production settings require it).
    from django_otp.oath import totp

    status, _headers, form = director.request("GET", "/admin/2fa/verify/?next=/admin/")
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    code = f"{totp(bytes.fromhex(stack['totp_key'])):06d}"
    status, _headers, _ = director.request(
        "POST", "/admin/2fa/verify/", {"csrfmiddlewaretoken": token, "code": code, "next": "/admin/"}
    )
    assert status == 302, _logs(stack)

    # The session made on the first server is valid on the second.
    same_director = Browser(second)
    same_director.cookies = dict(director.cookies)
    status, _headers, dashboard = same_director.request("GET", "/admin/")
    assert status == 200 and "director2" in dashboard

    status, _headers, confirm = director.request(
        "GET", f"/admin/bulk/wagtailcore/page/publish/?id={stack['page_id']}&next=/admin/"
    )
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', confirm).group(1)
    status, _headers, _ = director.request(
        "POST",
        f"/admin/bulk/wagtailcore/page/publish/?id={stack['page_id']}&next=/admin/",
        {"csrfmiddlewaretoken": token, "include_descendants": ""},
    )
    published = time.monotonic()
    assert status in (200, 302), _logs(stack)
    while True:
        status, _headers, page = visitor.request("GET", "/fa-af/akhbar/tazeh/")
        listing = visitor.request("GET", "/fa-af/akhbar/")[2]
        if status == 200 and "خبر دو سرور" in listing:
            break
        assert time.monotonic() - published < 1.0, "not visible on the other server within a second"
        time.sleep(0.05)


def test_static_files_are_hashed_compressed_and_cached_for_long(stack):
    """whitenoise on each app server: no separate static host needed."""
    visitor = Browser(stack["ports"][0])
    html = visitor.request("GET", "/fa-af/")[2]
    stylesheet = re.search(r'href="(/static/ministry_site/css/site\.[0-9a-f]{12}\.css)"', html)
    assert stylesheet, "the stylesheet's name carries its hash"
    status, headers, _ = visitor.request("GET", stylesheet.group(1), extra_headers={"Accept-Encoding": "gzip"})
    assert status == 200
    assert headers.get("Content-Encoding") == "gzip"
    assert "max-age=315360000" in headers.get("Cache-Control", "")
