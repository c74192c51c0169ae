"""The press office's actions as management commands (docs/media-relations.md)."""

import json

import pytest
from django.core.management import CommandError, call_command

from media_relations.models import Delivery, Mailing

pytestmark = pytest.mark.django_db


def test_prepare_submit_approve_and_follow_a_mailing_from_the_command_line(statement, media_list, people, capsys):
    call_command("list_members", media_list.name, "--json")
    members = json.loads(capsys.readouterr().out)
    assert members["per_language"] == {"fa-af": 1, "ps": 1, "en": 1}

    call_command("create_mailing", statement.pk, media_list.name, "--as", "mr-editor", "--submit")
    mailing_id = int(capsys.readouterr().out.strip())
    assert Mailing.objects.get(pk=mailing_id).status == Mailing.Status.SUBMITTED
    with pytest.raises(CommandError, match="mr-editor|رئیس"):
        call_command("approve_mailing", mailing_id, "--as", "mr-editor")
    call_command("approve_mailing", mailing_id, "--as", "mr-director")
    assert "3" in capsys.readouterr().out
    call_command("mailing_progress", mailing_id)
    assert json.loads(capsys.readouterr().out)["counts"]["queued"] == 3
    assert Delivery.objects.filter(mailing_id=mailing_id).count() == 3


@pytest.mark.parametrize(
    "arguments",
    [["create_mailing", "999999", "National media", "--as", "mr-editor"], ["list_members", "No such list"]],
)
def test_commands_refuse_unknown_names_with_a_message(people, media_list, arguments):
    with pytest.raises(CommandError):
        call_command(*arguments)
