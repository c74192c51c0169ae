import pytest

from core.roles import DIRECTORS, EDITORS, TRANSLATORS
from pressroom import factories
from tests.support.users import make_user


@pytest.fixture
def people(db):
    return {
        "editor": make_user("sc-editor", EDITORS),
        "director": make_user("sc-director", DIRECTORS),
        "translator": make_user("sc-translator", TRANSLATORS),
    }


@pytest.fixture
def news_page(news_index):
    """A live Dari news item whose body the test sets."""

    def make(title="خبر آزمایشی صادرات", body=None, **kwargs):
        return factories.NewsPageFactory(
            parent=news_index,
            title=title,
            body=[{"type": "paragraph", "value": "<p>متن خبر.</p>", "id": "p1"}] if body is None else body,
            **kwargs,
        )

    return make


@pytest.fixture
def link_server():
    from tests.support.link_server import LinkServer

    server = LinkServer().start()
    yield server
    server.stop()


@pytest.fixture
def quick_links(settings):
    """The link checker's limits made short for tests."""
    settings.SITE_CARE_LINK_TIMEOUT = 2
    settings.SITE_CARE_SLOW_SECONDS = 1
    return settings


@pytest.fixture
def login(client):
    def as_user(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return as_user
