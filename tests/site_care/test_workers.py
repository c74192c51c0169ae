"""The nightly run as it runs in production: real Celery worker processes
(two), a real broker, the production settings, a local web server for the
external links. Each link is checked once, by one worker; one hanging link
and one loop do not stop the run."""

import pytest

from tests.support import servers, workers

SETUP = """
from home.models import HomePage
from pressroom import factories
home = HomePage.objects.get(locale__language_code="fa-af")
index = factories.NewsIndexPageFactory(parent=home, slug="akhbar", title="اخبار")
base = "BASE"
bad = [base + "/status/404", base + "/loop/a", base + "/slow/30", "mailto:press@moci.gov.af"]
for number in range(PAGES):
    links = [f"{base}/page/{number}-{n}" for n in range(5)] + [bad[number % len(bad)]]
    html = "".join(f'<p>پیوند <a href="{url}">شماره</a></p>' for url in links)
    title = "گزارش كار" if number == 0 else f"خبر شماره {number}"
    factories.NewsPageFactory(parent=index, title=title, slug=f"n{number}",
                              body=[{"type": "paragraph", "value": html, "id": f"b{number}"}])
print(PAGES)
"""


def state_of(env):
    """What the run has done so far, read straight from the database."""
    links = workers.query(env, "SELECT status, last_checked FROM site_care_externallink")
    findings = workers.query(env, "SELECT check_code, severity FROM site_care_finding WHERE resolved_at IS NULL")
    return {
        "due": sum(1 for _status, checked in links if checked is None),
        "links": len(links),
        "statuses": sorted({status for status, _checked in links}),
        "findings": sorted({code for code, _severity in findings}),
        "broken_findings": sum(1 for code, severity in findings if code == "external_link" and severity == "error"),
    }


@pytest.fixture
def link_server():
    from tests.support.link_server import LinkServer

    server = LinkServer().start()
    yield server
    server.stop()


def test_two_workers_check_the_site_and_each_link_once(tmp_path, scratch, link_server):
    pages = 24
    env = workers.mail_env(
        tmp_path,
        scratch,
        9,
        SITE_CARE_LINK_TIMEOUT="2",
        SITE_CARE_LINK_THREADS="4",
        SITE_CARE_ALLOW_PRIVATE_ADDRESSES="1",
    )
    servers.prepare(env)
    workers.run(env, SETUP.replace("BASE", link_server.url("")).replace("PAGES", str(pages)))
    first = workers.start_worker(env, tmp_path / "worker-1.log", "first")
    second = workers.start_worker(env, tmp_path / "worker-2.log", "second")
    try:
        servers.manage(env, "run_site_checks", "--queue")

        def finished():
            state = state_of(env)
            return state["links"] >= pages * 5 and state["due"] == 0 and state["broken_findings"] and state

        state = workers.wait_until(finished, 240, step=0.5, what="every link checked")
    finally:
        workers.stop(first)
        workers.stop(second)
    assert {"ok", "broken", "caution", "skipped"} <= set(state["statuses"])
    assert {"arabic_letters", "external_link"} <= set(state["findings"])
    distinct = [path for path in link_server.hits if path.startswith("/page/")]
    assert len(distinct) == pages * 5
    assert all(link_server.hits[path] == 1 for path in distinct), "a link was checked twice"
    logs = (tmp_path / "worker-1.log").read_text() + (tmp_path / "worker-2.log").read_text()
    assert "site_care.check_pages" in logs
