import datetime
from dataclasses import replace
from urllib.parse import urlsplit

import jdatetime
from django import forms
from django.core.paginator import Paginator
from django.template.response import TemplateResponse
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _

from core import chrome, l10n, searchable
from core.page_cache import remember, uses_query
from core.paging import query_string
from core.widgets import QuickSelect

from . import engine, suggest
from .highlight import excerpt, has_hit, mark
from .query import MAX_QUERY_LENGTH, parse

PAGE_SIZE = 10
MAX_PAGE = 1000
# Records (directory entries) shown in their box beside the pages.
RECORDS_BOX_SIZE = 5


def type_labels():
    """{type key: tab label} of every registered kind (core.searchable), in tab order."""
    return {kind.key: kind.label for kind in searchable.kinds()}


def parse_date(value, language):
    """A date typed in the reader's calendar: 1405-09-05 or 1405/9/5 (any
    digits) in Dari and Pashto, 2026-11-26 in English."""
    text = l10n.to_ascii_digits(value).strip().replace("/", "-").replace(".", "-")
    parts = text.split("-")
    if len(parts) != 3 or not all(part.isdigit() and len(part) <= 4 for part in parts):
        raise forms.ValidationError(
            _("Write the date as year-month-day, e.g. %(example)s."),
            params={
                "example": l10n.local_digits(
                    "1405-09-05" if l10n.uses_solar_hijri(language) else "2026-11-26", language
                )
            },
        )
    year, month, day = (int(part) for part in parts)
    try:
        if l10n.uses_solar_hijri(language):
            return jdatetime.date(year, month, day).togregorian()
        return datetime.date(year, month, day)
    except ValueError:
        raise forms.ValidationError(_("There is no such date."))


class SearchForm(forms.Form):
    """The filters. The query itself is read by search.query.parse, which
    accepts anything a reader (or a robot) sends."""

    type = forms.ChoiceField(widget=QuickSelect, label=_("Type"), required=False)
    topic = forms.ChoiceField(widget=QuickSelect, label=_("Topic"), required=False)
    start = forms.CharField(label=_("From"), required=False, max_length=20)
    end = forms.CharField(label=_("To"), required=False, max_length=20)
    sort = forms.ChoiceField(
        widget=QuickSelect,
        label=_("Sort by"),
        required=False,
        choices=[("relevance", _("Relevance")), ("date", _("Newest first"))],
    )
    scope = forms.ChoiceField(
        widget=QuickSelect,
        label=_("Languages"),
        required=False,
        choices=[("", _("This language")), ("all", _("All languages"))],
    )

    def __init__(self, data, *, topics, language):
        super().__init__(data)
        self.language = language
        self.fields["type"].choices = [("", _("Everything"))] + list(type_labels().items())
        if topics is None:
            del self.fields["topic"]  # no app offers topics (core.searchable.TopicVocabulary)
        else:
            self.fields["topic"].choices = [("", _("All topics"))] + [(topic.slug, topic.name) for topic in topics]
            self.fields["topic"].error_messages["invalid_choice"] = _("There is no topic called “%(value)s”.")
        placeholder = l10n.local_digits("1405-09-05" if l10n.uses_solar_hijri(language) else "2026-11-26", language)
        for name in ("start", "end"):
            self.fields[name].widget.attrs.update({"placeholder": placeholder, "inputmode": "numeric", "dir": "ltr"})

    def clean_start(self):
        value = self.cleaned_data["start"]
        return parse_date(value, self.language) if value.strip() else None

    def clean_end(self):
        value = self.cleaned_data["end"]
        return parse_date(value, self.language) if value.strip() else None

    def clean(self):
        cleaned = super().clean()
        if cleaned.get("start") and cleaned.get("end") and cleaned["start"] > cleaned["end"]:
            self.add_error("end", _("The end date is before the start date."))
        return cleaned


def _date_in(day, language):
    """A day as a reader of `language` types it: 1405-09-05 or 2026-11-26."""
    if l10n.uses_solar_hijri(language):
        return jdatetime.date.fromgregorian(date=day).strftime("%Y-%m-%d")
    return day.isoformat()


