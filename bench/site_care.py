"""Site care's nightly run at scale: 30,000 live pages (10,000 news items per
language, 200 to 800 words, five external links each) with 50,000 distinct
external links served by a local web server (tests/support/link_server.py;
1 % answer 404, 1 % redirect twice), checked by two real Celery worker
processes (production settings, the machine's Redis as broker when it
answers). Prints the time from queueing the nightly run to the last link
checked, the workers' memory, the time per page, the findings per check, and
how fast the Site health report answers with those findings.

    DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python bench/site_care.py

The script makes (once) a scratch database `bench_site_care_<pages>` beside
the one named in DATABASE_URL and fills it in bulk (not measured); each run
starts from no findings and every link due. BENCH_PAGES sets the pages per
language (default 10,000), BENCH_LINKS the distinct links (default 50,000).
PostgreSQL is required: two workers writing to one SQLite file wait on
each other's locks. Target (issue 16): under 15 minutes, report under 300 ms.
"""

import importlib.util
import math
import os
import random
import re
import signal
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
PER_LANGUAGE = int(os.environ.get("BENCH_PAGES", "10000"))
LINKS = int(os.environ.get("BENCH_LINKS", "50000"))
LINK_PORT = int(os.environ.get("BENCH_LINK_PORT", "18089"))
LINKS_PER_PAGE = 5
LANGUAGES = ["fa-af", "ps", "en"]
BASE_URL = os.environ.get("DATABASE_URL", "")
if not BASE_URL.startswith("postgres"):
    sys.exit("Set DATABASE_URL to a PostgreSQL server (postgres://user@host:port/db): see the top of this script.")
DATABASE = f"bench_site_care_{PER_LANGUAGE}"
DATABASE_URL = BASE_URL.rsplit("/", 1)[0] + f"/{DATABASE}"


