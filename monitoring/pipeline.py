"""The fetch pipeline, one idempotent step per function, all state in the
database; Celery tasks (monitoring.tasks) call one step with an id:

- `fetch_source`: claims a due source (a conditional UPDATE, so two workers
  never fetch it together), makes a conditional GET, reads the items and
  writes an Article row per new address; a failure backs the source off
  (longer each time) and records why, touching no other source.
- `fetch_article`: claims a waiting article, fetches its page and keeps its
  text and the text's hash; a page without text is recorded and skipped.
- `analyse_article`: language, folding, the story it belongs to (same text,
  or MinHash near-duplicate) and the rules it matches: a clipping per story.
"""

import hashlib
import logging
from datetime import timedelta
from urllib.parse import urlsplit, urlunsplit

from django.db import IntegrityError, transaction
from django.db.models import Count, F, Q
from django.utils import timezone

from . import feeds, fetching, matching, textwork
from .models import Article, Clipping, Rule, Source, Story, StoryBand

logger = logging.getLogger(__name__)

LEASE = timedelta(minutes=3)
MAX_BACKOFF = timedelta(hours=24)
EXCERPT = 4000


def url_key(url):
    parts = urlsplit(url.strip())
    normal = urlunsplit((parts.scheme.lower(), parts.netloc.lower(), parts.path or "/", parts.query, ""))
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


def guid_key(guid):
    return hashlib.sha256(guid.strip().encode("utf-8")).hexdigest() if guid and guid.strip() else ""


def backoff(source, failures):
    """Wait before the next try: the usual interval doubled per failure in a row, at most a day."""
    base = timedelta(minutes=max(1, source.check_every_minutes))
    return min(MAX_BACKOFF, base * (2 ** min(failures, 10)))


def due_sources(now=None):
    now = now or timezone.now()
    return list(
        Source.objects.filter(active=True)
        .filter(Q(next_due__isnull=True) | Q(next_due__lte=now))
        .order_by("next_due", "pk")
        .values_list("pk", flat=True)
    )


def _claim_source(source_id, force):
    now = timezone.now()
    rows = Source.objects.filter(pk=source_id)
    if not force:
        rows = rows.filter(active=True).filter(Q(next_due__isnull=True) | Q(next_due__lte=now))
    return rows.update(next_due=now + LEASE) == 1


def fetch_source(source_id, force=False):
    """Fetch one source now; returns the ids of the new articles (none when
    the source is not due, failed or had nothing new)."""
    if not _claim_source(source_id, force):
        return []
    source = Source.objects.get(pk=source_id)
    try:
        response = fetching.get(
            source.feed_url,
            etag=source.etag,
            last_modified=source.last_modified,
            accept="application/rss+xml, application/atom+xml, application/xml, text/xml;q=0.9, */*;q=0.5",
        )
    except fetching.FetchError as error:
        _failed(source, error)
        return []
    if response.not_modified:
        Source.objects.filter(pk=source_id).update(**_succeeded(source))
        return []
    return store_feed(source, response.body, response.charset, response.headers)


def _succeeded(source):
    now = timezone.now()
    return {
        "last_checked": now,
        "last_success": now,
        "consecutive_failures": 0,
        "last_error": "",
        "last_error_code": "",
        "last_error_params": {},
        "last_error_at": None,
        "next_due": now + timedelta(minutes=max(1, source.check_every_minutes)),
    }


def _failed(source, error):
    now = timezone.now()
    failures = source.consecutive_failures + 1
    Source.objects.filter(pk=source.pk).update(
        last_checked=now,
        consecutive_failures=failures,
        # What and when, kept apart so the admin words it in the reader's language and time.
        last_error=str(error)[:1000],
        last_error_code=getattr(error, "code", ""),
        last_error_params=getattr(error, "params", {}),
        last_error_at=now,
        next_due=now + backoff(source, failures),
    )
    logger.info("source %s failed (%s in a row): %s", source.pk, failures, error)


