import csv
import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from openpyxl import Workbook, load_workbook

from directory import factories, importer
from directory.models import ContactPerson, DirectoryExportLog, DirectoryImport, Organisation
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

HEADER = ["key", "category", "name_fa", "name_ps", "name_en", "province", "phones", "emails", "visibility"]
GOOD = [
    "trade-union-x",
    "private-sector",
    "اتحادیه تجاران",
    "د سوداګرو اتحادیه",
    "Traders Union",
    "هرات",
    "۰۷۹۹ ۱۲۳ ۴۵۶",
    "union@example.org",
    "public",
]


def csv_file(rows, header=HEADER, name="directory.csv"):
    output = io.StringIO()
    writer = csv.writer(output)
    writer.writerow(header)
    writer.writerows(rows)
    return SimpleUploadedFile(name, output.getvalue().encode("utf-8"), content_type="text/csv")


def xlsx_file(rows, header=HEADER):
    workbook = Workbook()
    sheet = workbook.active
    sheet.append(header)
    for row in rows:
        sheet.append(row)
    output = io.BytesIO()
    workbook.save(output)
    return SimpleUploadedFile("directory.xlsx", output.getvalue())


@pytest.fixture
def manager_client(client, db):
    client.force_login(make_user("dm", "Directory managers"))
    return client


def upload(client, file, kind="organisations"):
    return client.post(reverse("directory_import"), {"kind": kind, "file": file})


def dry_run(client, file, kind="organisations"):
    response = upload(client, file, kind)
    assert response.status_code == 302, response.content.decode()[:3000]
    return DirectoryImport.objects.latest("created_at")


def test_dry_run_shows_what_would_happen_and_changes_nothing(manager_client):
    bad_rows = [
        ["bad-phone", "media", "رسانه", "", "", "کابل", "12", "", "public"],
        ["unknown-cat", "no-such-category", "نهاد", "", "", "", "", "", "public"],
        ["trade-union-x", "media", "تکراری", "", "", "", "", "", "public"],
        ["no-name", "media", "", "", "", "", "", "", "public"],
        ["Bad Key!", "media", "نام", "", "", "", "", "", "public"],
    ]
    record = dry_run(manager_client, csv_file([GOOD, *bad_rows]))
    actions = {row["key"]: row for row in record.rows if row["row"] != 5}
    assert actions["trade-union-x"]["action"] == "create", actions["trade-union-x"]
    assert actions["bad-phone"]["action"] == "reject"
    assert "«12» شماره تلفن نیست." in actions["bad-phone"]["reasons"]  # the admin speaks Dari
    assert actions["unknown-cat"]["action"] == "reject"
    assert actions["no-name"]["action"] == "reject"
    duplicate = [row for row in record.rows if row["row"] == 5][0]
    assert duplicate["action"] == "reject" and "2" in " ".join(duplicate["reasons"])
    assert not Organisation.objects.filter(key="trade-union-x").exists()

    page = manager_client.get(reverse("directory_import_review", args=[record.pk])).content.decode()
    assert page.count('data-action="reject"') == 5 and page.count('data-action="create"') == 1


def test_confirm_applies_good_rows_and_reimport_changes_nothing(manager_client):
    rows = [GOOD, ["bad-phone", "media", "رسانه", "", "", "کابل", "12", "", "public"]]
    record = dry_run(manager_client, csv_file(rows))
    manager_client.post(reverse("directory_import_review", args=[record.pk]))
    versions = {o.locale.language_code: o for o in Organisation.objects.filter(key="trade-union-x")}
    assert set(versions) == {"fa-af", "ps", "en"}
    assert versions["fa-af"].phones == ["+93799123456"] and versions["fa-af"].province == "herat"
    assert versions["en"].name == "Traders Union" and versions["en"].category.locale.language_code == "en"
    assert not Organisation.objects.filter(key="bad-phone").exists()

    before = list(Organisation.objects.order_by("pk").values())
    again = dry_run(manager_client, csv_file(rows))
    assert {row["key"]: row["action"] for row in again.rows} == {"trade-union-x": "unchanged", "bad-phone": "reject"}
    manager_client.post(reverse("directory_import_review", args=[again.pk]))
    assert list(Organisation.objects.order_by("pk").values()) == before


def test_an_empty_cell_never_erases_what_is_stored(manager_client):
    factories.organisation(
        key="kept-office", languages=("fa-af",), phones=["+93799111222"], emails=["kept@example.org"]
    )
    record = dry_run(
        manager_client, csv_file([["kept-office", "ministries", "دفتر نگهداری‌شده", "", "", "", "", "", ""]])
    )
    manager_client.post(reverse("directory_import_review", args=[record.pk]))
    kept = Organisation.objects.get(key="kept-office", locale__language_code="fa-af")
    assert kept.phones == ["+93799111222"] and kept.emails == ["kept@example.org"]
    assert kept.name == "دفتر نگهداری‌شده"


