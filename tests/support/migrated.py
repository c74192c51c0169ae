"""One migrated database for the whole test run.

Running the migrations (Wagtail's, wagtail-localize's and ours) takes about
30 s on this machine, and the suite needed them in every test process twice:
for pytest-django's test database and for the production stacks' template
(tests/support/servers.py). Now the first process that needs them migrates
one database; every test database and stack database is a copy of it (SQLite:
the file; PostgreSQL: CREATE DATABASE ... TEMPLATE).

The copy is named after a hash of what can change its contents (the project's
code, its requirements, Python's version), so a later run on the same machine
reuses it while nothing changed, and never reuses one made by other code.
"""

import fcntl
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import tempfile
import time
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGES = ("core", "home", "pressroom", "directory", "search", "media_relations", "press_events", "ministry_site")


def key():
    digest = hashlib.sha256(sys.version.encode())
    for name in ("requirements.txt", "requirements-dev.txt"):
        digest.update((ROOT / name).read_bytes())
    for package in sorted({*PACKAGES, *_more_packages()}) + ["settings"]:
        for path in sorted((ROOT / package).rglob("*.py")):
            digest.update(str(path.relative_to(ROOT)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:16]


def _more_packages():
    """Apps added later: every top-level package with migrations."""
    return {path.parent.parent.name for path in ROOT.glob("*/migrations/__init__.py")}


def locked(name):
    """A lock held by one process of this machine at a time, by name."""
    return file_lock(Path(tempfile.gettempdir()) / f"ministry-migrated-{name}.lock")


@contextmanager
def file_lock(lock_path):
    with open(lock_path, "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(lock, fcntl.LOCK_UN)


def _migrate(database_url):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings.test",
        "DATABASE_URL": database_url,
        "REDIS_URL": "",
        "ELASTICSEARCH_URL": "",
    }
    subprocess.run(  # nosec B603 # our own manage.py, fixed arguments
        [sys.executable, "manage.py", "migrate", "--noinput", "--run-syncdb", "-v0"],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
        text=True,
    )


def sqlite_file():
    """The path of a migrated SQLite database file (copy it, never write it)."""
    name = key()
    folder = Path(tempfile.gettempdir()) / f"ministry-migrated-{name}"
    ready = folder / "migrated.sqlite3"
    with locked(name):
        if not ready.exists():
            folder.mkdir(parents=True, exist_ok=True)
            partial = folder / "partial.sqlite3"
            partial.unlink(missing_ok=True)
            _migrate(f"sqlite:///{partial}")
            partial.rename(ready)
            forget_older("ministry-migrated-", keep=folder.name)
    return ready


def forget_older(prefix, keep):
    """Remove earlier runs' copies made from other code, and their lock
    files (a day old or more)."""
    for path in Path(tempfile.gettempdir()).glob(f"{prefix}*"):
        if path.name == keep or time.time() - path.stat().st_mtime <= 86400:
            continue
        if path.is_dir():
            shutil.rmtree(path, ignore_errors=True)
        elif path.suffix == ".lock":
            path.unlink(missing_ok=True)


def copy_sqlite_into(connection, path=None):
    """Fill `connection` (an open sqlite3 connection) with the migrated
    database, or with the SQLite file at `path`."""
    source = sqlite3.connect(path or sqlite_file())
    try:
        source.backup(connection)
    finally:
        source.close()


def admin_url(database_url):
    return database_url.rsplit("/", 1)[0] + "/postgres"


def postgres_template(database_url):
    """The name of a migrated PostgreSQL database on `database_url`'s server,
    to be used as a TEMPLATE (never connected to)."""
    import psycopg

    name = f"migrated_{key()}"
    with locked(name):
        with psycopg.connect(admin_url(database_url), autocommit=True) as admin:
            exists = admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", [name]).fetchone()
            if exists:
                return name
            partial = f"{name}_partial"
            admin.execute(f"DROP DATABASE IF EXISTS {partial} WITH (FORCE)")
            admin.execute(f"CREATE DATABASE {partial}")
        _migrate(database_url.rsplit("/", 1)[0] + f"/{partial}")
        with psycopg.connect(admin_url(database_url), autocommit=True) as admin:
            admin.execute(f"ALTER DATABASE {partial} RENAME TO {name}")
            # Copies made from other code are of no further use here.
            others = admin.execute(
                "SELECT datname FROM pg_database WHERE datname LIKE 'migrated\\_%%' AND datname <> %s", [name]
            ).fetchall()
            for (other,) in others:
                try:
                    admin.execute(f'DROP DATABASE IF EXISTS "{other}"')
                except psycopg.Error:
                    pass  # in use by a run of other code: it drops it later
    return name


def create_postgres_copy(database_url, target):
    """(Re)create database `target` as a copy of the migrated template."""
    import psycopg

    with psycopg.connect(admin_url(database_url), autocommit=True) as admin:
        admin.execute(f'DROP DATABASE IF EXISTS "{target}" WITH (FORCE)')
        for attempt in range(20):
            template = postgres_template(database_url)
            try:
                admin.execute(f'CREATE DATABASE "{target}" TEMPLATE {template}')
                return
            except (psycopg.errors.ObjectInUse, psycopg.errors.InvalidCatalogName):
                # Another process is copying the same template this instant, or
                # a run of other code dropped it (then it is made again).
                time.sleep(0.2 * (attempt + 1))
        raise RuntimeError(f"could not copy {template} into {target}")
