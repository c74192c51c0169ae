import datetime

import pytest
from django.utils import timezone

from press_events.factories import PressEventPageFactory


@pytest.fixture
def event_indexes(demo_site):
    """{language: the demo's press events section}."""
    from press_events.models import PressEventIndexPage

    return {page.locale.language_code: page for page in PressEventIndexPage.objects.select_related("locale")}


@pytest.fixture
def make_event(event_indexes):
    def make(language="en", **kwargs):
        kwargs.setdefault("start", timezone.now() + datetime.timedelta(days=7))
        return PressEventPageFactory(parent=event_indexes[language], **kwargs)

    return make
