"""External links: which pages use which addresses, and checking them.

A link is checked at most once a day. Workers claim batches in the database
(`claim_batch`): a conditional UPDATE that only takes rows nobody holds, so
two workers never check the same link, and a worker that dies loses its
claim when `claimed_until` passes. Each address is fetched with GET (some
servers answer HEAD wrongly), redirects followed by hand up to
`SITE_CARE_MAX_REDIRECTS` (8) with loop detection, and at most
`SITE_CARE_MAX_BODY_BYTES` of a body read. Sorted the way GOV.UK's link
checker does: 404/410, an unknown host, a refused connection or a redirect
loop are broken; slow answers, 401/403, other 4xx/5xx, certificate errors,
timeouts and too many redirects are "caution". An address that is not a web
address (mailto:, tel:, javascript:) is skipped with a reason. Nothing a
link does (hang, loop, 5 MB) fails the run: each check catches everything."""

import datetime
import json
import logging
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from urllib.parse import urljoin, urlsplit, urlunsplit

from django.conf import settings
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext
from django.utils.translation import gettext_noop as _

from . import content
from .models import ExternalLink, LinkStatus, PageLink, url_hash

logger = logging.getLogger(__name__)
USER_AGENT = "MoCI-site-care/1.0 (link checker; +https://moci.gov.af)"
NOT_WEB = ("mailto:", "tel:", "sms:", "javascript:", "data:", "ftp:", "file:")


def setting(name, default):
    return getattr(settings, name, default)


def prepare(url):
    """(address to fetch, skip reason): international host names in their
    ASCII (punycode) form; a non-web scheme is not fetched."""
    url = url.strip()
    lowered = url.lower()
    if not lowered.startswith(("http://", "https://")):
        if lowered.startswith(NOT_WEB) or ":" in lowered.split("/")[0]:
            return None, reason(_("Not a web address (%(scheme)s): not checked."), scheme=lowered.split(":")[0])
        return None, reason(_("Not a complete web address: not checked."))
    try:
        parts = urlsplit(url)
        host = parts.hostname or ""
        if not host:
            return None, reason(_("The address has no host name: not checked."))
        ascii_host = host.encode("idna").decode("ascii") if not host.isascii() else host
    except (UnicodeError, ValueError):
        return None, reason(_("The host name is not a valid international domain name: not checked."))
    netloc = ascii_host
    if parts.port:
        netloc = f"{ascii_host}:{parts.port}"
    return urlunsplit((parts.scheme, netloc, parts.path or "/", parts.query, "")), None


# --- Which pages use which links ----------------------------------------------


def record_page_links(page, version):
    """Keep `page`'s PageLink rows equal to the external addresses written in
    `version`; return [(ExternalLink, field)]."""
    found = {}
    for field, url in content.external_links(version):
        url = url.strip()[:2000]
        if url.lower().startswith(("http://", "https://")) or ":" in url.split("/")[0]:
            found.setdefault((url, field), None)
    hashes = {url_hash(url): url for url, _field in found}
    links = {link.url_hash: link for link in ExternalLink.objects.filter(url_hash__in=hashes)}
    new = [ExternalLink(url=url, url_hash=key) for key, url in hashes.items() if key not in links]
    if new:
        ExternalLink.objects.bulk_create(new, ignore_conflicts=True)
        links.update(
            {link.url_hash: link for link in ExternalLink.objects.filter(url_hash__in=[n.url_hash for n in new])}
        )
    wanted = {(links[url_hash(url)].pk, field) for url, field in found if url_hash(url) in links}
    existing = set(PageLink.objects.filter(page_id=page.pk).values_list("link_id", "field"))
    if existing - wanted:
        stale = Q()
        for link_id, field in existing - wanted:
            stale |= Q(link_id=link_id, field=field)
        PageLink.objects.filter(Q(page_id=page.pk) & stale).delete()
    if wanted - existing:
        PageLink.objects.bulk_create(
            [PageLink(page_id=page.pk, link_id=link_id, field=field) for link_id, field in wanted - existing],
            ignore_conflicts=True,
        )
    by_id = {link.pk: link for link in links.values()}
    return [(by_id[link_id], field) for link_id, field in sorted(wanted)]


def reason(message, **params):
    """A reason as stored: the untranslated message and its values (JSON),
    shown in each reader's language by `explain_reason`."""
    return json.dumps({"message": message, "params": params}, ensure_ascii=False)


