"""The external link checker against a local server: every answer sorted
the way GOV.UK's checker does, bad input recorded with a reason, each link
claimed by one worker and checked at most once a day."""

import time

import pytest
from django.utils import translation

from site_care import links, runner
from site_care.models import ExternalLink, Finding, LinkStatus

pytestmark = pytest.mark.django_db


def paragraph(html, block_id="p1"):
    return [{"type": "paragraph", "value": html, "id": block_id}]


def check(url):
    link = ExternalLink.objects.create(url=url)
    links.check_links([link])
    link.refresh_from_db()
    return link


@pytest.mark.parametrize(
    "path, status, http_status",
    [
        ("/ok", LinkStatus.OK, 200),
        ("/redirect/3", LinkStatus.OK, 200),
        ("/redirect/8", LinkStatus.OK, 200),
        ("/status/404", LinkStatus.BROKEN, 404),
        ("/status/410", LinkStatus.BROKEN, 410),
        ("/status/403", LinkStatus.CAUTION, 403),
        ("/status/401", LinkStatus.CAUTION, 401),
        ("/status/500", LinkStatus.CAUTION, 500),
    ],
)
def test_answers_are_sorted_ok_caution_broken(link_server, quick_links, path, status, http_status):
    link = check(link_server.url(path))
    assert (link.status, link.http_status) == (status, http_status)
    assert link.last_checked is not None


def test_redirects_are_followed_and_the_final_address_kept(link_server, quick_links):
    link = check(link_server.url("/redirect/3"))
    assert link.hops == 3
    assert link.final_url.endswith("/redirect/0")


def test_more_than_eight_redirects_is_flagged(link_server, quick_links):
    link = check(link_server.url("/redirect/9"))
    assert link.status == LinkStatus.CAUTION
    assert "8" in link.reason


def test_a_redirect_loop_is_broken_and_stops(link_server, quick_links):
    link = check(link_server.url("/loop/a"))
    assert link.status == LinkStatus.BROKEN
    assert "loop" in link.reason.lower()
    assert link_server.hits["/loop/a"] == 1 and link_server.hits["/loop/b"] == 1


def test_a_slow_answer_is_caution(link_server, quick_links):
    link = check(link_server.url("/slow/1.3"))
    assert link.status == LinkStatus.CAUTION
    assert link.http_status == 200


def test_a_host_that_hangs_times_out_as_caution(link_server, quick_links):
    started = time.monotonic()
    link = check(link_server.url("/slow/10"))
    assert time.monotonic() - started < 6
    assert link.status == LinkStatus.CAUTION
    assert link.http_status is None


def test_a_5_mb_page_is_not_downloaded(link_server, quick_links):
    link = check(link_server.url("/big"))
    assert link.status == LinkStatus.OK
    time.sleep(0.5)
    assert link_server.sent < 1024 * 1024  # the server noticed the reader hung up, far short of 5 MB


def test_nothing_listening_is_broken():
    link = check("http://127.0.0.1:9/nothing-here")
    assert link.status == LinkStatus.BROKEN


@pytest.mark.parametrize("url", ["mailto:press@moci.gov.af", "javascript:alert(1)", "tel:+93201234567", "ftp://x.af/f"])
def test_non_web_addresses_are_skipped_with_a_reason(url):
    link = check(url)
    assert link.status == LinkStatus.SKIPPED
    assert link.reason


def test_an_international_host_name_is_checked_in_its_ascii_form():
    address, skip = links.prepare("http://وزارت.افغانستان/صفحه")
    assert skip is None
    assert address.startswith("http://xn--")


def test_an_invalid_international_host_name_is_skipped_with_a_reason():
    link = check("http://" + "ب" * 70 + ".af/")
    assert link.status == LinkStatus.SKIPPED
    assert link.reason


def test_one_failing_link_never_fails_the_batch(link_server, quick_links, monkeypatch):
    real = links.prepare

    def explode(url):
        if "explode" in url:
            raise RuntimeError("boom")
        return real(url)

    monkeypatch.setattr(links, "prepare", explode)
    bad = ExternalLink.objects.create(url=link_server.url("/explode"))
    good = ExternalLink.objects.create(url=link_server.url("/ok"))
    assert links.check_links([bad, good]) == 2
    bad.refresh_from_db()
    good.refresh_from_db()
    assert bad.status == LinkStatus.CAUTION and "RuntimeError" in bad.reason
    assert good.status == LinkStatus.OK


