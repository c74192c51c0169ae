"""No cell of an export is a formula in the program that opens it (issue
11.6): OWASP's rule, every cell starting with = + - @ tab or CR, whatever
follows, in CSV and XLSX, through the one function every export uses
(core.exports)."""

import csv
import io
import zipfile

import pytest
from django.urls import reverse
from openpyxl import load_workbook

from core import exports
from directory import factories
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

PAYLOADS = [
    '=1+HYPERLINK("http://evil.example","click")',
    "-2+3+cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "=cmd|' /C calc'!A0",
    "\t=1+1",
    "\r=1+1",
]
TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


@pytest.fixture
def manager_client(client, db):
    client.force_login(make_user("formula-manager", "Directory managers"))
    return client


@pytest.fixture
def poisoned(db):
    """Organisations and contacts whose every text field holds a payload."""
    for number, payload in enumerate(PAYLOADS):
        organisation = factories.organisation(
            key=f"poison-{number}",
            name=payload,
            languages=("fa-af", "en"),
            description=payload,
            address=payload,
            social_accounts=[payload],
        )["fa-af"]
        factories.contact(
            organisation, key=f"poison-person-{number}", name=payload, name_latin=payload, notes=payload, outlet=payload
        )


def as_read(text):
    """A carriage return reads back from XLSX as itself or, through a parser
    that normalises XML line ends (openpyxl without lxml), as a line feed."""
    return text.replace("\r", "\n")


def download(client, kind, file_format):
    response = client.get(reverse("directory_export"), {"kind": kind, "file_format": file_format})
    assert response.status_code == 200, response.content[:500]
    return response.content


@pytest.mark.parametrize("kind", ["organisations", "contacts"])
def test_no_csv_cell_starts_a_formula(manager_client, poisoned, kind):
    text = download(manager_client, kind, "csv").decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert [cell for cell in cells if cell.startswith(TRIGGERS)] == []
    for payload in PAYLOADS:
        assert "'" + payload in cells, payload  # kept, behind the apostrophe


@pytest.mark.parametrize("kind", ["organisations", "contacts"])
def test_no_xlsx_cell_is_a_formula_and_every_value_reads_back_as_written(manager_client, poisoned, kind):
    content = download(manager_client, kind, "xlsx")
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        sheets = [archive.read(name).decode() for name in archive.namelist() if name.startswith("xl/worksheets/")]
    assert sheets and not any("<f>" in sheet or "<f " in sheet for sheet in sheets)
    sheet = load_workbook(io.BytesIO(content)).worksheets[0]
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert [cell.coordinate for cell in cells if cell.data_type == "f"] == []
    by_value = {}
    for cell in cells:
        by_value.setdefault(as_read(cell.value), []).append(cell)
    for payload in PAYLOADS:
        found = by_value.get(as_read(payload), [])
        assert found, payload
        # Excel's quote prefix: shown as typed, and still text when edited.
        assert all(cell.data_type == "s" and cell.quotePrefix for cell in found), payload


def test_every_export_gets_the_same_rule_from_the_shared_writer():
    header = ["a", "b"]
    rows = [{"a": payload, "b": [payload, "x"]} for payload in PAYLOADS] + [["+93799123456", "plain"]]
    text = exports.write_csv(header, rows).decode("utf-8-sig")
    cells = [cell for row in csv.reader(io.StringIO(text)) for cell in row]
    assert [cell for cell in cells if cell.startswith(TRIGGERS)] == []
    assert "plain" in cells and "'+93799123456" in cells
    sheet = load_workbook(io.BytesIO(exports.write_xlsx(header, rows, "log"))).worksheets[0]
    values = [cell for row in sheet.iter_rows() for cell in row if cell.value is not None]
    assert not [cell for cell in values if cell.data_type == "f"]
    assert {as_read(cell.value) for cell in values} >= {as_read(p) for p in PAYLOADS} | {"+93799123456", "plain"}
    for text in PAYLOADS:
        assert exports.unneutralise(exports.neutralise(text)) == text


def test_a_neutralised_csv_export_imports_back_unchanged(manager_client, db):
    factories.organisation(
        key="round-trip-formula", name="=1+2", languages=("fa-af",), phones=["+93799123456"], description="-5 kg"
    )
    exported = download(manager_client, "organisations", "csv")
    from django.core.files.uploadedfile import SimpleUploadedFile

    response = manager_client.post(
        reverse("directory_import"), {"kind": "organisations", "file": SimpleUploadedFile("export.csv", exported)}
    )
    assert response.status_code == 302
    from directory.models import DirectoryImport

    record = DirectoryImport.objects.latest("created_at")
    assert {row["key"]: row["action"] for row in record.rows}["round-trip-formula"] == "unchanged"
