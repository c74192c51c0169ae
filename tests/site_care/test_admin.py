"""Where people see the findings: the Site health report (editors and
directors only), the page editor's panel, the approval step; the quick fix
(a new draft, never a publication, only for who may edit the page)."""

import io

import openpyxl
import pytest
from wagtail.models import Page, WorkflowState

from site_care import runner
from site_care.models import Finding
from tests.support.forms import edit_form

pytestmark = pytest.mark.django_db


def paragraph(html, block_id="p1"):
    return [{"type": "paragraph", "value": html, "id": block_id}]


@pytest.fixture
def kaf_page(news_page, people):
    page = news_page(title="گزارش كار وزارت", owner=people["editor"])
    runner.check_page(page)
    return page


def test_the_report_lists_findings_with_counts_and_filters(kaf_page, people, login):
    client = login(people["director"])
    response = client.get("/admin/site-care/")
    html = response.content.decode()
    assert response.status_code == 200
    assert "گزارش كار وزارت" in html
    assert 'data-check="arabic_letters"' in html
    filtered = client.get("/admin/site-care/", {"check": "empty_section"}).content.decode()
    assert "گزارش كار وزارت" not in filtered
    by_owner = client.get("/admin/site-care/", {"owner": people["editor"].pk, "language": "fa-af"}).content.decode()
    assert "گزارش كار وزارت" in by_owner


def test_bad_filters_get_a_400_not_a_500(kaf_page, people, login):
    client = login(people["director"])
    assert client.get("/admin/site-care/", {"check": "nonsense"}).status_code == 400
    assert client.get("/admin/site-care/", {"section": "abc"}).status_code == 400
    assert client.get("/admin/site-care/findings.csv", {"owner": "x"}).status_code == 400
    assert client.get("/admin/site-care/findings.pdf").status_code == 404
    assert client.get("/admin/site-care/", {"p": "zz"}).status_code == 200


def test_the_export_is_csv_and_xlsx_with_formulas_neutralised(news_page, people, login):
    page = news_page(title='=HYPERLINK("x") كار')
    runner.check_page(page)
    client = login(people["director"])
    csv_text = client.get("/admin/site-care/findings.csv").content.decode("utf-8-sig")
    assert "'=HYPERLINK" in csv_text
    workbook = openpyxl.load_workbook(io.BytesIO(client.get("/admin/site-care/findings.xlsx").content))
    cells = [cell.value for row in workbook.active.iter_rows() for cell in row]
    assert any(str(value).startswith("=HYPERLINK") for value in cells if value)
    assert all(cell.data_type == "s" for row in workbook.active.iter_rows() for cell in row if cell.value)


def test_the_report_is_for_signed_in_editors_and_directors_only(kaf_page, people, login, client):
    client.logout()
    assert client.get("/admin/site-care/").status_code == 302
    assert client.get("/admin/site-care/findings.csv").status_code == 302
    login(people["translator"])
    for url in ("/admin/site-care/", "/admin/site-care/findings.csv", f"/admin/site-care/pages/{kaf_page.pk}/"):
        response = client.get(url)
        assert response.status_code in (302, 403), url
        assert "گزارش كار وزارت" not in response.content.decode()


def test_the_edit_view_shows_the_pages_findings(kaf_page, people, login):
    client = login(people["editor"])
    html = client.get(f"/admin/pages/{kaf_page.pk}/edit/").content.decode()
    assert 'data-side-panel-toggle="site-care"' in html
    assert 'data-site-care-finding="arabic_letters"' in html
    assert "data-site-care-fix" in html


def test_a_finding_names_the_field_as_the_editors_form_labels_it(news_page, people, login):
    page = news_page(body=paragraph("<p>گزارش كار وزارت</p>"), owner=people["editor"])
    runner.check_page(page)
    html = login(people["editor"]).get(f"/admin/pages/{page.pk}/edit/").content.decode()
    panel = html[html.index("data-site-care-panel") :]
    assert "<bdi>متن</bdi>" in panel  # the body field, in the editor's Dari
    assert "<bdi>body</bdi>" not in panel
    csv_text = login(people["director"]).get("/admin/site-care/findings.csv").content.decode("utf-8-sig")
    assert ",متن," in csv_text


