"""Celery tasks. The nightly run (django-celery-beat) splits the site into
chunks of pages any worker may take; each chunk then queues a link-checking
task, which claims batches of due links in the database until none is left."""

import logging

from celery import shared_task
from django.conf import settings

from . import links, runner

logger = logging.getLogger(__name__)


def chunk_size():
    return int(getattr(settings, "SITE_CARE_CHUNK_PAGES", 250))


@shared_task(name="site_care.nightly", ignore_result=True)
def nightly():
    """Queue the whole site's checks, a chunk of pages per task."""
    ids = list(runner.pages_to_check().order_by("pk").values_list("pk", flat=True))
    size = chunk_size()
    for start in range(0, len(ids), size):
        check_pages.delay(ids[start : start + size])
    for _worker in range(int(getattr(settings, "SITE_CARE_LINK_TASKS", 2))):
        check_links.delay()
    return len(ids)


@shared_task(name="site_care.check_pages", ignore_result=True)
def check_pages(page_ids):
    done = runner.check_pages(page_ids)
    check_links.delay()
    return done


@shared_task(name="site_care.check_links", ignore_result=True)
def check_links():
    """Claim and check due links until none is left; then update the pages'
    findings for the links this task checked."""
    total = 0
    while True:
        batch = links.claim_batch()
        if not batch:
            break
        try:
            total += links.check_links(batch)
        except Exception:  # a batch's failure loses its claim at claimed_until, never the run
            logger.exception("A batch of link checks failed")
            continue
        runner.link_findings([link.pk for link in batch])
    return total


@shared_task(name="site_care.check_page", ignore_result=True)
def check_page(page_id):
    runner.check_pages([page_id])


@shared_task(name="site_care.weekly_summary", ignore_result=True)
def weekly_summary():
    from . import summary

    return summary.send_weekly_summary()
