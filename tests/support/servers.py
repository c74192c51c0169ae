"""Real app server processes for the tests of this folder: a scratch
database, gunicorn with the production settings, and commands run as the
scheduler or an operator would run them (separate processes)."""

import hashlib
import http.client
import os
import shutil
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

from django.conf import settings

from tests.support import migrated
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
    result = subprocess.run(MANAGE + list(args), env=env, cwd=ROOT, timeout=timeout, capture_output=True, text=True)
    if result.returncode:
        command = " ".join(args)[:200]
        raise AssertionError(f"manage.py {command} failed:\n{result.stdout[-2000:]}\n{result.stderr[-4000:]}")
    return result


# Migrating a database and collecting the static files take most of a
# server stack's set-up: the run migrates one database (tests/support/migrated.py)
# and the static files are collected once (a minute of brotli compression) into
# a folder this machine keeps while they are unchanged; stacks get copies.


def static_key():
    """A hash of what collectstatic's result depends on: the installed
    packages (the requirements, pinned), Python, the settings, and every file
    in the project's static folders."""
    digest = hashlib.sha256(sys.version.encode())
    for name in ("requirements.txt", "requirements-dev.txt"):
        digest.update((ROOT / name).read_bytes())
    sources = sorted(ROOT.glob("settings/*.py")) + sorted(path for path in ROOT.glob("*/static/**/*") if path.is_file())
    for path in sources:
        digest.update(str(path.relative_to(ROOT)).encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _collected_static(env):
    """The folder of the collected static files (never write into it)."""
    name = f"ministry-static-{static_key()}"
    folder = Path(tempfile.gettempdir()) / name
    with migrated.locked(name):
        if not (folder / "static").exists():
            shutil.rmtree(folder / "partial", ignore_errors=True)
            manage({**env, "STATIC_ROOT": str(folder / "partial")}, "collectstatic", "--noinput", "-v0")
            (folder / "partial").rename(folder / "static")
            migrated.forget_older("ministry-static-", keep=name)
    return folder / "static"


def prepare(env):
    """Give `env`'s (empty or absent) database the migrated schema and data,
    and its STATIC_ROOT the collected static files: copies of what the run
    made the first time (migrate and collectstatic, as deployed)."""
    url = env["DATABASE_URL"]
    if url.startswith("postgres"):
        migrated.create_postgres_copy(url, url.rsplit("/", 1)[1])
    elif url.startswith("sqlite:///"):
        shutil.copyfile(migrated.sqlite_file(), url[len("sqlite:///") :])
    else:
        manage(env, "migrate", "--noinput", "-v0")
    static = Path(env["STATIC_ROOT"])
    shutil.rmtree(static, ignore_errors=True)
    shutil.copytree(_collected_static(env), static, symlinks=True)


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
