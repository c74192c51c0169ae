"""Site search at scale: 30,000 live pages (10,000 news items per language,
200 to 800 words each, in Dari, Pashto and English), then

- indexing time: `update_index` over all of them;
- search page latency (the whole request: view, search, template), p50 and
  p95 over 50 realistic queries per language, plus filtered, date-sorted and
  hostile queries.

    createdb -h 127.0.0.1 -U postgres bench_search
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_search .venv/bin/python bench/search.py

Without DATABASE_URL it uses a scratch SQLite file in /tmp. The database
must be a scratch one: the script migrates it and adds the pages (once; a
second run reuses them and measures again). BENCH_PAGES sets the number per
language (default 10,000).

The pages are inserted in bulk (treebeard paths computed here), which is
not what is measured; every word of their text comes from the demo content,
shuffled, so the vocabulary and word lengths are the directorate's own.
"""

import os
import random
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.dev")
if not os.environ.get("DATABASE_URL"):
    os.environ["DATABASE_URL"] = f"sqlite:///{tempfile.mkdtemp()}/bench.sqlite3"

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection, transaction  # noqa: E402
from django.test import Client  # noqa: E402
from django.utils import timezone  # noqa: E402

PER_LANGUAGE = int(os.environ.get("BENCH_PAGES", "10000"))
LANGUAGES = ["fa-af", "ps", "en"]
QUERIES_PER_LANGUAGE = 50
ALPHABET = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"


def vocabulary():
    """Words of the demo content, per language."""
    import re

    from pressroom import demo_content

    words = {language: [] for language in LANGUAGES}

    def walk(value):
        if isinstance(value, dict):
            if set(value) >= set(LANGUAGES):
                for language in LANGUAGES:
                    text = value[language]
                    if isinstance(text, str):
                        words[language] += re.findall(r"[\w\u200c]+", re.sub(r"<[^>]+>", " ", text))
                    else:
                        walk(text)
            else:
                for item in value.values():
                    walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    for name in dir(demo_content):
        if name.isupper():
            walk(getattr(demo_content, name))
    return {language: [word for word in found if not word.isdigit()] for language, found in words.items()}


def step(number):
    text = ""
    for _ in range(4):
        number, remainder = divmod(number, 36)
        text = ALPHABET[remainder] + text
    return text


def build(words, rng):
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Locale, Page

    from home.models import HomePage
    from pressroom.models import NewsIndexPage, NewsPage

    content_type = ContentType.objects.get_for_model(NewsPage)
    fields = list(NewsPage._meta.local_concrete_fields)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    insert = f"INSERT INTO {NewsPage._meta.db_table} ({columns}) VALUES ({placeholders})"
    now = timezone.now()
    for language in LANGUAGES:
        locale = Locale.objects.get(language_code=language)
        home = HomePage.objects.get(locale=locale)
        index = NewsIndexPage.objects.filter(locale=locale, slug="bench-news").first()
        if index is None:
            index = home.add_child(instance=NewsIndexPage(title="bench", slug="bench-news", locale=locale))
        existing = index.numchild
        vocabulary_words = words[language]
        for start in range(existing, PER_LANGUAGE, 1000):
            stop = min(start + 1000, PER_LANGUAGE)
            pages, details = [], []
            for number in range(start, stop):
                length = rng.randint(200, 800)
                text = " ".join(rng.choice(vocabulary_words) for _ in range(length))
                title = " ".join(rng.choice(vocabulary_words) for _ in range(rng.randint(5, 10)))
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
                        locale=locale,
                        translation_key=uuid.uuid4(),
                    )
                )
                paragraphs = [text[i : i + 1500] for i in range(0, len(text), 1500)]
                details.append(
                    dict(
                        summary=" ".join(text.split()[:30]),
                        date=date,
                        body=[("paragraph", f"<p>{paragraph}</p>") for paragraph in paragraphs],
                    )
                )
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
        index.refresh_from_db()


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def timed(client, url):
    started = time.perf_counter()
    response = client.get(url)
    elapsed = (time.perf_counter() - started) * 1000
    assert response.status_code == 200, (url, response.status_code)
    return elapsed


def main():
    from urllib.parse import urlencode

    print(f"database: {connection.vendor}")
    call_command("migrate", verbosity=0)
    rng = random.Random(1405)
    words = vocabulary()
    from wagtail.models import Page

    started = time.perf_counter()
    build(words, rng)
    print(f"pages: {Page.objects.count()} in the tree (built in {time.perf_counter() - started:.0f} s, not measured)")

    if not os.environ.get("BENCH_SKIP_INDEX"):
        started = time.perf_counter()
        call_command("update_index", verbosity=0)
        print(f"indexing (update_index, all pages): {time.perf_counter() - started:.1f} s")

    client = Client(HTTP_HOST="127.0.0.1")
    for language in LANGUAGES:
        timed(client, f"/{language}/search/?q=test")  # warm-up: templates, caches
    long_words = {language: [w for w in set(words[language]) if len(w) > 3] for language in LANGUAGES}
    for language in LANGUAGES:
        queries = []
        for number in range(QUERIES_PER_LANGUAGE):
            size = 1 if number % 3 == 0 else (2 if number % 3 == 1 else 3)
            queries.append(" ".join(rng.choice(long_words[language]) for _ in range(size)))
        timings = [timed(client, f"/{language}/search/?{urlencode({'q': query})}") for query in queries]
        print(
            f"search {language}: p50 {statistics.median(timings):.0f} ms, p95 {percentile(timings, 0.95):.0f} ms, "
            f"max {max(timings):.0f} ms over {len(timings)} queries"
        )
        variants = {
            "type=news": {"type": "news"},
            "sort=date": {"sort": "date"},
            "all languages": {"scope": "all"},
            "page 5": {"page": "5"},
        }
        for label, params in variants.items():
            timings = [
                timed(client, f"/{language}/search/?{urlencode({'q': query, **params})}") for query in queries[:15]
            ]
            print(f"  {label}: p50 {statistics.median(timings):.0f} ms, p95 {percentile(timings, 0.95):.0f} ms")
    hostile = ["x" * 10_000, "' OR 1=1--", "title:*", "NEAR(", '"', "\\", "🇦🇫" * 50, "وزارت " * 2000]
    timings = [timed(client, f"/fa-af/search/?{urlencode({'q': query})}") for query in hostile]
    timings.append(timed(client, "/fa-af/search/?q=%00%FF"))
    print(f"hostile queries: max {max(timings):.0f} ms over {len(timings)}")


if __name__ == "__main__":
    main()
