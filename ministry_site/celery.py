"""The Celery application: the background engine of mailings, monitoring and
site checks (their tasks live in their apps, as `@shared_task`).

    celery -A ministry_site worker -B      # the demo: one worker with the schedule
    celery -A ministry_site worker         # production: as many as the sending needs
    celery -A ministry_site beat           # production: exactly one

Its settings are the CELERY_* names of the Django settings (settings/base.py).
"""

import os
from pathlib import Path

from celery import Celery

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "settings.dev")

app = Celery("ministry_site")
app.config_from_object("django.conf:settings", namespace="CELERY")
app.autodiscover_tasks()


@app.on_after_configure.connect
def _make_filesystem_queue_folders(sender, **kwargs):
    """kombu's filesystem transport (the embedded default) needs its folders."""
    options = sender.conf.broker_transport_options or {}
    for key in ("data_folder_in", "data_folder_out", "control_folder"):
        if options.get(key):
            Path(options[key]).mkdir(parents=True, exist_ok=True)
