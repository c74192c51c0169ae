"""Media monitoring under load: SOURCES feeds × ITEMS items served by a local
HTTP server (Dari, Pashto and English texts; every odd source repeats one
item in ten of the source before it with a few words changed), fetched,
extracted, identified, deduplicated and matched by real Celery workers
(production settings, a real broker) with one worker process, then two.
Prints articles per minute, duplicates found against the truth, language
identification against the truth and the workers' peak memory; then the
digest of a day with 1,000 clippings and the inbox listing at 100,000
clippings, timed.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python bench/monitoring.py [--sources 200 --items 50] [--clippings 100000]

Without DATABASE_URL it uses an SQLite file (one writer at a time); without
a Redis that answers, kombu's filesystem transport.
Targets (issue 15): 10,000 articles in under 10 minutes with two workers,
the digest of 1,000 clippings in under 5 s, the inbox under 200 ms at
100,000 clippings.
"""

import argparse
import datetime
import json
import os
import random
import shutil
import signal
import sys
import tempfile
import threading
import time
import uuid
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

from workers import (  # bench/workers.py (the script's folder is on the path)
    free_port,
    manage,
    production_env,
    start_workers,
)

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(PYTHON).parent

WORDS = {
    "fa-af": (
        "وزارت صنعت تجارت صادرات قالین بندر حیرتان ترانزیت بازار قیمت آرد روغن کابل هرات بلخ بازرگانان کارخانه "
        "تولید داخلی سرمایه‌گذاری گمرک تعرفه نمایشگاه ولایت مردم حکومت گفت افزود اعلام کرد است شده‌اند می‌شود "
        "برای از با در به که این آن روز هفته ماه سال گذشته آینده افزایش کاهش برنامه پروژه همکاری کشور منطقه "
        "اقتصاد اقتصادی رشد مشکل راه حل جلسه هیئت سفر توافق امضا قرارداد شرکت خصوصی بخش کارگران زنان جوانان"
    ).split(),
    "ps": (
        "د سوداګرۍ او صنعت وزارت ویاند ویلي چې صادرات قالینو بندر تورخم ترانزیټ بازار بیه اوړه غوړي کابل هرات "
        "بلخ سوداګر فابریکه تولید کورني پانګونه ګمرک تعرفه نندارتون ولایت خلک حکومت وویل زیاته کړه اعلان وکړ "
        "دي شوي کېږي لپاره له سره په ته دا هغه ورځ اونۍ میاشت کال تېر راتلونکی زیاتوالی کمښت پروګرام پروژه "
        "همکاري هېواد سیمه اقتصاد وده ستونزه حل غونډه پلاوی سفر تړون لاسلیک شرکت خصوصي برخه کارګر ښځې ځوانان"
    ).split(),
    "en": (
        "the ministry of commerce and industry said exports carpets port Torkham Hairatan transit market prices "
        "flour oil Kabul Herat Balkh traders factory production domestic investment customs tariffs exhibition "
        "province people government added announced has been will be for from with in to that this day week "
        "month year last next increase decrease programme project cooperation country region economy growth "
        "problem solution meeting delegation visit agreement signed contract company private sector workers women"
    ).split(),
}
LANGUAGES = ["fa-af", "ps", "en"]


def language_of(source):
    return LANGUAGES[source % 3]


def story_of(source, item):
    """(origin source, item) whose text this item carries: odd sources repeat
    one item in ten of the source before them."""
    if source % 2 == 1 and item % 10 == 0:
        return source - 1, item
    return source, item


def text_of(source, item):
    origin = story_of(source, item)
    language = language_of(origin[0])
    rng = random.Random(f"{origin[0]}-{origin[1]}")  # nosec B311 # text for a benchmark
    words = [rng.choice(WORDS[language]) for _ in range(140)]
    if origin != (source, item):
        change = random.Random(f"copy-{source}-{item}")  # nosec B311
        for _ in range(4):  # a few words changed, as another outlet would
            words[change.randrange(len(words))] = change.choice(WORDS[language])
    paragraphs = [" ".join(words[i : i + 35]) + "." for i in range(0, len(words), 35)]
    return f"{origin[0]}-{origin[1]} " + " ".join(words[:8]), paragraphs, language