def _language_links(request, filters, data, topic):
    """The language switcher, keeping the search and its filters as they read
    in each language: the topic under its slug there (left out when it has no
    live translation), the dates in that language's calendar; not the page."""
    links = []
    for link in chrome.language_links_for_path(request):
        if not link.is_current:
            kept = dict(filters)
            if topic is not None:
                # The same topic's row in that language (the vocabulary knows the rows of each topic).
                locale = l10n.locales_by_code().get(link.code)
                choices = (_topic_choices(locale) if locale is not None else None) or []
                rows = set(searchable.topics().everywhere(topic))
                kept["topic"] = next((choice.slug for choice in choices if choice.pk in rows), None)
            for name in ("start", "end"):
                kept[name] = _date_in(data[name], link.code) if data.get(name) else ""
            path = urlsplit(link.url).path
            query = query_string(kept)
            link = replace(link, url=f"{path}?{query}" if query else path)
        links.append(link)
    return links


def _page_number(request):
    """Any page number a reader (or a robot) sends gives a page: the first
    for nonsense, at most MAX_PAGE."""
    raw = l10n.to_ascii_digits(request.GET.get("page", "1")).strip()
    if not raw.isdigit() or len(raw) > 6:
        return 1
    return min(max(int(raw), 1), MAX_PAGE)


def _type_label(hit):
    kind = searchable.get(hit.type_key)
    return kind.label_for(hit.variant) if isinstance(kind, searchable.SearchablePage) else ""


def _result_template(hit):
    kind = searchable.get(hit.type_key)
    return (
        kind.result_template if isinstance(kind, searchable.SearchablePage) else searchable.DEFAULT_PAGE_RESULT_TEMPLATE
    )


def _topic_choices(locale):
    """The topics of `locale` a reader may choose; None: no app offers topics."""
    vocabulary = searchable.topics()
    if vocabulary is None:
        return None
    return remember("search-topics", (locale.pk,), lambda: list(vocabulary.choices(locale)))


def _excerpt_of(hit, words):
    """From the summary when it holds a hit (cheap), else the whole text."""
    if hit.summary and (not words or has_hit(hit.summary, words)):
        return excerpt(hit.summary, words)
    return excerpt(hit.text, words)


