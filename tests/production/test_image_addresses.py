"""Images are public objects in the bucket (pages link their sizes), so an
image uploaded for a draft must not be found by guessing its address from
its file name: originals, and every size made of them, carry a random part."""

import io
import urllib.error
import urllib.request

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from PIL import Image

from core.models import MinistryImage
from tests.support.users import make_user

pytestmark = pytest.mark.django_db


def _png():
    buffer = io.BytesIO()
    Image.new("RGB", (640, 480), "#3a7").save(buffer, "PNG")
    return buffer.getvalue()


def _fetch(url):
    try:
        with urllib.request.urlopen(url) as answer:
            return answer.status
    except urllib.error.HTTPError as error:
        return error.code


def test_a_draft_image_cannot_be_fetched_by_guessing_its_address(s3_storages, demo_site, client):
    client.force_login(make_user("guess-editor", "Editors"))
    for title in ("دیدار وزیر", "دیدار وزیر دوم"):
        response = client.post(
            "/admin/images/add/",
            {
                "title": title,
                "file": SimpleUploadedFile("minister-visit.png", _png(), content_type="image/png"),
                "collection": 1,
            },
        )
        assert response.status_code == 302
    assert client.get("/admin/images/").status_code == 200  # the library makes its thumbnails
    first, second = MinistryImage.objects.filter(title__startswith="دیدار وزیر").order_by("pk")
    assert first.renditions.exists()

    base = f"{s3_storages['endpoint']}/{s3_storages['bucket']}"
    # What anyone can try from the file name alone.
    for guess in (
        "original_images/minister-visit.png",
        "original_images/minister-visit_1.png",
        "images/minister-visit.max-165x165.png",
    ):
        assert _fetch(f"{base}/{guess}") in (403, 404), guess
    assert first.file.name != second.file.name
    # The stored objects are there, under names that cannot be guessed.
    assert _fetch(first.file.url) == 200
    assert "minister-visit" in first.file.name  # still recognisable to the editors
