"""Search index writes per operation: the whole demo load, translating news
items into Pashto and English, and publishing them, each timed with the
index written after every save (django-tasks' immediate backend, as Wagtail
does by default) and once per operation (core.patches.search_index_once,
the site's setting). Prints seconds and index writes for both (after a first load, unmeasured,
that warms what the first load of a process pays for).

    .venv/bin/python bench/indexing.py
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_indexing .venv/bin/python bench/indexing.py

Without DATABASE_URL it uses a scratch SQLite file in /tmp. The database
must be a scratch one: the script migrates it; everything it adds is rolled
back after each measurement, so both ways start from the same state.
BENCH_ITEMS sets the number of news items translated (default 20), BENCH_ROUNDS
how often both ways are measured, one after the other (default 2).
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
os.environ.setdefault("DEMO_CREDENTIALS_FILE", f"{tempfile.mkdtemp()}/demo-credentials.json")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import transaction  # noqa: E402
from django.test.utils import override_settings  # noqa: E402
from django_tasks.signals import task_finished  # noqa: E402

ITEMS = int(os.environ.get("BENCH_ITEMS", "20"))
ROUNDS = int(os.environ.get("BENCH_ROUNDS", "2"))  # the two ways alternate: a slow moment of the machine hits both
WAYS = {
    "after every save": "django_tasks.backends.immediate.ImmediateBackend",
    "once per operation": "core.patches.search_index_once.ImmediateBackendIndexingOnce",
}
INDEX_TASK = "modelsearch.tasks.insert_or_update_object_task"


class Rollback(Exception):
    pass


def measured(step):
    """(seconds, index writes) of `step()`, its changes rolled back."""
    writes = [0]

    def count(sender, task_result, **kwargs):
        writes[0] += task_result.task.module_path == INDEX_TASK

    task_finished.connect(count)
    started = time.perf_counter()
    try:
        with transaction.atomic():
            step()
            elapsed = time.perf_counter() - started
            raise Rollback
    except Rollback:
        pass
    finally:
        task_finished.disconnect(count)
    return elapsed, writes[0]


def demo_load():
    from ministry_site import demo

    demo.load(log=lambda line: None)


def translate_page(page, language):
    from core.translation import source_strings, translate

    translate(
        page, language, {text: text if text == page.slug else f"[{language}] {text}" for text in source_strings(page)}
    )


def translated_news():
    from home.models import HomePage
    from pressroom import factories

    home = HomePage.objects.get(locale__language_code="fa-af")
    index = factories.NewsIndexPageFactory(parent=home, slug="bench-news", title="اخبار")
    for language in ("ps", "en"):
        translate_page(index, language)
    for number in range(ITEMS):
        story = factories.NewsPageFactory(parent=index, title=f"خبر شماره {number}")
        for language in ("ps", "en"):
            translate_page(story, language)


def main():
    call_command("migrate", verbosity=0)
    print(f"database: {django.db.connection.vendor}; {ITEMS} news items, each published and translated twice")
    # Once unmeasured first: the first load also imports modules and compiles templates.
    measured(demo_load)
    for round_number in range(1, ROUNDS + 1):
        for way, backend in WAYS.items():
            with override_settings(TASKS={"default": {"BACKEND": backend}}):
                load_seconds, load_writes = measured(demo_load)
                news_seconds, news_writes = measured(translated_news)
            print(f"round {round_number}, index written {way}:")
            print(f"  whole demo load: {load_seconds:6.1f} s, {load_writes} index writes")
            print(
                f"  news items: {news_seconds:6.1f} s ({news_seconds / ITEMS:.2f} s per item and its two translations),"
                f" {news_writes} index writes"
            )


if __name__ == "__main__":
    main()
