from django.core.management.base import BaseCommand, CommandError
from django.db.models import Q

from ... import pipeline, tasks
from ...models import Article, Source


class Command(BaseCommand):
    help = (
        "Fetch one source (by id or feed address) or every due one now, here, with its new articles; "
        "--queue hands the work to the workers instead."
    )

    def add_arguments(self, parser):
        parser.add_argument("source", nargs="?", default="", help="A source's id or feed address; none: all due")
        parser.add_argument("--queue", action="store_true", help="Queue tasks for the workers instead")

    def handle(self, source, queue, **options):
        if source:
            lookup = Q(feed_url=source) | Q(pk=int(source)) if source.isdigit() else Q(feed_url=source)
            found = Source.objects.filter(lookup).first()
            if found is None:
                raise CommandError(f"No source is {source!r}.")
            ids, force = [found.pk], True
        else:
            ids, force = pipeline.due_sources(), False
        if queue:
            for source_id in ids:
                tasks.fetch_source.delay(source_id, force=force)
            self.stdout.write(f"queued {len(ids)} sources")
            return
        compiled = pipeline.rules()
        for source_id in ids:
            new = pipeline.fetch_source(source_id, force=force)
            clipped = 0
            for article_id in new:
                if pipeline.fetch_article(article_id) and pipeline.analyse_article(article_id, compiled):
                    clipped += 1
            fetched = Source.objects.get(pk=source_id)
            state = f"error: {fetched.last_error}" if fetched.last_error else "ok"
            self.stdout.write(f"{fetched.name}: {len(new)} new articles, {clipped} matched; {state}")
        waiting = Article.objects.filter(status=Article.Status.PENDING).count()
        if waiting and not source:
            self.stdout.write(f"{waiting} articles still wait for the workers")
