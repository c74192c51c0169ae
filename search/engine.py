"""Running a site search: what is searchable, the filters, counts per type,
sorting, and the fall-back to the database index when Elasticsearch fails."""

import logging
import operator
from dataclasses import dataclass, field
from functools import reduce

from django.db.models import Q
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from core.models import public, without_foreign_aliases
from directory.models import Organisation, Visibility
from home.models import StandardPage
from pressroom.models import GalleryPage, NewsPage, StatementPage, Topic

from . import elasticsearch_backend

logger = logging.getLogger(__name__)

# (key, model) of the page types a reader searches, in the order shown.
PAGE_TYPES = [("news", NewsPage), ("statement", StatementPage), ("gallery", GalleryPage), ("page", StandardPage)]
DATED_MODELS = [NewsPage, StatementPage, GalleryPage]
DIRECTORY = "directory"
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
    organisations: list = field(default_factory=list)  # (id, locale id) of matching organisations
    degraded: bool = False  # Elasticsearch failed: the database index answered
    date_sort_capped: bool = False


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
    organisation_queries,
    *,
    locale=None,
    type_key=None,
    topic=None,
    start=None,
    end=None,
    directory_locales=None,
    organisations=None,
):
    """How many results the page would show for `backend_query` (pages) and
    for any of `organisation_queries` (ParsedQuery, directory entries in
    `directory_locales`, the locale ids with a public directory), with
    these filters; 0 when the search service fails. `organisations`: rows
    of `organisation_rows` for these queries, when already read."""
    total = 0
    if type_key != DIRECTORY:
        models = [model for key, model in PAGE_TYPES if type_key in (None, key)]
        pages = base_queryset(locale, topic, start, end).type(*models)
        try:
            total += _backend().search(backend_query, pages).count()
        except _backend_error_types():
            return 0
    if type_key in (None, DIRECTORY) and topic is None and not (start or end):
        rows = organisation_rows(organisation_queries, locale) if organisations is None else organisations
        found = {
            (pk, locale_id)
            for pk, locale_id, text in rows
            if any(query.matches(text) for query in organisation_queries)
            and (directory_locales is None or locale_id in directory_locales)
        }
        total += len(found)
    return total


def hidden_page_ids():
    """Live pages the public must not find: withdrawn items and aliases of
    another language's page (they show that language's text). Kept until
    the next publish."""
    from core.page_cache import remember

    return remember("search-hidden-pages", (), _hidden_page_ids)


def _hidden_page_ids():
    hidden = set()
    for model in DATED_MODELS:
        hidden.update(model.objects.filter(withdrawn_at__isnull=False).values_list("pk", flat=True))
    aliases = Page.objects.filter(alias_of__isnull=False)
    hidden.update(aliases.exclude(pk__in=without_foreign_aliases(aliases).values("pk")).values_list("pk", flat=True))
    return hidden


def topic_page_ids(topic):
    """Pages tagged with `topic` in any language (pages share topics)."""
    topic_ids = Topic.objects.filter(translation_key=topic.translation_key).values_list("pk", flat=True)
    ids = set()
    for model in DATED_MODELS:
        ids.update(model.objects.filter(topics__in=list(topic_ids)).values_list("pk", flat=True))
    return ids


def dated_page_ids(start, end):
    """Pages whose date (an item's own date; a general page's first
    publication) falls between `start` and `end` (dates, inclusive)."""
    ids = set()
    for model, date_field in [(model, "date") for model in DATED_MODELS] + [(StandardPage, "first_published_at")]:
        items = model.objects.all()
        if start:
            items = items.filter(**{f"{date_field}__date__gte": start})
        if end:
            items = items.filter(**{f"{date_field}__date__lte": end})
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
    for model in DATED_MODELS:
        dates.update(model.objects.filter(pk__in=pages_ids).values_list("pk", "date"))
    missing = [pk for pk in pages_ids if pk not in dates]
    if missing:
        dates.update(Page.objects.filter(pk__in=missing).values_list("pk", "first_published_at"))
    return dates


def _specific(ids, content_types=None):
    """The specific pages of `ids`, in that order. With `content_types`
    ({id: content type id}, known from the search) each type's rows are read
    directly, without Wagtail's extra query for the types."""
    from django.contrib.contenttypes.models import ContentType

    from core import l10n
    from pressroom.models.statements import StatementReference

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
    statements = [page for page in pages.values() if isinstance(page, StatementPage)]
    references = {
        reference.translation_key: reference
        for reference in StatementReference.objects.filter(
            translation_key__in=[page.translation_key for page in statements]
        )
    }
    for page in pages.values():
        page.locale = locales[page.locale_id]
    for page in statements:
        page.__dict__["reference"] = references.get(page.translation_key)  # its cached_property
    return [pages[pk] for pk in ids if pk in pages]


