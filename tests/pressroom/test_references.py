import datetime

import pytest
from django.utils import timezone

from pressroom import factories
from pressroom.models import StatementKind, StatementPage, StatementReference
from pressroom.references import assign_reference

pytestmark = pytest.mark.django_db


def kabul(*args):
    return timezone.make_aware(datetime.datetime(*args))


def test_references_are_sequential_per_kind_and_solar_year(statement_index):
    before = StatementReference.objects.filter(prefix="PR", year=1402).count()
    assert before == 0
    first = factories.StatementPageFactory(parent=statement_index, date=kabul(2023, 6, 1))
    second = factories.StatementPageFactory(parent=statement_index, date=kabul(2024, 3, 19))  # 29 Hut 1402
    new_year = factories.StatementPageFactory(parent=statement_index, date=kabul(2024, 3, 20))  # 1 Hamal 1403
    speech = factories.StatementPageFactory(
        parent=statement_index, date=kabul(2023, 7, 1), kind=StatementKind.SPEECH, delivery_status="as_prepared"
    )
    assert str(first.reference) == "PR-1402/001"
    assert str(second.reference) == "PR-1402/002"
    assert str(new_year.reference) == "PR-1403/001"
    assert str(speech.reference) == "SP-1402/001"


def test_a_draft_has_no_reference_until_published(statement_index):
    draft = factories.StatementPageFactory(parent=statement_index, draft=True, date=kabul(2022, 6, 1))
    assert StatementPage.objects.get(pk=draft.pk).reference is None
    draft.get_latest_revision().publish()
    assert str(StatementPage.objects.get(pk=draft.pk).reference) == "PR-1401/001"


def test_republishing_keeps_the_reference(statement_index):
    statement = factories.StatementPageFactory(parent=statement_index, date=kabul(2021, 6, 1))
    reference = str(statement.reference)
    statement.title = "corrected"
    statement.save_revision().publish()
    assert str(StatementPage.objects.get(pk=statement.pk).reference) == reference


def test_numbers_are_never_reused_after_a_deletion(statement_index):
    first = factories.StatementPageFactory(parent=statement_index, date=kabul(2020, 6, 1))
    assert str(first.reference) == "PR-1399/001"
    first.delete()
    second = factories.StatementPageFactory(parent=statement_index, date=kabul(2020, 6, 2))
    assert str(second.reference) == "PR-1399/002"


def test_translations_share_the_reference_and_show_it(client, statement_index, translated):
    translated(statement_index, "ps")
    statement = factories.StatementPageFactory(parent=statement_index, date=kabul(2019, 6, 1))
    pashto = translated(statement, "ps")
    assert str(pashto.reference) == str(statement.reference) == "PR-1398/001"
    html = client.get(pashto.url).content.decode()
    assert '<bdi dir="ltr" class="reference">PR-۱۳۹۸/۰۰۱</bdi>' in html
    assert StatementReference.objects.filter(translation_key=statement.translation_key).count() == 1


def test_assigning_twice_returns_the_same_reference(statement_index):
    statement = factories.StatementPageFactory(parent=statement_index, date=kabul(2018, 6, 1))
    assert assign_reference(statement) == assign_reference(statement) == statement.reference


def test_reference_is_searchable(statement_index):
    statement = factories.StatementPageFactory(
        parent=statement_index, title="بیانیه قابل جستجو", date=kabul(2017, 6, 1)
    )
    assert str(statement.reference) == "PR-1396/001"
    other = factories.StatementPageFactory(parent=statement_index, date=kabul(2017, 6, 2))
    # The parts of the number, as the search page passes them to the backend
    # (the site search's normalization splits "PR-1396/001" the same way).
    results = [page.pk for page in StatementPage.objects.live().search("PR 1396 001", operator="and")]
    assert statement.pk in results
    assert other.pk not in results
