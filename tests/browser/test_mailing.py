"""A mailing in Chromium, through the admin's own screens in Dari: an editor
prepares a Dari press release for a list and submits it, a director approves
it, the progress bar reaches 100 % while a worker sends, and the SMTP server
has one message per recipient in their language and direction."""

import threading
import time

import pytest
from playwright.sync_api import expect

from tests.support.browser import screenshot
from tests.support.site import restore_small_site
from tests.support.smtp import SmtpServer, html_part

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"


@pytest.fixture
def press_office(live_server, transactional_db, settings):
    from django.contrib.auth import get_user_model
    from django.contrib.auth.models import Group
    from wagtail.models import Site
    from wagtail.users.models import UserProfile

    from directory import factories as directory_factories
    from media_relations.models import DistributionList
    from pressroom import factories
    from tests.support.pages import translate_page

    restore_small_site()
    home = Site.objects.get(is_default_site=True).root_page.specific
    index = factories.StatementIndexPageFactory(parent=home, title="اعلامیه‌ها", slug="mail-statements")
    statement = factories.StatementPageFactory(parent=index, title="اعلامیه صادرات قالین", slug="carpets")
    for page in (index, statement):
        for language in ("ps", "en"):
            translate_page(page, language)
    outlet = directory_factories.organisation(category_slug="media", name="رسانه آزمایشی")["fa-af"]
    for name, language in (("dari", "fa-af"), ("pashto", "ps"), ("english", "en")):
        directory_factories.contact(outlet, preferred_language=language, emails=[f"{name}@example.org"])
    media = DistributionList.objects.create(name="خبرنگاران آزمایشی")
    media.organisations.add(outlet)
    for username, group in (("ed", "Editors"), ("chief", "Directors")):
        user = get_user_model().objects.create_user(username, f"{username}@example.org", PASSWORD)
        user.groups.add(Group.objects.get(name=group))
        profile = UserProfile.get_for_user(user)
        profile.preferred_language = "fa-af"
        profile.save()

    smtp = SmtpServer().start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_USE_TLS = "127.0.0.1", smtp.port, False
    yield {"url": live_server.url, "statement": statement, "list": media, "smtp": smtp}
    smtp.stop()


@pytest.fixture
def worker():
    """What a worker process does (tests/media_relations/test_workers.py runs
    the real ones), in a thread beside the live server: send what is due."""
    from django.db import OperationalError, connection

    from media_relations import sending

    stop = threading.Event()

    def work():
        try:
            while not stop.is_set():
                try:
                    for mailing_id in sending.due_mailings():
                        sending.send_batch(mailing_id, batch=1)
                        time.sleep(0.3)  # slow enough to see the bar move
                except OperationalError:
                    # SQLite's shared in-memory test database answers "table is
                    # locked" while the live server writes; a real worker's task
                    # is retried, so this one tries again.
                    pass
                time.sleep(0.2)
        finally:
            connection.close()

    thread = threading.Thread(target=work, daemon=True)
    thread.start()
    yield
    stop.set()
    thread.join(10)


def sign_in(page, base, username):
    page.context.clear_cookies()
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def test_editor_prepares_director_approves_and_everyone_gets_it_in_their_language(browser, press_office, worker):
    base = press_office["url"]
    page = browser.new_context(viewport={"width": 1280, "height": 900}, locale="fa-AF").new_page()

    sign_in(page, base, "ed")
    page.goto(f"{base}/admin/media-relations/mailings/new/?page={press_office['statement'].pk}")
    assert page.locator("html").get_attribute("dir") == "rtl"
    page.get_by_label(press_office["list"].name).check()
    page.fill("textarea[name=note]", "با احترام")
    page.get_by_role("button", name="آماده کردن").click()
    page.wait_for_url("**/admin/media-relations/mailings/*/")
    assert "۳ گیرنده" in page.content()  # who will receive it, counted in Persian digits
    screenshot(page, "mailing-prepared-fa")
    with page.expect_navigation():  # the submission lands before the director signs in
        page.get_by_role("button", name="ارسال برای تأیید").click()

    sign_in(page, base, "chief")
    page.goto(f"{base}/admin/media-relations/mailings/")
    page.get_by_role("link", name="اعلامیه صادرات قالین").click()
    page.get_by_role("button", name="تأیید و ارسال").click()
    page.locator("[data-progress-bar]").wait_for()
    # The bar moves by itself (no reload) until the last message is out.
    expect(page.locator("[data-progress-percent]")).to_have_text("۱۰۰٪", timeout=60_000)
    assert page.evaluate("document.querySelector('[data-progress-bar]').value") == 100
    screenshot(page, "mailing-sent-fa")
    assert "۱۰۰" in page.locator("[data-progress-percent]").inner_text()

    received = press_office["smtp"].sink.by_recipient()
    assert sorted(received) == ["dari@example.org", "english@example.org", "pashto@example.org"]
    assert all(len(messages) == 1 for messages in received.values())
    assert 'dir="rtl"' in html_part(received["dari@example.org"][0])
    assert 'dir="rtl"' in html_part(received["pashto@example.org"][0])
    assert 'dir="ltr"' in html_part(received["english@example.org"][0])