def _module(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def ensure_database():
    import psycopg

    admin_url = BASE_URL.rsplit("/", 1)[0] + "/postgres"
    with psycopg.connect(admin_url, autocommit=True) as admin:
        if not admin.execute("SELECT 1 FROM pg_database WHERE datname = %s", (DATABASE,)).fetchone():
            admin.execute(f"CREATE DATABASE {DATABASE}")


ensure_database()
os.environ["DATABASE_URL"] = DATABASE_URL
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.dev")
mailing_bench = _module("bench_mailing", ROOT / "bench" / "mailing.py")
workers_bench = _module("bench_workers", ROOT / "bench" / "workers.py")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.utils import timezone  # noqa: E402

STEPS = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def step(number):
    text = ""
    for _ in range(4):
        number, remainder = divmod(number, 36)
        text = STEPS[remainder] + text
    return text


def vocabulary():
    from pressroom import demo_content

    words = {language: [] for language in LANGUAGES}

    def walk(value):
        if isinstance(value, dict):
            if set(value) >= set(LANGUAGES):
                for language in LANGUAGES:
                    if isinstance(value[language], str):
                        text = re.sub(r"<[^>]+>", " ", value[language])
                        words[language] += [w for w in re.findall(r"[\w\u200c]+", text) if not w.isdigit()]
                    else:
                        walk(value[language])
            else:
                for item in value.values():
                    walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    for name in dir(demo_content):
        if name.isupper():
            walk(getattr(demo_content, name))
    return words


def link(number):
    if number % 100 == 0:
        return f"http://127.0.0.1:{LINK_PORT}/status/404/{number}"
    if number % 100 == 1:
        return f"http://127.0.0.1:{LINK_PORT}/redirect/2/{number}"
    return f"http://127.0.0.1:{LINK_PORT}/page/{number}"


def build(words, rng):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Locale, Page

    from home.models import HomePage
    from pressroom.models import NewsIndexPage, NewsPage

    content_type = ContentType.objects.get_for_model(NewsPage)
    fields = list(NewsPage._meta.local_concrete_fields)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    insert = f"INSERT INTO {NewsPage._meta.db_table} ({columns}) VALUES ({', '.join(['%s'] * len(fields))})"
    keys = [uuid.UUID(int=rng.getrandbits(128)) for _ in range(PER_LANGUAGE)]
    now = timezone.now()
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        home = HomePage.objects.get(locale=locale)
        index = NewsIndexPage.objects.filter(locale=locale, slug="bench-news").first()
        if index is None:
            index = home.add_child(instance=NewsIndexPage(title="bench", slug="bench-news", locale=locale))
        for start in range(index.numchild, PER_LANGUAGE, 1000):
            stop = min(start + 1000, PER_LANGUAGE)
            pages, details = [], []
            for number in range(start, stop):
                text = " ".join(rng.choice(words[language]) for _ in range(rng.randint(200, 800)))
                title = " ".join(rng.choice(words[language]) for _ in range(rng.randint(5, 10)))
                if language == "fa-af" and number % 25 == 0:
                    title = title.replace("ک", "ك") + " كابل"
                slug = f"bench-{number}"
                date = now - timezone.timedelta(hours=number)
                pages.append(
                    Page(
                        title=title,
                        draft_title=title,
                        slug=slug,
                        path=index.path + step(number + 1),
                        depth=index.depth + 1,
                        numchild=0,
                        url_path=f"{index.url_path}{slug}/",
                        content_type=content_type,
                        live=True,
                        has_unpublished_changes=False,
                        first_published_at=date,
                        last_published_at=date,
                        latest_revision_created_at=date,
                        locale=locale,
                        translation_key=keys[number],
                    )
                )
                offset = (LANGUAGES.index(language) * PER_LANGUAGE + number) * LINKS_PER_PAGE
                anchors = "".join(
                    f'<p>{text[:40]} <a href="{link((offset + n) % LINKS)}">پیوند</a></p>'
                    for n in range(LINKS_PER_PAGE)
                )
                paragraphs = [text[i : i + 1500] for i in range(0, len(text), 1500)]
                body = [("paragraph", f"<p>{paragraph}</p>") for paragraph in paragraphs] + [("paragraph", anchors)]
                details.append({"summary": " ".join(text.split()[:30]), "date": date, "body": body})
            with transaction.atomic():
                created = Page.objects.bulk_create(pages)
                rows = []
                for page, detail in zip(created, details, strict=True):
                    item = NewsPage(page_ptr_id=page.pk, **detail)
                    rows.append([field.get_db_prep_save(getattr(item, field.attname), connection) for field in fields])
                with connection.cursor() as cursor:
                    cursor.executemany(insert, rows)
                Page.objects.filter(pk=index.pk).update(numchild=stop)
            print(f"  {language}: {stop} pages", flush=True)


def start_workers(env, folder, count=2):
    return workers_bench.start_workers(env, folder, count, "care", loglevel="INFO")


TASK_LINE = re.compile(r"Task (site_care\.\w+)\[[^\]]+\] (received|succeeded in ([0-9.]+)s)")


def task_counts(folder):
    counts, seconds = {}, {}
    for path in folder.glob("worker-*.log"):
        for name, event, duration in TASK_LINE.findall(path.read_text(errors="replace")):
            kind = "succeeded" if event.startswith("succeeded") else "received"
            counts[(name, kind)] = counts.get((name, kind), 0) + 1
            if duration:
                seconds[name] = seconds.get(name, 0.0) + float(duration)
    return counts, seconds


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(len(ordered) * fraction))]


def report_timings(director):
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(director)
    results = {}
    for label, query in [
        ("all", ""),
        ("check=external_link", "?check=external_link"),
        ("language=ps", "?language=ps"),
        ("page 40", "?p=40"),
    ]:
        client.get(f"/admin/site-care/{query}")
        timings = []
        for _ in range(15):
            started = time.perf_counter()
            response = client.get(f"/admin/site-care/{query}")
            timings.append((time.perf_counter() - started) * 1000)
            assert response.status_code == 200, response.status_code
        results[label] = timings
    return results


