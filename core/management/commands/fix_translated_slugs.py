"""Give translated pages published with another language's slug their own.

Before translated slugs (core.translated_slugs), every translation
got its source's slug: English pages under Dari addresses
(/en/news/نمایشگاه-قالین/), Pashto pages under Dari words. This moves each
such page to the slug its own title gives and keeps the old address working
through a redirect (wagtail.contrib.redirects). Run once after deploying;
running it again changes nothing.
"""

from django.core.management.base import BaseCommand

from core import translated_slugs


class Command(BaseCommand):
    help = "Give published translations slugs from their own titles, with redirects from the old addresses."

    def add_arguments(self, parser):
        parser.add_argument("--dry-run", action="store_true", help="List the pages that would move; change nothing.")

    def handle(self, *args, dry_run=False, **options):
        moved = 0
        for page, source_slug in list(translated_slugs.translations_needing_new_slugs()):
            if dry_run:
                self.stdout.write(f"{page.url}  ->  {translated_slugs.slug_for(page, source_slug)}")
                moved += 1
                continue
            change = translated_slugs.give_new_slug(page, source_slug)
            if change is not None:
                self.stdout.write(f"{change[0]}  ->  {change[1]}")
                moved += 1
        self.stdout.write(f"{moved} page(s) {'would move' if dry_run else 'moved'}.")