def search(request):
    language = get_language()
    locale = l10n.locales_by_code()[language]
    topics = _topic_choices(locale)
    form = SearchForm(request.GET, topics=topics, language=language)
    uses_query(request, "q", "page", *form.fields)
    form.is_valid()
    data = {name: value for name, value in form.cleaned_data.items() if name not in form.errors}
    query = parse(request.GET.get("q", ""))
    topic = next((t for t in topics or [] if t.slug == data.get("topic")), None)
    type_key = data.get("type") or None
    everywhere = data.get("scope") == "all"
    sort = data.get("sort") or "relevance"
    number = _page_number(request)

    outcome = engine.Outcome()
    unavailable = False
    if query:
        try:
            outcome = engine.run(
                query,
                locale=None if everywhere else locale,
                type_key=type_key,
                topic=topic,
                start=data.get("start"),
                end=data.get("end"),
                sort=sort,
                offset=(number - 1) * PAGE_SIZE,
                limit=PAGE_SIZE,
            )
        except engine.SearchUnavailable:
            unavailable = True

    words = query.all_words() if query else set()
    record_kinds = searchable.record_kinds()
    # Records of a language where they have a public page, read only for
    # the entries this page shows.
    record_locales = {kind.key: set(kind.listed_locales()) for kind in record_kinds}
    records = {
        kind.key: [
            (pk, locale_id)
            for pk, locale_id in outcome.records.get(kind.key, [])
            if locale_id in record_locales[kind.key]
        ]
        for kind in record_kinds
    }

    def entries(kind, pairs):
        return [
            {
                "record": hit,
                "title": mark(hit.title, words),
                "excerpt": excerpt(hit.text, words, length=200),
                "url": hit.url,
                "type": kind.label,
                "language": hit.locale,
                "template": kind.result_template,
            }
            for hit in engine.record_hits(kind, [pk for pk, _locale_id in pairs], request)
        ]

    # Every count the page shows (the tabs, the line under them, the
    # boxes) counts the same records: those shown.
    counts = dict(outcome.counts)
    for key, shown in records.items():
        if key in counts:
            counts[key] = len(shown)
    boxes = []
    if engine.is_records(type_key):
        paginator = Paginator(records[type_key], PAGE_SIZE)
        results_page = paginator.get_page(number)
        results = entries(searchable.get(type_key), results_page.object_list)
        total = paginator.count
        page_count = paginator.num_pages
    else:
        results = [
            {
                "record": None,
                "title": mark(hit.title, words),
                "excerpt": _excerpt_of(hit, words),
                "url": hit.url,
                "type": _type_label(hit),
                "date": hit.date,
                "reference": hit.reference,
                "language": hit.locale,
                "template": _result_template(hit),
            }
            for hit in engine.hits(outcome.items, request)
        ]
        # The pages are listed ten to a page; the records beside them (five
        # of each kind shown, with a link to all) count among the results.
        page_count = max(1, -(-outcome.total // PAGE_SIZE))
        total = outcome.total + (sum(len(shown) for shown in records.values()) if type_key is None else 0)
        for kind in record_kinds:
            if records[kind.key]:
                boxes.append(
                    {
                        "key": kind.key,
                        "heading": kind.box_heading,
                        "count": len(records[kind.key]),
                        "entries": entries(kind, records[kind.key][:RECORDS_BOX_SIZE]),
                        "entry_template": kind.box_entry_template,
                        "see_all": kind.see_all % {"shown": l10n.local_digits(len(records[kind.key]), language)},
                    }
                )
    filters = {
        "q": query.text,
        "type": type_key or "",
        "topic": topic.slug if topic else "",
        "start": request.GET.get("start", "") if "start" not in form.errors else "",
        "end": request.GET.get("end", "") if "end" not in form.errors else "",
        "sort": sort if sort != "relevance" else "",
        "scope": "all" if everywhere else "",
    }
    suggestion = None
    if query and not unavailable and not form.errors and number == 1:
        suggestion = suggest.suggest(
            query,
            found=total,
            locale=locale,
            everywhere=everywhere,
            type_key=type_key,
            topic=topic,
            start=data.get("start"),
            end=data.get("end"),
            record_locales=record_locales,
        )
    if suggestion is not None:
        suggestion.url = "?" + query_string(
            {**filters, "q": suggestion.text} if suggestion.kind == "spelling" else {**filters, "scope": "all"}
        )
    type_links = [
        {
            "key": key,
            "label": label,
            "count": counts.get(key, 0),
            "url": "?" + query_string({**filters, "type": key}),
            "current": key == type_key,
        }
        for key, label in type_labels().items()
    ]
    for box in boxes:
        box["url"] = "?" + query_string({**filters, "type": box["key"]})
    context = {
        "language_links": _language_links(request, filters, data, topic),
        "form": form,
        "query": query,
        "query_text": query.text,
        "shortened": query.shortened,
        "max_query_length": MAX_QUERY_LENGTH,
        "results": results,
        "record_boxes": boxes,
        "total": total,
        "type_links": type_links,
        "all_types_url": "?" + query_string({**filters, "type": ""}),
        "all_types_count": sum(counts.values()),
        "all_languages_url": "?" + query_string({**filters, "scope": "all"}),
        "suggestion": suggestion,
        "current_type": type_key,
        "degraded": outcome.degraded,
        "unavailable": unavailable,
        "date_sort_capped": outcome.date_sort_capped,
        "date_sort_limit": engine.DATE_SORT_LIMIT,
        "everywhere": everywhere,
        "page_number": min(number, page_count),
        "page_count": page_count,
        "previous_query": query_string(filters, page=number - 1) if number > 1 else None,
        "next_query": query_string(filters, page=number + 1) if number < page_count else None,
        "searched": bool(query),
        "filters": filters,
    }
    response = TemplateResponse(request, "search/search_page.html", context)
    if form.errors:
        response.status_code = 400
    if unavailable:
        response.status_code = 503
    return response
