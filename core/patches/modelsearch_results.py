"""The search results classes of modelsearch (Wagtail's search backends),
subclassed through their private methods.

The gap: Wagtail 7.4's search backends (the modelsearch package) run a
search in `_do_search`, `_do_count` and `facet` of their results classes,
with no public hook for how a query is run. Two of ours override them:

- search.backends.MinistryDatabaseSearchBackend: on PostgreSQL, the site
  search's plain-word queries matched through the index entries' GIN index
  (`body @@ query`) and ranked on the title vector, in SQL of our own over
  the index entry table (its name read from the model, never written out);
- search.elasticsearch_backend: Elasticsearch 8 answered by the database
  index while it is down.

It can go when modelsearch's PostgreSQL backend matches through the index
(upstream keeps `(title || body) @@ query`, which no index answers) and
offers a fallback between backends; then delete those overrides, this
module and its entry in core.patches.MODULES.
"""

from django.core import checks

from . import check_signatures, check_source_mentions, check_version

ERROR_ID = "patches.E007"
WAGTAIL_SERIES = "7.4"
SERIES = "1.3"

SIGNATURES = {
    "BaseSearchResults.__init__": "(self, backend, query_compiler, prefetch_related=None)",
    "BaseSearchResults._do_search": "(self)",
    "BaseSearchResults._do_count": "(self)",
    "BaseSearchResults.facet": "(self, field_name)",
    "BaseSearchQueryCompiler.__init__": "(self, queryset, query, fields=None, operator=None, order_by_relevance=True)",
    "PostgresSearchResults._do_search": "(self)",
    "PostgresSearchResults._do_count": "(self)",
    "PostgresSearchResults.facet": "(self, field_name)",
    "PostgresSearchQueryCompiler.get_config": "(self, backend)",
    "PostgresSearchBackend.__init__": "(self, params)",
}
# Attributes of results and query compilers our overrides read.
RESULTS_ATTRIBUTES = ["self.start", "self.stop", "self._score_field", "self.query_compiler"]
COMPILER_ATTRIBUTES = ["self.queryset", "self.query", "self.fields", "self.order_by_relevance"]
# Columns of the index entry table our SQL reads.
INDEX_COLUMNS = {"content_type_id", "object_id", "body", "title", "title_norm"}


def index_entry_model():
    """The index entry model the PostgreSQL backend writes to."""
    from modelsearch.backends.database.postgres.postgres import IndexEntry

    return IndexEntry


def _upstream():
    from modelsearch.backends.base import BaseSearchQueryCompiler, BaseSearchResults
    from modelsearch.backends.database.postgres.postgres import (
        PostgresSearchBackend,
        PostgresSearchQueryCompiler,
        PostgresSearchResults,
    )

    owners = {
        "BaseSearchResults": BaseSearchResults,
        "BaseSearchQueryCompiler": BaseSearchQueryCompiler,
        "PostgresSearchResults": PostgresSearchResults,
        "PostgresSearchQueryCompiler": PostgresSearchQueryCompiler,
        "PostgresSearchBackend": PostgresSearchBackend,
    }
    found = {}
    for name in SIGNATURES:
        owner, method = name.split(".")
        found[name] = owners[owner].__dict__.get(method)
    return found


def check():
    errors = check_version(ERROR_ID, __name__, "wagtail", WAGTAIL_SERIES)
    errors += check_version(ERROR_ID, __name__, "modelsearch", SERIES)
    upstream = _upstream()
    errors += check_signatures(ERROR_ID, __name__, SIGNATURES, upstream)
    if errors:
        return errors
    errors += check_source_mentions(ERROR_ID, __name__, upstream["BaseSearchResults.__init__"], RESULTS_ATTRIBUTES)
    errors += check_source_mentions(
        ERROR_ID, __name__, upstream["BaseSearchQueryCompiler.__init__"], COMPILER_ATTRIBUTES
    )
    columns = {field.column for field in index_entry_model()._meta.concrete_fields}
    missing = sorted(INDEX_COLUMNS - columns)
    if missing:
        errors.append(
            checks.Error(
                f"{__name__}: the index entry table has no column {', '.join(missing)} any more.",
                hint="Adjust the SQL of search.backends.",
                obj=__name__,
                id=ERROR_ID,
            )
        )
    return errors
