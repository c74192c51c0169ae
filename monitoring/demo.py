"""Demo content: four outlets' feeds read from local files (demo_feeds/,
nothing is fetched over the network) through the same pipeline as the
workers' (store_feed, store_page, analyse_article), matching rules in three
languages, clippings partly judged, a television and a print clipping, and
yesterday's digest approved by a director (and sent where a mail server
answers). Running it again changes nothing."""

import datetime
import json
from pathlib import Path

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.utils import timezone

from directory.models import Organisation

from . import digest as digests
from . import pipeline
from .models import Article, Clipping, Digest, DigestSettings, Importance, Rule, Source, Tone

FOLDER = Path(__file__).parent / "demo_feeds"

RULES = [
    (
        "وزارت و رهبری",
        "",
        "وزارت صنعت و تجارت\nد سوداګرۍ او صنعت وزارت\nMinistry of Commerce and Industry\nMinister of Commerce",
        "",
    ),
    ("صادرات", "", "صادرات\nexports\nexport", ""),
    ("بنادر و ترانزیت", "", "بندر\nترانزیت\nTorkham\nتورخم\nHairatan\nحیرتان\ntransit", "فوتبال"),
    ("پارک‌های صنعتی", "", "پارک صنعتی\nصنعتي پارکونه\nindustrial park", ""),
    ("قیمت‌ها", "", "قیمت\nprices\nبیه", ""),
]

# How monitors judged what they have seen so far: (tone, importance, one-line summary in Dari).
JUDGED = {
    "bakhtar-carpets": (Tone.POSITIVE, Importance.HIGH, "وزارت از رشد بیست درصدی صادرات قالین در شش ماه خبر داد."),
    "bakhtar-herat-park": (
        Tone.NEGATIVE,
        Importance.HIGH,
        "صنعت‌کاران پارک صنعتی هرات از کمبود برق شکایت کردند و از وزارت اقدام خواستند.",
    ),
    "kabultimes-uzbek": (
        Tone.POSITIVE,
        Importance.HIGH,
        "وزیر با هیئت تجاری ازبکستان درباره ترانزیت از بندر حیرتان گفتگو کرد.",
    ),
    "bakhtar-flour": (Tone.NEUTRAL, Importance.NORMAL, "نظارت وزارت بر قیمت آرد در بازارهای کابل."),
}

MANUAL = [
    {
        "kind": Clipping.Kind.TV,
        "outlet": "rta",
        "programme": "خبرهای ساعت هفت",
        "title": "گزارش تلویزیون ملی از آمادگی نمایشگاه ملی قالین",
        "page_or_minute": "۱۲:۴۰",
        "url": "https://www.rta.af/dari/news",
        "hour": 19,
        "tone": Tone.POSITIVE,
        "importance": Importance.NORMAL,
        "summary_fa": "تلویزیون ملی از آمادگی وزارت برای برگزاری نمایشگاه ملی قالین گزارش داد.",
    },
    {
        "kind": Clipping.Kind.PRINT,
        "outlet": "anis",
        "programme": "صفحه اقتصاد",
        "title": "نگرانی بازرگانان از هزینه‌های ترانزیت",
        "page_or_minute": "۳",
        "url": "",
        "hour": 7,
        "tone": Tone.MIXED,
        "importance": Importance.NORMAL,
        "summary_fa": "روزنامه انیس از نگرانی بازرگانان درباره هزینه‌های ترانزیت و تلاش وزارت برای کاهش آن نوشت.",
    },
]


def _outlet(key):
    if not key:
        return None
    found = Organisation.objects.filter(key=key, category__slug="media")
    return found.filter(locale__language_code="fa-af").first() or found.first()


def _someone_in(group_name):
    group = Group.objects.filter(name=group_name).first()
    return get_user_model().objects.filter(groups=group).order_by("pk").first() if group else None


def _at(days_ago, hour):
    day = timezone.localdate() - datetime.timedelta(days=days_ago)
    return timezone.make_aware(datetime.datetime.combine(day, datetime.time(hour, 0)))


def load_rules(log):
    for name, all_terms, any_terms, none_terms in RULES:
        _rule, created = Rule.objects.get_or_create(
            name=name, defaults={"terms_all": all_terms, "terms_any": any_terms, "terms_none": none_terms}
        )
        if created:
            log(f"  matching rule {name!r}")


def load_feeds(index, log):
    compiled = pipeline.rules()
    for entry in index["sources"]:
        source, created = Source.objects.get_or_create(
            feed_url=entry["feed_url"],
            defaults={
                "name": entry["name"],
                "outlet": _outlet(entry["outlet"]),
                "kind": entry["kind"],
                "language_hint": entry["language"],
                "country": entry["country"],
                # The demo's feeds are local files: the workers leave them alone.
                "active": False,
            },
        )
        if not created:
            continue
        new = pipeline.store_feed(source, (FOLDER / entry["file"]).read_bytes())
        for article in Article.objects.filter(pk__in=new):
            page = index["articles"].get(article.url)
            if page is None:
                continue
            if pipeline.store_page(article, (FOLDER / page["page"]).read_bytes()):
                pipeline.analyse_article(article.pk, compiled)
            when = _at(page["days_ago"], page["hour"])
            Article.objects.filter(pk=article.pk).update(published_at=when)
            Clipping.objects.filter(url=article.url).update(when=when)
        log(f"  source {source.name!r}: {len(new)} articles")


def judge(index):
    for url in index["articles"]:
        key = url.rsplit("/", 1)[-1]
        if key not in JUDGED:
            continue
        tone, importance, summary = JUDGED[key]
        Clipping.objects.filter(story__articles__url=url).update(
            tone=tone, importance=importance, summary_fa=summary, status=Clipping.Status.JUDGED
        )


def load_manual(log):
    for item in MANUAL:
        if Clipping.objects.filter(title=item["title"]).exists():
            continue
        outlet = _outlet(item["outlet"])
        Clipping.objects.create(
            kind=item["kind"],
            outlet=outlet,
            outlet_name=outlet.name if outlet else item["outlet"],
            programme=item["programme"],
            title=item["title"],
            page_or_minute=item["page_or_minute"],
            url=item["url"],
            when=_at(1, item["hour"]),
            language="fa-af",
            tone=item["tone"],
            importance=item["importance"],
            summary_fa=item["summary_fa"],
            status=Clipping.Status.JUDGED,
        )
        log(f"  {item['kind']} clipping {item['title']!r}")


def load_digest(log):
    day = timezone.localdate() - datetime.timedelta(days=1)
    if Digest.objects.filter(date=day).exclude(status=Digest.Status.DRAFT).exists():
        return
    chosen = DigestSettings.current()
    if not chosen.extra_addresses:
        chosen.extra_addresses = "leadership@moci.gov.af"
        chosen.save()
    built = digests.build(day)
    built.intro = "خلاصه پوشش رسانه‌ای وزارت صنعت و تجارت در روز گذشته برای رهبری وزارت."
    built.save(update_fields=["intro"])
    director = _someone_in("Directors")
    if director is None:
        log("  digest left as a draft: the demo has no director")
        return
    digests.approve(built, director)
    try:
        digests.send(built.pk)
    except Exception as error:  # a demo machine without a mail server: the digest waits, approved
        log(f"  digest approved, not sent: {error}")
        return
    log(f"  digest of {day:%Y-%m-%d} approved by {director} and sent")


def load(home, log):
    log("Media monitoring:")
    index = json.loads((FOLDER / "index.json").read_text(encoding="utf-8"))
    load_rules(log)
    load_feeds(index, log)
    judge(index)
    load_manual(log)
    load_digest(log)
