import pytest
from wagtail.models import Page

from directory.models import DirectoryPage


@pytest.fixture
def directories(demo_site):
    """{language: the demo's DirectoryPage}."""
    return {page.locale.language_code: page for page in DirectoryPage.objects.select_related("locale")}


@pytest.fixture
def page_url():
    def url(page):
        return Page.objects.get(pk=page.pk).url

    return url
