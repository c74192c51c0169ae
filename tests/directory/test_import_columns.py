"""A file whose columns the import does not expect is named in the dry run,
with the expected names, and cannot be applied (issue 12.5): a missing
`category` column is not "category is empty" on every row, and a `phone`
column typed for `phones` does not silently drop every phone number."""

import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook

from directory.models import ContactPerson, DirectoryImport, Organisation
from tests.support.users import make_user

pytestmark = pytest.mark.django_db


@pytest.fixture
def manager(client, db):
    client.force_login(make_user("columns-manager", "Directory managers"))
    return client


def csv_upload(header, rows, name="columns.csv"):
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(header)
    writer.writerows(rows)
    return SimpleUploadedFile(name, output.getvalue().encode("utf-8"), content_type="text/csv")


def xlsx_upload(header, rows):
    workbook = Workbook()
    workbook.active.append(header)
    for row in rows:
        workbook.active.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return SimpleUploadedFile("columns.xlsx", output.getvalue())


def dry_run(client, upload, kind="organisations"):
    response = client.post(reverse("directory_import"), {"kind": kind, "file": upload})
    assert response.status_code == 302
    record = DirectoryImport.objects.latest("created_at")
    return record, client.get(reverse("directory_import_review", args=[record.pk]))


def apply(client, record):
    return client.post(reverse("directory_import_review", args=[record.pk]))


@pytest.mark.parametrize("make_upload", [csv_upload, xlsx_upload])
def test_a_file_without_the_category_column_says_so_and_cannot_be_applied(manager, make_upload):
    upload = make_upload(["key", "name_fa", "phones"], [["no-category", "نهاد بی‌دسته", "0799123456"]])
    record, review = dry_run(manager, upload)
    html = review.content.decode()
    assert "ستون «category» موجود نیست" in html  # named, in the manager's Dari
    assert "key, category, name_fa" in html  # the expected names
    assert "کتگوری خالی است" not in html and "The category is empty" not in html
    assert "Apply this import" not in html and "اعمال این وارد کردن" not in html
    response = apply(manager, record)
    assert response.status_code == 400
    record.refresh_from_db()
    assert record.applied_at is None
    assert not Organisation.objects.filter(key="no-category").exists()


def test_a_mistyped_phones_column_is_named_with_the_expected_name(manager):
    upload = csv_upload(
        ["key", "category", "name_fa", "phone"], [["typo-phone", "media", "رسانهٔ تلفن‌دار", "0799123456"]]
    )
    record, review = dry_run(manager, upload)
    html = review.content.decode()
    assert "ستون ناشناخته «phone»: آیا منظورتان «phones» بود؟" in html
    assert apply(manager, record).status_code == 400
    assert not Organisation.objects.filter(key="typo-phone").exists()


def test_repeated_and_unnamed_columns_are_named_too(manager):
    upload = csv_upload(
        ["key", "category", "name_fa", "phones", "", "phones", "notes"],
        [["twice", "media", "دوبار", "0799123456", "x", "0799000000", "?"]],
    )
    record, review = dry_run(manager, upload)
    html = review.content.decode()
    assert "ستون «phones» بیش از یک بار آمده است." in html
    assert "ستون ۵ در سطر اول نام ندارد." in html
    assert "ستون ناشناخته «notes»" in html
    assert apply(manager, record).status_code == 400


def test_contact_columns_are_checked_against_the_contact_columns(manager):
    upload = csv_upload(["key", "organisation", "name"], [["someone", "moci", "کسی"]])
    record, review = dry_run(manager, upload, kind="contacts")
    html = review.content.decode()
    assert "«organisation»: آیا منظورتان «organisation_key» بود؟" in html
    assert "ستون «organisation_key» موجود نیست" in html
    assert apply(manager, record).status_code == 400
    assert not ContactPerson.objects.filter(key="someone").exists()


def test_a_file_with_only_some_known_columns_is_planned_and_applied(manager):
    upload = csv_upload(["Key", "Category", "Name FA"], [["few-columns", "media", "ستون‌های کم"]])
    record, review = dry_run(manager, upload)
    assert record.column_problems == {}
    assert "اعمال این وارد کردن" in review.content.decode()
    assert apply(manager, record).status_code == 302
    assert Organisation.objects.filter(key="few-columns").exists()