class Site:
    def __init__(self, sources, items):
        self.sources, self.items = sources, items
        self.port = free_port()
        self.served = 0

    def feed(self, source):
        when = format_datetime(datetime.datetime.now(datetime.UTC))
        parts = ['<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>bench</title>']
        for item in range(self.items):
            title, _paragraphs, _language = text_of(source, item)
            link = f"http://127.0.0.1:{self.port}/s{source}/a{item}"
            parts.append(
                f"<item><title>{escape(title)}</title><link>{link}</link><guid>s{source}-a{item}</guid>"
                f"<pubDate>{when}</pubDate></item>"
            )
        parts.append("</channel></rss>")
        return "".join(parts).encode()

    def page(self, source, item):
        title, paragraphs, language = text_of(source, item)
        body = "".join(f"<p>{escape(p)}</p>" for p in paragraphs)
        return (
            f'<!DOCTYPE html><html lang="{language}"><head><meta charset="utf-8"><title>{escape(title)}</title></head>'
            f'<body><nav><a href="/">Home</a> <a href="/economy">Economy</a></nav><main><article>'
            f"<h1>{escape(title)}</h1>{body}</article></main><footer>©</footer></body></html>"
        ).encode()

    def start(self):
        site = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"
            disable_nagle_algorithm = True  # headers and body leave at once, no 40 ms wait for an ACK

            def log_message(self, *args):
                pass

            def do_GET(self):
                parts = self.path.strip("/").split("/")
                try:
                    source = int(parts[0][1:])
                    if parts[1] == "feed.xml":
                        body, kind = site.feed(source), "application/rss+xml"
                    else:
                        body, kind = site.page(source, int(parts[1][1:])), "text/html; charset=utf-8"
                except (ValueError, IndexError):
                    body, kind = b"no", "text/plain"
                site.served += 1
                self.send_response(200)
                self.send_header("Content-Type", kind)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self


def environment(folder, database_url):
    return production_env(
        folder, database_url, EMAIL_HOST="127.0.0.1", EMAIL_PORT="9", MONITORING_ALLOW_PRIVATE_ADDRESSES="1"
    )


def shell(env, script):
    return manage(env, "shell", "-c", script).strip().splitlines()[-1]


SETUP = """
from monitoring.models import Rule, Source
Source.objects.bulk_create([Source(name=f"bench {n}", feed_url=f"http://127.0.0.1:PORT/s{n}/feed.xml",
    language_hint=["fa-af", "ps", "en"][n % 3], country="AF") for n in range(SOURCES)])
Rule.objects.create(name="exports", terms_any="صادرات\\nexports\\nد قالینو صادرات")
Rule.objects.create(name="ports", terms_all="بندر", terms_any="حیرتان\\nتورخم")
Rule.objects.create(name="ministry", terms_any="Ministry of Commerce\\nوزارت صنعت")
print("ok")
"""

RESET = """
from monitoring.models import Article, Clipping, Source, Story
Clipping.objects.all().delete(); Article.objects.all().delete(); Story.objects.all().delete()
Source.objects.update(next_due=None, etag="", last_modified="", last_checked=None)
print("ok")
"""

PROGRESS = """
from monitoring.models import Article
print(Article.objects.count(), Article.objects.filter(status__in=["done", "failed", "no_text"]).count())
"""

RESULTS = """
import json
from collections import Counter
from django.db.models import Count
from monitoring.models import Article, Clipping, Story
rows = list(Article.objects.values_list("title", "story_id", "language", "status"))
print(json.dumps({"rows": rows, "clippings": Clipping.objects.count(), "stories": Story.objects.count()}))
"""


def rss_mb(pid):
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        return None
    return None


def tree_rss(pid):
    """The worker's memory with its children (the solo pool has none)."""
    return rss_mb(pid) or 0


