"""search.backends.MinistryDatabaseSearchBackend: Wagtail's database backend
with a fast path on PostgreSQL. The fast path must really use the index
(PostgreSQL's plan says so) and must find exactly what Wagtail's own backend
finds, on the demo content."""

import json

import pytest
from django.db import connection, transaction
from django.test.utils import CaptureQueriesContext
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.patches import modelsearch_results
from search import query as site_query
from search.backends import MinistryDatabaseSearchBackend

pytestmark = [
    pytest.mark.django_db,
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="the fast path is PostgreSQL's (CI runs it there); on SQLite the site uses Wagtail's backend unchanged",
    ),
]

# What readers type: Dari, Pashto, English, several words (AND), a synonym
# pair (OR), words in titles only, in bodies only, and nothing found.
QUERIES = [
    "وزارت",
    "تجارت صنعت",
    "وزارت تجارت",
    "سوداګرۍ",
    "د سوداګرۍ وزارت",
    "ministry",
    "ministry commerce",
    "trade",
    "press release",
    "کابل",
    "xyzzy-nothing",
]
PARAMS = {"SEARCH_CONFIG": "simple"}


def wagtails_backend():
    return PostgresSearchBackend(dict(PARAMS))


def ours():
    return MinistryDatabaseSearchBackend(dict(PARAMS))


def test_the_site_uses_the_named_backend():
    assert isinstance(get_search_backend("default"), MinistryDatabaseSearchBackend)


def gin_index_on_body():
    table = modelsearch_results.index_entry_model()._meta.db_table
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = %s", [table])
        rows = cursor.fetchall()
    names = [name for name, definition in rows if "USING gin (body)" in definition]
    assert names, rows
    return table, names[0]


def plan_nodes(plan):
    yield plan
    for child in plan.get("Plans", []):
        yield from plan_nodes(child)


def test_a_plain_word_search_reads_the_gin_index():
    table, index = gin_index_on_body()
    backend_query = site_query.parse("وزارت تجارت").backend_query()
    with CaptureQueriesContext(connection) as captured:
        results = ours().search(backend_query, Page.objects.live())[:10]
        assert results.typed_ids()
    statements = [query["sql"] for query in captured.captured_queries]
    ranked = [sql for sql in statements if f"JOIN {table} AS entry" in sql and "ORDER BY ts_rank" in sql]
    assert ranked, statements  # the search went through our SQL, not Wagtail's
    planner = [sql for sql in statements if "set_config('enable_seqscan'" in sql]
    with transaction.atomic(), connection.cursor() as cursor:
        # The same statements, in the same transaction settings as the backend's.
        for sql in planner[:1]:
            cursor.execute(sql)
        cursor.execute("EXPLAIN (FORMAT JSON) " + ranked[0])
        plan = cursor.fetchone()[0]
    plan = plan if isinstance(plan, list) else json.loads(plan)
    nodes = list(plan_nodes(plan[0]["Plan"]))
    index_scans = [node for node in nodes if node.get("Index Name") == index]
    assert index_scans and index_scans[0]["Node Type"] == "Bitmap Index Scan", nodes
    assert not [node for node in nodes if node["Node Type"] == "Seq Scan" and node.get("Relation Name") == table]


@pytest.mark.parametrize("text", QUERIES)
def test_results_are_wagtails_own(text):
    backend_query = site_query.parse(text).backend_query()
    pages = Page.objects.live()
    mine, theirs = ours().search(backend_query, pages), wagtails_backend().search(backend_query, pages)
    assert type(mine).__name__ == "MinistryPostgresSearchResults" and mine._tsquery() is not None
    assert sorted(page.pk for page in mine) == sorted(page.pk for page in theirs)
    assert mine.count() == theirs.count()
    assert dict(mine.facet("content_type_id")) == dict(theirs.facet("content_type_id"))


def test_the_demo_gives_the_comparison_something_to_compare():
    backend = wagtails_backend()
    counts = [backend.search(site_query.parse(text).backend_query(), Page.objects.live()).count() for text in QUERIES]
    assert sum(1 for count in counts if count) >= 6
    assert counts[-1] == 0