@dataclass(frozen=True)
class Hit:
    """What a search result shows of a page: kept per page (and host) until
    the next publish, whatever the query; the excerpt is cut per query."""

    title: str
    url: str
    type_key: str
    kind: str  # a statement's kind
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
        "search-hit", [pk for pk, _type in items], lambda pk: (pk, request.get_host(), request.scheme), compute
    )


def _hit(page, request):
    type_key = next((key for key, model in PAGE_TYPES if isinstance(page, model)), "")
    reference = getattr(page, "reference", None)
    return Hit(
        title=page.title,
        url=page.get_url(request),
        type_key=type_key,
        kind=getattr(page, "kind", "") if type_key == "statement" else "",
        date=getattr(page, "date", None) or page.first_published_at,
        reference=str(reference) if reference else "",
        locale=page.locale,
        summary=page.summary,
        text=page.excerpt_text(),
    )


def _search_pages(backend, pages, query, type_key, sort, offset, limit):
    models = [model for key, model in PAGE_TYPES if type_key in (None, key)]
    everything = backend.search(query.backend_query(), pages.type(*[model for _key, model in PAGE_TYPES]))
    typed = None
    both = getattr(everything[offset : offset + limit], "counts_and_typed_ids", None)
    if both is not None and type_key is None and sort != "date":
        by_type, typed = both() or (None, None)
    if typed is None:
        by_type = everything.facet("content_type_id")
    content_types = {model: key for key, model in PAGE_TYPES}
    from django.contrib.contenttypes.models import ContentType

    counts = {}
    for content_type_id, count in by_type.items():
        model = ContentType.objects.get_for_id(int(content_type_id)).model_class()
        if model in content_types:
            counts[content_types[model]] = count
    results = everything if type_key is None else backend.search(query.backend_query(), pages.type(*models))
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


def organisation_rows(queries, locale=None):
    """(id, locale id, search text) of the public organisations that may
    hold any of `queries` (ParsedQuery), in name order, in one database
    query (a few hundred at most: `ParsedQuery.matches` decides)."""
    organisations = Organisation.objects.filter(live=True, visibility=Visibility.PUBLIC, category__live=True)
    if locale is not None:
        organisations = organisations.filter(locale=locale)
    conditions = []
    for query in queries:
        condition = Q()
        for word in query.rest[:3]:
            condition &= Q(search_text__contains=word)
        conditions.append(condition)
    if not conditions:
        return []
    return list(
        organisations.filter(reduce(operator.or_, conditions))
        .order_by("name")
        .values_list("pk", "locale_id", "search_text")
    )


def search_organisations(query, locale=None, rows=None):
    """(id, locale id) of the public organisations whose name, key or
    description holds the query, in name order (`load_organisations` reads
    the ones a page of results shows). `rows`: from `organisation_rows`."""
    rows = organisation_rows([query], locale) if rows is None else rows
    return [(pk, locale_id) for pk, locale_id, text in rows if query.matches(text)]


@dataclass(frozen=True)
class OrganisationHit:
    """What a search result shows of an organisation, kept like `Hit`."""

    name: str
    description: str
    url: str
    locale: object
    category_name: str
    place: str


def organisation_hits(ids, directories, request):
    """The `OrganisationHit` of each organisation of `ids`, in order;
    `directories`: the live directory page of each locale id."""
    from django.utils.translation import get_language

    from core.page_cache import remember_each

    def compute(missing):
        objects = Organisation.objects.select_related("category", "locale").in_bulk(missing)
        return {
            organisation.pk: OrganisationHit(
                name=organisation.name,
                description=organisation.description,
                url=f"{directories[organisation.locale_id].get_url(request)}{organisation.key}/",
                locale=organisation.locale,
                category_name=organisation.category.name,
                place=str(organisation.place or ""),
            )
            for organisation in objects.values()
        }

    # The place name is in the reader's language.
    return remember_each(
        "organisation-hit", ids, lambda pk: (pk, request.get_host(), request.scheme, get_language()), compute
    )


def run(query, *, locale=None, type_key=None, topic=None, start=None, end=None, sort="relevance", offset=0, limit=10):
    outcome = Outcome()
    if not query:
        return outcome
    if type_key in (None, DIRECTORY) and topic is None and not (start or end):
        outcome.organisations = search_organisations(query, locale)
    if type_key == DIRECTORY:
        outcome.counts = {DIRECTORY: len(outcome.organisations)}
        outcome.total = len(outcome.organisations)
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
    if outcome.organisations:
        counts[DIRECTORY] = len(outcome.organisations)
    outcome.counts = counts
    if type_key == DIRECTORY:
        outcome.items = []
    else:
        outcome.items, outcome.total, outcome.date_sort_capped = items, total, capped
    return outcome