def judge(results, sources, items):
    """Duplicates found and language identification against the truth."""
    truth_story, truth_language = {}, {}
    for source in range(sources):
        for item in range(items):
            origin = story_of(source, item)
            truth_story[f"{source}-{item}"] = origin
            truth_language[f"{source}-{item}"] = language_of(origin[0])
    groups = {}
    right_language = wrong_language = 0
    confusions = {}
    for title, story_id, language, status in results["rows"]:
        if status != "done":
            continue
        origin = title.split()[0]  # "<origin source>-<origin item>" heads every title
        groups.setdefault(story_id, set()).add(origin)
        expected = language_of(int(origin.split("-")[0]))
        if language == expected:
            right_language += 1
        else:
            wrong_language += 1
            confusions[f"{expected}->{language}"] = confusions.get(f"{expected}->{language}", 0) + 1
    done = sum(1 for row in results["rows"] if row[3] == "done")
    true_duplicates = sum(
        1 for source in range(sources) for item in range(items) if story_of(source, item) != (source, item)
    )
    found_duplicates = done - len(groups)
    mixed = sum(1 for origins in groups.values() if len(origins) > 1)
    return (
        f"  duplicates: {found_duplicates} found, {true_duplicates} in the data; "
        f"{len(groups)} stories, {mixed} of them wrongly joining different stories\n"
        f"  language: {right_language} right, {wrong_language} wrong {confusions or ''}\n"
        f"  clippings made: {results['clippings']}"
    )


def run(env, worker_count, total, folder, sources, items):
    shell(env, RESET)
    workers = start_workers(env, folder, worker_count, f"bench{worker_count}-")
    time.sleep(5)  # the workers start and connect
    started = time.monotonic()
    manage(env, "fetch_sources", "--queue")
    peak = {n: 0.0 for n in range(worker_count)}
    finished = 0
    while True:
        for n, worker in enumerate(workers):
            peak[n] = max(peak[n], tree_rss(worker.pid))
        seen, finished = (int(x) for x in shell(env, PROGRESS).split())
        if seen >= total and finished >= total:
            break
        if time.monotonic() - started > 1800:
            print(f"  gave up after 30 minutes: {finished} of {total} articles through")
            break
        time.sleep(2)
    elapsed = time.monotonic() - started
    for worker in workers:
        worker.send_signal(signal.SIGTERM)
    for worker in workers:
        worker.wait(60)
    results = json.loads(shell(env, RESULTS))
    rate = finished / elapsed * 60
    print(f"{worker_count} worker(s): {finished} articles in {elapsed:.0f} s = {rate:.0f} articles/minute")
    print(judge(results, sources, items))
    print("  peak memory (RSS) per worker: " + ", ".join(f"{mb:.0f} MB" for mb in peak.values()))


DIGEST = """
import datetime, random, time
from django.utils import timezone
from monitoring import digest
from monitoring.models import Clipping, Rule
rules = list(Rule.objects.all())
day = timezone.localdate() - datetime.timedelta(days=1)
start = timezone.make_aware(datetime.datetime.combine(day, datetime.time(0, 0)))
rng = random.Random(1)
made = Clipping.objects.bulk_create([
    Clipping(title=f"خبر شماره {n}", outlet_name=f"رسانه {n % 40}", language=["fa-af", "ps", "en"][n % 3],
             when=start + datetime.timedelta(seconds=n * 80),
             tone=rng.choice(["positive", "neutral", "negative", "mixed", ""]),
             importance=3 if n % 20 == 0 else 2, kind="online" if n % 25 else "tv",
             summary_fa="خلاصه یک‌خطی خبر")
    for n in range(1000)], batch_size=1000)
Through = Clipping.subjects.through
Through.objects.bulk_create([Through(clipping_id=c.pk, rule_id=rules[n % len(rules)].pk) for n, c in enumerate(made)])
timings = []
for _ in range(3):
    began = time.perf_counter(); built = digest.build(day); timings.append(time.perf_counter() - began)
began = time.perf_counter(); pdf = digest.render_pdf(built); pdf_time = time.perf_counter() - began
print(f"{built.data['total']} {min(timings):.2f} {max(timings):.2f} {pdf_time:.2f} {len(pdf)}")
"""