def explain_reason(stored, http_status=None):
    """A stored reason in the active language."""
    if stored:
        try:
            data = json.loads(stored)
            return gettext(data["message"]) % data.get("params", {})
        except (ValueError, KeyError, TypeError):
            return gettext(stored)
    if http_status:
        return gettext("the server answered %(status)s.") % {"status": http_status}
    return gettext("not checked yet.")


def explain(link):
    """What the last check found, for a person."""
    return explain_reason(link.reason, link.http_status)


# --- Claiming -----------------------------------------------------------------


def due_links():
    """Links not checked within the day (the daily limit), not claimed now."""
    now = timezone.now()
    day_ago = now - datetime.timedelta(hours=setting("SITE_CARE_RECHECK_HOURS", 24))
    return ExternalLink.objects.filter(Q(last_checked__isnull=True) | Q(last_checked__lt=day_ago)).filter(
        Q(claimed_until__isnull=True) | Q(claimed_until__lt=now)
    )


def claim_batch(size=None, worker=None, _between=None):
    """Claim up to `size` due links for this worker; returns them. Rows another
    worker claimed in between are left out by the UPDATE's own condition."""
    size = size or setting("SITE_CARE_LINK_BATCH", 200)
    token = worker or uuid.uuid4().hex
    now = timezone.now()
    until = now + datetime.timedelta(seconds=setting("SITE_CARE_CLAIM_SECONDS", 600))
    ids = list(due_links().order_by("last_checked", "pk").values_list("pk", flat=True)[:size])
    if not ids:
        return []
    if _between:  # tests: another worker acts between the choice and the claim
        _between(ids)
    with transaction.atomic():
        claimed = due_links().filter(pk__in=ids).update(claimed_until=until, claimed_by=token)
    if not claimed:
        return []
    return list(ExternalLink.objects.filter(pk__in=ids, claimed_by=token, claimed_until=until))


# --- Checking -----------------------------------------------------------------


class Result:
    def __init__(self, status, reason="", http_status=None, final_url="", hops=0, elapsed_ms=None):
        self.status, self.reason, self.http_status = status, reason, http_status
        self.final_url, self.hops, self.elapsed_ms = final_url, hops, elapsed_ms


def _pool():
    import urllib3

    timeout = float(setting("SITE_CARE_LINK_TIMEOUT", 10))
    return urllib3.PoolManager(
        num_pools=50,
        maxsize=max(4, int(setting("SITE_CARE_LINK_THREADS", 8))),
        timeout=urllib3.Timeout(connect=min(timeout, 5.0), read=timeout),
        retries=False,
        headers={"User-Agent": USER_AGENT, "Accept": "text/html,*/*;q=0.5"},
    )


def fetch(url, pool=None):
    """Check one address; never raises: whatever goes wrong is a reason."""
    try:
        return _fetch(url, pool)
    except Exception as error:  # one link never fails the run
        logger.warning("Link check of %s failed: %r", url, error)
        return Result(LinkStatus.CAUTION, reason(_("Could not be checked: %(error)s"), error=type(error).__name__))