def main():
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.models import Page

    from site_care.models import ExternalLink, Finding
    from tests.support.link_server import LinkServer

    print(f"database: PostgreSQL {DATABASE}; {PER_LANGUAGE} pages per language, {LINKS} distinct links")
    call_command("migrate", verbosity=0)
    started = time.perf_counter()
    build(vocabulary(), random.Random(1405))
    total_pages = Page.objects.filter(depth__gt=1).count()
    print(f"pages: {total_pages} (built in {time.perf_counter() - started:.0f} s, not measured)")
    Finding.objects.all().delete()
    ExternalLink.objects.all().delete()  # PageLink rows go with them: every link due, as on a first night
    director = get_user_model().objects.filter(username="bench-director").first()
    if director is None:
        director = get_user_model().objects.create_user("bench-director", "d@example.org", "bench-password-0123")
        director.groups.add(Group.objects.get(name="Directors"))

    server = LinkServer(LINK_PORT).start()
    folder = Path(tempfile.mkdtemp(prefix="bench-site-care-"))
    env = mailing_bench.environment(folder, DATABASE_URL, 9)
    env.update({"SITE_CARE_LINK_TIMEOUT": "5", "SITE_CARE_ALLOW_PRIVATE_ADDRESSES": "1"})  # links served locally
    broker = env["CELERY_BROKER_URL"].split(":")[0]
    print(f"broker: {broker}, workers: 2 (one process each), machine: {os.cpu_count()} cores")
    workers = start_workers(env, folder)
    time.sleep(5)
    chunks = math.ceil(total_pages / 250)
    started = time.monotonic()
    mailing_bench.manage(env, "run_site_checks", "--queue")
    memory = {n: [] for n in range(len(workers))}
    pages_done_at = None
    try:
        while True:
            time.sleep(2)
            for n, worker in enumerate(workers):
                memory[n].append(mailing_bench.rss_mb(worker.pid))
            counts, _seconds = task_counts(folder)
            pages_done = counts.get(("site_care.check_pages", "succeeded"), 0)
            if pages_done >= chunks and pages_done_at is None:
                pages_done_at = time.monotonic() - started
            links_open = counts.get(("site_care.check_links", "received"), 0) - counts.get(
                ("site_care.check_links", "succeeded"), 0
            )
            due = ExternalLink.objects.filter(last_checked__isnull=True).count()
            if pages_done >= chunks and due == 0 and links_open == 0:
                break
            if time.monotonic() - started > 3600:
                print("  gave up after an hour")
                break
        elapsed = time.monotonic() - started
    finally:
        for worker in workers:
            worker.send_signal(signal.SIGTERM)
        for worker in workers:
            worker.wait(60)
        server.stop()
    counts, seconds = task_counts(folder)
    checked = ExternalLink.objects.exclude(last_checked__isnull=True).count()
    hits = sum(server.hits.values())
    minutes = elapsed / 60
    print(f"nightly run, 2 workers: {elapsed:.0f} s ({minutes:.1f} min) from queueing to the last link checked")
    tasks_done = counts.get(("site_care.check_pages", "succeeded"), 0)
    print(f"  pages: {total_pages} checked in {tasks_done} tasks, all done after {pages_done_at or 0:.0f} s")
    per_page = seconds.get("site_care.check_pages", 0.0) / total_pages * 1000
    print(f"  time per page (inside the workers, links recorded, findings stored): {per_page:.1f} ms")
    print(f"  links: {checked} distinct checked, {hits} requests to the link server (redirect hops included)")
    for n, samples in memory.items():
        samples = [sample for sample in samples if sample]
        if samples:
            first, peak, last = samples[0], max(samples), samples[-1]
            print(f"  worker {n + 1} memory (RSS): first {first:.0f} MB, max {peak:.0f} MB, last {last:.0f} MB")
    from site_care import runner

    print(f"findings: {Finding.objects.open().count()} open")
    for code, count in runner.open_counts():
        print(f"  {code}: {count}")
    for label, timings in report_timings(director).items():
        p50, p95 = statistics.median(timings), percentile(timings, 0.95)
        print(f"Site health report ({label}): p50 {p50:.0f} ms, p95 {p95:.0f} ms")


if __name__ == "__main__":
    main()
