"""Running a site search: the filters, counts per type, sorting, and the
fall-back to the database index when Elasticsearch fails.

What is searchable is what the apps registered in `core.searchable`: page
types found through the search backend, and records (the directory's
organisations) matched in memory. This module names no app."""

import logging
import operator
from dataclasses import dataclass, field
from functools import reduce

from django.db.models import Q
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core import searchable
from core.models import public, without_foreign_aliases

from . import elasticsearch_backend

logger = logging.getLogger(__name__)

# Sorting by date orders the most relevant matches up to this many.
DATE_SORT_LIMIT = 2000
ES_DOWN_KEY = elasticsearch_backend.DOWN_KEY


class SearchUnavailable(Exception):
    pass


@dataclass
class Outcome:
    items: list = field(default_factory=list)  # (page id, content type id or None) of this page of results
    total: int = 0
    counts: dict = field(default_factory=dict)  # type key -> count
    records: dict = field(default_factory=dict)  # records' key -> (id, locale id) of the matching ones
    degraded: bool = False  # Elasticsearch failed: the database index answered
    date_sort_capped: bool = False


def page_models(type_key=None):
    """The models of the registered page types (of `type_key` only, when given)."""
    return [kind.model for kind in searchable.page_types() if type_key in (None, kind.key)]


def is_records(type_key):
    return isinstance(searchable.get(type_key), searchable.SearchableRecords)


def searches_records(type_key, topic, start, end):
    """Records are found without a type, or with theirs, and never with a
    topic or dates (they have neither)."""
    return (type_key is None or is_records(type_key)) and topic is None and not (start or end)


def _backend_error_types():
    errors = []
    try:
        import elastic_transport
        import elasticsearch

        errors += [elastic_transport.TransportError, elasticsearch.ApiError]
    except ImportError:  # pragma: no cover - elasticsearch is a requirement
        pass
    return tuple(errors) or (ConnectionError,)


def _has_fallback():
    from django.conf import settings

    return "database" in settings.WAGTAILSEARCH_BACKENDS


def _backend():
    # While Elasticsearch is marked down, the database index answers at
    # once (and with its faster PostgreSQL queries); otherwise the default
    # backend answers from it by itself when Elasticsearch fails.
    return get_search_backend("database" if _has_fallback() and elasticsearch_backend.marked_down() else "default")


def count(
    backend_query,
    record_queries,
    *,
    locale=None,
    type_key=None,
    topic=None,
    start=None,
    end=None,
    record_locales=None,
    records=None,
):
    """How many results the page would show for `backend_query` (pages) and
    for any of `record_queries` (ParsedQuery; records in `record_locales`,
    {key: ids of the locales where they are listed}), with these filters; 0
    when the search service fails. `records`: {key: rows of `record_rows`}
    for these queries, when already read."""
    total = 0
    if not is_records(type_key):
        pages = base_queryset(locale, topic, start, end).type(*page_models(type_key))
        try:
            total += _backend().search(backend_query, pages).count()
        except _backend_error_types():
            return 0
    if searches_records(type_key, topic, start, end):
        for kind in searchable.record_kinds():
            if type_key not in (None, kind.key):
                continue
            rows = record_rows(kind, record_queries, locale) if records is None else records.get(kind.key, [])
            listed = None if record_locales is None else record_locales.get(kind.key, set())
            found = {
                (pk, locale_id)
                for pk, locale_id, text in rows
                if any(query.matches(text) for query in record_queries) and (listed is None or locale_id in listed)
            }
            total += len(found)
    return total


def hidden_page_ids():
    """Live pages the public must not find: those each page type hides
    (withdrawn items) and aliases of another language's page (they show
    that language's text). Kept until the next publish."""
    from core.page_cache import remember

    # Keyed by the registered types too: a type registered since (a new
    # app deployed) brings its own rule in at once.
    kinds = tuple(kind.key for kind in searchable.page_types())
    return remember("search-hidden-pages", kinds, _hidden_page_ids)


def _hidden_page_ids():
    hidden = set()
    for kind in searchable.page_types():
        pages = kind.hidden_pages()
        if pages is not None:
            hidden.update(pages.values_list("pk", flat=True))
    aliases = Page.objects.filter(alias_of__isnull=False)
    hidden.update(aliases.exclude(pk__in=without_foreign_aliases(aliases).values("pk")).values_list("pk", flat=True))
    return hidden


