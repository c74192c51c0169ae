"""The fetch pipeline against the local feed server: what monitors would
find in their inbox, and what each kind of bad input leaves on its source."""

from django.utils import timezone

from monitoring import pipeline
from monitoring.models import Article, Clipping, Source, Story


def run(sources):
    """Every source fetched now, every new article fetched and analysed (what the workers do)."""
    new = []
    for source in sources.values():
        new += pipeline.fetch_source(source.pk, force=True)
    for article_id in new:
        if pipeline.fetch_article(article_id):
            pipeline.analyse_article(article_id)
    return new


def test_one_story_on_three_outlets_is_one_story_with_three_outlets(sources, rules):
    run(sources)
    carpets = Article.objects.filter(url__contains="carpets")
    assert carpets.count() == 3
    assert carpets.values("story").distinct().count() == 1
    story = carpets.first().story
    assert story.article_count == 3 and story.outlet_count == 3
    # One clipping for the story, not three.
    assert Clipping.objects.filter(story=story).count() == 1
    clipping = Clipping.objects.get(story=story)
    assert set(clipping.subjects.values_list("name", flat=True)) >= {"صادرات", "Ports"}
    # Its excerpt starts with the article's first sentence, not the headline shown above it.
    assert clipping.excerpt and not clipping.excerpt.startswith(clipping.title)


def test_a_monitor_sees_the_story_on_three_outlets_in_dari(sources, rules, client):
    from django.contrib.auth.models import Group
    from django.urls import reverse

    from tests.support.users import make_user

    run(sources)
    story = Article.objects.filter(url__contains="carpets").first().story
    monitor = make_user("mon-reader")
    monitor.groups.add(Group.objects.get(name="Monitors"))
    client.force_login(monitor)
    page = client.get(reverse("monitoring_clipping", args=[story.clipping.pk])).content.decode()
    assert "این خبر در ۳ رسانه" in page
    assert "SHA-256" not in page.replace('title="SHA-256', "")  # the hash is a tooltip, not text
    inbox = client.get(reverse("monitoring_inbox")).content.decode()
    assert '<div class="help-block" dir="auto">' in inbox  # an English excerpt runs left to right


def test_languages_are_identified_and_persian_follows_the_outlets_country(sources, rules):
    run(sources)
    language = dict(Article.objects.values_list("url", "language"))
    by_path = {url.split(":", 2)[2].split("/", 1)[1]: value for url, value in language.items()}
    assert by_path["tolo/carpets"] == "fa-af"
    assert by_path["shamshad/parks"] == "ps"
    assert by_path["times/torkham"] == "en"
    assert by_path["irna/exports"] == "fa"  # Iranian Persian: the outlet is in Iran
    assert by_path["cp1256/prices"] == "fa-af"
    # Every article of the test set, none wrong.
    assert by_path == {
        "tolo/carpets": "fa-af",
        "ariana/carpets-2": "fa-af",
        "pajhwok/carpets-3": "fa-af",
        "shamshad/parks": "ps",
        "times/torkham": "en",
        "irna/exports": "fa",
        "cp1256/prices": "fa-af",
        "wrong/oil": "fa-af",
        "tolo/empty": "",
    }
    # Eight articles with text, six stories: the three carpets articles are one, nothing else joined.
    assert Story.objects.count() == 6


def test_rules_match_as_people_type_and_respect_languages_and_exclusions(sources, rules):
    run(sources)
    titles = {c.title: set(c.subjects.values_list("name", flat=True)) for c in Clipping.objects.all()}
    assert "پارک‌های صنعتی" in titles["نوي صنعتي پارکونه"]
    assert "Ports" in titles["Exports through Torkham rise"]
    # Written with the Arabic yeh (Windows-1256), found as typed with the Persian one.
    assert "قیمت‌ها" in titles["افزايش قيمت آرد"]
    # The Iranian ministry is not this ministry: no clipping.
    assert "رشد صادرات غیرنفتی" not in titles


def test_the_text_and_its_hash_are_kept(sources, rules):
    run(sources)
    article = Article.objects.get(url__endswith="/tolo/carpets")
    assert "بندر حیرتان" in article.text
    # The half-spaces of the page are kept: «قالین‌ها», never «قالینها».
    assert "قالین\u200cها" in article.text and "فرستاده شده\u200cاند" in article.text
    assert "قالینها" not in article.text
    import hashlib

    assert article.sha256 == hashlib.sha256(article.text.encode()).hexdigest()
    assert "ي" not in article.folded and "بندر حیرتان" in article.folded


