import pytest

from core.translation import source_strings, translate
from pressroom import factories


@pytest.fixture
def dari_home(demo_site):
    return demo_site["fa-af"]


@pytest.fixture
def english_home(demo_site):
    return demo_site["en"]


@pytest.fixture
def news_index(dari_home):
    return factories.NewsIndexPageFactory(parent=dari_home, slug="test-news", title="اخبار آزمایشی")


@pytest.fixture
def statement_index(dari_home):
    return factories.StatementIndexPageFactory(parent=dari_home, slug="test-statements", title="اعلامیه‌های آزمایشی")


@pytest.fixture
def gallery_index(dari_home):
    return factories.GalleryIndexPageFactory(parent=dari_home, slug="test-galleries", title="گالری‌های آزمایشی")


def translate_page(page, language, marker=None):
    """Translate every segment of `page` as "<marker> <text>" through wagtail-localize."""
    marker = marker or f"[{language}]"
    strings = {text: text if _is_slug(text, page) else f"{marker} {text}" for text in source_strings(page)}
    return translate(page, language, strings)


def _is_slug(text, page):
    return text == page.slug


@pytest.fixture
def translated():
    return translate_page
