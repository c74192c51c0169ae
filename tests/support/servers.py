"""Real app server processes for the tests of this folder: a scratch
database, gunicorn with the production settings, and commands run as the
scheduler or an operator would run them (separate processes)."""

import http.client
import os
import subprocess
import sys
import uuid
from pathlib import Path

from django.conf import settings

from tests.support.network import free_port, wait_for_port

ROOT = Path(settings.BASE_DIR)
MANAGE = [sys.executable, str(ROOT / "manage.py")]


def production_env(tmp_path, database_url, **extra):
    """settings.production on the given database, with no Redis and local
    media files unless `extra` says otherwise (the embedded default)."""
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in ("REDIS_URL", "AWS_STORAGE_BUCKET_NAME", "ELASTICSEARCH_URL")
    }
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "settings.production",
            "SECRET_KEY": "servers-" + uuid.uuid4().hex * 2,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": database_url,
            "SECURE_SSL_REDIRECT": "0",
            "STATIC_ROOT": str(tmp_path / "static"),
            "MEDIA_ROOT": str(tmp_path / "media"),
            "PRIVATE_MEDIA_ROOT": str(tmp_path / "private"),
            "MINISTRY_2FA_ENFORCED": "0",
            # Production insists on a mail server; nothing listens there, so a
            # message these processes try to send is refused at once.
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": "9",
        }
    )
    env.update(extra)
    return env


def manage(env, *args, timeout=300):
    return subprocess.run(
        MANAGE + list(args), env=env, cwd=ROOT, check=True, timeout=timeout, capture_output=True, text=True
    )


def prepare(env):
    manage(env, "migrate", "--noinput", "-v0")
    manage(env, "collectstatic", "--noinput", "-v0")


def start_gunicorn(env, log_path, workers=1, extra_args=()):
    port = free_port()
    gunicorn = Path(sys.executable).with_name("gunicorn")
    log = open(log_path, "w")
    process = subprocess.Popen(
        [
            str(gunicorn),
            "ministry_site.wsgi",
            "-b",
            f"127.0.0.1:{port}",
            "-w",
            str(workers),
            "--timeout",
            "60",
            *extra_args,
        ],
        env=env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    wait_for_port(port, process, timeout=60)
    return process, port


def stop(process):
    process.terminate()
    try:
        process.wait(20)
    except subprocess.TimeoutExpired:
        process.kill()
        process.wait(5)


def get(port, path, headers=None):
    """(status, headers, text) of one anonymous GET, on a new connection."""
    connection = http.client.HTTPConnection("127.0.0.1", port, timeout=30)
    try:
        connection.request("GET", path, headers={"Host": "127.0.0.1", **(headers or {})})
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode("utf-8", "replace")
    finally:
        connection.close()
