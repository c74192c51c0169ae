"""A picture whose original file is missing from storage (lost, or not yet
restored from a backup) never takes its page down."""

import pytest
from django.test import Client

from pressroom import factories

pytestmark = pytest.mark.django_db


def test_a_news_item_whose_picture_file_is_lost_is_still_shown(demo_site):
    news_index = factories.NewsIndexPageFactory(parent=demo_site["fa-af"], slug="lost-files", title="اخبار")
    picture = factories.ImageFactory(title="عکس گم‌شده")
    story = factories.NewsPageFactory(
        parent=news_index, title="خبر با عکس گم‌شده", hero_image=picture, hero_alt_text="بازار"
    )
    picture.file.storage.delete(picture.file.name)
    response = Client(raise_request_exception=False).get(story.url)
    assert response.status_code == 200
    assert "خبر با عکس گم‌شده" in response.content.decode()