def store_feed(source, body, charset="", headers=None):
    """Read a feed's bytes (fetched, or a local file for the demo) into new
    Article rows; a feed that cannot be read is recorded on its source."""
    headers = headers or {}
    try:
        parsed = feeds.parse(source.kind, body, charset)
    except feeds.FeedError as error:
        _failed(source, error)
        return []
    changes = _succeeded(source)
    changes["etag"] = headers.get("etag", "")[:500]
    changes["last_modified"] = headers.get("last-modified", "")[:100]
    new_ids, duplicates = _store_items(source, parsed.items)
    changes["last_warning"] = "; ".join(parsed.warnings)[:1000]
    changes["items_seen"] = F("items_seen") + len(parsed.items)
    changes["duplicates_skipped"] = F("duplicates_skipped") + duplicates
    Source.objects.filter(pk=source.pk).update(**changes)
    return new_ids


def _store_items(source, items):
    """Article rows for the items never seen (by address, or by GUID on any
    feed); returns (new ids, how many were seen before elsewhere)."""
    by_key = {}
    for item in items:
        # Only web addresses: a feed's javascript: or file: link is never stored, shown or fetched.
        if urlsplit(item.url).scheme.lower() not in ("http", "https") or len(item.url) > 1000:
            continue
        by_key.setdefault(url_key(item.url), item)
    known_urls = set(Article.objects.filter(url_key__in=list(by_key)).values_list("url_key", flat=True))
    guid_keys = {key: guid_key(item.guid) for key, item in by_key.items() if item.guid}
    known_guids = set(
        Article.objects.filter(guid_key__in=[g for g in guid_keys.values() if g]).values_list("guid_key", flat=True)
    )
    duplicates = 0
    new = []
    for key, item in by_key.items():
        if key in known_urls:
            continue  # this feed's own earlier item, or another feed's
        if guid_keys.get(key) and guid_keys[key] in known_guids:
            duplicates += 1
            continue
        new.append(
            Article(
                source=source,
                url=item.url,
                url_key=key,
                guid=item.guid[:1000],
                guid_key=guid_keys.get(key, ""),
                title=item.title,
                feed_summary=item.summary[:5000],
                published_at=item.published,
            )
        )
    # A doubled task or another feed may have written some meanwhile: ignored.
    Article.objects.bulk_create(new, ignore_conflicts=True, batch_size=500)
    ids = list(
        Article.objects.filter(
            source=source, url_key__in=[article.url_key for article in new], status=Article.Status.PENDING
        ).values_list("pk", flat=True)
    )
    return ids, duplicates


def _claim_article(article_id, status):
    now = timezone.now()
    return (
        Article.objects.filter(pk=article_id, status=status)
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=now))
        .update(claimed_until=now + LEASE)
        == 1
    )


def fetch_article(article_id):
    """Fetch the article's page and keep its text. True when it is ready for analysis."""
    if not _claim_article(article_id, Article.Status.PENDING):
        return False
    article = Article.objects.get(pk=article_id)
    try:
        response = fetching.get(article.url, accept="text/html,application/xhtml+xml;q=0.9,*/*;q=0.5")
    except fetching.FetchError as error:
        _page_failed(article, Article.Status.FAILED, str(error))
        return False
    return store_page(article, response.body, response.url, charset=response.charset)


def _page_failed(article, status, reason):
    Article.objects.filter(pk=article.pk).update(
        status=status, error=reason[:500], fetched_at=timezone.now(), claimed_until=None
    )
    Source.objects.filter(pk=article.source_id).update(last_warning=f"{article.url[:300]}: {reason}"[:1000])


def store_page(article, body, url="", charset=""):
    """Keep the text of an article's page (fetched, or a local file for the demo);
    `charset`, what the server's Content-Type declared."""
    text = textwork.extract(body, url=url or article.url, declared=charset)
    if not text:
        _page_failed(article, Article.Status.NO_TEXT, "no extractable text")
        return False
    Article.objects.filter(pk=article.pk).update(
        status=Article.Status.FETCHED,
        text=text,
        sha256=textwork.sha256(text),
        fetched_at=timezone.now(),
        claimed_until=None,
        error="",
    )
    return True


