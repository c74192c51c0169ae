from urllib.parse import unquote, urlsplit

from django.core.management.base import BaseCommand, CommandError
from wagtail.models import Page, Site

from site_care import runner
from site_care.models import Finding


def find_page(reference):
    """A page by id, or by its address (full or path: /fa-af/news/x/)."""
    if reference.isdigit():
        return Page.objects.filter(pk=int(reference)).first()
    parts = urlsplit(reference)
    site = Site.find_for_request(None) if not parts.hostname else Site.objects.filter(hostname=parts.hostname).first()
    site = site or Site.objects.filter(is_default_site=True).first()
    path = unquote(parts.path) or "/"
    segments = [segment for segment in path.split("/") if segment]
    candidates = Page.objects.filter(depth__gt=1)
    candidates = candidates.filter(slug=segments[-1]) if segments else candidates.filter(depth=2)
    for candidate in candidates.specific().iterator():
        url = candidate.get_url_parts()
        if url and url[2].rstrip("/") == path.rstrip("/") and (site is None or url[0] == site.pk):
            return candidate
    return None


class Command(BaseCommand):
    help = "Run the site checks on one page (its id or its address) and list what they find."

    def add_arguments(self, parser):
        parser.add_argument(
            "page", help="A page id, or the page's address (https://…/fa-af/news/x/ or /fa-af/news/x/)."
        )

    def handle(self, *args, page, **options):
        found = find_page(page.strip())
        if found is None:
            raise CommandError(f"No page with the id or address {page!r}.")
        runner.check_page(found)
        findings = Finding.objects.open().filter(page_id=found.pk).order_by("check_code")
        self.stdout.write(f"{found.pk} {found.title}: {findings.count()} findings")
        for finding in findings:
            self.stdout.write(f"  [{finding.severity}] {finding.check_code} {finding.field}: {finding.message()}")
