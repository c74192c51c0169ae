"""Wagtail's publish_scheduled, that carries on past a refused revision.

A scheduled revision the editorial rules refuse (a translation that would
show source-language text, see core.editorial) made Wagtail's
command stop with an error, so nothing scheduled after it was ever
published. Refused revisions are taken off the schedule and reported (the
audit log keeps the record); then Wagtail's command runs as usual.
"""

import logging

from django.utils import timezone
from wagtail.log_actions import log
from wagtail.management.commands.publish_scheduled import Command as WagtailCommand
from wagtail.models import Revision

from core import editorial

logger = logging.getLogger(__name__)


class Command(WagtailCommand):
    def handle(self, *args, **options):
        if not options.get("dryrun"):
            for revision in Revision.objects.filter(approved_go_live_at__lt=timezone.now()):
                instance = revision.content_object
                if instance is None:
                    continue
                try:
                    editorial.check_publishable(getattr(instance, "specific", instance), revision)
                except editorial.IncompleteTranslationError as error:
                    go_live_at = revision.approved_go_live_at
                    revision.approved_go_live_at = None
                    revision.save(update_fields=["approved_go_live_at"])
                    message = f"Not published (taken off the schedule): {instance} [{revision.pk}]: {error.args[0]}"
                    logger.error(message)
                    self.stderr.write(message)
                    log(
                        instance=instance,
                        action="wagtail.schedule.cancel",
                        revision=revision,
                        data={
                            "revision": {
                                "id": revision.id,
                                "created": revision.created_at.strftime("%d %b %Y %H:%M"),
                                "go_live_at": go_live_at.strftime("%d %b %Y %H:%M"),
                                "has_live_version": bool(getattr(instance, "live", False)),
                            },
                        },
                    )
        return super().handle(*args, **options)
