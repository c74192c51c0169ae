"""Wagtail's Elasticsearch 8 backend, answered by the database index while
Elasticsearch is down.

Every search of the site goes through the "default" backend: the public
search page (search.engine), and Wagtail's own screens (page, image and
document search, choosers, the admin API). When Elasticsearch fails to
answer, the search is run again on the database index (kept current
beside it: the "database" backend), Elasticsearch is marked down in the
cache, and for ES_RETRY_SECONDS every search goes straight to the
database instead of waiting for a dead cluster again."""

import logging

from django.core.cache import cache
from wagtail.search.backends.elasticsearch8 import Elasticsearch8SearchBackend, Elasticsearch8SearchResults

from .elasticsearch import complete_params

logger = logging.getLogger(__name__)

DOWN_KEY = "search:elasticsearch-down"
RETRY_SECONDS = 30


def marked_down():
    return bool(cache.get(DOWN_KEY))


def _errors():
    import elastic_transport
    import elasticsearch

    return (elastic_transport.TransportError, elasticsearch.ApiError)


class FallbackSearchResults(Elasticsearch8SearchResults):
    def _database_results(self):
        """The same search, sliced the same way, on the database index."""
        from wagtail.search.backends import get_search_backend

        database = get_search_backend(self.backend.fallback_name)
        compiler = self.query_compiler
        run = database.autocomplete if self.backend.is_autocomplete(compiler) else database.search
        results = run(
            compiler.query, compiler.queryset, fields=compiler.fields, order_by_relevance=compiler.order_by_relevance
        )
        if self._score_field:
            results = results.annotate_score(self._score_field)
        if self.start or self.stop is not None:
            results = results[self.start : self.stop]
        return results

    def _answer(self, from_elasticsearch, from_database):
        if self.backend.fallback_name is None:
            return from_elasticsearch()
        if marked_down():
            return from_database(self._database_results())
        try:
            return from_elasticsearch()
        except _errors() as error:
            logger.warning("Elasticsearch failed (%s): answering from the database index", error)
            cache.set(DOWN_KEY, True, RETRY_SECONDS)
            return from_database(self._database_results())

    def _do_search(self):
        # Elasticsearch's is a generator: it fails only once it is read.
        return self._answer(lambda: list(super(FallbackSearchResults, self)._do_search()), list)

    def _do_count(self):
        return self._answer(lambda: super(FallbackSearchResults, self)._do_count(), lambda results: results.count())

    def facet(self, field_name):
        return self._answer(
            lambda: super(FallbackSearchResults, self).facet(field_name), lambda results: results.facet(field_name)
        )


class SearchBackend(Elasticsearch8SearchBackend):
    results_class = FallbackSearchResults

    def __init__(self, params):
        params = complete_params(params)
        # The backend alias of the database index to answer from.
        self.fallback_name = params.pop("FALLBACK", None)
        super().__init__(params)

    def is_autocomplete(self, compiler):
        return isinstance(compiler, self.autocomplete_query_compiler_class)
