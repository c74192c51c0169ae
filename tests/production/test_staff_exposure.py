"""Staff without a permission get what the public gets: translators and
directory managers cannot list, open or download documents, images and
draft pages that the public cannot, through the admin API or the document
links; editors and directors (who choose documents and images) still can."""

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from wagtail.models import Collection

from core.models import MinistryDocument
from pressroom import factories
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

DRAFT_DOCUMENT = "پیش‌نویس قرارداد محرمانه"
LIVE_DOCUMENT = "گزارش منتشرشده"
DRAFT_IMAGE = "عکس پیش‌نویس محرمانه"
DRAFT_PAGE = "خبر پیش‌نویس محرمانه"
DRAFT_TITLE_OF_LIVE_PAGE = "عنوان تازهٔ تأییدنشده"


@pytest.fixture
def content(demo_site):
    index = factories.NewsIndexPageFactory(parent=demo_site["fa-af"], slug="exposure-news")
    draft_document = MinistryDocument.objects.create(
        title=DRAFT_DOCUMENT, file=SimpleUploadedFile("draft-contract.pdf", b"%PDF-1.4 draft")
    )
    live_document = MinistryDocument.objects.create(
        title=LIVE_DOCUMENT, file=SimpleUploadedFile("report.pdf", b"%PDF-1.4 live")
    )
    # In the library's collection (the factory's default is a collection of its own).
    draft_image = factories.ImageFactory(title=DRAFT_IMAGE, collection=Collection.get_first_root_node())
    factories.NewsPageFactory(parent=index, body=[("document", {"document": live_document, "title": ""})])
    draft = factories.NewsPageFactory(
        parent=index,
        title=DRAFT_PAGE,
        draft=True,
        hero_image=draft_image,
        hero_alt_text="x",
        body=[("document", {"document": draft_document, "title": ""})],
    )
    live = factories.NewsPageFactory(parent=index, title="خبر زنده")
    live.title = DRAFT_TITLE_OF_LIVE_PAGE
    live.save_revision()  # a change awaiting approval
    return {"draft_document": draft_document, "live_document": live_document, "draft": draft, "live": live}


def _client(user):
    client = Client()
    client.force_login(user)
    return client


@pytest.mark.parametrize("role", ["Translators", "Directory managers"])
def test_staff_without_media_permissions_get_what_the_public_gets(content, role):
    staff = _client(make_user(f"exposure-{role.split()[0].lower()}", role))
    draft_document, live_document = content["draft_document"], content["live_document"]

    listing = staff.get("/admin/api/main/documents/?order=-id")
    assert DRAFT_DOCUMENT not in listing.content.decode()
    assert staff.get(f"/admin/api/main/documents/{draft_document.pk}/").status_code in (403, 404)
    assert staff.get(draft_document.url).status_code == 404
    assert Client().get(draft_document.url).status_code == 404  # as for the public
    assert staff.get(live_document.url).status_code == 200  # what the public may download

    assert DRAFT_IMAGE not in staff.get("/admin/api/main/images/?order=-id").content.decode()

    assert staff.get(f"/admin/api/main/pages/{content['draft'].pk}/").status_code in (403, 404)
    pages = staff.get(f"/admin/api/main/pages/?child_of={content['draft'].get_parent().pk}")
    assert DRAFT_PAGE not in pages.content.decode()
    live = staff.get(f"/admin/api/main/pages/{content['live'].pk}/")
    assert live.status_code in (200, 403, 404)
    assert DRAFT_TITLE_OF_LIVE_PAGE not in live.content.decode()
    assert DRAFT_TITLE_OF_LIVE_PAGE not in pages.content.decode()


@pytest.mark.parametrize("role", ["Editors", "Directors"])
def test_editors_and_directors_still_choose_and_open_every_document(content, role):
    staff = _client(make_user(f"exposure-{role.lower()}", role))
    draft_document = content["draft_document"]
    assert DRAFT_DOCUMENT in staff.get("/admin/api/main/documents/?order=-id").content.decode()
    response = staff.get(draft_document.url)
    assert response.status_code == 200
    assert b"".join(response.streaming_content) == b"%PDF-1.4 draft"
    assert DRAFT_IMAGE in staff.get("/admin/api/main/images/?order=-id").content.decode()
    assert DRAFT_PAGE in staff.get(f"/admin/api/main/pages/{content['draft'].pk}/").content.decode()
