from datetime import UTC, datetime, timedelta

import pytest

from directory import factories as directory_factories
from monitoring.models import Rule, Source
from tests.support import feed_server
from tests.support.feed_server import FeedServer

NOW = datetime(2026, 12, 6, 6, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def empty_monitoring(request):
    """Each test starts without the demo's monitoring data (a test process
    may have loaded the demo): its own sources, rules and clippings only.
    Inside the test's transaction, so the demo is back afterwards."""
    if "db" not in request.fixturenames and request.node.get_closest_marker("django_db") is None:
        return
    request.getfixturevalue("db")
    from monitoring.models import Article, Clipping, Digest, DigestSettings, Source, Story

    for model in (Clipping, Digest, DigestSettings, Article, Story, Source, Rule):
        model.objects.all().delete()


CARPETS = [
    "وزارت صنعت و تجارت روز دوشنبه اعلام کرد که صادرات قالین افغانستان در شش ماه گذشته بیست درصد افزایش یافته است. "
    "به گفته سخنگوی این وزارت، بیشتر این قالین‌ها از راه بندر حیرتان و دهلیز هوایی به بازارهای آسیای میانه، هند و "
    "اروپا فرستاده شده‌اند.",
    "سخنگوی وزارت صنعت و تجارت افزود که بافندگان در ولایت‌های هرات، بلخ، فاریاب و جوزجان بیشترین سهم را در این "
    "صادرات داشته‌اند و وزارت برای آسان‌سازی روند صدور جواز و کاهش هزینه‌های ترانزیت با بازرگانان کار می‌کند.",
    "او همچنین گفت که نمایشگاه ملی قالین ماه آینده در کابل برگزار می‌شود و شرکت‌های خارجی برای خرید مستقیم از "
    "بافندگان دعوت شده‌اند. فعالان بازار می‌گویند که افزایش تقاضا در بازارهای منطقه به بهبود درآمد خانواده‌های "
    "بافنده کمک کرده است.",
]
# The same story as two other outlets wrote it: a few words changed, a sentence added.
CARPETS_2 = [
    CARPETS[0].replace("روز دوشنبه", "دیروز").replace("بیست درصد", "۲۰ درصد"),
    CARPETS[1],
    CARPETS[2].replace("ماه آینده", "در ماه آینده"),
]
CARPETS_3 = [
    *CARPETS,
    "این گزارش از سوی خبرنگار ما در کابل تهیه شده است و جزئیات بیشتر در روزهای آینده منتشر خواهد شد.",
]

PASHTO = [
    "د سوداګرۍ او صنعت وزارت ویاند ویلي چې د صنعتي پارکونو د پراختیا لپاره نوي پلانونه جوړ شوي دي او په راتلونکو "
    "میاشتو کې به په ننګرهار، کندهار او بلخ کې درې نوي صنعتي پارکونه جوړ شي.",
    "د هغه په وینا، دا پارکونه به د زرګونو کسانو لپاره د کار زمینه برابره کړي او د کورنیو تولیداتو کچه به لوړه کړي. "
    "سوداګرو له دې پرېکړې هرکلی کړی او غوښتنه یې کړې چې د برېښنا ستونزه هم حل شي.",
]

ENGLISH = [
    "The Ministry of Commerce and Industry said on Monday that exports through the Torkham port rose sharply in "
    "November, led by fresh fruit, dried fruit and carpets bound for Pakistan and Central Asia.",
    "A spokesman for the ministry told reporters that new customs procedures had cut waiting times for trucks at "
    "the border and that the ministry was working with traders to open further transit routes before winter.",
]

IRANIAN = [
    "وزارت صنعت، معدن و تجارت ایران اعلام کرد که صادرات غیرنفتی کشور در هشت ماه نخست سال جاری رشد داشته است و "
    "بیشترین صادرات به کشورهای همسایه انجام شده است.",
    "به گفته مقام‌های این وزارتخانه، تسهیل مقررات گمرکی و توسعه بازارچه‌های مرزی از عوامل اصلی این رشد بوده است و "
    "برنامه‌هایی برای افزایش تجارت با افغانستان در دست اجراست.",
]


# Windows-1256 has no Persian yeh: such outlets write the Arabic one (ي), which folding reads as ی.
def arabic_yeh(text):
    return text.replace("ی", "ي")


WIN1256 = [
    "اتاق تجارت و سرمایه‌گذاری افغانستان از افزایش قیمت آرد و روغن در بازارهای کابل خبر داد و از وزارت صنعت و "
    "تجارت خواست تا برای کنترول قیمت‌ها اقدام کند.",
    "به گفته مسئولان اتاق، کمبود عرضه و افزایش هزینه انتقالات سبب بالا رفتن قیمت‌ها شده است و بازرگانان منتظر "
    "تصمیم حکومت برای کاهش تعرفه‌ها هستند.",
]
WIN1256 = [arabic_yeh(paragraph) for paragraph in WIN1256]


def item(title, link, guid="", date=NOW - timedelta(hours=2)):
    return {"title": title, "link": link, "guid": guid, "date": date}


@pytest.fixture
def feeds():
    """The local server with every feed and page of the tests; the fixture
    yields the server and the addresses by name."""
    server = FeedServer().start()
    pages = {
        "/tolo/carpets": feed_server.article_page("افزایش صادرات قالین", CARPETS),
        "/ariana/carpets-2": feed_server.article_page("صادرات قالین بیست درصد افزایش یافت", CARPETS_2),
        "/pajhwok/carpets-3": feed_server.article_page("رشد صادرات قالین افغانستان", CARPETS_3),
        "/shamshad/parks": feed_server.article_page("نوي صنعتي پارکونه", PASHTO, language="ps"),
        "/times/torkham": feed_server.article_page("Exports through Torkham rise", ENGLISH, language="en"),
        "/irna/exports": feed_server.article_page("رشد صادرات غیرنفتی", IRANIAN),
        "/cp1256/prices": feed_server.article_page(arabic_yeh("افزایش قیمت آرد"), WIN1256, encoding="windows-1256"),
        "/tolo/empty": b"<html><body><nav>Home</nav></body></html>",
        "/wrong/oil": feed_server.article_page(arabic_yeh("افزایش قیمت روغن"), WIN1256[1:], encoding="windows-1256"),
    }
    for path, body in pages.items():
        content_type = (
            "text/html; charset=windows-1256" if path.startswith(("/cp1256", "/wrong")) else "text/html; charset=utf-8"
        )
        server.add(path, body, content_type=content_type)
    when = NOW - timedelta(hours=2)
    urls = {
        "tolo": server.add(
            "/tolo/rss",
            feed_server.rss(
                [
                    {
                        "title": "افزایش صادرات قالین",
                        "link": server.url("/tolo/carpets"),
                        "guid": "tolo-1",
                        "date": when,
                    },
                    item("خبر بدون متن", server.url("/tolo/empty"), "tolo-2"),
                ],
                title="طلوع",
            ),
            content_type="application/rss+xml",
            etag='"tolo-v1"',
        ),
        "ariana": server.add(
            "/ariana/atom",
            feed_server.atom(
                [
                    {
                        "title": "صادرات قالین بیست درصد افزایش یافت",
                        "link": server.url("/ariana/carpets-2"),
                        "date": when,
                    }
                ],
                title="آریانا",
            ),
            content_type="application/atom+xml",
        ),
        "pajhwok": server.add(
            "/pajhwok/rss",
            feed_server.rss(
                [
                    {
                        "title": "رشد صادرات قالین افغانستان",
                        "raw_title": "رشد&nbsp;صادرات قالین افغانستان &amp; بازار",
                        "link": server.url("/pajhwok/carpets-3"),
                        "guid": "pajhwok-7",
                        "date": when,
                    },
                    # Another feed's GUID for another address: recorded and skipped.
                    item("تکرار", server.url("/pajhwok/copy"), "tolo-1"),
                ]
            ),
            content_type="text/xml",
        ),
        "shamshad": server.add(
            "/shamshad/rss",
            feed_server.rss([item("نوي صنعتي پارکونه", server.url("/shamshad/parks"), "sh-1")]),
            content_type="application/rss+xml",
        ),
        "times": server.add(
            "/times/sitemap.xml",
            feed_server.news_sitemap([item("Exports through Torkham rise", server.url("/times/torkham"))]),
            content_type="application/xml",
        ),
        "irna": server.add(
            "/irna/rss",
            feed_server.rss([item("رشد صادرات غیرنفتی", server.url("/irna/exports"), "irna-1")]),
            content_type="application/rss+xml",
        ),
        "cp1256": server.add(
            "/cp1256/rss",
            feed_server.rss(
                [
                    {
                        "title": arabic_yeh("افزایش قیمت آرد"),
                        "link": server.url("/cp1256/prices"),
                        "guid": "cp-1",
                        "date": when,
                    }
                ],
                encoding="windows-1256",
            ),
            content_type="application/rss+xml",
        ),
        "wrong_encoding": server.add(
            "/wrong/rss",
            feed_server.rss(
                [
                    {
                        "title": arabic_yeh("افزایش قیمت روغن"),
                        "link": server.url("/wrong/oil"),
                        "guid": "wr-1",
                        "date": when,
                    }
                ],
                encoding="windows-1256",
                declared="utf-8",
            ),
            content_type="application/rss+xml",
        ),
        "broken": server.add("/broken/rss", b"<rss><channel><item><title>\x00\x01 <<<", content_type="text/xml"),
        "slow": server.add("/slow/rss", b"<rss/>", content_type="text/xml", delay=3),
        "huge": server.add("/huge/rss", b"<rss>" + b"x" * (3 * 1024 * 1024) + b"</rss>", content_type="text/xml"),
        "loop": server.add("/loop/a", location=server.url("/loop/b"), status=302),
    }
    server.add("/loop/b", location=server.url("/loop/a"), status=302)
    yield server, urls
    server.stop()


@pytest.fixture
def fetch_settings(settings):
    settings.MONITORING_ALLOW_PRIVATE_ADDRESSES = True
    settings.MONITORING_FETCH_TIMEOUT = 1.5
    settings.MONITORING_MAX_BYTES = 1024 * 1024
    return settings


@pytest.fixture
def outlets(db):
    def outlet(name, key, country="AF"):
        return directory_factories.organisation(
            category_slug="media", name=name, key=f"mon-test-{key}", country=country
        )["fa-af"]

    return {
        "tolo": outlet("طلوع نیوز", "tolo-news"),
        "ariana": outlet("آریانا نیوز", "ariana-news"),
        "pajhwok": outlet("پژواک", "pajhwok"),
        "shamshad": outlet("شمشاد", "shamshad"),
        "times": outlet("Kabul Times", "kabul-times"),
        "irna": outlet("ایرنا", "irna", country="IR"),
    }


@pytest.fixture
def sources(feeds, outlets, fetch_settings):
    _server, urls = feeds
    kinds = {"ariana": Source.Kind.ATOM, "times": Source.Kind.SITEMAP}
    hints = {"shamshad": "ps", "times": "en", "irna": "fa"}
    countries = {"irna": "IR"}
    made = {}
    for name, url in urls.items():
        made[name] = Source.objects.create(
            name=name,
            outlet=outlets.get(name),
            feed_url=url,
            kind=kinds.get(name, Source.Kind.RSS),
            language_hint=hints.get(name, "fa-af"),
            country=countries.get(name, "AF"),
        )
    return made


@pytest.fixture
def rules(db):
    return {
        "exports": Rule.objects.create(
            name="صادرات", terms_all="وزارت صنعت و تجارت", terms_any="صادرات\nقالین\nصادرات قالین"
        ),
        "parks": Rule.objects.create(name="پارک‌های صنعتی", terms_any="صنعتي پارکونه\nپارک صنعتی\nindustrial park"),
        "torkham": Rule.objects.create(name="Ports", terms_any="Torkham\nport\nبندر", terms_none="football"),
        "prices": Rule.objects.create(name="قیمت‌ها", terms_any="قیمت\nprices", languages=["fa-af"]),
    }
