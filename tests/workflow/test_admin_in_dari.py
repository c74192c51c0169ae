"""The admin reads in Dari for Dari-speaking staff on the screens they use:
no stray English in the dashboard, the page editor, the workflow screens,
the translation status, our models."""

import re

import pytest
from django.urls import reverse

from pressroom import factories
from pressroom.models import Topic

pytestmark = pytest.mark.django_db

# Names, not words: the workflow's name is fixed by the directorate's rules,
# the rest are product names, file formats and the test users' names.
ALLOWED = {"Director", "approval", "Wagtail", "Demo", "Editor", "PDF", "CSV", "XLSX", "URL", "wf", "editor", "director"}
# Each language's own name in the language filters.
ALLOWED |= {"English"}


def english_words(html):
    """Latin words a reader sees: the text of the page and its labels."""
    from bs4 import BeautifulSoup

    soup = BeautifulSoup(html, "html.parser")
    for hidden in soup(["script", "style", "template", "noscript", "svg"]):
        hidden.decompose()
    seen = [soup.get_text(" ")]
    for element in soup.find_all(True):
        for attribute in ("aria-label", "title", "placeholder", "alt"):
            if element.get(attribute):
                seen.append(element[attribute])
    text = re.sub(r"https?://\S+|\S+@\S+", " ", " ".join(seen))
    return {word for word in re.findall(r"[A-Za-z]{4,}", text)} - ALLOWED


@pytest.mark.parametrize("screen", ["dashboard", "page editor", "add page", "history", "translation status", "topics"])
def test_admin_screens_are_in_dari(people, login, news_index, screen):
    story = factories.NewsPageFactory(parent=news_index, title="خبر برای بررسی", owner=people["editor"], draft=True)
    story.get_workflow().start(story, people["editor"])
    urls = {
        "dashboard": "/admin/",
        "page editor": f"/admin/pages/{story.pk}/edit/",
        "add page": f"/admin/pages/add/pressroom/newspage/{news_index.pk}/",
        "history": f"/admin/pages/{story.pk}/history/",
        "translation status": reverse("ministry_translation_status"),
        "topics": "/admin/snippets/pressroom/topic/?locale=fa-af",
    }
    response = login(people["director"]).get(urls[screen])
    assert response.status_code == 200
    html = response.content.decode()
    assert 'lang="fa-af"' in html and 'dir="rtl"' in html
    # Topic slugs are data, written in Latin letters on purpose.
    slugs = {word for slug in Topic.objects.values_list("slug", flat=True) for word in slug.split("-")}
    assert not english_words(html) - slugs, sorted(english_words(html) - slugs)
