"""A mailing to 10,000 recipients in three languages, sent by real Celery
workers (production settings) through a real broker to a local SMTP sink:
once with one worker process, once with two. Prints messages per second,
the time to the last message, each worker's memory as it goes, and how fast
the admin's progress view answers while the workers send.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python bench/mailing.py [--recipients 10000]

Without DATABASE_URL it uses an SQLite file (slower: one writer at a time);
without a Redis that answers, kombu's filesystem transport.
Target (issue 14): 10,000 in under 2 minutes with two workers on a 2-core
machine, memory flat, the progress view under 100 ms.
"""

import argparse
import asyncio
import http.client
import os
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from pathlib import Path

from aiosmtpd.controller import Controller
from workers import (  # bench/workers.py (the script's folder is on the path)
    free_port,
    manage,
    production_env,
    start_workers,
)

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent


class CountingSink:
    def __init__(self):
        self.count = 0
        self.first = None
        self.last = None
        self.lock = threading.Lock()

    async def handle_DATA(self, server, session, envelope):
        with self.lock:
            self.count += len(envelope.rcpt_tos)
            now = time.monotonic()
            self.first = self.first or now
            self.last = now
        return "250 OK"


def environment(folder, database_url, smtp_port):
    return production_env(
        folder,
        database_url,
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=str(smtp_port),
        EMAIL_USE_TLS="0",
        DEFAULT_FROM_EMAIL="press@moci.gov.af",
        SITE_BASE_URL="https://moci.gov.af",
        MAILING_PARALLEL_TASKS="4",
    )


SETUP = """
from django.contrib.sessions.backends.db import SessionStore
from wagtail.models import Locale
from core.translation import source_strings, translate
from directory import factories as directory_factories
from directory.models import ContactPerson
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
        translate(page, language, {t: t if t == page.slug else f"[{language}] {t}" for t in texts})
outlet = directory_factories.organisation(category_slug="media", name="رسانه")["fa-af"]
languages = ["fa-af", "ps", "en"]
ContactPerson.objects.bulk_create(
    [ContactPerson(organisation=outlet, key=f"j-{n}", name=f"خبرنگار {n}", name_latin=f"Journalist {n}",
                   preferred_language=languages[n % 3], emails=[f"j{n}@example.org"]) for n in range(RECIPIENTS)],
    batch_size=2000,
)
media = DistributionList.objects.create(name="Media")
media.organisations.add(outlet)
editor = make_user("editor", "Editors")
make_user("director", "Directors")
ids = []
for run in range(2):
    mailing = actions.prepare(statement, [media], editor)
    actions.submit(mailing, editor)
    ids.append(mailing.pk)
session = SessionStore()
session["_auth_user_id"] = str(editor.pk)
session["_auth_user_backend"] = "django.contrib.auth.backends.ModelBackend"
session["_auth_user_hash"] = editor.get_session_auth_hash()
session.create()
print(ids[0], ids[1], session.session_key)
"""


def counts(database_url, mailing_id):
    query = "SELECT status, COUNT(*) FROM media_relations_delivery WHERE mailing_id = %s GROUP BY status"
    if database_url.startswith("sqlite:///"):
        with sqlite3.connect(database_url[len("sqlite:///") :], timeout=30) as connection:
            return dict(connection.execute(query.replace("%s", "?"), (mailing_id,)).fetchall())
    import psycopg

    with psycopg.connect(database_url) as connection:
        return dict(connection.execute(query, (mailing_id,)).fetchall())


def rss_mb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def progress_timings(port, mailing_id, session_key, stop):
    timings = []
    while not stop.is_set():
        connection = http.client.HTTPConnection("127.0.0.1", port, timeout=10)
        started = time.perf_counter()
        path = f"/admin/media-relations/mailings/{mailing_id}/progress/"
        connection.request("GET", path, headers={"Cookie": f"sessionid={session_key}"})
        response = connection.getresponse()
        response.read()
        if response.status == 200:
            timings.append((time.perf_counter() - started) * 1000)
        connection.close()
        time.sleep(0.5)
    return timings


