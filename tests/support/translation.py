"""A translator's steps through wagtail-localize's admin."""

from urllib.parse import urlencode

from django.test import Client
from django.urls import reverse
from wagtail.models import Locale, Page
from wagtail_localize.models import StringSegment, Translation

from pressroom.models import NewsPage
from tests.support.forms import DARI_SENTENCE, PASHTO_SENTENCE


def start_translation(client, page, language="ps"):
    client.post(
        reverse("wagtail_localize:submit_page_translation", args=[page.pk]),
        {"locales": [Locale.objects.get(language_code=language).pk]},
    )
    target = NewsPage.objects.get(translation_key=page.translation_key, locale__language_code=language)
    translation = Translation.objects.get(source__object_id=page.translation_key, target_locale__language_code=language)
    return target, translation


def translate_segments(client, translation, skip=0):
    """Type a translation for each text, as the translation editor does."""
    segments = list(StringSegment.objects.filter(source=translation.source).select_related("string").order_by("order"))
    for segment in segments[skip:]:
        text = segment.string.data
        if text == DARI_SENTENCE:
            value = PASHTO_SENTENCE
        elif text.isascii():  # the slug
            value = text
        else:
            value = f"پښتو: {text}"
        response = client.put(
            reverse("wagtail_localize:edit_string_translation", args=[translation.pk, segment.pk]),
            urlencode({"value": value}),
            content_type="application/x-www-form-urlencoded",
        )
        assert response.status_code in (200, 201), response.content


def public_html(page):
    response = Client().get(Page.objects.get(pk=page.pk).specific.url or "/ps/missing/")
    return response.status_code, response.content.decode()
