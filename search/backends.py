"""The database search backend, with a faster PostgreSQL query.

Wagtail's PostgreSQL backend matches `(title || body) @@ query`, which no
index can answer, and ranks every match with ts_rank over its whole body:
on 10,000 pages per language a common word took most of a second. For the
site search's queries (folded words, AND / OR) this backend instead

- matches `body @@ query` (the body holds every indexed text, the folded
  title included) through its GIN index, joined to the pages on their own
  content type, which leaves PostgreSQL no cheaper-looking plan than the
  index (it underestimates `@@` on long vectors and would scan the table);
- ranks on the title vector only (small, stored inline): title matches
  first, then the newest pages.

Anything else (the admin's searches with chosen fields or completing words,
phrases, images, documents and snippets, other databases) goes to Wagtail's
backend unchanged. A page queryset that can match nothing (a filter on an empty
list: a far date range, a user with no pages) answers "nothing" without
asking the database: Django refuses to write SQL for it.

The methods overridden here are modelsearch's private ones: see
core.patches.modelsearch_results, which checks the version they were
written for."""

import re
from collections import OrderedDict

from django.core.exceptions import EmptyResultSet
from django.db import connection, transaction
from modelsearch.backends.database.postgres.postgres import PostgresSearchBackend, PostgresSearchResults
from wagtail.models import Page
from wagtail.search.backends.database import SearchBackend as database_backend
from wagtail.search.query import And, Or, PlainText

from core.patches import modelsearch_results

_WORD = re.compile(r"^\w+$")


def _planner(value):
    """One statement setting the planner switches for this transaction."""
    return ", ".join(
        f"set_config('enable_{name}', '{value}', true)" for name in ("seqscan", "indexscan", "nestloop")
    ).join(["SELECT ", ""])


def _index_table():
    return modelsearch_results.index_entry_model()._meta.db_table


class MinistryPostgresSearchResults(PostgresSearchResults):
    """Wagtail's PostgreSQL results, answering plain-word page searches
    through the GIN index (see the module's docstring)."""

    def _tsquery(self):
        compiler = self.query_compiler
        if compiler.fields is not None or not compiler.order_by_relevance:
            return None
        # The join below reads each row's own content type: pages only.
        if not issubclass(compiler.queryset.model, Page):
            return None
        # Whole words only: the admin's completion of words being typed
        # (autocomplete) is Wagtail's own prefix query.
        if isinstance(compiler, self.backend.autocomplete_query_compiler_class):
            return None
        return _tsquery_text(compiler.query)

    def _matches_nothing(self):
        try:
            self._pages_sql()
        except EmptyResultSet:
            return True
        return False

    def _pages_sql(self):
        queryset = self.query_compiler.queryset
        return queryset.order_by().values_list("id", "content_type_id").query.sql_with_params()

    def _matches_sql(self, select, tail=""):
        pages_sql, pages_params = self._pages_sql()
        config = self.query_compiler.get_config(self.backend) or "simple"
        sql = (
            f"SELECT {select} FROM ({pages_sql}) AS page "  # nosec B608 # constants and Django's SQL; values are params
            f"JOIN {_index_table()} AS entry "
            "ON entry.content_type_id = page.content_type_id AND entry.object_id = page.id::text "
            "WHERE entry.body @@ to_tsquery(%s::regconfig, %s) " + tail
        )
        return sql, [*pages_params, config, self._tsquery()]

    def _run(self, sql, params):
        return self._run_all([(sql, params)])[0]

    def _run_all(self, statements):
        """Rows of each (sql, params), in one transaction."""
        enclosed = connection.in_atomic_block
        with transaction.atomic(), connection.cursor() as cursor:
            # PostgreSQL thinks `@@` cheap and would scan every vector,
            # or probe the pages row by row on a text key: the GIN index
            # and a hash join are what is fast at every result size.
            cursor.execute(_planner("off"))
            results = []
            for sql, params in statements:
                cursor.execute(sql, params)
                results.append(cursor.fetchall())
            if enclosed:
                # Back to normal for the rest of the enclosing transaction
                # (on its own, the commit ends the settings).
                cursor.execute(_planner("on"))
            return results

    def _ranked(self, select):
        return self._run(*self._ranked_sql(select))

    def _ranked_sql(self, select):
        limit = "" if self.stop is None else f"LIMIT {int(self.stop) - int(self.start or 0)}"
        config = self.query_compiler.get_config(self.backend) or "simple"
        sql, params = self._matches_sql(
            select,
            "ORDER BY ts_rank(entry.title, to_tsquery(%s::regconfig, %s)) * entry.title_norm DESC, page.id DESC "
            f"{limit} OFFSET {int(self.start or 0)}",
        )
        return sql, [*params, config, self._tsquery()]

    def _do_search(self):
        if self._tsquery() is None:
            return super()._do_search()
        if self._matches_nothing():
            return []
        ids = [row[0] for row in self._ranked("page.id")]
        objects = self.query_compiler.queryset.in_bulk(ids)
        return [objects[pk] for pk in ids if pk in objects]

    def typed_ids(self):
        """[(page id, content type id)] of this slice, best first, without
        loading the pages (the caller loads each type's rows itself);
        None when this query is not one this backend answers itself."""
        if self._tsquery() is None:
            return None
        if self._matches_nothing():
            return []
        return [(row[0], row[1]) for row in self._ranked("page.id, page.content_type_id")]

    def counts_and_typed_ids(self):
        """({content type id: matches}, `typed_ids()`) in one round of
        queries; None when this query is not one this backend answers."""
        if self._tsquery() is None:
            return None
        if self._matches_nothing():
            return OrderedDict(), []
        counts, ranked = self._run_all([self._facet_sql(), self._ranked_sql("page.id, page.content_type_id")])
        return OrderedDict(counts), [(row[0], row[1]) for row in ranked]

    def _facet_sql(self):
        return self._matches_sql("page.content_type_id, COUNT(*)", "GROUP BY 1 ORDER BY 2 DESC")

    def _do_count(self):
        if self._tsquery() is None:
            return super()._do_count()
        if self._matches_nothing():
            return 0
        sql, params = self._matches_sql("COUNT(*)")
        return self._run(sql, params)[0][0]

    def facet(self, field_name):
        if self._tsquery() is None or field_name != "content_type_id":
            return super().facet(field_name)
        if self._matches_nothing():
            return OrderedDict()
        return OrderedDict(self._run(*self._facet_sql()))


class MinistryDatabaseSearchBackend(PostgresSearchBackend):
    """Wagtail's database backend on PostgreSQL, with the fast path."""

    results_class = MinistryPostgresSearchResults


def SearchBackend(params):  # Wagtail looks the backend up by this name
    """MinistryDatabaseSearchBackend on PostgreSQL, else Wagtail's own
    database backend (SQLite: the embedded demo)."""
    if connection.vendor != "postgresql":
        return database_backend(params)
    return MinistryDatabaseSearchBackend(params)


def _tsquery_text(query):
    """The query in to_tsquery syntax when it is made only of plain words."""
    if isinstance(query, PlainText):
        words = query.query_string.split()
        if not words or not all(_WORD.match(word) for word in words):
            return None
        joiner = " & " if query.operator.lower() == "and" else " | "
        return "(" + joiner.join(f"'{word}'" for word in words) + ")"
    if isinstance(query, (And, Or)):
        parts = [_tsquery_text(subquery) for subquery in query.subqueries]
        if not parts or None in parts:
            return None
        return "(" + (" & " if isinstance(query, And) else " | ").join(parts) + ")"
    return None
