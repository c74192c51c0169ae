# The Celery application is loaded with Django, so `@shared_task`s use it.
from .celery import app as celery_app

__all__ = ("celery_app",)
