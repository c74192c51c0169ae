"""The file store (S3) down: pages that need an image size not made yet are
shown with a placeholder in its place, never a 503 for the whole page, and
what is shown with a placeholder is not kept in the cache; uploads still
fail with the message."""

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image
from wagtail.models import Collection

from core.models import MinistryImage
from pressroom import factories
from tests.support.network import free_port
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

PLACEHOLDER = "/static/ministry_site/img/image-unavailable"


def _png(colour="#a60"):
    buffer = io.BytesIO()
    Image.new("RGB", (600, 400), colour).save(buffer, "PNG")
    return buffer.getvalue()


def _image(title):
    return MinistryImage.objects.create(
        title=title, file=SimpleUploadedFile(f"{title}.png", _png()), collection=Collection.get_first_root_node()
    )


def _store_down(settings):
    dead = f"http://127.0.0.1:{free_port()}"
    settings.STORAGES = {
        name: {**config, "OPTIONS": {**config.get("OPTIONS", {}), "endpoint_url": dead}}
        if name in ("default", "documents")
        else config
        for name, config in settings.STORAGES.items()
    }


def test_with_the_file_store_down_pages_needing_new_image_sizes_show_placeholders(
    s3_storages, demo_site, settings, client
):
    # Uploaded while the store was up; no rendition made yet.
    hero, card, photo = _image("hero"), _image("card"), _image("photo")
    index = factories.NewsIndexPageFactory(parent=demo_site["fa-af"], slug="store-down-news")
    story = factories.NewsPageFactory(parent=index, hero_image=hero, hero_alt_text="عکس اصلی")
    factories.NewsPageFactory(parent=index, hero_image=card, hero_alt_text="عکس کارت")
    galleries = factories.GalleryIndexPageFactory(parent=demo_site["fa-af"], slug="store-down-galleries")
    gallery = factories.GalleryPageFactory(
        parent=galleries, media=[("photo", {"image": photo, "alt_text": "عکس گالری", "caption": "", "credit": ""})]
    )
    _store_down(settings)

    visitor = Client(raise_request_exception=False)
    for url in (story.url, index.url, gallery.url, galleries.url, "/fa-af/"):
        response = visitor.get(url)
        assert response.status_code == 200, (url, response.status_code)
        if url in (story.url, index.url, gallery.url):
            assert PLACEHOLDER in response.content.decode(), url
        # Not kept: the real image shows as soon as the store is back.
        assert visitor.get(url).get("X-Page-Cache") != "hit", url
    assert "عکس اصلی" in visitor.get(story.url).content.decode()  # the alt text stays

    # Uploads still fail with the message, and save nothing.
    client.force_login(make_user("store-down-editor", "Editors"))
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


def test_when_the_file_store_is_back_the_real_images_show(s3_storages, demo_site, settings):
    image = _image("back")
    index = factories.NewsIndexPageFactory(parent=demo_site["fa-af"], slug="store-back-news")
    story = factories.NewsPageFactory(parent=index, hero_image=image, hero_alt_text="عکس")
    working = settings.STORAGES
    _store_down(settings)
    assert PLACEHOLDER in Client().get(story.url).content.decode()
    settings.STORAGES = working
    html = Client().get(story.url).content.decode()
    assert PLACEHOLDER not in html
    assert image.renditions.get(filter_spec="width-1200").url in html
