"""On the embedded default (SQLite, no Redis: each process caches pages in
its own memory), a publication made by another process (the scheduler's
`publish_scheduled`, a management command) reaches the statements list,
the home page and the RSS feed of every running server process within a
second."""

import time

import pytest

from tests.support import servers

SETUP = """
import datetime
from django.utils import timezone
from home.models import HomePage
from pressroom import factories
home = HomePage.objects.get(locale__language_code='fa-af')
index = factories.StatementIndexPageFactory(parent=home, slug='elamiye', title='اعلامیه‌ها')
factories.StatementPageFactory(parent=index, slug='kohna', title='اعلامیه کهنه')
embargoed = factories.StatementPageFactory(parent=index, slug='embargo', title='اعلامیه زمان‌بندی‌شده', draft=True)
embargoed.go_live_at = timezone.now() + datetime.timedelta(seconds={seconds})
embargoed.save_revision().publish()  # approved, to go live at that time
assert not type(embargoed).objects.get(pk=embargoed.pk).live
print(embargoed.go_live_at.timestamp())
"""

RETITLE = """
from pressroom.models import StatementPage
page = StatementPage.objects.get(slug='kohna')
page.title = 'اعلامیه با عنوان تازه'
page.save_revision().publish()
"""

PLACES = {"statements list": "/fa-af/elamiye/", "home page": "/fa-af/", "RSS feed": "/fa-af/elamiye/feed/rss/"}


@pytest.fixture
def two_servers(tmp_path):
    env = servers.production_env(tmp_path, f"sqlite:///{tmp_path}/embedded.sqlite3")
    servers.prepare(env)
    processes, ports = [], []
    try:
        for number in (1, 2):
            process, port = servers.start_gunicorn(env, tmp_path / f"server-{number}.log")
            processes.append(process)
            ports.append(port)
        yield env, ports, tmp_path
    finally:
        for process in processes:
            servers.stop(process)


def _seen_everywhere(ports, text):
    """{(port, place): whether `text` is there} for each server and place."""
    return {(port, place): text in servers.get(port, path)[2] for port in ports for place, path in PLACES.items()}


def _wait_until_everywhere(ports, text, since, logs):
    while True:
        seen = _seen_everywhere(ports, text)
        if all(seen.values()):
            return time.monotonic() - since
        late = [f"{place} on port {port}" for (port, place), there in seen.items() if not there]
        assert time.monotonic() - since < 1.0, f"“{text}” not seen within a second on: {late}\n{logs()}"
        time.sleep(0.05)


def test_scheduled_and_command_publications_reach_every_server_process_within_a_second(two_servers):
    env, ports, tmp_path = two_servers

    def logs():
        return "\n".join(path.read_text()[-2000:] for path in tmp_path.glob("server-*.log"))

    # The embargo's end as the set-up process fixed it (that process may take
    # seconds to start on a loaded machine).
    go_live = float(servers.manage(env, "shell", "-c", SETUP.format(seconds=8)).stdout.split()[-1])

    # Both servers have the listing, home page and feed in their memory.
    for port in ports:
        for place, path in PLACES.items():
            status, headers, text = servers.get(port, path)
            assert status == 200, (place, status, logs())
            assert "اعلامیه کهنه" in text and "اعلامیه زمان‌بندی‌شده" not in text, place
            assert servers.get(port, path)[1].get("X-Page-Cache") == "hit", (
                place,
                "not cached: the test proves nothing",
            )

    # The embargo ends; the scheduler (cron, every minute) publishes it.
    time.sleep(max(0.0, go_live - time.time()) + 0.5)
    servers.manage(env, "publish_scheduled")
    _wait_until_everywhere(ports, "اعلامیه زمان‌بندی‌شده", time.monotonic(), logs)

    # An operator's command publishes a new title.
    for port in ports:
        for path in PLACES.values():
            servers.get(port, path)  # cached again, under the new generation
    servers.manage(env, "shell", "-c", RETITLE)
    _wait_until_everywhere(ports, "اعلامیه با عنوان تازه", time.monotonic(), logs)
