import pytest

from pressroom import factories
from tests.support.forms import DARI_SENTENCE
from tests.support.pages import translate_page
from tests.support.users import workflow_people


@pytest.fixture
def people(db):
    return workflow_people()


@pytest.fixture
def login(client):
    def as_user(user):
        client.logout()
        if user is not None:
            client.force_login(user)
        return client

    return as_user


@pytest.fixture
def pashto_ready(people, news_index):
    """A live Dari news item whose index already exists in Pashto."""
    translate_page(news_index, "ps")
    story = factories.NewsPageFactory(
        parent=news_index,
        title="دعوت از تاجران",
        summary="خلاصه دعوت از تاجران.",
        body=[("paragraph", f"<p>{DARI_SENTENCE}</p>")],
        owner=people["editor"],
    )
    return story