def topic_page_ids(topic):
    """Pages tagged with `topic` in any language (pages share topics)."""
    vocabulary = searchable.topics()
    topic_ids = list(vocabulary.everywhere(topic)) if vocabulary is not None else []
    ids = set()
    for kind in searchable.page_types():
        if kind.topic_field:
            pages = kind.model.objects.filter(**{f"{kind.topic_field}__in": topic_ids})
            ids.update(pages.values_list("pk", flat=True))
    return ids


def dated_page_ids(start, end):
    """Pages whose date (an item's own date; a general page's first
    publication) falls between `start` and `end` (dates, inclusive)."""
    ids = set()
    for kind in searchable.page_types():
        items = kind.model.objects.all()
        if start:
            items = items.filter(**{f"{kind.date_field}__date__gte": start})
        if end:
            items = items.filter(**{f"{kind.date_field}__date__lte": end})
        ids.update(items.values_list("pk", flat=True))
    return ids


def base_queryset(locale=None, topic=None, start=None, end=None):
    pages = public(Page.objects.live())
    if locale is not None:
        pages = pages.filter(locale=locale)
    hidden = hidden_page_ids()
    if hidden:
        pages = pages.exclude(pk__in=list(hidden))
    if topic is not None:
        pages = pages.filter(pk__in=list(topic_page_ids(topic)))
    if start or end:
        pages = pages.filter(pk__in=list(dated_page_ids(start, end)))
    return pages


def _sort_date(pages_ids):
    dates = {}
    for kind in searchable.page_types():
        if kind.date_field != "first_published_at":
            dates.update(kind.model.objects.filter(pk__in=pages_ids).values_list("pk", kind.date_field))
    missing = [pk for pk in pages_ids if pk not in dates]
    if missing:
        dates.update(Page.objects.filter(pk__in=missing).values_list("pk", "first_published_at"))
    return dates


def _page_type(page):
    return next((kind for kind in searchable.page_types() if isinstance(page, kind.model)), None)


def _specific(ids, content_types=None):
    """The specific pages of `ids`, in that order. With `content_types`
    ({id: content type id}, known from the search) each type's rows are read
    directly, without Wagtail's extra query for the types."""
    from django.contrib.contenttypes.models import ContentType

    from core import l10n

    if content_types is None:
        pages = {page.pk: page for page in Page.objects.filter(pk__in=ids).specific()}
    else:
        by_type = {}
        for pk in ids:
            by_type.setdefault(content_types[pk], []).append(pk)
        pages = {}
        for content_type_id, pks in by_type.items():
            model = ContentType.objects.get_for_id(content_type_id).model_class()
            if model is not None:
                pages.update(model.objects.in_bulk(pks))
    locales = {locale.pk: locale for locale in l10n.locales_by_code().values()}
    for page in pages.values():
        page.locale = locales[page.locale_id]
    # What each type reads in bulk for its results (a statement's reference).
    by_kind = {}
    for page in pages.values():
        kind = _page_type(page)
        if kind is not None and kind.prepare is not None:
            by_kind.setdefault(kind.key, (kind, []))[1].append(page)
    for kind, kind_pages in by_kind.values():
        kind.prepare(kind_pages)
    return [pages[pk] for pk in ids if pk in pages]


@dataclass(frozen=True)
class Hit:
    """What a search result shows of a page: kept per page (and host) until
    the next publish, whatever the query; the excerpt is cut per query."""

    title: str
    url: str
    type_key: str
    variant: str  # the value of its type's label_field (a statement's kind)
    date: object
    reference: str
    locale: object
    summary: str
    text: str  # the reader-facing text excerpts are taken from


def hits(items, request):
    """The `Hit` of each (page id, content type id) of `items`, in order."""
    from core.page_cache import remember_each

    types = {pk: content_type for pk, content_type in items if content_type is not None}

    def compute(missing):
        pages = _specific(missing, types if all(pk in types for pk in missing) else None)
        return {page.pk: _hit(page, request) for page in pages}

    return remember_each(
        "search-page-hit", [pk for pk, _type in items], lambda pk: (pk, request.get_host(), request.scheme), compute
    )


def _hit(page, request):
    kind = _page_type(page)
    date_field = kind.date_field if kind is not None else "first_published_at"
    return Hit(
        title=page.title,
        url=page.get_url(request),
        type_key=kind.key if kind is not None else "",
        variant=kind.variant_of(page) if kind is not None else "",
        date=getattr(page, date_field, None) or page.first_published_at,
        reference=kind.reference_of(page) if kind is not None else "",
        locale=page.locale,
        summary=page.summary,
        text=page.excerpt_text(),
    )


