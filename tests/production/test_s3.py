"""Media on a real S3 endpoint (moto's server): uploads through the admin,
image renditions, document downloads; documents are private objects."""

import io
import urllib.request

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from PIL import Image

from core.models import MinistryDocument, MinistryImage
from pressroom import factories
from tests.support.users import make_user

pytestmark = pytest.mark.django_db


def png():
    buffer = io.BytesIO()
    Image.new("RGB", (800, 500), "#0a6").save(buffer, "PNG")
    return buffer.getvalue()


def _keys(s3):
    return [item["Key"] for item in s3["client"].list_objects_v2(Bucket=s3["bucket"]).get("Contents", [])]


def _public_grant(s3, key):
    grants = s3["client"].get_object_acl(Bucket=s3["bucket"], Key=key)["Grants"]
    return any(grant["Grantee"].get("URI", "").endswith("/global/AllUsers") for grant in grants)


def test_images_uploaded_in_the_admin_and_their_renditions_are_public_objects(s3_storages, demo_site, client):
    client.force_login(make_user("s3-editor", "Editors"))
    response = client.post(
        "/admin/images/add/",
        {"title": "بندر", "file": SimpleUploadedFile("port.png", png(), content_type="image/png"), "collection": 1},
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    image = MinistryImage.objects.get(title="بندر")
    assert image.file.name in _keys(s3_storages)

    index = factories.NewsIndexPageFactory(parent=demo_site["fa-af"], slug="s3-news")
    story = factories.NewsPageFactory(parent=index, hero_image=image, hero_alt_text="بندر")
    html = Client().get(story.url).content.decode()
    rendition = image.renditions.first()
    assert rendition is not None and rendition.file.name in _keys(s3_storages)
    url = rendition.url
    assert url.startswith(s3_storages["endpoint"]) and url in html
    with urllib.request.urlopen(url) as answer:  # an unsigned URL: images are public
        assert answer.status == 200 and answer.read()[:4] == b"\x89PNG"
    assert _public_grant(s3_storages, rendition.file.name)


def test_documents_are_private_objects_served_only_through_the_site(s3_storages, demo_site, client):
    client.force_login(make_user("s3-editor2", "Editors"))
    response = client.post(
        "/admin/documents/add/",
        {"title": "اعلامیه امضاشده", "file": SimpleUploadedFile("signed.pdf", b"%PDF-1.4 signed"), "collection": 1},
    )
    assert response.status_code == 302, response.content.decode()[:1000]
    document = MinistryDocument.objects.get(title="اعلامیه امضاشده")
    key = document.file.name
    assert f"private/{key}" in _keys(s3_storages)
    assert not _public_grant(s3_storages, f"private/{key}")
    # Not used by live content yet: no download for the public.
    assert Client().get(document.url).status_code == 404

    index = factories.NewsIndexPageFactory(parent=demo_site["fa-af"], slug="s3-docs")
    story = factories.NewsPageFactory(parent=index, body=[("document", {"document": document, "title": ""})])
    html = Client().get(story.url).content.decode()
    assert document.url in html and s3_storages["bucket"] not in html
    response = Client().get(document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 signed"
