"""Image bombs: a PNG of a few kilobytes that decodes to hundreds of
millions of pixels. Every way of uploading an image refuses it with a clear
message (never a 500, never a worker decoding it), and nothing is saved."""

import io
import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from core.models import MinistryImage
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

# "This image has too many pixels": the start of the Dari message.
REFUSAL = "پیکسل"


def _png(width, height):
    """A one-bit PNG: a few kilobytes whatever its size."""
    buffer = io.BytesIO()
    Image.new("1", (width, height)).save(buffer, "PNG", optimize=True)
    return buffer.getvalue()


@pytest.fixture(scope="module")
def bombs():
    return {
        # Over Pillow's own bomb threshold: Pillow raises instead of opening it.
        "14000x14000": _png(14_000, 14_000),
        # Under Pillow's threshold, over ours: one rendition of it took a
        # worker from 161 to 554 MB.
        "11000x11000": _png(11_000, 11_000),
    }


@pytest.fixture
def editor_client(demo_site):
    client = Client(raise_request_exception=False)
    client.force_login(make_user("bomb-editor", "Editors"))
    return client


def _upload(name, data):
    return SimpleUploadedFile(name, data, content_type="image/png")


@pytest.mark.parametrize("size", ["14000x14000", "11000x11000"])
def test_image_bombs_are_refused_with_a_message_on_every_upload_path(editor_client, bombs, size):
    data = bombs[size]
    before = MinistryImage.objects.count()

    # The image library's "Add an image".
    response = editor_client.post(
        "/admin/images/add/", {"title": "بمب", "file": _upload("a.png", data), "collection": 1}
    )
    assert response.status_code == 200, response.status_code
    assert REFUSAL in response.content.decode()

    # "Add images" (several at once, one request per file).
    response = editor_client.post(
        "/admin/images/multiple/add/",
        {"files[]": _upload("b.png", data), "title": "بمب"},
        HTTP_X_REQUESTED_WITH="XMLHttpRequest",
    )
    assert response.status_code == 200, response.status_code
    answer = json.loads(response.content)
    assert answer["success"] is False and REFUSAL in answer["error_message"]

    # The image chooser's upload tab (while editing a page).
    response = editor_client.post(
        "/admin/images/chooser/create/",
        {
            "image-chooser-upload-title": "بمب",
            "image-chooser-upload-file": _upload("c.png", data),
            "image-chooser-upload-collection": 1,
        },
    )
    assert response.status_code == 200, response.status_code
    answer = json.loads(response.content)
    assert answer["step"] == "reshow_creation_form" and REFUSAL in answer["htmlFragment"]

    assert MinistryImage.objects.count() == before

    # Replacing the file of an image already in the library.
    image = MinistryImage.objects.create(title="سالم", file=_upload("fine.png", _png(40, 30)))
    response = editor_client.post(
        f"/admin/images/{image.pk}/", {"title": "سالم", "file": _upload("d.png", data), "collection": 1}
    )
    assert response.status_code == 200, response.status_code
    assert REFUSAL in response.content.decode()
    image.refresh_from_db()
    assert (image.width, image.height) == (40, 30)


def test_a_large_press_photo_is_still_accepted(editor_client):
    """A 45-megapixel camera's photo (8192×5464) is under the limit."""
    response = editor_client.post(
        "/admin/images/add/", {"title": "عکس بزرگ", "file": _upload("camera.png", _png(8192, 5464)), "collection": 1}
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    image = MinistryImage.objects.get(title="عکس بزرگ")
    assert (image.width, image.height) == (8192, 5464)