def _fetch(url, pool=None):
    from urllib3 import exceptions as errors

    pool = pool or _pool()
    address, skip = prepare(url)
    if skip:
        return Result(LinkStatus.SKIPPED, skip)
    idn = address != url.strip() and not (urlsplit(url.strip()).hostname or "").isascii()
    max_hops = int(setting("SITE_CARE_MAX_REDIRECTS", 8))
    slow = float(setting("SITE_CARE_SLOW_SECONDS", 5))
    cap = int(setting("SITE_CARE_MAX_BODY_BYTES", 65536))
    seen = {address}
    hops = 0
    started = time.monotonic()
    current = address
    try:
        while True:
            response = pool.request("GET", current, redirect=False, preload_content=False, decode_content=False)
            try:
                status = response.status
                location = response.headers.get("Location")
                response.read(cap)  # at most `cap` bytes of a body, never all of a 5 MB page
            finally:
                response.close()
            elapsed = int((time.monotonic() - started) * 1000)
            if 300 <= status < 400 and location:
                hops += 1
                target = urljoin(current, location)
                target_address, skip = prepare(target)
                if skip:
                    return Result(
                        LinkStatus.CAUTION,
                        reason(_("Redirects to an address that is not a web page.")),
                        status,
                        target,
                        hops,
                        elapsed,
                    )
                if target_address in seen:
                    return Result(
                        LinkStatus.BROKEN,
                        reason(_("Redirect loop: the address redirects back to itself.")),
                        status,
                        target,
                        hops,
                        elapsed,
                    )
                if hops > max_hops:
                    return Result(
                        LinkStatus.CAUTION,
                        reason(_("More than %(count)s redirects."), count=max_hops),
                        status,
                        target,
                        hops,
                        elapsed,
                    )
                seen.add(target_address)
                current = target_address
                continue
            final = current if hops else ""
            if status in (404, 410):
                why = reason(_("The page does not exist (%(status)s)."), status=status)
                return Result(LinkStatus.BROKEN, why, status, final, hops, elapsed)
            if status in (401, 403):
                why = reason(_("The server refuses access (%(status)s): readers may not see the page."), status=status)
                return Result(LinkStatus.CAUTION, why, status, final, hops, elapsed)
            if status >= 400:
                why = reason(_("The server answered with an error (%(status)s)."), status=status)
                return Result(LinkStatus.CAUTION, why, status, final, hops, elapsed)
            if elapsed > slow * 1000:
                why = reason(_("Slow: the page took %(seconds)s seconds to answer."), seconds=round(elapsed / 1000, 1))
                return Result(LinkStatus.CAUTION, why, status, final, hops, elapsed)
            note = (
                reason(_("(international domain name, checked as %(host)s)"), host=urlsplit(address).hostname)
                if idn
                else ""
            )
            return Result(LinkStatus.OK, note, status, final, hops, elapsed)
    except errors.SSLError:
        return Result(LinkStatus.CAUTION, reason(_("The site's security certificate is not valid.")), hops=hops)
    except errors.NameResolutionError:
        return Result(LinkStatus.BROKEN, reason(_("The host name does not exist.")), hops=hops)
    except errors.NewConnectionError:
        return Result(LinkStatus.BROKEN, reason(_("The site refuses connections.")), hops=hops)
    except (errors.ConnectTimeoutError, errors.ReadTimeoutError, TimeoutError):
        return Result(LinkStatus.CAUTION, reason(_("The site did not answer in time.")), hops=hops)
    except (errors.ProtocolError, errors.MaxRetryError, errors.HTTPError) as error:
        if "timed out" in str(error).lower():
            return Result(LinkStatus.CAUTION, reason(_("The site did not answer in time.")), hops=hops)
        if isinstance(getattr(error, "reason", None), errors.SSLError):
            return Result(LinkStatus.CAUTION, reason(_("The site's security certificate is not valid.")), hops=hops)
        if isinstance(getattr(error, "reason", None), errors.NewConnectionError | errors.NameResolutionError):
            return Result(LinkStatus.BROKEN, reason(_("The site refuses connections.")), hops=hops)
        return Result(
            LinkStatus.CAUTION, reason(_("The connection failed: %(error)s"), error=type(error).__name__), hops=hops
        )
    except Exception as error:  # one link never fails the run
        logger.warning("Link check of %s failed: %r", url, error)
        return Result(
            LinkStatus.CAUTION, reason(_("Could not be checked: %(error)s"), error=type(error).__name__), hops=hops
        )


def check_links(links):
    """Check claimed links (several at once) and store what each found."""
    if not links:
        return 0
    pool = _pool()
    threads = int(setting("SITE_CARE_LINK_THREADS", 8))
    with ThreadPoolExecutor(max_workers=max(1, threads)) as executor:
        results = list(executor.map(lambda link: fetch(link.url, pool), links))
    now = timezone.now()
    for link, result in zip(links, results, strict=True):
        link.status = result.status
        link.reason = str(result.reason)[:300]
        link.http_status = result.http_status
        link.final_url = result.final_url or ""
        link.hops = result.hops
        link.response_ms = result.elapsed_ms
        link.last_checked = now
        link.claimed_until = None
        link.claimed_by = ""
    ExternalLink.objects.bulk_update(
        links,
        [
            "status",
            "reason",
            "http_status",
            "final_url",
            "hops",
            "response_ms",
            "last_checked",
            "claimed_until",
            "claimed_by",
        ],
        batch_size=500,
    )
    return len(links)


def check_due_links(worker=None, limit=None):
    """Claim and check batches until none is due (or `limit` links); returns how many."""
    done = 0
    while limit is None or done < limit:
        batch = claim_batch(worker=worker)
        if not batch:
            break
        done += check_links(batch)
    return done
