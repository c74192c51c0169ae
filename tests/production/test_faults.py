"""Each outside service down in turn (pointed at a closed port): the public
site answers, publishing works or fails with a clear message, nothing saved
is lost."""

import io
import os
import subprocess
import sys
import textwrap

import pytest
from django.conf import settings as django_settings
from django.core.cache import caches
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from core.models import MinistryImage
from pressroom import factories
from pressroom.models import NewsPage
from tests.support.network import free_port
from tests.support.users import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": f"redis://127.0.0.1:{free_port()}/0",
            "OPTIONS": {"SOCKET_CONNECT_TIMEOUT": 0.5, "SOCKET_TIMEOUT": 0.5, "IGNORE_EXCEPTIONS": True},
        }
    }
    settings.DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    yield
    caches.close_all()


def test_with_redis_down_pages_answer_and_publishing_works(redis_down, demo_site):
    client = Client()
    for url in ("/fa-af/", "/ps/", "/en/", "/fa-af/search/?q=تجارت"):
        assert client.get(url).status_code == 200, url
    index = factories.NewsIndexPageFactory(parent=demo_site["fa-af"], slug="redis-down")
    story = factories.NewsPageFactory(parent=index, title="با ردیس خاموش", draft=True)
    story.save_revision().publish()
    response = client.get(NewsPage.objects.get(pk=story.pk).url)
    assert response.status_code == 200 and "با ردیس خاموش" in response.content.decode()
    ready = client.get("/readyz")
    assert ready.status_code == 200
    assert ready.json()["checks"]["cache"]["status"] == "error"


def _png():
    buffer = io.BytesIO()
    Image.new("RGB", (600, 400), "#a60").save(buffer, "PNG")
    return buffer.getvalue()


def test_with_s3_down_pages_answer_and_uploads_fail_clearly(s3_storages, demo_site, settings, client):
    # An image and its rendition made while the store was up.
    image = MinistryImage.objects.create(title="عکس", file=SimpleUploadedFile("before.png", _png()))
    index = factories.NewsIndexPageFactory(parent=demo_site["fa-af"], slug="s3-down")
    story = factories.NewsPageFactory(parent=index, hero_image=image, hero_alt_text="عکس")
    assert Client().get(story.url).status_code == 200
    rendition_url = image.renditions.first().url

    dead = f"http://127.0.0.1:{free_port()}"
    settings.STORAGES = {
        name: {**config, "OPTIONS": {**config.get("OPTIONS", {}), "endpoint_url": dead}}
        if name in ("default", "documents")
        else config
        for name, config in settings.STORAGES.items()
    }
    response = Client().get(story.url)
    assert response.status_code == 200
    # The rendition made before still shows (its address needs no call to the store).
    assert rendition_url.rsplit("/", 1)[1] in response.content.decode()

    editor = make_user("s3-down-editor", "Directors")
    client.force_login(editor)
    response = client.post(
        "/admin/images/add/",
        {
            "title": "پس از قطع",
            "file": SimpleUploadedFile("after.png", _png(), content_type="image/png"),
            "collection": 1,
        },
    )
    assert response.status_code == 503
    assert "ذخیره نشد" in response.content.decode()  # "Your file was not saved"
    assert not MinistryImage.objects.filter(title="پس از قطع").exists()
    assert MinistryImage.objects.filter(pk=image.pk).exists()

    # Publishing text still works.
    story = NewsPage.objects.get(pk=story.pk)
    story.title = "عنوان تازه با S3 خاموش"
    story.save_revision(user=editor).publish(user=editor)
    assert "عنوان تازه با S3 خاموش" in Client().get(story.url).content.decode()
    ready = Client().get("/readyz")
    assert ready.status_code == 200 and ready.json()["checks"]["storage"]["status"] == "error"


def test_healthz_touches_nothing(django_assert_num_queries):
    with django_assert_num_queries(0):
        response = Client().get("/healthz")
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"] or "max-age=0" in response["Cache-Control"]


def test_readyz_reports_each_dependency(demo_site):
    response = Client().get("/readyz")
    assert response.status_code == 200
    checks = response.json()["checks"]
    assert set(checks) == {"database", "cache", "storage", "search"}
    assert checks["database"]["status"] == "ok"
    assert "max-age=0" in response["Cache-Control"]


def test_with_the_database_down_a_503_page_in_the_readers_language():
    """A separate process whose DATABASE_URL points at a closed port."""
    script = textwrap.dedent(
        """
        import django
        django.setup()
        from django.test import Client
        client = Client(raise_request_exception=False)
        for url in ("/ps/", "/en/news/", "/readyz", "/healthz"):
            response = client.get(url)
            body = response.content.decode()
            print(url, response.status_code, response.get("Retry-After"), "د وېبپاڼې" in body, "briefly" in body)
        """
    )
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings.test",
        "DATABASE_URL": f"postgres://nobody@127.0.0.1:{free_port()}/none",
    }
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=django_settings.BASE_DIR,
        env=env,
        capture_output=True,
        text=True,
        timeout=60,
    )
    lines = {line.split()[0]: line.split()[1:] for line in result.stdout.splitlines() if line.startswith("/")}
    assert lines["/ps/"][:2] == ["503", "30"], result.stdout + result.stderr[-2000:]
    assert lines["/ps/"][2] == "True"  # the Pashto page
    assert lines["/en/news/"][0] == "503" and lines["/en/news/"][3] == "True"
    assert lines["/readyz"][0] == "503"
    assert lines["/healthz"][0] == "200"
