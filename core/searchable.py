"""What the site search finds, registered by the apps that own it.

The search (search/) reads only this registry: it names no app and no model,
and an app joins it without editing search/ or this module. An app registers
its kinds of result from its AppConfig.ready():

    from core import searchable

    searchable.register(searchable.SearchablePage(key="news", model=NewsPage, label=_("News"), ...))

Three kinds of registration:

- `SearchablePage`: a page type, found through the search backend (its
  `search_fields`), shown as a tab of the search page and as results.
- `SearchableRecords`: rows that are not pages (the directory's
  organisations), few enough to be matched in memory against a folded text
  column, shown in a box beside the pages and as a tab of their own.
- `TopicVocabulary`: the topics the topic filter offers (at most one).

Registering again under the same key replaces the earlier registration;
`unregister(key)` removes one (tests register a throwaway kind and remove it).
"""

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from django.db.models import Q

DEFAULT_PAGE_RESULT_TEMPLATE = "search/includes/page_result.html"


def _apply(rule, queryset):
    """`rule` (a Q object, or a callable taking and returning a queryset) applied to `queryset`."""
    if isinstance(rule, Q):
        return queryset.filter(rule)
    return rule(queryset)


@dataclass(frozen=True)
class SearchablePage:
    """A page type the public finds through the site search.

    key: the type's name in the address (`?type=news`), unique.
    model: the page class (its specific pages; the backend indexes it).
    label: the tab ("News"); result_label: the type shown on one result ("News").
    order: where its tab comes among all the kinds (lower first).
    date_field: the date a result shows, sorts by and is filtered on (a
        DateTimeField of the model); pages without one use their first publication.
    hidden: live pages of this type the public must not find although they
        are online (withdrawn items): a Q object, or a callable taking the
        model's queryset and returning the hidden ones. None: none hidden.
    topic_field: the many-to-many field to the topics of the registered
        `TopicVocabulary`; None: the type is left out when a topic is chosen.
    label_field: a field with choices whose label names a result in place of
        `result_label` (a statement's kind: "Speech"); None: `result_label`.
    reference: callable(page) -> short identifier shown beside the type
        (a statement's PR-1405/023), "" for none.
    prepare: callable(list of pages) reading, in bulk, what `reference` or the
        result needs, before the results are built.
    result_template: renders one result (`result`: title, excerpt, url, type,
        date, reference, language; `everywhere`: all languages searched).
    """

    key: str
    model: type
    label: Any
    result_label: Any
    order: int = 100
    date_field: str = "first_published_at"
    hidden: Any = None
    topic_field: str | None = None
    label_field: str | None = None
    reference: Callable | None = None
    prepare: Callable | None = None
    result_template: str = DEFAULT_PAGE_RESULT_TEMPLATE

    def hidden_pages(self):
        """The pages of this type the public must not find, as a queryset (or None)."""
        if self.hidden is None:
            return None
        return _apply(self.hidden, self.model.objects.all())

    def label_for(self, variant):
        """The type a result shows, from the value of `label_field` it was built with."""
        if self.label_field and variant:
            choices = dict(self.model._meta.get_field(self.label_field).flatchoices)
            return choices.get(variant, self.result_label)
        return self.result_label

    def variant_of(self, page):
        return str(getattr(page, self.label_field, "") or "") if self.label_field else ""

    def reference_of(self, page):
        return str(self.reference(page) or "") if self.reference else ""


@dataclass(frozen=True)
class SearchableRecords:
    """Rows that are not pages which the public finds through the site search.

    They are matched in memory (a few hundred, a few thousand at most) against
    `text_field`, their text folded by `core.normalize.index_text` when saved;
    a database `contains` on the first words narrows them first.

    key, label, order: as for `SearchablePage`.
    model: the model; public: what the public may find, a Q object or a
        callable taking the model's queryset and returning the public rows.
    text_field: the folded text; order_by: the order results are listed in.
    locale_field: the rows' language (a ForeignKey to wagtailcore.Locale).
    listed_locales: callable() -> ids of the languages where the rows have a
        public page (rows of other languages are not shown).
    hits: callable(ids, request) -> {id: hit} of what results show of each row;
        a hit has `title`, `text`, `url`, `locale` and whatever the templates
        use, and is kept per row, host and reader's language until the next
        publish.
    box_heading: the box beside the pages ("In the directory"); see_all: its
        link to the tab, with %(shown)s for the count.
    box_entry_template: one line of the box (`entry`: title, url, language,
        record); result_template: one result (`result`: the same and excerpt,
        type; `everywhere`).
    """

    key: str
    model: type
    label: Any
    public: Any
    listed_locales: Callable
    hits: Callable
    box_heading: Any
    see_all: Any
    box_entry_template: str
    result_template: str
    order: int = 100
    text_field: str = "search_text"
    order_by: tuple = ("name",)
    locale_field: str = "locale"

    def public_rows(self):
        return _apply(self.public, self.model._default_manager.all())


@dataclass(frozen=True)
class TopicVocabulary:
    """The topics the search's topic filter offers.

    choices: callable(locale) -> the topics of that language a reader may
        choose, in the order shown; each has `slug` (in the address) and `name`.
    everywhere: callable(topic) -> ids of that topic's rows in every language
        (pages of any language share topics), matched against each
        `SearchablePage.topic_field`.
    """

    choices: Callable
    everywhere: Callable


_kinds = {}
_topics = []


def register(kind):
    """Add a `SearchablePage` or `SearchableRecords` (replacing one of the same key)."""
    if not isinstance(kind, (SearchablePage, SearchableRecords)):
        raise TypeError(f"Register a SearchablePage or SearchableRecords, not {kind!r}")
    _kinds[kind.key] = kind
    return kind


def unregister(key):
    _kinds.pop(key, None)


def register_topics(vocabulary):
    """Set the `TopicVocabulary` of the topic filter (replacing any earlier)."""
    _topics[:] = [vocabulary]
    return vocabulary


def unregister_topics():
    _topics.clear()


def kinds():
    """Every registered kind, in tab order."""
    return sorted(_kinds.values(), key=lambda kind: (kind.order, kind.key))


def page_types():
    return [kind for kind in kinds() if isinstance(kind, SearchablePage)]


def record_kinds():
    return [kind for kind in kinds() if isinstance(kind, SearchableRecords)]


def get(key):
    return _kinds.get(key)


def topics():
    """The registered `TopicVocabulary`, or None."""
    return _topics[0] if _topics else None