def test_the_quick_fix_makes_a_new_draft_and_publishes_nothing(kaf_page, people, login):
    client = login(people["editor"])
    finding = Finding.objects.open().get(page_id=kaf_page.pk, check_code="arabic_letters")
    revisions = kaf_page.revisions.count()
    response = client.post(f"/admin/site-care/findings/{finding.pk}/fix/")
    assert response.status_code == 302
    page = Page.objects.get(pk=kaf_page.pk).specific
    assert page.title == "گزارش كار وزارت"  # the live page is unchanged
    assert page.has_unpublished_changes
    assert page.revisions.count() == revisions + 1
    assert page.get_latest_revision_as_object().title == "گزارش کار وزارت"
    finding.refresh_from_db()
    assert finding.resolved_at is not None
    # Again: nothing left to fix, said with a 4xx.
    assert client.post(f"/admin/site-care/findings/{finding.pk}/fix/").status_code == 400


def test_the_quick_fix_form_carries_its_csrf_token_and_needs_it(kaf_page, people):
    from django.test import Client

    client = Client(enforce_csrf_checks=True)
    client.force_login(people["editor"])
    html = client.get(f"/admin/pages/{kaf_page.pk}/edit/").content.decode()
    panel = html[html.index("data-site-care-panel") :]
    assert 'name="csrfmiddlewaretoken"' in panel[: panel.index("</form>")]
    finding = Finding.objects.open().get(page_id=kaf_page.pk, check_code="arabic_letters")
    assert client.post(f"/admin/site-care/findings/{finding.pk}/fix/").status_code == 403
    assert not Page.objects.get(pk=kaf_page.pk).has_unpublished_changes


def test_the_quick_fix_refuses_bad_input_and_get(kaf_page, people, login):
    client = login(people["editor"])
    finding = Finding.objects.open().get(page_id=kaf_page.pk, check_code="arabic_letters")
    assert client.get(f"/admin/site-care/findings/{finding.pk}/fix/").status_code == 405
    assert client.post("/admin/site-care/findings/99999999/fix/").status_code == 404
    assert client.post("/admin/site-care/findings/abc/fix/").status_code == 404
    assert client.post("/admin/site-care/findings/99999999999999999999999/fix/").status_code == 404
    not_fixable = Finding.objects.create(
        key="x" * 64, page=kaf_page, check_code="latin_in_title", severity="warning", last_seen=finding.last_seen
    )
    assert client.post(f"/admin/site-care/findings/{not_fixable.pk}/fix/").status_code == 400


def test_a_translator_cannot_fix_a_page_they_cannot_edit(kaf_page, people, login):
    client = login(people["translator"])
    finding = Finding.objects.open().get(page_id=kaf_page.pk, check_code="arabic_letters")
    response = client.post(f"/admin/site-care/findings/{finding.pk}/fix/")
    assert response.status_code in (302, 403)
    page = Page.objects.get(pk=kaf_page.pk)
    assert not page.has_unpublished_changes
    assert page.specific.get_latest_revision_as_object().title == "گزارش كار وزارت"


def test_submission_runs_the_checks_and_the_director_sees_them(news_page, people, login):
    page = news_page(owner=people["editor"])
    assert not Finding.objects.filter(page_id=page.pk).exists()
    client = login(people["editor"])
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**edit_form(client, page, title="گزارش كار وزارت"), "action-submit": "1"},
    )
    assert Page.objects.get(pk=page.pk).workflow_in_progress
    assert Finding.objects.open().filter(page_id=page.pk, check_code="arabic_letters").exists()
    director = login(people["director"])
    html = director.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert 'data-site-care-finding="arabic_letters"' in html