INBOX = """
import datetime, random, statistics, time
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.test import Client
from django.utils import timezone
from monitoring.models import Clipping
have = Clipping.objects.count()
now = timezone.now()
rng = random.Random(2)
batch = []
for n in range(have, CLIPPINGS):
    batch.append(Clipping(
        title=f"خبر آزمایشی {n}", outlet_name=f"رسانه {n % 200}", language=["fa-af", "ps", "en"][n % 3],
        when=now - datetime.timedelta(minutes=n), tone=rng.choice(["positive", "neutral", "negative", ""]),
        status=rng.choice(["new", "judged", "judged", "discarded"]),
        excerpt="وزارت صنعت و تجارت گفت که صادرات قالین افزایش یافته است. " * 3, matched_terms=["صادرات"]))
    if len(batch) == 5000:
        Clipping.objects.bulk_create(batch); batch = []
Clipping.objects.bulk_create(batch)
user = get_user_model().objects.create_user("bench-monitor", "m@example.org", "x")
user.groups.add(Group.objects.get(name="Monitors"))
client = Client(HTTP_HOST="localhost")
client.force_login(user)
results = []
QUERIES = [
    ("new", {}),
    ("all, page 50", {"status": "", "p": "50"}),
    ("Pashto, negative", {"language": "ps", "tone": "negative", "status": ""}),
    ("outlet", {"outlet": "رسانه 17", "status": ""}),
]
for name, query in QUERIES:
    client.get("/admin/monitoring/", query)
    timings = []
    for _ in range(10):
        began = time.perf_counter()
        response = client.get("/admin/monitoring/", query)
        timings.append((time.perf_counter() - began) * 1000)
        assert response.status_code == 200, response.status_code
    results.append(f"{name}: median {statistics.median(timings):.0f} ms, max {max(timings):.0f} ms")
print(Clipping.objects.count(), " | ".join(results))
"""


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--sources", type=int, default=200)
    parser.add_argument("--items", type=int, default=50)
    parser.add_argument("--clippings", type=int, default=100_000)
    parser.add_argument("--workers", default="1,2", help="Worker counts to run, e.g. 1,2")
    args = parser.parse_args()
    folder = Path(tempfile.mkdtemp(prefix="bench-monitoring-"))
    base_url = os.environ.get("DATABASE_URL", "")
    scratch = None
    if base_url.startswith("postgres"):
        import psycopg

        scratch = f"bench_monitoring_{uuid.uuid4().hex[:8]}"
        admin_url = base_url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {scratch}")
        database_url = base_url.rsplit("/", 1)[0] + f"/{scratch}"
    else:
        database_url = f"sqlite:///{folder}/bench.sqlite3"
    env = environment(folder, database_url)
    site = Site(args.sources, args.items).start()
    total = args.sources * args.items
    try:
        print(f"database: {'PostgreSQL' if scratch else 'SQLite'}, broker: {env['CELERY_BROKER_URL'].split(':')[0]}")
        manage(env, "migrate", "--noinput", "-v0")
        manage(env, "collectstatic", "--noinput", "-v0")
        shell(env, SETUP.replace("PORT", str(site.port)).replace("SOURCES", str(args.sources)))
        print(
            f"{args.sources} sources × {args.items} items = {total} articles from a local server "
            f"(a third each in Dari, Pashto, English; every odd source repeats 1 in 10 of the one before)"
        )
        for count in (int(n) for n in args.workers.split(",") if n):
            run(env, count, total, folder, args.sources, args.items)
        clippings, fastest, slowest, pdf_time, pdf_size = shell(env, DIGEST).split()
        print(
            f"digest of a day with {clippings} clippings: built in {float(fastest):.2f}-{float(slowest):.2f} s; "
            f"its PDF rendered in {float(pdf_time):.2f} s ({int(pdf_size) // 1024} KB)"
        )
        line = shell(env, INBOX.replace("CLIPPINGS", str(args.clippings)))
        count, timings = line.split(" ", 1)
        print(f"inbox listing at {count} clippings (10 requests each, Django test client): {timings}")
    finally:
        site.server.shutdown()
        if scratch:
            import psycopg

            with psycopg.connect(admin_url, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)")
        shutil.rmtree(folder, ignore_errors=True)


if __name__ == "__main__":
    main()