def run(env, mailing_id, worker_count, total, sink, folder, port, session_key):
    sink.count, sink.first, sink.last = 0, None, None
    workers = start_workers(env, folder, worker_count, f"bench-{mailing_id}-")
    time.sleep(4)  # the workers start and connect
    stop = threading.Event()
    timings = []
    poller = threading.Thread(target=lambda: timings.extend(progress_timings(port, mailing_id, session_key, stop)))
    poller.start()
    started = time.monotonic()
    manage(env, "approve_mailing", str(mailing_id), "--as", "director")
    memory = {n: [] for n in range(worker_count)}
    while True:
        for n, worker in enumerate(workers):
            memory[n].append(rss_mb(worker.pid))
        current = counts(env["DATABASE_URL"], mailing_id)
        if current.get("queued", 0) == 0 and sum(current.values()) == total:
            break
        if time.monotonic() - started > 900:
            print("  gave up after 15 minutes:", current)
            break
        time.sleep(1)
    elapsed = (sink.last or time.monotonic()) - started
    stop.set()
    poller.join()
    for worker in workers:
        worker.send_signal(signal.SIGTERM)
    for worker in workers:
        worker.wait(30)
    print(f"{worker_count} worker(s): {sink.count} messages received, {counts(env['DATABASE_URL'], mailing_id)}")
    print(f"  time from approval to the last message: {elapsed:.1f} s, {sink.count / elapsed:.0f} messages/s")
    for n, samples in memory.items():
        samples = [sample for sample in samples if sample]
        if samples:
            print(
                f"  worker {n + 1} memory (RSS): first {samples[0]:.0f} MB, max {max(samples):.0f} MB, "
                f"last {samples[-1]:.0f} MB"
            )
    if timings:
        timings.sort()
        p95 = timings[int(len(timings) * 0.95) - 1] if len(timings) > 1 else timings[0]
        print(
            f"  progress view while sending: {len(timings)} requests, median {statistics.median(timings):.0f} ms, "
            f"95th percentile {p95:.0f} ms, max {max(timings):.0f} ms"
        )


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--recipients", type=int, default=10_000)
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-mailing-"))
    sink = CountingSink()
    smtp_port = free_port()
    controller = Controller(sink, hostname="127.0.0.1", port=smtp_port)
    controller.start()
    base_url = os.environ.get("DATABASE_URL", "")
    scratch = None
    if base_url.startswith("postgres"):
        import psycopg

        scratch = f"bench_mailing_{uuid.uuid4().hex[:8]}"
        admin_url = base_url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {scratch}")
        database_url = base_url.rsplit("/", 1)[0] + f"/{scratch}"
    else:
        database_url = f"sqlite:///{folder}/bench.sqlite3"
    env = environment(folder, database_url, smtp_port)
    server = None
    try:
        print(f"database: {'PostgreSQL' if scratch else 'SQLite'}, broker: {env['CELERY_BROKER_URL'].split(':')[0]}")
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        first, second, session_key = manage(
            env, "shell", "-c", SETUP.replace("RECIPIENTS", str(args.recipients))
        ).split()[-3:]
        port = free_port()
        server = subprocess.Popen(
            [str(BIN / "gunicorn"), "ministry_site.wsgi", "-b", f"127.0.0.1:{port}", "-w", "1"],
            env=env,
            cwd=ROOT,
            stdout=open(folder / "gunicorn.log", "w"),
            stderr=subprocess.STDOUT,
        )
        time.sleep(3)
        print(f"{args.recipients} recipients, a third each in Dari, Pashto and English; a local SMTP sink")
        run(env, int(first), 1, args.recipients, sink, folder, port, session_key)
        run(env, int(second), 2, args.recipients, sink, folder, port, session_key)
    finally:
        if server is not None:
            server.terminate()
            server.wait(20)
        controller.stop()
        if scratch:
            import psycopg

            with psycopg.connect(admin_url, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)")
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    asyncio.set_event_loop(asyncio.new_event_loop())
    main()
