"""Real Celery worker processes over a scratch database (what the press
office's sending runs on), with a real broker: the Redis on this machine
when it answers (a queue of the test's own), else kombu's filesystem
transport in a folder of the test's own."""

import json
import signal
import sqlite3
import subprocess
import time
import uuid
from pathlib import Path

from tests.support import servers
from tests.support.redis import REDIS_URL, redis_answers

CELERY = Path(servers.sys.executable).with_name("celery")


def scratch_database(tmp_path):
    """(database URL, drop function): a PostgreSQL database beside the test
    database when the suite runs on PostgreSQL, else an SQLite file."""
    import os

    database_url = os.environ.get("DATABASE_URL", "")
    if not database_url.startswith("postgres"):
        return f"sqlite:///{tmp_path}/mailing.sqlite3", lambda: None
    import psycopg

    name = f"mailing_{uuid.uuid4().hex[:10]}"
    admin_url = database_url.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        admin.execute(f"CREATE DATABASE {name}")

    def drop():
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f"DROP DATABASE IF EXISTS {name} WITH (FORCE)")

    return database_url.rsplit("/", 1)[0] + f"/{name}", drop


def broker_url(tmp_path):
    return REDIS_URL if redis_answers() else "filesystem://"


def mail_env(tmp_path, database_url, smtp_port, broker=None, **extra):
    queue = f"mailing-test-{uuid.uuid4().hex[:8]}"
    return servers.production_env(
        tmp_path,
        database_url,
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp_port),
        EMAIL_USE_TLS="0",
        DEFAULT_FROM_EMAIL="press@moci.gov.af",
        SITE_BASE_URL="https://moci.gov.af",
        CELERY_BROKER_URL=broker or broker_url(tmp_path),
        CELERY_QUEUE=queue,
        VAR_DIR=str(tmp_path / "var"),
        MAILING_CLAIM_SECONDS="3",
        **extra,
    )


def start_worker(env, log_path, name):
    log = open(log_path, "w")
    return subprocess.Popen(  # nosec B603 # our own celery, fixed arguments
        [
            str(CELERY),
            "-A",
            "ministry_site",
            "worker",
            "-Q",
            env["CELERY_QUEUE"],
            "--pool=solo",
            "--without-mingle",
            "--without-gossip",
            "--without-heartbeat",
            "-n",
            f"{name}@%h",
            "--loglevel=INFO",
        ],
        env=env,
        cwd=servers.ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def kill(process):
    process.send_signal(signal.SIGKILL)
    process.wait(10)


def stop(process):
    if process.poll() is None:
        process.terminate()
        try:
            process.wait(20)
        except subprocess.TimeoutExpired:
            kill(process)


def run(env, script, timeout=300):
    """Run Python in a Django shell under `env`; returns its last line."""
    result = servers.manage(env, "shell", "-c", script, timeout=timeout)
    return result.stdout.strip().splitlines()[-1]


def query(env, sql, params=()):
    """Rows of one SQL query (written with %s placeholders) on `env`'s
    database, read from this process: polling costs no Django start-up."""
    url = env["DATABASE_URL"]
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url[len("sqlite:///") :], timeout=10) as connection:
            return connection.execute(sql.replace("%s", "?"), tuple(params)).fetchall()
    import psycopg

    with psycopg.connect(url) as connection:
        return connection.execute(sql, tuple(params)).fetchall()


def count(env, sql, params=()):
    return query(env, sql, params)[0][0]


def counts(env, mailing_id):
    """The mailing's deliveries per status, read straight from the database."""
    sql = "SELECT status, COUNT(*) FROM media_relations_delivery WHERE mailing_id = %s GROUP BY status"
    return dict(query(env, sql, (mailing_id,)))


def wait_until(predicate, timeout, step=0.5, what="the condition"):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = predicate()
        if value:
            return value
        time.sleep(step)
    raise AssertionError(f"{what} did not happen within {timeout} s")


SETUP = """
from django.contrib.auth.models import Group
from wagtail.models import Locale
from core.translation import source_strings, translate
from directory import factories as directory_factories
from home.models import HomePage
from media_relations import actions
from media_relations.models import DistributionList
from pressroom import factories
from tests.support.users import make_user

home = HomePage.objects.get(locale__language_code="fa-af")
index = factories.StatementIndexPageFactory(parent=home, slug="elamiye", title="اعلامیه‌ها")
statement = factories.StatementPageFactory(parent=index, slug="carpets", title="اعلامیه صادرات قالین")
for page in (index, statement):
    for language in ("ps", "en"):
        texts = source_strings(page)
        translate(page, language, {text: text if text == page.slug else f"[{language}] {text}" for text in texts})
outlet = directory_factories.organisation(category_slug="media", name="رسانه آزمایشی")["fa-af"]
languages = ["fa-af", "ps", "en"]
for number in range(RECIPIENTS):
    directory_factories.contact(outlet, key=f"journalist-{number}", preferred_language=languages[number % 3],
                                emails=[f"journalist{number}@example.org"])
media = DistributionList.objects.create(name="Media")
media.organisations.add(outlet)
editor = make_user("editor", "Editors")
director = make_user("director", "Directors")
mailing = actions.prepare(statement, [media], editor)
actions.submit(mailing, editor)
print(mailing.pk)
"""


def prepare_mailing(env, recipients):
    """A scratch database with a press release in three languages, `recipients`
    journalists and a mailing to them submitted for approval; its id."""
    servers.prepare(env)
    return int(run(env, SETUP.replace("RECIPIENTS", str(recipients))))


def approve(env, mailing_id):
    return servers.manage(env, "approve_mailing", str(mailing_id), "--as", "director").stdout


def progress(env, mailing_id):
    return json.loads(
        run(env, f"from django.core.management import call_command; call_command('mailing_progress', {mailing_id})")
    )
