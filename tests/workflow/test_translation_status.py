import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.operations import TranslationCreator

from pressroom import factories
from tests.support.pages import translate_page

pytestmark = pytest.mark.django_db


def cells(html, title):
    """{language: status} of the row whose page is `title`."""
    import re

    # The title links to the editor only for those who may edit that page.
    row = re.search(
        rf"<tr>\s*<th scope=\"row\">(?:<a [^>]*>)?{re.escape(title)}(?:</a>)?</th>(.*?)</tr>", html, re.S
    ).group(1)
    return dict(re.findall(r'data-language="([^"]+)" data-status="([^"]+)"', row))


def test_translation_status_shows_each_languages_state_with_links(people, login, news_index):
    translate_page(news_index, "en")
    translate_page(news_index, "ps")
    live_everywhere = factories.NewsPageFactory(parent=news_index, title="زنده در همه زبان‌ها")
    translate_page(live_everywhere, "en")
    translate_page(live_everywhere, "ps")
    waiting = factories.NewsPageFactory(parent=news_index, title="در انتظار تأیید")
    TranslationCreator(people["director"], [Locale.objects.get(language_code="en")]).create_translations(waiting)
    english = waiting.get_translation(Locale.objects.get(language_code="en"))
    english.get_workflow().start(english, people["translator"])
    outdated = factories.NewsPageFactory(parent=news_index, title="منبع تغییرکرده")
    translate_page(outdated, "ps")
    outdated.title = "منبع تغییرکرده"
    outdated.summary = "خلاصه تازه"
    outdated.save_revision().publish()

    client = login(people["translator"])
    response = client.get(reverse("ministry_translation_status"))
    assert response.status_code == 200
    html = response.content.decode()
    assert cells(html, "زنده در همه زبان‌ها") == {"fa-af": "live", "ps": "live", "en": "live"}
    assert cells(html, "در انتظار تأیید") == {"fa-af": "live", "ps": "missing", "en": "waiting"}
    assert cells(html, "منبع تغییرکرده")["ps"] == "out_of_date"
    assert reverse("wagtail_localize:update_translations", args=[1]).rsplit("/", 2)[0] in html

    filtered = client.get(reverse("ministry_translation_status"), {"language": "en", "status": "waiting"})
    assert "در انتظار تأیید" in filtered.content.decode()
    assert "زنده در همه زبان‌ها" not in filtered.content.decode()
    missing = client.get(
        reverse("ministry_translation_status"), {"language": "ps", "status": "missing"}
    ).content.decode()
    assert "در انتظار تأیید" in missing and "منبع تغییرکرده" not in missing


@pytest.mark.parametrize("page", ["abc", "-1", "99999"])
def test_translation_status_bad_page_numbers_are_404(people, login, page):
    client = login(people["editor"])
    assert client.get(reverse("ministry_translation_status"), {"p": page}).status_code == 404


def test_translation_status_is_not_for_the_public_or_directory_managers(people, login):
    assert login(None).get(reverse("ministry_translation_status")).status_code == 302
    assert login(people["directory_manager"]).get(reverse("ministry_translation_status")).status_code in (302, 403)
