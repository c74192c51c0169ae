"""Factories for pressroom content: each builds a valid, published page with
only `parent` given (in the parent's language), so tests and the demo make
content one way.

    news = NewsPageFactory(parent=news_index)
    draft = NewsPageFactory(parent=news_index, draft=True)
    speech = StatementPageFactory(parent=statements, kind="speech", delivery_status="as_delivered")
"""

import datetime

import factory
import wagtail_factories
from django.utils import timezone
from wagtail.models import Locale

from core import l10n
from core.models import MinistryImage
from core.patches.search_index_once import index_updates_once

from . import models

SAMPLE_TEXT = {
    "fa-af": {"title": "خبر نمونه شماره {n}", "summary": "خلاصه خبر نمونه شماره {n}.", "body": "متن نمونه {n}."},
    "ps": {"title": "د بېلګې خبر {n}", "summary": "د بېلګې خبر لنډیز {n}.", "body": "د بېلګې متن {n}."},
    "en": {"title": "Sample item {n}", "summary": "Summary of sample item {n}.", "body": "Sample text {n}."},
}


def _text(obj, key):
    language = obj.parent.locale.language_code if obj.parent is not None else "fa-af"
    number = l10n.local_digits(obj.sequence_number, language)
    return SAMPLE_TEXT.get(language, SAMPLE_TEXT["en"])[key].format(n=number)


class ImageFactory(wagtail_factories.ImageFactory):
    class Meta:
        model = MinistryImage

    title = factory.Sequence(lambda n: f"Photo {n}")


class TopicFactory(factory.django.DjangoModelFactory):
    class Meta:
        model = models.Topic

    name = factory.Sequence(lambda n: f"Topic {n}")
    slug = factory.Sequence(lambda n: f"topic-{n}")
    locale = factory.LazyFunction(Locale.get_default)


class _PublishedPageFactory(wagtail_factories.PageFactory):
    """Creates the page, then saves a revision and publishes it like an editor."""

    class Meta:
        skip_postgeneration_save = True

    class Params:
        sequence_number = factory.Sequence(lambda n: n + 1)

    draft = False  # True: saved as a draft revision, never published

    title = factory.LazyAttribute(lambda o: _text(o, "title"))
    summary = factory.LazyAttribute(lambda o: _text(o, "summary"))

    @classmethod
    def create(cls, **kwargs):
        # One index write for the page, as the editor's request would make.
        with index_updates_once():
            return super().create(**kwargs)

    @classmethod
    def _build(cls, model_class, *args, draft=False, **kwargs):
        return super()._build(model_class, *args, **kwargs)

    @classmethod
    def _create(cls, model_class, *args, draft=False, **kwargs):
        kwargs.setdefault("live", not draft)
        page = super()._create(model_class, *args, **kwargs)
        revision = page.save_revision()
        if not draft:
            revision.publish()
            page.refresh_from_db()
        return page

    @factory.post_generation
    def topics(self, create, extracted, **kwargs):
        if create and extracted:
            self.topics.set(extracted)
            revision = self.save_revision()
            if self.live:
                revision.publish()


class NewsIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.NewsIndexPage

    title = "News"
    slug = "news"


class StatementIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.StatementIndexPage

    title = "Statements"
    slug = "statements"


class GalleryIndexPageFactory(wagtail_factories.PageFactory):
    class Meta:
        model = models.GalleryIndexPage

    title = "Galleries"
    slug = "galleries"


class NewsPageFactory(_PublishedPageFactory):
    class Meta:
        model = models.NewsPage

    slug = factory.Sequence(lambda n: f"news-{n}")
    date = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))
    body = factory.LazyAttribute(lambda o: [("paragraph", f"<p>{_text(o, 'body')}</p>")])


class StatementPageFactory(_PublishedPageFactory):
    class Meta:
        model = models.StatementPage

    slug = factory.Sequence(lambda n: f"statement-{n}")
    date = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))
    kind = models.StatementKind.PRESS_RELEASE
    body = factory.LazyAttribute(lambda o: [("paragraph", f"<p>{_text(o, 'body')}</p>")])


class GalleryPageFactory(_PublishedPageFactory):
    class Meta:
        model = models.GalleryPage

    slug = factory.Sequence(lambda n: f"gallery-{n}")
    date = factory.LazyFunction(lambda: timezone.now() - datetime.timedelta(hours=1))
    media = factory.LazyAttribute(
        lambda o: [
            (
                "photo",
                {"image": ImageFactory(), "alt_text": f"{_text(o, 'title')} ({number})", "caption": "", "credit": ""},
            )
            for number in (1, 2, 3)
        ]
    )