def test_two_workers_never_claim_the_same_link_and_nothing_is_rechecked_within_the_day(link_server, quick_links):
    ExternalLink.objects.bulk_create(
        [ExternalLink(url=link_server.url(f"/page/{n}"), url_hash=f"{n:064d}") for n in range(300)]
    )
    taken_by_two = []

    def two_claims_first(ids):
        taken_by_two.extend(link.pk for link in links.claim_batch(size=100, worker="two"))

    # Worker one chose the 200 oldest; worker two claimed 100 of them before one's claim.
    one = [link.pk for link in links.claim_batch(size=200, worker="one", _between=two_claims_first)]
    assert len(taken_by_two) == 100 and len(one) == 100
    assert not set(one) & set(taken_by_two)
    three = [link.pk for link in links.claim_batch(size=500, worker="three")]
    assert len(three) == 100 and not set(three) & (set(one) | set(taken_by_two))
    # Claims pass; then every link is checked once, and not again within the day.
    ExternalLink.objects.update(claimed_until=None, claimed_by="")
    assert links.check_due_links() == 300
    assert links.check_due_links() == 0
    assert sum(link_server.hits[f"/page/{n}"] for n in range(300)) == 300


def test_a_broken_link_on_a_page_becomes_a_finding_and_goes_when_fixed(news_page, link_server, quick_links):
    url = link_server.url("/status/404")
    page = news_page(body=paragraph(f'<p>گزارش را <a href="{url}">اینجا</a> ببینید.</p>'))
    runner.check_page(page)
    link = ExternalLink.objects.get(url=url)
    links.check_links([link])
    runner.link_findings([link.pk])
    finding = Finding.objects.open().get(page_id=page.pk, check_code="external_link")
    assert finding.severity == "error"
    assert "404" in finding.message()
    page.body = paragraph("<p>گزارش حذف شد.</p>")
    page.save_revision().publish()
    runner.check_page(page)
    assert not Finding.objects.open().filter(page_id=page.pk, check_code="external_link").exists()


def test_the_reason_is_shown_in_the_readers_language():

    link = check("http://127.0.0.1:9/nothing-here")
    with translation.override("fa-af"):
        assert links.explain(link) == "سایت اتصال را نمی‌پذیرد."
    with translation.override("ps"):
        assert links.explain(link) == "سایټ نښلون نه مني."
    with translation.override("en"):
        assert links.explain(link) == "The site refuses connections."


@pytest.mark.parametrize(
    "address",
    [
        "http://127.0.0.1:{port}/ok",  # this machine
        "http://localhost:{port}/ok",
        "http://[::1]:{port}/ok",
        "http://169.254.169.254/latest/meta-data/",  # a cloud's metadata service
        "http://10.0.0.1/admin/",  # the ministry's own network
        "http://192.168.1.1/",
    ],
)
def test_a_link_into_this_server_or_a_private_network_is_never_fetched(settings, link_server, address):
    """An editor's link must not make the server reach where the public
    cannot: the checker skips it with a reason and sends no request."""
    settings.SITE_CARE_ALLOW_PRIVATE_ADDRESSES = False
    link = check(address.format(port=link_server.port))
    assert link.status == LinkStatus.SKIPPED
    with translation.override("en"):
        assert "not checked" in links.explain(link)
    with translation.override("fa-af"):
        assert "بررسی نشد" in links.explain(link)
    assert not link_server.hits


def test_a_redirect_into_a_private_network_is_not_followed(settings, link_server, monkeypatch):
    """The first address looks public; where it redirects is checked again."""
    settings.SITE_CARE_ALLOW_PRIVATE_ADDRESSES = False
    first = link_server.url("/redirect/2")
    first_host = "127.0.0.1"
    real = links.internal_host
    monkeypatch.setattr(links, "internal_host", lambda host: False if host == first_host and not hops else real(host))
    hops = []
    original_request = links._pool

    def counting_pool():
        pool = original_request()
        request = pool.request

        def tracked(method, url, **kwargs):
            hops.append(url)
            return request(method, url, **kwargs)

        pool.request = tracked
        return pool

    monkeypatch.setattr(links, "_pool", counting_pool)
    link = check(first)
    assert hops == [first]  # the redirect's target (the same machine) was not requested
    assert link.status == LinkStatus.SKIPPED
