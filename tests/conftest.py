"""Shared fixtures.

The test database gets a small site once per session (tests/support/site.py):
the three language trees with their sections, the About page, the directory
page with its sample entries, the footer's contacts and the demo users (a
few seconds). The other apps' demo content (the press room's items with their
images: most of the demo's load time; the press conference, mailing,
monitoring inbox and digest, site-care findings) is loaded once per run, for
the tests that ask for `demo_content` (the tests that are about the demo);
another test process that needs it copies it. Tests
that need a committed database (browser tests) start from the migrated
state and load what they need themselves.
"""

import gc
import os
from pathlib import Path

import pytest
from django.conf import settings

from tests.support import snapshots, workers
from tests.support.cache import clear_cache
from tests.support.pages import translate_page
from tests.support.site import load_small_site
from tests.support.smtp import SmtpServer


@pytest.fixture(scope="session")
def django_db_modify_db_settings(django_db_modify_db_settings_parallel_suffix):
    """While pytest-django makes this process's test database, its
    "migrate" step copies the run's one migrated database instead
    (tests/support/migrated.py): the same schema and data, 30 s sooner."""
    import django.core.management as management
    from django.db import connection

    from tests.support import migrated

    migrate = management.call_command

    def call_command(name, *args, **options):
        if name != "migrate":
            return migrate(name, *args, **options)
        if connection.vendor == "sqlite" and connection.is_in_memory_db():
            connection.ensure_connection()
            migrated.copy_sqlite_into(connection.connection)
        elif connection.vendor == "postgresql":
            target = connection.settings_dict["NAME"]
            connection.close()
            migrated.create_postgres_copy(os.environ["DATABASE_URL"], target)
        else:
            return migrate(name, *args, **options)

    management.call_command = call_command
    yield
    management.call_command = migrate


@pytest.fixture(scope="session")
def django_db_setup(django_db_setup, django_db_blocker):
    with django_db_blocker.unblock():
        load_small_site()
        # Browser tests restore this state into their emptied database.
        snapshots.keep("site")
    yield
    # Only this process's own file: the media folder is shared with the other
    # test processes (and other runs), which may still be reading its images.
    Path(settings.DEMO_CREDENTIALS_FILE).unlink(missing_ok=True)


@pytest.fixture(scope="session")
def demo_content(django_db_setup, django_db_blocker):
    """The whole demo, press room included, committed to this process's test
    database the first time a test asks for it (a session fixture is set up
    before the test's own transaction begins; later tests see it too, which
    is what they saw when every process loaded it). Loaded once per run: the
    first process to need it loads it, the others copy what it loaded. Browser
    tests that need it restore this process's copy into their emptied database."""
    from core.site_structure import ensure_site_structure
    from ministry_site import demo

    def build():
        # (After a transactional test's flush, the migrations' site first.)
        ensure_site_structure()
        demo.load(log=lambda line: None)

    with django_db_blocker.unblock():
        snapshots.restore_or_build_for_the_run("full demo", build)


def pytest_collection_finish(session):
    """Python's cyclic garbage collector, tuned for a test process: what
    exists once the tests are collected (Django, Wagtail, every module: some
    280 000 tracked objects) lives until the end, so it is frozen out of the
    collector's scans, and young objects are collected less often. Measured
    on the workflow tests: the collector's time per process from 5.9 s to 1.6 s
    of a 50 s run. Tests that count on a collection call gc.collect() themselves."""
    gc.collect()
    gc.freeze()
    gc.set_threshold(7000, 10, 10)


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(items):
    """Tests that need the whole demo run in one test process (with
    `--dist loadgroup`, as `make test` runs them), so the run loads it once.
    First among the hooks: pytest-xdist reads the group in its own."""
    for item in items:
        fixtures = getattr(item, "fixturenames", ())
        if "demo_content" in fixtures and not _empties_the_database(item, fixtures):
            item.add_marker(pytest.mark.xdist_group("full demo"))


def _empties_the_database(item, fixtures):
    """A transactional test (a live server's) empties the database when it
    ends. pytest-django runs them after the others in each process; one
    inside the group would run amid them and leave the tests after it an
    empty database. It puts the demo back itself (a snapshot, or a new load)."""
    marker = item.get_closest_marker("django_db")
    return bool(
        (marker is not None and marker.kwargs.get("transaction"))
        or "transactional_db" in fixtures
        or "live_server" in fixtures
    )


@pytest.fixture
def uncached_pages(settings):
    """Every request renders its page (the anonymous page cache off): for
    tests that count queries, which a cached page would answer with none."""
    settings.ANONYMOUS_PAGE_CACHE = False


@pytest.fixture(autouse=True)
def _fresh_cache():
    """Navigation and contact details are cached; no test sees another's."""
    clear_cache()
    yield
    clear_cache()


@pytest.fixture
def demo_site(db):
    from wagtail.models import Site

    site = Site.objects.get(is_default_site=True)
    return {page.locale.language_code: page.specific for page in site.root_page.get_translations(inclusive=True)}


@pytest.fixture
def dari_home(demo_site):
    return demo_site["fa-af"]


@pytest.fixture
def english_home(demo_site):
    return demo_site["en"]


@pytest.fixture
def news_index(dari_home):
    from pressroom import factories

    return factories.NewsIndexPageFactory(parent=dari_home, slug="test-news", title="اخبار آزمایشی")


@pytest.fixture
def statement_index(dari_home):
    from pressroom import factories

    return factories.StatementIndexPageFactory(parent=dari_home, slug="test-statements", title="اعلامیه‌های آزمایشی")


@pytest.fixture
def gallery_index(dari_home):
    from pressroom import factories

    return factories.GalleryIndexPageFactory(parent=dari_home, slug="test-galleries", title="گالری‌های آزمایشی")


@pytest.fixture
def translated():
    return translate_page


@pytest.fixture
def smtp(settings):
    """A real SMTP server on this machine (aiosmtpd); Django in this process
    sends to it, and worker processes are given its port."""
    server = SmtpServer().start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_USE_TLS = False
    settings.EMAIL_TIMEOUT = 5
    settings.DEFAULT_FROM_EMAIL = "press@moci.gov.af"
    try:
        yield server
    finally:
        server.stop()


@pytest.fixture
def scratch(tmp_path):
    """A database of its own (migrated, empty) for tests that start worker processes."""
    database_url, drop = workers.scratch_database(tmp_path)
    yield database_url
    drop()