def _search_pages(backend, pages, query, type_key, sort, offset, limit):
    kinds = searchable.page_types()
    everything = backend.search(query.backend_query(), pages.type(*[kind.model for kind in kinds]))
    typed = None
    both = getattr(everything[offset : offset + limit], "counts_and_typed_ids", None)
    if both is not None and type_key is None and sort != "date":
        by_type, typed = both() or (None, None)
    if typed is None:
        by_type = everything.facet("content_type_id")
    content_types = {kind.model: kind.key for kind in kinds}
    from django.contrib.contenttypes.models import ContentType

    counts = {}
    for content_type_id, count in by_type.items():
        model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
        if model in content_types:
            counts[content_types[model]] = count
    results = (
        everything if type_key is None else backend.search(query.backend_query(), pages.type(*page_models(type_key)))
    )
    total = sum(counts.values()) if type_key is None else counts.get(type_key, 0)
    capped = False
    if sort == "date":
        ids = [page.pk for page in results[:DATE_SORT_LIMIT]]
        capped = total > DATE_SORT_LIMIT
        dates = _sort_date(ids)
        ids.sort(key=lambda pk: (dates.get(pk) is not None, dates.get(pk), pk), reverse=True)
        return [(pk, None) for pk in ids[offset : offset + limit]], total, counts, capped
    if typed is None:
        typed = getattr(results[offset : offset + limit], "typed_ids", lambda: None)()
    if typed is None:
        typed = [(page.pk, None) for page in results[offset : offset + limit]]
    return typed, total, counts, capped


def record_rows(kind, queries, locale=None):
    """(id, locale id, folded text) of the public records of `kind` (a
    `SearchableRecords`) that may hold any of `queries` (ParsedQuery), in
    their order, in one database query (a few hundred at most:
    `ParsedQuery.matches` decides)."""
    records = kind.public_rows()
    if locale is not None:
        records = records.filter(**{kind.locale_field: locale})
    conditions = []
    for query in queries:
        condition = Q()
        for word in query.rest[:3]:
            condition &= Q(**{f"{kind.text_field}__contains": word})
        conditions.append(condition)
    if not conditions:
        return []
    return list(
        records.filter(reduce(operator.or_, conditions))
        .order_by(*kind.order_by)
        .values_list("pk", f"{kind.locale_field}_id", kind.text_field)
    )


def all_record_rows(queries, locale=None):
    """{key: `record_rows`} of every registered kind of records."""
    return {kind.key: record_rows(kind, queries, locale) for kind in searchable.record_kinds()}


def search_records(kind, query, locale=None, rows=None):
    """(id, locale id) of the public records of `kind` whose text holds the
    query, in their order (`record_hits` reads the ones a page of results
    shows). `rows`: from `record_rows`."""
    rows = record_rows(kind, [query], locale) if rows is None else rows
    return [(pk, locale_id) for pk, locale_id, text in rows if query.matches(text)]


def record_hits(kind, ids, request):
    """What results show of each record of `ids` (see
    `SearchableRecords.hits`), in order, kept like `Hit`."""
    from django.utils.translation import get_language

    from core.page_cache import remember_each

    # A hit may hold names in the reader's language (a place).
    return remember_each(
        f"search-record-hit-{kind.key}",
        ids,
        lambda pk: (pk, request.get_host(), request.scheme, get_language()),
        lambda missing: kind.hits(missing, request),
    )


def run(query, *, locale=None, type_key=None, topic=None, start=None, end=None, sort="relevance", offset=0, limit=10):
    outcome = Outcome()
    if not query:
        return outcome
    if searches_records(type_key, topic, start, end):
        outcome.records = {kind.key: search_records(kind, query, locale) for kind in searchable.record_kinds()}
    if is_records(type_key):
        outcome.counts = {type_key: len(outcome.records.get(type_key, []))}
        outcome.total = outcome.counts[type_key]
        # The counts of the other types, for the filter links.
        type_key_for_counts = None
    else:
        type_key_for_counts = type_key
    pages = base_queryset(locale, topic, start, end)
    backend = _backend()
    try:
        items, total, counts, capped = _search_pages(backend, pages, query, type_key_for_counts, sort, offset, limit)
    except _backend_error_types() as error:
        logger.warning("Search failed (%s)", error)
        raise SearchUnavailable from error
    outcome.degraded = _has_fallback() and elasticsearch_backend.marked_down()
    for key, found in outcome.records.items():
        if found:
            counts[key] = len(found)
    outcome.counts = counts
    if is_records(type_key):
        outcome.items = []
    else:
        outcome.items, outcome.total, outcome.date_sort_capped = items, total, capped
    return outcome
