"""Running the checks and keeping the findings: a finding stays open while
its check keeps finding it, is resolved the first run it is gone, and comes
back (same row, first_seen kept) if it reappears."""

import logging

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from .models import SEVERITY_RANK, ExternalLink, Finding, LinkStatus, PageLink, Severity, finding_key
from .registry import registry

logger = logging.getLogger(__name__)


def blocking_codes():
    return set(getattr(settings, "SITE_CARE_BLOCKING_CHECKS", []) or [])


def pages_to_check():
    """Every page but the tree's root."""
    return Page.objects.filter(depth__gt=1)


def check_page(page, codes=None):
    """Run the checks (all, or `codes`) on one page and store what they find.
    A check that fails is logged and its earlier findings left as they were."""
    from .checks import PageContext

    page = page.specific
    context = PageContext(page)
    found = {}
    ran = []
    for check in registry.all():
        if codes and check.code not in codes:
            continue
        try:
            issues = list(check.function(page, context) or [])
        except Exception:
            logger.exception("Check %s failed on page %s", check.code, page.pk)
            continue
        ran.append(check.code)
        for issue in issues:
            key = finding_key(page.pk, check.code, issue.field, issue.location)
            found[key] = (check, issue)
    store(page, ran, found)
    return [key for key in found]


@transaction.atomic
def store(page, codes, found):
    """Upsert `found` ({key: (check, issue)}) for `page`; resolve the open
    findings of `codes` that were not found."""
    now = timezone.now()
    existing = {finding.key: finding for finding in Finding.objects.filter(page_id=page.pk, check_code__in=codes)}
    create, update = [], []
    for key, (check, issue) in found.items():
        severity = issue.severity or check.severity
        finding = existing.get(key)
        if finding is None:
            create.append(
                Finding(
                    key=key,
                    page_id=page.pk,
                    locale_id=page.locale_id,
                    check_code=check.code,
                    severity=severity,
                    params=issue.params,
                    field=issue.field[:100],
                    location=issue.location[:500],
                    fixable=issue.fixable,
                    last_seen=now,
                )
            )
        else:
            finding.severity, finding.params, finding.fixable = severity, issue.params, issue.fixable
            finding.last_seen, finding.resolved_at, finding.locale_id = now, None, page.locale_id
            update.append(finding)
    for key, finding in existing.items():
        if key not in found and finding.resolved_at is None:
            finding.resolved_at = now
            update.append(finding)
    if create:
        Finding.objects.bulk_create(create, ignore_conflicts=True)
    if update:
        Finding.objects.bulk_update(
            update, ["severity", "params", "fixable", "last_seen", "resolved_at", "locale_id"], batch_size=500
        )


def check_pages(page_ids):
    """Check each page; one page's failure never stops the others."""
    done = 0
    for page in Page.objects.filter(pk__in=page_ids).select_related("locale", "owner").specific():
        try:
            check_page(page)
            done += 1
        except Exception:
            logger.exception("Site checks failed on page %s", page.pk)
    return done


def link_findings(link_ids=None):
    """Bring the pages' external-link findings in line with what the link
    checker last found (without reading the pages again); all links, in
    chunks, when `link_ids` is None."""
    if link_ids is None:
        ids = list(ExternalLink.objects.order_by("pk").values_list("pk", flat=True))
        return sum(_link_findings(ids[start : start + 500]) for start in range(0, len(ids), 500))
    return _link_findings(link_ids)


def _link_findings(link_ids):
    from .checks import external_link as _check  # noqa: F401  (registered)

    check = registry.get("external_link")
    now = timezone.now()
    uses = PageLink.objects.select_related("link", "page").filter(link_id__in=link_ids)
    bad = uses.filter(link__status__in=[LinkStatus.BROKEN, LinkStatus.CAUTION])
    wanted = {}
    for use in bad.iterator(chunk_size=2000):
        key = finding_key(use.page_id, check.code, use.field, use.link.url)
        wanted[key] = use
    keys = [finding_key(use.page_id, check.code, use.field, url) for use, url in _uses_with_urls(uses)]
    with transaction.atomic():
        existing = {f.key: f for f in Finding.objects.filter(key__in=keys)}
        create, update = [], []
        for key, use in wanted.items():
            severity = Severity.ERROR if use.link.status == LinkStatus.BROKEN else Severity.WARNING
            params = {
                "url": use.link.url,
                "reason": use.link.reason,
                "http_status": use.link.http_status,
                "status": use.link.status,
            }
            finding = existing.get(key)
            if finding is None:
                create.append(
                    Finding(
                        key=key,
                        page_id=use.page_id,
                        locale_id=use.page.locale_id,
                        check_code=check.code,
                        severity=severity,
                        params=params,
                        field=use.field,
                        location=use.link.url[:500],
                        last_seen=now,
                    )
                )
            else:
                finding.severity, finding.params, finding.last_seen, finding.resolved_at = severity, params, now, None
                update.append(finding)
        for key, finding in existing.items():
            if key not in wanted and finding.resolved_at is None:
                finding.resolved_at = now
                update.append(finding)
        Finding.objects.bulk_create(create, ignore_conflicts=True, batch_size=1000)
        Finding.objects.bulk_update(update, ["severity", "params", "last_seen", "resolved_at"], batch_size=1000)
    return len(wanted)


def _uses_with_urls(uses):
    for use in uses.iterator(chunk_size=2000):
        yield use, use.link.url


def worst(findings):
    return max((SEVERITY_RANK.get(f.severity, 0) for f in findings), default=-1)


def open_findings(page):
    """The page's open findings, errors first, then warnings, then information
    (severity is stored as a word: ordering by it in SQL would put errors last)."""
    found = Finding.objects.open().filter(page_id=page.pk).select_related("page").order_by("check_code", "pk")
    return sorted(found, key=lambda finding: -SEVERITY_RANK.get(finding.severity, 0))


def blocking_findings(page):
    codes = blocking_codes()
    if not codes:
        return []
    return list(Finding.objects.open().filter(page_id=page.pk, check_code__in=codes))


def open_counts():
    from django.db.models import Count

    return list(
        Finding.objects.open()
        .values_list("check_code")
        .annotate(n=Count("pk"))
        .order_by("check_code")
        .values_list("check_code", "n")
    )


def run_everything(check_links=True):
    """The whole site in this process (the command; the nightly run spreads it over the workers)."""
    from . import links

    ids = list(pages_to_check().values_list("pk", flat=True))
    for start in range(0, len(ids), 500):
        check_pages(ids[start : start + 500])
    checked = links.check_due_links() if check_links else 0
    link_findings()
    return len(ids), checked


__all__ = ["ExternalLink", "check_page", "check_pages", "link_findings", "run_everything"]