def _story_for(article, sig):
    """The story the article belongs to (made when none): the same text, else a near-duplicate."""
    same = (
        Article.objects.filter(sha256=article.sha256, story__isnull=False).exclude(pk=article.pk).only("story_id")
    ).first()
    if same is not None:
        return Story.objects.get(pk=same.story_id)
    keys = textwork.band_keys(sig)
    if keys:
        candidates = Story.objects.filter(
            pk__in=StoryBand.objects.filter(key__in=keys).values("story_id").distinct()[:50]
        )
        best, best_score = None, 0.0
        for story in candidates:
            score = textwork.similarity(sig, story.signature)
            if score > best_score:
                best, best_score = story, score
        if best is not None and best_score >= textwork.SAME_STORY:
            return best
    story = Story.objects.create(title=article.title[:500] or article.url[:500], signature=sig)
    StoryBand.objects.bulk_create([StoryBand(story=story, key=key) for key in keys], ignore_conflicts=True)
    return story


def _count_story(story):
    counts = Article.objects.filter(story=story).aggregate(
        articles=Count("pk"), outlets=Count("source__outlet", distinct=True), sources=Count("source", distinct=True)
    )
    outlets = max(counts["outlets"], counts["sources"]) if counts["outlets"] else counts["sources"]
    Story.objects.filter(pk=story.pk).update(article_count=counts["articles"], outlet_count=outlets)


def rules():
    return [matching.CompiledRule.of(rule) for rule in Rule.objects.filter(active=True).order_by("pk")]


def analyse_article(article_id, compiled_rules=None):
    """Language, folding, story and rules for a fetched article. Returns the clipping's id, or None."""
    if not _claim_article(article_id, Article.Status.FETCHED):
        return None
    article = Article.objects.select_related("source", "source__outlet").get(pk=article_id)
    source = article.source
    whole = f"{article.title}\n{article.text}"
    language = textwork.identify(article.text or article.title, source.country, source.language_hint)
    folded = textwork.fold(whole)
    sig = textwork.signature(textwork.fold(article.text))
    with transaction.atomic():
        story = _story_for(article, sig)
        Article.objects.filter(pk=article_id).update(
            language=language,
            folded=folded,
            signature=sig,
            story=story,
            status=Article.Status.DONE,
            claimed_until=None,
        )
    _count_story(story)
    text = matching.Text(whole)
    found_terms, matched_rules = [], []
    for rule in compiled_rules if compiled_rules is not None else rules():
        hits = matching.match(rule, text, language)
        if hits is not None:
            matched_rules.append(rule.rule_id)
            found_terms += [term for term in hits if term not in found_terms]
    if not matched_rules:
        return None
    return _clip(story, article, language, matched_rules, found_terms)


def without_title(text, title):
    """The article's text without its headline in front: the inbox shows the
    headline above the excerpt already."""
    text, title = text.strip(), (title or "").strip()
    if title and text.startswith(title) and len(text) > len(title):
        return text[len(title) :].lstrip(" .:-–—\n\t")
    return text


def _clip(story, article, language, rule_ids, found_terms):
    """The story's clipping, made by the first matching article; later
    outlets' articles add their subjects and terms to it."""
    source = article.source
    try:
        with transaction.atomic():
            clipping, created = Clipping.objects.get_or_create(
                story=story,
                defaults={
                    "kind": Clipping.Kind.ONLINE,
                    "outlet": source.outlet,
                    "outlet_name": source.outlet_name[:255],
                    "title": article.title[:500] or article.url[:500],
                    "url": article.url,
                    "when": article.published_at or timezone.now(),
                    "language": language,
                    "excerpt": without_title(article.text, article.title)[:EXCERPT],
                    "matched_terms": found_terms,
                },
            )
    except IntegrityError:  # another worker made it in between
        clipping, created = Clipping.objects.get(story=story), False
    if not created:
        merged = list(clipping.matched_terms or [])
        merged += [term for term in found_terms if term not in merged]
        if merged != clipping.matched_terms:
            Clipping.objects.filter(pk=clipping.pk).update(matched_terms=merged)
    clipping.subjects.add(*rule_ids)
    return clipping.pk


def _stale(status, since):
    """Articles left in `status` for longer than a lease: their task was lost."""
    before = timezone.now() - LEASE
    return list(
        Article.objects.filter(status=status, **{f"{since}__lt": before})
        .filter(Q(claimed_until__isnull=True) | Q(claimed_until__lt=timezone.now()))
        .order_by("pk")
        .values_list("pk", flat=True)[:500]
    )


def waiting_articles():
    return _stale(Article.Status.PENDING, "created_at")


def fetched_articles():
    return _stale(Article.Status.FETCHED, "fetched_at")
