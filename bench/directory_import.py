"""How long the directory import takes for 5,000 organisations, and how many
queries the public directory listing makes.

    .venv/bin/python bench/directory_import.py            # a scratch SQLite database
    DATABASE_URL=postgres://... .venv/bin/python bench/directory_import.py

Without DATABASE_URL it migrates a scratch SQLite file in /tmp first. With it,
the database must be a scratch one: the script adds 5,000 organisations.
"""

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.dev")
if not os.environ.get("DATABASE_URL"):
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, reset_queries  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

ROWS = int(os.environ.get("BENCH_ROWS", "5000"))


def make_rows(count):
    from directory.geography import PROVINCES

    provinces = list(PROVINCES)
    categories = ["ministries", "media", "private-sector", "donors", "border-ports"]
    rows = []
    for number in range(count):
        rows.append(
            {
                "_row": number + 2,
                "key": f"bench-{number}",
                "category": categories[number % len(categories)],
                "name_fa": f"نهاد آزمایشی شماره {number}",
                "name_ps": f"ازمایښتي بنسټ {number}",
                "name_en": f"Benchmark organisation {number}",
                "province": provinces[number % len(provinces)],
                "phones": f"۰۷۹۹ {number % 1000:03d} {number % 997:03d}",
                "emails": f"office{number}@example.org",
                "visibility": "internal" if number % 5 == 0 else "public",
            }
        )
    return rows


def main():
    print(f"database: {connection.vendor}")
    started = time.perf_counter()
    call_command("migrate", verbosity=0)
    print(f"migrate: {time.perf_counter() - started:.1f} s")

    from directory import importer
    from directory.models import Organisation

    rows = make_rows(ROWS)
    started = time.perf_counter()
    planned = importer.plan_organisations(rows)
    plan_seconds = time.perf_counter() - started
    started = time.perf_counter()
    result = importer.apply("organisations", planned)
    apply_seconds = time.perf_counter() - started
    print(
        f"import of {ROWS} rows: dry run {plan_seconds:.1f} s, apply {apply_seconds:.1f} s, counts {result['counts']}"
    )
    print(f"organisation rows stored (three languages): {Organisation.objects.count()}")

    started = time.perf_counter()
    again = importer.plan_organisations(rows)
    print(f"re-import dry run: {time.perf_counter() - started:.1f} s, {importer.summary(again)}")

    from django.test import Client

    from ministry_site import demo

    demo.load(log=lambda line: None, pressroom=False)
    client = Client(HTTP_HOST="127.0.0.1")
    for url in (
        "/fa-af/directory/",
        "/fa-af/directory/?category=media&province=herat",
        "/en/directory/?q=organisation+12",
    ):
        client.get(url)
        reset_queries()
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            elapsed = time.perf_counter() - started
        print(f"{url}: {response.status_code}, {len(queries)} queries, {elapsed * 1000:.0f} ms")


if __name__ == "__main__":
    main()
