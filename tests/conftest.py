"""Shared fixtures.

The test database gets a small site once per session: the three language
trees with their sections, the About page, the directory page with its
sample entries, the footer's contacts and the demo users (a few seconds).
The press room's demo items (news, statements, galleries with their images:
most of the demo's load time) are loaded only in a test process that runs
a test asking for `demo_content`: the tests that are about the demo. Tests
that need a committed database (browser tests) start from the migrated
state and load what they need themselves.
"""

import shutil
from pathlib import Path

import pytest
from django.conf import settings

from tests.support.cache import clear_cache
from tests.support.pages import translate_page


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    from ministry_site import demo

    with django_db_blocker.unblock():
        demo.load(log=lambda line: None, pressroom=False)
    yield
    shutil.rmtree(Path(settings.DEMO_CREDENTIALS_FILE).parent, ignore_errors=True)


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The whole demo, press room included, committed to this process's test
    database the first time a test asks for it (a session fixture is set up
    before the test's own transaction begins; later tests see it too, which
    is what they saw when every process loaded it)."""
    from ministry_site import demo

    with django_db_blocker.unblock():
        demo.load(log=lambda line: None)


@pytest.fixture
def uncached_pages(settings):
    """Every request renders its page (the anonymous page cache off): for
    tests that count queries, which a cached page would answer with none."""
    settings.ANONYMOUS_PAGE_CACHE = False


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Navigation and contact details are cached; no test sees another's."""
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def demo_site(db):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    return {page.locale.language_code: page.specific for page in site.root_page.get_translations(inclusive=True)}


@pytest.fixture
def dari_home(demo_site):
    return demo_site["fa-af"]


@pytest.fixture
def english_home(demo_site):
    return demo_site["en"]


@pytest.fixture
def news_index(dari_home):
    from pressroom import factories

    return factories.NewsIndexPageFactory(parent=dari_home, slug="test-news", title="اخبار آزمایشی")


@pytest.fixture
def statement_index(dari_home):
    from pressroom import factories

    return factories.StatementIndexPageFactory(parent=dari_home, slug="test-statements", title="اعلامیه‌های آزمایشی")


@pytest.fixture
def gallery_index(dari_home):
    from pressroom import factories

    return factories.GalleryIndexPageFactory(parent=dari_home, slug="test-galleries", title="گالری‌های آزمایشی")


@pytest.fixture
def translated():
    return translate_page