def test_blocking_checks_take_approval_away_with_a_message(news_page, people, login, settings):
    settings.SITE_CARE_BLOCKING_CHECKS = ["arabic_letters"]
    page = news_page(owner=people["editor"])
    client = login(people["editor"])
    client.post(
        f"/admin/pages/{page.pk}/edit/",
        {**edit_form(client, page, title="گزارش كار وزارت"), "action-submit": "1"},
    )
    state = Page.objects.get(pk=page.pk).current_workflow_state
    task_state = state.current_task_state
    director = login(people["director"])
    html = director.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    assert "تا این مشکلات اصلاح نشوند این صفحه تأیید نمی‌شود" in html
    assert f"/approve/{task_state.pk}/" not in html  # no Approve button
    director.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert Page.objects.get(pk=page.pk).title != "گزارش كار وزارت"  # not published
    assert WorkflowState.objects.get(pk=state.pk).status == WorkflowState.STATUS_IN_PROGRESS
    # Without the setting, the same finding never blocks.
    settings.SITE_CARE_BLOCKING_CHECKS = []
    assert f"/approve/{task_state.pk}/" in director.get(f"/admin/pages/{page.pk}/edit/").content.decode()
    director.post(f"/admin/pages/workflow/action/{page.pk}/approve/{task_state.pk}/", {"comment": ""})
    assert Page.objects.get(pk=page.pk).title == "گزارش كار وزارت"


def test_the_preview_checker_carries_the_dari_pashto_rules(kaf_page, people, login):
    client = login(people["editor"])
    # The editor's Checks panel is configured with them…
    assert "ministry-arabic-letters" in client.get(f"/admin/pages/{kaf_page.pk}/edit/").content.decode()
    # …and the preview it checks carries the userbar with the rules and their script.
    preview_url = f"/admin/pages/{kaf_page.pk}/edit/preview/"
    assert client.post(preview_url, edit_form(client, kaf_page)).json()["is_valid"]
    html = client.get(preview_url).content.decode()
    assert "ministry-arabic-letters" in html
    assert "site_care/js/axe_rules.js" in html


def test_broken_reference_and_unpublished_link(news_page, news_index, people):
    from pressroom import factories

    draft = factories.NewsPageFactory(parent=news_index, title="پیش‌نویس", draft=True)
    gone = factories.NewsPageFactory(parent=news_index, title="حذف‌شده")
    body = paragraph(
        f'<p>ببینید <a linktype="page" id="{draft.pk}">این</a> و <a linktype="page" id="{gone.pk}">آن</a> را.</p>'
    )
    page = news_page(body=body)
    gone.delete()
    runner.check_page(page)
    codes = set(Finding.objects.open().filter(page_id=page.pk).values_list("check_code", flat=True))
    assert {"broken_reference", "unpublished_link"} <= codes


def test_the_panel_lists_errors_before_warnings(news_index, news_page, people, login):
    """An editor reads the worst problem first: the link to a deleted page (an
    error) above the Arabic letters in the title (a warning)."""
    from pressroom import factories

    gone = factories.NewsPageFactory(parent=news_index, title="حذف‌شده")
    page = news_page(
        title="گزارش كار وزارت",
        body=paragraph(f'<p>ببینید <a linktype="page" id="{gone.pk}">این</a> را.</p>'),
        owner=people["editor"],
    )
    gone.delete()
    runner.check_page(page)
    for url in (f"/admin/pages/{page.pk}/edit/", f"/admin/site-care/pages/{page.pk}/"):
        html = login(people["editor"]).get(url).content.decode()
        error = html.index('data-site-care-finding="broken_reference"')
        warning = html.index('data-site-care-finding="arabic_letters"')
        assert error < warning, url


def test_text_quoted_in_a_finding_is_shown_as_text_never_as_markup(news_page, people, login):
    """An attacker's title, quoted back in the finding's message, stays text
    on the panel, the report and the page's findings."""
    page = news_page(title='<img src=x onerror="alert(1)"> كار', owner=people["editor"])
    runner.check_page(page)
    client = login(people["director"])
    for url in (f"/admin/pages/{page.pk}/edit/", "/admin/site-care/", f"/admin/site-care/pages/{page.pk}/"):
        html = client.get(url).content.decode()
        assert "&lt;img src=x onerror=" in html, url
        assert "<img src=x" not in html, url
