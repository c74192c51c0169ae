"""The page editor works for every pressroom type: the forms render, and a
news item written in the admin is saved with its topics."""

import pytest
from django.contrib.auth import get_user_model
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from pressroom import factories
from pressroom.models import NewsPage

pytestmark = pytest.mark.django_db


@pytest.fixture
def admin_client(client):
    user = get_user_model().objects.create_superuser("chief", "chief@example.org", "a-long-test-password")
    client.force_login(user)
    return client


@pytest.mark.parametrize(
    ("index_fixture", "model_name", "factory"),
    [
        ("news_index", "newspage", factories.NewsPageFactory),
        ("statement_index", "statementpage", factories.StatementPageFactory),
        ("gallery_index", "gallerypage", factories.GalleryPageFactory),
    ],
)
def test_add_and_edit_forms_render(admin_client, request, index_fixture, model_name, factory):
    index = request.getfixturevalue(index_fixture)
    add = admin_client.get(f"/admin/pages/add/pressroom/{model_name}/{index.pk}/")
    assert add.status_code == 200
    page = factory(parent=index)
    edit = admin_client.get(f"/admin/pages/{page.pk}/edit/")
    assert edit.status_code == 200
    html = edit.content.decode()
    # The admin speaks Dari by default.
    for tab in ("موضوعات و صفحه‌های مرتبط", "اصلاحات و پس‌گرفتن"):
        assert tab in html


def test_topic_choices_are_only_those_of_the_pages_language(admin_client, news_index, english_home):
    dari_topic = factories.TopicFactory(name="گمرکات", slug="customs-admin")
    english_topic = factories.TopicFactory(name="Customs", slug="customs-admin", locale=english_home.locale)
    html = admin_client.get(f"/admin/pages/add/pressroom/newspage/{news_index.pk}/").content.decode()
    assert f'value="{dari_topic.pk}"' in html
    assert f'value="{english_topic.pk}"' not in html


def test_a_news_item_written_in_the_admin_is_saved_with_its_topics(admin_client, news_index):
    topic = factories.TopicFactory(name="صادرات", slug="exports-admin")
    data = nested_form_data(
        {
            "title": "خبر نوشته‌شده در اداره",
            "slug": "admin-written",
            "date": "2026-11-20 10:00",
            "summary": "خلاصه",
            "hero_alt_text": "",
            "hero_caption": "",
            "body": streamfield([("paragraph", rich_text("<p>متن خبر</p>"))]),
            "related_links-TOTAL_FORMS": 0,
            "related_links-INITIAL_FORMS": 0,
            "related_links-MIN_NUM_FORMS": 0,
            "related_links-MAX_NUM_FORMS": 1000,
            "change_notes-TOTAL_FORMS": 0,
            "change_notes-INITIAL_FORMS": 0,
            "change_notes-MIN_NUM_FORMS": 0,
            "change_notes-MAX_NUM_FORMS": 1000,
            "withdrawn_at": "",
            "withdrawal_reason": "",
            "seo_title": "",
            "search_description": "",
        }
    )
    data["topics"] = [topic.pk]  # a multiple choice, which nested_form_data would number
    response = admin_client.post(f"/admin/pages/add/pressroom/newspage/{news_index.pk}/", data)
    assert response.status_code == 302, response.content.decode()[:2000]
    page = NewsPage.objects.get(slug="admin-written")
    assert not page.live
    assert list(page.get_latest_revision_as_object().topics.all()) == [topic]