def test_xlsx_imports_like_csv(manager_client):
    record = dry_run(manager_client, xlsx_file([GOOD]))
    assert [row["action"] for row in record.rows] == ["create"]


@pytest.mark.parametrize(
    ("file", "message"),
    [
        (SimpleUploadedFile("big.csv", b"key,name_fa\n" + b"a" * (10 * 1024 * 1024)), "MB"),
        (SimpleUploadedFile("photo.xlsx", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100), "XLSX"),
        (SimpleUploadedFile("fake.xlsx", b"PK\x03\x04 not really a zip"), "XLSX"),
        (SimpleUploadedFile("data.csv", b"\x00\x01\x02\x03" * 100), "CSV"),
        (SimpleUploadedFile("report.pdf", b"%PDF-1.4"), "CSV"),
        (SimpleUploadedFile("empty.csv", b""), ""),
    ],
)
def test_files_that_are_not_spreadsheets_get_a_clear_400(manager_client, file, message):
    response = upload(manager_client, file)
    assert response.status_code == 400
    html = response.content.decode()
    assert 'class="error-message"' in html or "error" in html
    assert message in html
    assert not DirectoryImport.objects.exists()


def test_contacts_import_matches_on_key(manager_client):
    factories.organisation(key="contact-home", languages=("fa-af",))
    header = ["key", "organisation_key", "name", "name_latin", "role_en", "phones", "visibility"]
    rows = [["reporter-a", "contact-home", "گزارشگر", "Reporter A", "Reporter", "0799 123 456", "internal"]]
    record = dry_run(manager_client, csv_file(rows, header=header), kind="contacts")
    manager_client.post(reverse("directory_import_review", args=[record.pk]))
    contact = ContactPerson.objects.get(key="reporter-a")
    assert contact.phones == ["+93799123456"] and contact.visibility == "internal"
    again = dry_run(manager_client, csv_file(rows, header=header), kind="contacts")
    assert [row["action"] for row in again.rows] == ["unchanged"]


def test_only_managers_and_directors_may_import(client, db):
    for group, allowed in (
        ("Editors", False),
        ("Translators", False),
        ("Directors", True),
        ("Directory managers", True),
    ):
        client.force_login(make_user(f"import-{group.split()[0].lower()}", group))
        response = client.get(reverse("directory_import"))
        assert (response.status_code == 200) is allowed, group


def export(client, **params):
    return client.get(reverse("directory_export"), {"kind": "organisations", "file_format": "csv", **params})


def exported_rows(response):
    text = response.content.decode("utf-8-sig")
    return list(csv.DictReader(io.StringIO(text)))


def test_export_respects_who_is_asking_and_is_logged(client, db):
    factories.organisation(key="public-one", languages=("fa-af", "en"))
    factories.organisation(key="internal-one", visibility="internal")
    manager = make_user("exporting-manager", "Directory managers")
    editor = make_user("exporting-editor", "Editors")

    client.force_login(manager)
    keys = {row["key"] for row in exported_rows(export(client))}
    assert {"public-one", "internal-one"} <= keys
    contacts = client.get(reverse("directory_export"), {"kind": "contacts", "file_format": "xlsx"})
    assert contacts.status_code == 200
    load_workbook(io.BytesIO(contacts.content))  # a real XLSX

    client.force_login(editor)
    rows = exported_rows(export(client))
    keys = {row["key"] for row in rows}
    assert "public-one" in keys and "internal-one" not in keys
    assert [row for row in rows if row["key"] == "public-one"][0]["name_en"].startswith("Test organisation")
    assert client.get(reverse("directory_export"), {"kind": "contacts", "file_format": "csv"}).status_code == 400
    assert export(client, visibility="internal").status_code == 400

    log = list(DirectoryExportLog.objects.order_by("created_at"))
    assert [(entry.user, entry.kind) for entry in log] == [
        (manager, "organisations"),
        (manager, "contacts"),
        (editor, "organisations"),
    ]
    assert log[-1].included_internal is False and log[0].included_internal is True


def test_export_can_be_imported_back_unchanged(client, db):
    factories.organisation(key="round-trip", languages=("fa-af", "ps", "en"), phones=["+93799123456"])
    client.force_login(make_user("round-trip-manager", "Directory managers"))
    exported = export(client).content
    record = dry_run(client, SimpleUploadedFile("export.csv", exported))
    assert {row["key"]: row["action"] for row in record.rows}["round-trip"] == "unchanged"


def test_export_defuses_spreadsheet_formulas(client, db):
    factories.organisation(key="formula", name='=HYPERLINK("http://evil.example")')
    client.force_login(make_user("formula-manager", "Directory managers"))
    rows = exported_rows(export(client))
    assert [row for row in rows if row["key"] == "formula"][0]["name_fa"].startswith("'=")


def test_import_plan_is_fast_enough_to_review_in_one_screen():
    # The plan keeps the reasons a person reads; no row is silently dropped.
    planned = importer.plan_organisations([{"_row": 2, "key": ""}, {"_row": 3}])
    assert [item["action"] for item in planned] == ["reject", "reject"]
