import pytest

from core.roles import DIRECTORS, DIRECTORY_MANAGERS, EDITORS, TRANSLATORS
from directory import factories as directory_factories
from directory.models import Visibility
from media_relations.models import DistributionList
from pressroom import factories
from tests.support.pages import translate_page
from tests.support.users import make_user


@pytest.fixture
def people(db):
    return {
        "editor": make_user("mr-editor", EDITORS),
        "director": make_user("mr-director", DIRECTORS),
        "translator": make_user("mr-translator", TRANSLATORS),
        "directory_manager": make_user("mr-directory", DIRECTORY_MANAGERS),
    }


@pytest.fixture
def statement(statement_index):
    """A live Dari press release with live Pashto and English translations."""
    for language in ("ps", "en"):
        translate_page(statement_index, language)
    page = factories.StatementPageFactory(parent=statement_index, title="اعلامیه صادرات قالین", slug="carpet-exports")
    for language in ("ps", "en"):
        translate_page(page, language)
    return page


@pytest.fixture
def journalists(db):
    """A media outlet with a journalist preferring each language, one with a
    broken address, one internal contact and one on another beat."""
    outlet = directory_factories.organisation(category_slug="media", name="رسانه آزمایشی")["fa-af"]
    people = {
        "dari": directory_factories.contact(
            outlet, preferred_language="fa-af", emails=["dari@example.org"], beat="اقتصاد", visibility=Visibility.PUBLIC
        ),
        "pashto": directory_factories.contact(
            outlet, preferred_language="ps", emails=["pashto@example.org"], beat="economy"
        ),
        "english": directory_factories.contact(
            outlet, preferred_language="en", emails=["english@example.org", "ENGLISH@example.org"], beat="trade"
        ),
        "broken": directory_factories.contact(outlet, preferred_language="fa-af", emails=["not an address"]),
    }
    return outlet, people


@pytest.fixture
def media_list(journalists):
    outlet, _people = journalists
    media = DistributionList.objects.create(name="National media")
    media.organisations.add(outlet)
    return media
