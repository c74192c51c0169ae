"""The commands, the nightly and weekly schedule, and the director's summary."""

import pytest
from django.core import mail
from django.core.management import CommandError, call_command
from django_celery_beat.models import PeriodicTask

from ministry_site import celery_app
from site_care import tasks
from site_care.models import Finding

pytestmark = pytest.mark.django_db


def run(*args):
    from io import StringIO

    out, err = StringIO(), StringIO()
    call_command(*args, stdout=out, stderr=err)
    return out.getvalue() + err.getvalue()


def test_the_nightly_run_and_the_summary_are_scheduled_with_tasks_that_exist():
    celery_app.loader.import_default_modules()
    scheduled = {task.task: task for task in PeriodicTask.objects.select_related("crontab")}
    nightly = scheduled["site_care.nightly"].crontab
    assert (nightly.minute, nightly.hour) == ("30", "1")
    weekly = scheduled["site_care.weekly_summary"].crontab
    assert weekly.day_of_week == "6"
    assert {"site_care.nightly", "site_care.weekly_summary"} <= set(celery_app.tasks)


def test_check_page_by_id_and_by_address(news_page):
    page = news_page(title="گزارش كار وزارت")
    output = run("check_page", str(page.pk))
    assert "arabic_letters" in output
    assert "arabic_letters" in run("check_page", page.url)
    with pytest.raises(CommandError):
        run("check_page", "/fa-af/no-such-page/")
    with pytest.raises(CommandError):
        run("check_page", "99999999")


def test_run_site_checks_and_list_findings(news_page, people):
    page = news_page(title="نشست WTO در كابل", owner=people["editor"])
    output = run("run_site_checks", "--no-links")
    assert "latin_in_title" in output
    listed = run("list_findings", "--check", "latin_in_title", "--language", "fa-af", "--owner", "sc-editor")
    assert str(page.pk) in listed and "WTO" in listed
    assert str(page.pk) not in run("list_findings", "--language", "en")
    with pytest.raises(CommandError):
        run("list_findings", "--check", "nonsense")
    assert "arabic_letters" in run("list_findings", "--checks")


def test_the_nightly_task_checks_every_page_through_the_queue(news_page, settings):
    settings.CELERY_TASK_ALWAYS_EAGER = True
    celery_app.conf.task_always_eager = True
    try:
        page = news_page(title="گزارش كار")
        tasks.nightly()
    finally:
        celery_app.conf.task_always_eager = False
    assert Finding.objects.open().filter(page_id=page.pk, check_code="arabic_letters").exists()


def test_the_weekly_summary_goes_to_the_directors_in_their_language(news_page, people):
    from site_care import runner

    runner.check_page(news_page(title="گزارش كار"))
    mail.outbox.clear()
    assert tasks.weekly_summary() >= 1
    sent = [message for message in mail.outbox if people["director"].email in message.to]
    assert sent
    assert "سلامت سایت" in sent[0].subject
    assert "/admin/site-care/" in sent[0].body
    assert "حروف عربی" in sent[0].body
    assert not [message for message in mail.outbox if people["editor"].email in message.to]
