"""Celery tasks: each does one idempotent step on what the database holds
(monitoring.pipeline, monitoring.digest). A message carries an id, nothing more."""

import logging

from celery import shared_task

from . import digest, pipeline

logger = logging.getLogger(__name__)


@shared_task(name="monitoring.fetch_due_sources", ignore_result=True)
def fetch_due_sources():
    """The sweep (every five minutes, django-celery-beat): a task per due
    source, and one per article left waiting (a lost message, a restart)."""
    due = pipeline.due_sources()
    for source_id in due:
        fetch_source.delay(source_id)
    for article_id in pipeline.waiting_articles():
        fetch_article.delay(article_id)
    for article_id in pipeline.fetched_articles():
        analyse_article.delay(article_id)
    return len(due)


@shared_task(name="monitoring.fetch_source", ignore_result=True)
def fetch_source(source_id, force=False):
    new_ids = pipeline.fetch_source(source_id, force=force)
    for article_id in new_ids:
        fetch_article.delay(article_id)
    return len(new_ids)


@shared_task(name="monitoring.fetch_article", ignore_result=True)
def fetch_article(article_id):
    if pipeline.fetch_article(article_id):
        analyse_article.delay(article_id)


@shared_task(name="monitoring.analyse_article", ignore_result=True)
def analyse_article(article_id):
    return pipeline.analyse_article(article_id)


@shared_task(name="monitoring.build_daily_digest", ignore_result=True)
def build_daily_digest():
    """The morning's draft: the digest of yesterday (Kabul time)."""
    found = digest.build(digest.yesterday())
    return found.pk


@shared_task(name="monitoring.send_digest", ignore_result=True)
def send_digest(digest_id):
    return digest.send(digest_id)
