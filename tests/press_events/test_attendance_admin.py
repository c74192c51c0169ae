"""The press office's attendance lists in the admin: who may see them, the
counts, the CSV and XLSX exports (no cell becomes a formula) and the
printable sheet."""

import csv
import io

import pytest
from openpyxl import load_workbook

from press_events.factories import RsvpFactory
from press_events.models import Rsvp
from tests.support.pages import html_of
from tests.support.users import make_user

pytestmark = pytest.mark.django_db

ROLES = {"editor": "Editors", "director": "Directors", "manager": "Directory managers", "translator": "Translators"}


@pytest.fixture
def event(make_event):
    event = make_event("en", title="Conference on exports", capacity=10)
    RsvpFactory(event=event, name="=cmd()", outlet="+SUM(A1)", crew=2)
    RsvpFactory(event=event, name="Second reporter", crew=1)
    RsvpFactory(event=event, name="Waiting reporter", status=Rsvp.WAITING)
    RsvpFactory(event=event, name="Absent reporter", status=Rsvp.DECLINED)
    return event


def urls(event):
    base = f"/admin/press-events/{event.pk}/"
    return ["/admin/press-events/", base, base + "export/csv/", base + "export/xlsx/", base + "print/"]


@pytest.mark.parametrize("role", ["editor", "director", "manager"])
def test_the_press_office_sees_the_lists(client, event, role):
    client.force_login(make_user(f"att-{role}", ROLES[role], language="en"))
    for url in urls(event):
        assert client.get(url).status_code == 200, url
    assert "/admin/press-events/" in html_of(client.get("/admin/"))


def test_a_translator_sees_nothing(client, event):
    client.force_login(make_user("att-translator", ROLES["translator"], language="en"))
    for url in urls(event):
        response = client.get(url)
        # Wagtail turns a refusal into its dashboard with "Sorry, you do not have permission…".
        assert (response.status_code, response.get("Location")) == (302, "/admin/"), url
        assert b"=cmd()" not in response.content
    assert "/admin/press-events/" not in html_of(client.get("/admin/"))


def test_an_anonymous_visitor_gets_the_sign_in_page(client, event):
    for url in urls(event):
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith("/admin/login/")


def test_the_list_counts_people_with_their_crews(client, event):
    client.force_login(make_user("att-counts", "Editors", language="en"))
    html = html_of(client.get(f"/admin/press-events/{event.pk}/"))
    counts = html.split('<dl class="attendance-counts">', 1)[1].split("</dl>", 1)[0]
    # 2 attending, 1 waiting, 1 not attending, 3 + 2 = 5 people of 10 places.
    assert [part.split("</dd>")[0] for part in counts.split("<dd>")[1:]] == ["2", "1", "1", "5 / 10"]
    assert html.index("Second reporter") < html.index("Waiting reporter") < html.index("Absent reporter")


def test_csv_export_neutralises_formulas(client, event):
    client.force_login(make_user("att-csv", "Editors", language="en"))
    response = client.get(f"/admin/press-events/{event.pk}/export/csv/")
    assert response["Content-Disposition"].endswith('.csv"')
    rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert rows[0][:3] == ["Answer", "Name", "Media outlet"]
    names = [row[1] for row in rows[1:]]
    assert "'=cmd()" in names and "=cmd()" not in names
    assert "'+SUM(A1)" in [row[2] for row in rows[1:]]
    assert [row[0] for row in rows[1:]] == ["Attending", "Attending", "Waiting list", "Not attending"]


def test_xlsx_export_is_text_not_formulas(client, event):
    client.force_login(make_user("att-xlsx", "Editors", language="en"))
    response = client.get(f"/admin/press-events/{event.pk}/export/xlsx/")
    sheet = load_workbook(io.BytesIO(response.content)).active
    cells = [cell for row in sheet.iter_rows() for cell in row if cell.value == "=cmd()"]
    assert len(cells) == 1 and cells[0].data_type == "s"


def test_the_printable_sheet_is_right_to_left_in_dari(client, event):
    client.force_login(make_user("att-print", "Editors", language="fa-af"))
    html = html_of(client.get(f"/admin/press-events/{event.pk}/print/"))
    assert '<html lang="fa-af" dir="rtl">' in html
    assert "press_events/css/print.css" in html
    assert "Absent reporter" not in html  # only who comes (and the waiting list)


def test_an_unknown_format_or_event_is_a_404(client, event):
    client.force_login(make_user("att-404", "Editors", language="en"))
    assert client.get(f"/admin/press-events/{event.pk}/export/pdf/").status_code == 404
    assert client.get("/admin/press-events/987654/").status_code == 404
