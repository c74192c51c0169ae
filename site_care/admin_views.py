"""Site health in the admin: the report (filters, counts, export), one
page's findings, and the quick-fix button's endpoint."""

from django import forms
from django.contrib import messages
from django.contrib.auth import get_user_model
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.db.models import Count
from django.http import Http404, HttpResponse, HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.http import url_has_allowed_host_and_scheme, urlencode
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.models import Locale, Page

from core import exports, l10n

from . import fixes, runner
from .models import Finding, Severity
from .registry import registry

PAGE_SIZE = 50
VIEW_PERMISSION = "site_care.view_finding"


def _require(user):
    if not user.has_perm(VIEW_PERMISSION):
        raise PermissionDenied


def sections():
    """The site's sections: pages right under each language's home page."""
    return Page.objects.filter(depth=3).order_by("locale_id", "path")


class FilterForm(forms.Form):
    check = forms.ChoiceField(label=gettext_lazy("Check"), required=False)
    language = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    section = forms.TypedChoiceField(label=gettext_lazy("Section"), required=False, coerce=int, empty_value=None)
    owner = forms.TypedChoiceField(label=gettext_lazy("Owner"), required=False, coerce=int, empty_value=None)
    severity = forms.ChoiceField(label=gettext_lazy("Severity"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        everything = [("", _("All"))]
        self.fields["check"].choices = everything + [(code, str(title)) for code, title in registry.choices()]
        self.fields["language"].choices = everything + [
            (locale.language_code, locale.get_display_name()) for locale in Locale.objects.all()
        ]
        # "خبرها (دری)", "News (انگلیسی)": the language by its name in the reader's
        # language; the title isolated (FSI … PDI) so an English title keeps its
        # place in a right-to-left list.
        self.fields["section"].choices = everything + [
            (page.pk, f"\u2068{page.title}\u2069 ({page.locale.get_display_name()})")
            for page in sections().select_related("locale")
        ]
        owners = get_user_model().objects.filter(owned_pages__isnull=False).distinct().order_by("username")
        self.fields["owner"].choices = everything + [
            (user.pk, user.get_full_name() or user.get_username()) for user in owners
        ]
        self.fields["severity"].choices = everything + list(Severity.choices)


def filtered(form):
    findings = Finding.objects.open()
    if not form.is_valid():
        return findings, False
    data = form.cleaned_data
    if data["check"]:
        findings = findings.filter(check_code=data["check"])
    if data["language"]:
        findings = findings.filter(locale__language_code=data["language"])
    if data["section"]:
        section = Page.objects.filter(pk=data["section"]).first()
        findings = findings.filter(page__path__startswith=section.path) if section else findings.none()
    if data["owner"]:
        findings = findings.filter(page__owner_id=data["owner"])
    if data["severity"]:
        findings = findings.filter(severity=data["severity"])
    return findings, True


def report(request):
    _require(request.user)
    form = FilterForm(request.GET or None)
    findings, valid = filtered(form)
    if request.GET and not valid:
        return TemplateResponse(
            request, "site_care/report.html", {"form": form, "rows": [], "counts": [], "total": 0}, status=400
        )
    per_check = dict(findings.values_list("check_code").annotate(n=Count("pk")).values_list("check_code", "n"))
    counts = [(check, per_check[check.code]) for check in registry.all() if per_check.get(check.code)]
    ordered = findings.select_related("page", "locale", "page__owner").order_by("-last_seen", "pk")
    paginator = Paginator(ordered, PAGE_SIZE)
    try:
        page_number = int(request.GET.get("p", 1))
    except ValueError:
        page_number = 1
    rows = paginator.get_page(page_number)
    rows.object_list = with_translation_actions(list(rows.object_list))
    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "site_care/report.html",
        {"form": form, "rows": rows, "counts": counts, "total": sum(per_check.values()), "query": query.urlencode()},
    )


STALE_TRANSLATION = "stale_translation"


def with_translation_actions(findings):
    """A stale translation's row leads to where it is fixed. Its page link
    opens wagtail-localize's translation editor, which has no Site care
    panel and, before a sync, still shows the old source text; so the row
    also names the changed source page and links to the Translation status
    screen on that page (the translators' screen, with the same freshness
    test, a Sync button when one is needed and Translate for each language)."""
    stale = [finding for finding in findings if finding.check_code == STALE_TRANSLATION and finding.page_id]
    if not stale:
        return findings
    wanted = {(finding.page.translation_key, (finding.params or {}).get("source")) for finding in stale}
    sources = {
        (page.translation_key, page.locale.language_code): page
        for page in Page.objects.filter(translation_key__in={key for key, _code in wanted}).select_related("locale")
        if (page.translation_key, page.locale.language_code) in wanted
    }
    for finding in stale:
        source = sources.get((finding.page.translation_key, (finding.params or {}).get("source")))
        finding.source_page = source
        finding.translation_status_url = "{}?{}".format(
            reverse("ministry_translation_status"),
            urlencode(
                {
                    "q": (source or finding.page).title,
                    "language": finding.locale.language_code if finding.locale else "",
                    "status": "out_of_date",
                }
            ),
        )
    return findings


def export(request, file_format):
    _require(request.user)
    if file_format not in ("csv", "xlsx"):
        raise Http404
    form = FilterForm(request.GET or None)
    findings, valid = filtered(form)
    if request.GET and not valid:
        return HttpResponseBadRequest(_("The filters are not valid."))
    header = [
        _("Check"),
        _("Severity"),
        _("Page"),
        _("Edit address"),
        _("Language"),
        _("Owner"),
        _("Field"),
        _("Problem"),
        _("First seen"),
        _("First seen (Gregorian, YYYY-MM-DD)"),
    ]
    rows = (
        [
            str(finding.title()),
            finding.get_severity_display(),
            finding.page.title if finding.page else "",
            _edit_address(request, finding),
            finding.locale.get_display_name() if finding.locale else "",
            (finding.page.owner.get_username() if finding.page and finding.page.owner else ""),
            str(finding.field_label()),
            finding.message(),
            # As the screen shows it (Solar Hijri, Persian digits for Dari and
            # Pashto readers), and as a date any spreadsheet sorts.
            l10n.format_date(finding.first_seen, weekday=False),
            timezone.localtime(finding.first_seen).date().isoformat(),
        ]
        for finding in findings.select_related("page", "locale", "page__owner").order_by("check_code", "pk").iterator()
    )
    if file_format == "csv":
        response = HttpResponse(exports.write_csv(header, rows), content_type="text/csv; charset=utf-8")
    else:
        response = HttpResponse(
            exports.write_xlsx(header, rows, title=_("Site health"), right_to_left=l10n.is_rtl()),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    response["Content-Disposition"] = f'attachment; filename="site-health.{file_format}"'
    return response


def _edit_address(request, finding):
    """Where the reader finds the page: its edit view in the admin (drafts
    and unpublished pages have no public address)."""
    if not finding.page_id:
        return ""
    return request.build_absolute_uri(reverse("wagtailadmin_pages:edit", args=[finding.page_id]))


def page_findings(request, page_id):
    """One page's open findings (what the edit view's panel shows)."""
    _require(request.user)
    page = get_object_or_404(Page, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit() and not request.user.has_perm(
        "wagtailadmin.access_admin"
    ):
        raise PermissionDenied
    findings = runner.open_findings(page)
    return TemplateResponse(request, "site_care/page_findings.html", {"page": page, "findings": findings})


@require_POST
def apply_fix(request, finding_id):
    try:
        finding = Finding.objects.select_related("page").get(pk=int(finding_id))
    except (Finding.DoesNotExist, ValueError, OverflowError):
        raise Http404
    if finding.page is None or not fixes.can_fix(finding, request.user):
        raise PermissionDenied
    try:
        fixes.apply(finding, request.user)
    except fixes.NothingToFix as error:
        return HttpResponse(str(error), status=error.status, content_type="text/plain; charset=utf-8")
    messages.success(
        request,
        _("Fixed in a new draft of “%(title)s”: check it, then submit or publish as usual.")
        % {"title": finding.page.get_admin_display_title()},
    )
    return _back(request, finding)


def _back(request, finding):
    target = request.POST.get("next", "")
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return redirect(target)
    return redirect("wagtailadmin_pages:edit", finding.page_id)
