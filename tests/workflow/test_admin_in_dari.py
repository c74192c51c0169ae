"""The admin reads in Dari for Dari-speaking staff on the screens they use:
no stray English in the dashboard, the page editor and its scheduling
dialog, the workflow screens and reports, the directory export, the
translation status, our models; no Gregorian month names either (dates are
Solar Hijri)."""

import datetime
import re

import pytest
from django.urls import reverse
from django.utils import timezone

from pressroom import factories
from pressroom.models import Topic
from tests.support.admin_language import english_words

pytestmark = pytest.mark.django_db

# Django's Persian names of the Gregorian months (ماه مه is left out: "مه" is
# also an ordinary word). Dates in the Dari admin are Solar Hijri.
GREGORIAN_MONTHS = {
    "ژانویه",
    "فوریه",
    "مارس",
    "آوریل",
    "ژوئن",
    "ژوئیه",
    "اوت",
    "سپتامبر",
    "اکتبر",
    "نوامبر",
    "دسامبر",
}


def visible_words(html):
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template", "noscript", "svg"]):
        hidden.decompose()
    # A side panel's counter of checks: Wagtail writes "None" into it while
    # hidden, and its JavaScript writes the number before showing it.
    for counter in soup.select("[data-side-panel-toggle-counter][hidden]"):
        counter.decompose()
    seen = [soup.get_text(" ")] + [
        element[attribute]
        for element in soup.find_all(True)
        for attribute in ("title", "data-w-tooltip-content-value")
        if element.get(attribute)
    ]
    return set(re.findall(r"\w+", " ".join(seen)))


SCREENS = [
    "dashboard",
    "page editor",
    "add page",
    "history",
    "translation status",
    "topics",
    "scheduling",
    "workflow history",
    "workflow history detail",
    "workflow report",
    "workflow tasks report",
    "directory export",
    "translations report",
    "translation editor",
]


@pytest.mark.parametrize("screen", SCREENS)
def test_admin_screens_are_in_dari(people, login, news_index, screen):
    story = factories.NewsPageFactory(parent=news_index, title="خبر برای بررسی", owner=people["editor"], draft=True)
    story.get_workflow().start(story, people["editor"])
    # A page scheduled to go live: the editor's status panel and the
    # scheduling dialog show the date.
    scheduled = factories.NewsPageFactory(
        parent=news_index, title="خبر زمان‌بندی‌شده", owner=people["editor"], draft=True
    )
    scheduled.go_live_at = timezone.now() + datetime.timedelta(days=30)
    scheduled.save_revision(user=people["editor"])
    workflow_state = story.current_workflow_state
    # A Pashto translation under way (its section translated first).
    from wagtail.models import Locale
    from wagtail_localize.operations import TranslationCreator

    from tests.pressroom.conftest import translate_page

    translate_page(news_index, "ps")
    live = factories.NewsPageFactory(parent=news_index, title="خبر منتشرشده", owner=people["editor"])
    TranslationCreator(people["director"], [Locale.objects.get(language_code="ps")]).create_translations(live)
    pashto = live.get_translation(Locale.objects.get(language_code="ps"))
    urls = {
        "dashboard": "/admin/",
        "page editor": f"/admin/pages/{story.pk}/edit/",
        "add page": f"/admin/pages/add/pressroom/newspage/{news_index.pk}/",
        "history": f"/admin/pages/{story.pk}/history/",
        "translation status": reverse("ministry_translation_status"),
        "topics": "/admin/snippets/pressroom/topic/?locale=fa-af",
        "scheduling": f"/admin/pages/{scheduled.pk}/edit/",
        "workflow history": f"/admin/pages/{story.pk}/workflow_history/",
        "workflow history detail": f"/admin/pages/{story.pk}/workflow_history/detail/{workflow_state.pk}/",
        "workflow report": "/admin/reports/workflow/",
        "workflow tasks report": "/admin/reports/workflow_tasks/",
        # The export form; its log's labels are checked in tests/directory.
        "directory export": "/admin/directory/export/",
        # Dari into Pashto: both languages' titles (the English ones are data).
        "translations report": "/admin/localize/reports/translations/?source_locale=fa-af&target_locale=ps",
        # Its server-drawn part (the rest: tests/browser/test_translation_editor.py).
        "translation editor": f"/admin/pages/{pashto.pk}/edit/",
    }
    response = login(people["director"]).get(urls[screen])
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="fa-af"' in html and 'dir="rtl"' in html
    # Topic slugs are data, written in Latin letters on purpose.
    slugs = {word for slug in Topic.objects.values_list("slug", flat=True) for word in slug.split("-")}
    assert not english_words(html) - slugs, sorted(english_words(html) - slugs)
    assert not visible_words(html) & GREGORIAN_MONTHS, sorted(visible_words(html) & GREGORIAN_MONTHS)