def test_bad_input_is_recorded_on_its_source_and_holds_up_nobody(sources, rules, feeds):
    run(sources)
    fresh = {name: Source.objects.get(pk=source.pk) for name, source in sources.items()}
    # What failed, as a code the admin words in the reader's language, with its parameters and the English detail.
    assert fresh["loop"].last_error_code == "redirect_loop" and "redirect loop" in fresh["loop"].last_error
    assert fresh["slow"].last_error_code == "timeout" and "timed out" in fresh["slow"].last_error
    assert fresh["slow"].last_error_params == {"seconds": 1.5}
    assert fresh["huge"].last_error_code == "too_large" and "too large" in fresh["huge"].last_error
    assert fresh["huge"].last_error_params == {"limit": 1024 * 1024}
    assert fresh["broken"].last_error_code == "unreadable_feed" and "not a readable feed" in fresh["broken"].last_error
    for name in ("loop", "slow", "huge", "broken"):
        assert fresh[name].consecutive_failures == 1
        assert fresh[name].next_due > timezone.now()
        assert fresh[name].last_error_at == fresh[name].last_checked
        assert "UTC" not in fresh[name].last_error  # the time is a field of its own, shown in Kabul time
    for name in ("tolo", "ariana", "pajhwok", "shamshad", "times", "irna", "cp1256"):
        assert fresh[name].last_error == "" and fresh[name].last_success is not None, name
        assert fresh[name].last_error_code == "" and fresh[name].last_error_at is None, name
    # A wrong declared encoding is read right and noted.
    assert "declared encoding utf-8 is wrong; read as windows-1256" in fresh["wrong_encoding"].last_warning
    assert Article.objects.get(source=fresh["wrong_encoding"]).title == "افزايش قيمت روغن"
    # Windows-1256 read right; entities in a title read as characters.
    assert Article.objects.get(source=fresh["cp1256"]).title == "افزايش قيمت آرد"
    assert Article.objects.get(source=fresh["pajhwok"]).title == "رشد\xa0صادرات قالین افغانستان & بازار"
    # The page without text and the other feed's GUID.
    assert Article.objects.get(url__endswith="/tolo/empty").status == Article.Status.NO_TEXT
    assert "no extractable text" in fresh["tolo"].last_warning
    assert fresh["pajhwok"].duplicates_skipped == 1
    assert not Article.objects.filter(url__endswith="/pajhwok/copy").exists()


def test_a_failing_source_waits_longer_each_time(sources):
    slow = sources["huge"]
    pipeline.fetch_source(slow.pk, force=True)
    first = Source.objects.get(pk=slow.pk)
    pipeline.fetch_source(slow.pk, force=True)
    second = Source.objects.get(pk=slow.pk)
    assert second.consecutive_failures == 2
    assert (second.next_due - second.last_checked) > (first.next_due - first.last_checked)
    # Not due: a second worker's task for it does nothing.
    assert pipeline.fetch_source(slow.pk) == []
    assert Source.objects.get(pk=slow.pk).consecutive_failures == 2


def test_the_second_fetch_is_conditional_and_adds_nothing(sources, rules, feeds):
    server, _urls = feeds
    run(sources)
    articles = Article.objects.count()
    stories = Story.objects.count()
    assert pipeline.fetch_source(sources["tolo"].pk, force=True) == []
    assert server.conditional_hits["/tolo/rss"] == 1  # answered 304
    # A feed without an ETag is read again; its items are known: nothing new.
    assert pipeline.fetch_source(sources["shamshad"].pk, force=True) == []
    assert Article.objects.count() == articles and Story.objects.count() == stories


def test_a_task_run_twice_does_the_step_once(sources, rules):
    new = pipeline.fetch_source(sources["tolo"].pk, force=True)
    article_id = Article.objects.get(url__endswith="/tolo/carpets").pk
    assert article_id in new
    assert pipeline.fetch_article(article_id) is True, Article.objects.get(pk=article_id).error
    assert pipeline.fetch_article(article_id) is False
    assert pipeline.analyse_article(article_id) is not None
    assert pipeline.analyse_article(article_id) is None
    assert Clipping.objects.count() == 1 and Story.objects.count() == 1


def test_a_feed_link_that_is_not_a_web_address_is_never_stored(db, settings):
    from monitoring.models import Source

    settings.MONITORING_ALLOW_PRIVATE_ADDRESSES = True
    source = Source.objects.create(name="odd", feed_url="https://odd.example/rss")
    body = (
        b'<?xml version="1.0"?><rss version="2.0"><channel><title>x</title>'
        b"<item><title>bad</title><link>javascript:alert(1)</link></item>"
        b"<item><title>file</title><link>file:///etc/passwd</link></item>"
        b"<item><title>good</title><link>https://odd.example/a</link></item></channel></rss>"
    )
    new = pipeline.store_feed(source, body)
    assert list(Article.objects.filter(pk__in=new).values_list("url", flat=True)) == ["https://odd.example/a"]


def test_the_half_space_survives_extraction_whatever_way_the_page_writes_it():
    """A literal ZWNJ, its entities, and a Windows-1256 page (byte 0x9D)."""
    from monitoring import textwork

    sentence = "قالین{z}ها به ولایت{z}ها فرستاده شده{z}اند و می{z}شود گفت که این کار بی{z}دلیل نیست. "
    for written in ("\u200c", "&zwnj;", "&#8204;", "&#x200C;"):
        page = f"<html><body><article><p>{sentence.format(z=written) * 4}</p></article></body></html>"
        assert textwork.extract(page).startswith(sentence.format(z="\u200c").strip()), written
    arabic_letters = sentence.replace("ی", "ي").format(z="\u200c") * 4
    head = '<head><meta charset="windows-1256"></head>'
    page = f"<html>{head}<body><article><p>{arabic_letters}</p></article></body></html>"
    assert textwork.extract(page.encode("cp1256")).count("\u200c") == 20
    # Declared only by the server's Content-Type, or declared wrongly by a UTF-8 page.
    bare = f"<html><body><article><p>{arabic_letters}</p></article></body></html>"
    assert textwork.extract(bare.encode("cp1256"), declared="windows-1256").startswith("قالين\u200cها")
    assert textwork.extract(page.encode("utf-8")).startswith("قالين\u200cها")
