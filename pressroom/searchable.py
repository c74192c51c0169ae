"""What the site search finds of the press room (core.searchable): news,
statements and galleries, withdrawn ones left out, filtered by topic."""

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from core import searchable

# Withdrawn items stay online, marked, but leave listings, feeds and the search.
WITHDRAWN = Q(withdrawn_at__isnull=False)


def _statement_reference(page):
    return str(page.reference) if page.reference else ""


def _topic_choices(locale):
    from .models import Topic

    return Topic.objects.filter(locale=locale, live=True).order_by("name")


def _same_topic_everywhere(topic):
    from .models import Topic

    return Topic.objects.filter(translation_key=topic.translation_key).values_list("pk", flat=True)


def register():
    from .models import GalleryPage, NewsPage, StatementPage
    from .models.statements import attach_references

    dated = {"date_field": "date", "hidden": WITHDRAWN, "topic_field": "topics"}
    searchable.register(
        searchable.SearchablePage(
            key="news", model=NewsPage, label=_("News"), result_label=_("News"), order=10, **dated
        )
    )
    searchable.register(
        searchable.SearchablePage(
            key="statement",
            model=StatementPage,
            label=_("Statements"),
            result_label=_("Statement"),
            order=20,
            label_field="kind",
            reference=_statement_reference,
            prepare=attach_references,
            **dated,
        )
    )
    searchable.register(
        searchable.SearchablePage(
            key="gallery", model=GalleryPage, label=_("Galleries"), result_label=_("Gallery"), order=30, **dated
        )
    )
    searchable.register_topics(searchable.TopicVocabulary(choices=_topic_choices, everywhere=_same_topic_everywhere))
