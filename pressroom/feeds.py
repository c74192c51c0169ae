"""RSS 2.0 and Atom feeds of an index page, with the same filters as the page."""

from django.http import HttpResponse
from django.utils.feedgenerator import Atom1Feed, Rss201rev2Feed
from django.utils.translation import gettext as _

from core.models import absolute_url

FEED_CLASSES = {"rss": Rss201rev2Feed, "atom": Atom1Feed}
FEED_LENGTH = 30


def feed_response(index_page, request, items, kind, filters_description=""):
    feed_class = FEED_CLASSES[kind]
    ministry = _("Ministry of Commerce and Industry")
    title = f"{index_page.title} | {ministry}"
    if filters_description:
        title = f"{title} ({filters_description})"
    index_url = absolute_url(index_page, request)
    feed = feed_class(
        title=title,
        link=index_url,
        description=index_page.specific.intro or title,
        language=index_page.locale.language_code,
        feed_url=request.build_absolute_uri(),
        author_name=ministry,
        feed_guid=request.build_absolute_uri(),
        ttl="30",
    )
    for item in items:
        url = absolute_url(item, request)
        feed.add_item(
            title=item.title,
            link=url,
            description=item.summary or item.title,
            pubdate=item.date,
            updateddate=item.last_published_at or item.date,
            unique_id=url,
            unique_id_is_permalink=True,
            categories=[topic.name for topic in item.public_topics],
            author_name=ministry,
        )
    response = HttpResponse(content_type=feed.content_type)
    feed.write(response, "utf-8")
    return response
