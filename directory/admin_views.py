from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.http import HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from core import l10n

from . import geography, importer, spreadsheets
from .access import can_see_internal
from .models import (
    Category,
    ContactPerson,
    DirectoryExportLog,
    DirectoryImport,
    Organisation,
    Status,
    Visibility,
)

IMPORT_PERMISSION = "directory.import_directory"
EXPORT_PERMISSION = "directory.export_directory"


class ImportForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("What the file holds"), choices=DirectoryImport.KIND_CHOICES)
    file = forms.FileField(
        label=gettext_lazy("Spreadsheet"),
        help_text=gettext_lazy("CSV or XLSX, up to 5 MB, with the column names on the first row."),
    )


def import_view(request):
    """Step 1: upload a spreadsheet; the dry run is stored and shown."""
    if not request.user.has_perm(IMPORT_PERMISSION):
        raise PermissionDenied
    form = ImportForm(request.POST or None, request.FILES or None)
    status = 200
    if request.method == "POST":
        if form.is_valid():
            kind = form.cleaned_data["kind"]
            try:
                rows = spreadsheets.read_upload(form.cleaned_data["file"])
            except spreadsheets.SpreadsheetError as error:
                form.add_error("file", str(error))
            else:
                problems = importer.check_columns(kind, rows.columns)
                if problems:
                    planned = []
                elif kind == DirectoryImport.KIND_CONTACTS:
                    planned = importer.plan_contacts(rows)
                else:
                    planned = importer.plan_organisations(rows)
                record = DirectoryImport.objects.create(
                    user=request.user,
                    kind=kind,
                    filename=form.cleaned_data["file"].name[:255],
                    rows=planned,
                    column_problems=problems,
                )
                return redirect("directory_import_review", record.pk)
        status = 400
    return TemplateResponse(
        request,
        "directory/admin/import.html",
        {
            "form": form,
            "columns": {
                _("Organisations"): importer.ORGANISATION_COLUMNS,
                _("Contact people"): importer.CONTACT_COLUMNS,
            },
            "recent": DirectoryImport.objects.filter(user=request.user)[:5],
        },
        status=status,
    )


def import_review(request, import_id):
    """Step 2: the row-by-row dry run; confirming applies it once."""
    if not request.user.has_perm(IMPORT_PERMISSION):
        raise PermissionDenied
    record = get_object_or_404(DirectoryImport, pk=import_id, user=request.user)
    if request.method == "POST":
        if record.column_problems:
            messages.error(request, _("Nothing was imported: correct the columns of the file and upload it again."))
            return _import_review_response(request, record, status=400)
        if record.applied_at is not None:
            messages.warning(request, _("This import was already applied."))
        else:
            record.result = importer.apply(record.kind, record.rows)
            record.applied_at = timezone.now()
            record.save(update_fields=["result", "applied_at"])
            message = _(
                "Import applied: %(create)s created, %(update)s updated, %(unchanged)s unchanged, %(reject)s rejected."
            )
            messages.success(request, message % record.result["counts"])
        return redirect("directory_import_review", record.pk)
    return _import_review_response(request, record)


def _import_review_response(request, record, status=200):
    return TemplateResponse(
        request,
        "directory/admin/import_review.html",
        {
            "record": record,
            "counts": importer.summary(record.rows),
            "rows": record.rows,
            "column_problems": _column_messages(record.column_problems),
            "expected_columns": record.column_problems.get("expected", []),
            "required_columns": record.column_problems.get("required", []),
        },
        status=status,
    )


def _column_messages(problems):
    """The header's problems as sentences in the reader's language."""
    lines = []
    for column, close in problems.get("unknown", []):
        if close:
            message = _("Unknown column “%(column)s”: did you mean “%(expected)s”?")
        else:
            message = _("Unknown column “%(column)s”: the import does not know it; rename or delete it.")
        lines.append(message % {"column": column, "expected": close})
    for column in problems.get("missing", []):
        lines.append(_("Missing column “%(column)s”: every row needs it.") % {"column": column})
    for column in problems.get("repeated", []):
        lines.append(_("The column “%(column)s” appears more than once.") % {"column": column})
    for number in problems.get("unnamed", []):
        lines.append(_("Column %(number)s has no name on the first row.") % {"number": l10n.local_digits(number)})
    return lines


FILE_FORMATS = [("xlsx", gettext_lazy("XLSX (Excel)")), ("csv", "CSV")]


class ExportForm(forms.Form):
    kind = forms.ChoiceField(label=gettext_lazy("What to export"), choices=DirectoryImport.KIND_CHOICES)
    file_format = forms.ChoiceField(label=gettext_lazy("Format"), choices=FILE_FORMATS)
    category = forms.ChoiceField(label=gettext_lazy("Category"), required=False)
    province = forms.ChoiceField(label=gettext_lazy("Province"), required=False)
    visibility = forms.ChoiceField(label=gettext_lazy("Visibility"), required=False)
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False)

    def __init__(self, *args, user, **kwargs):
        super().__init__(*args, **kwargs)
        any_choice = [("", _("All"))]
        # Each category once, named in the reader's language.
        self.fields["category"].choices = any_choice + list(_category_names().items())
        self.fields["province"].choices = any_choice + geography.province_choices()
        self.fields["status"].choices = any_choice + list(Status.choices)
        if can_see_internal(user):
            self.fields["visibility"].choices = any_choice + list(Visibility.choices)
        else:
            # Editors export the public directory only, organisations only.
            self.fields["visibility"].choices = [(Visibility.PUBLIC, Visibility.PUBLIC.label)]
            self.fields["kind"].choices = [(DirectoryImport.KIND_ORGANISATIONS, _("Organisations"))]


def _category_names():
    """{slug: name}, in the reader's language where the category has a version in it."""
    names = {}
    categories = Category.objects.select_related("locale").order_by("sort_order")
    for category in sorted(categories, key=lambda c: c.locale_id != l10n.active_locale_id()):
        names.setdefault(category.slug, category.name)
    return names


def describe_exports(entries):
    """The export log as people read it: what was exported, in which format,
    and its filters, with translated labels and names (never raw codes)."""
    kinds = dict(DirectoryImport.KIND_CHOICES)
    formats = dict(FILE_FORMATS)
    categories = _category_names()
    labels = {
        "category": gettext_lazy("Category"),
        "province": gettext_lazy("Province"),
        "visibility": gettext_lazy("Visibility"),
        "status": gettext_lazy("Status"),
    }
    values = {
        "category": lambda slug: categories.get(slug, slug),
        "province": geography.province_name,
        "visibility": lambda value: dict(Visibility.choices).get(value, value),
        "status": lambda value: dict(Status.choices).get(value, value),
    }
    described = []
    for entry in entries:
        filters = [
            f"{labels[name]}: {values[name](value)}" for name, value in (entry.filters or {}).items() if name in labels
        ]
        described.append(
            {
                "entry": entry,
                "what": _("%(kind)s, %(format)s")
                % {
                    "kind": kinds.get(entry.kind, entry.kind),
                    "format": formats.get(entry.file_format, entry.file_format),
                },
                "filters": "، ".join(filters) if l10n.is_rtl() else "; ".join(filters),
                "who": (entry.user.get_full_name() or entry.user.get_username()) if entry.user else "",
            }
        )
    return described


def _organisation_rows(filters, internal_allowed):
    organisations = Organisation.objects.select_related("locale", "category", "parent", "successor")
    if not internal_allowed:
        organisations = organisations.filter(visibility=Visibility.PUBLIC, live=True)
    for field in ("province", "visibility", "status"):
        if filters.get(field):
            organisations = organisations.filter(**{field: filters[field]})
    if filters.get("category"):
        organisations = organisations.filter(category__slug=filters["category"])
    by_key = {}
    for organisation in organisations.order_by("key"):
        by_key.setdefault(organisation.key, {})[organisation.locale.language_code] = organisation
    rows = []
    for key, versions in by_key.items():
        source = versions.get(importer.SOURCE) or next(iter(versions.values()))
        row = {
            "key": key,
            "category": source.category.slug,
            "province": source.province,
            "country": source.country,
            "phones": source.phones,
            "emails": source.emails,
            "website": source.website,
            "social": source.social_accounts,
            "visibility": source.visibility,
            "status": source.status,
            "parent_key": source.parent.key if source.parent else "",
            "successor_key": source.successor.key if source.successor else "",
        }
        for suffix, language in importer.LANGUAGES.items():
            version = versions.get(language)
            for field in ("name", "description", "address"):
                row[f"{field}_{suffix}"] = getattr(version, field) if version else ""
        rows.append(row)
    return importer.ORGANISATION_COLUMNS, rows


def _contact_rows(filters, internal_allowed):
    contacts = ContactPerson.objects.select_related("organisation", "organisation__category")
    if not internal_allowed:
        contacts = contacts.filter(visibility=Visibility.PUBLIC)
    if filters.get("visibility"):
        contacts = contacts.filter(visibility=filters["visibility"])
    if filters.get("province"):
        contacts = contacts.filter(organisation__province=filters["province"])
    if filters.get("category"):
        contacts = contacts.filter(organisation__category__slug=filters["category"])
    rows = [
        {
            "key": contact.key,
            "organisation_key": contact.organisation.key,
            "name": contact.name,
            "name_latin": contact.name_latin,
            "role_fa": contact.role_dari,
            "role_ps": contact.role_pashto,
            "role_en": contact.role_english,
            "phones": contact.phones,
            "emails": contact.emails,
            "preferred_language": contact.preferred_language,
            "visibility": contact.visibility,
            "outlet": contact.outlet,
            "beat": contact.beat,
            "notes": contact.notes if internal_allowed else "",
        }
        for contact in contacts.order_by("key")
    ]
    return importer.CONTACT_COLUMNS, rows


def export_view(request):
    """The directory as CSV or XLSX (the import's columns, so an export can be
    edited and imported back). Internal entries only for those who may see
    them; every export is logged with its filters."""
    if not request.user.has_perm(EXPORT_PERMISSION):
        raise PermissionDenied
    form = ExportForm(request.GET or None, user=request.user)
    if not request.GET or not form.is_valid():
        return TemplateResponse(
            request,
            "directory/admin/export.html",
            {
                "form": form,
                "log": describe_exports(DirectoryExportLog.objects.select_related("user")[:20])
                if can_see_internal(request.user)
                else [],
            },
            status=400 if request.GET else 200,
        )
    data = form.cleaned_data
    internal_allowed = can_see_internal(request.user)
    filters = {key: data[key] for key in ("category", "province", "visibility", "status") if data.get(key)}
    if data["kind"] == DirectoryImport.KIND_CONTACTS:
        if not internal_allowed:
            raise PermissionDenied
        header, rows = _contact_rows(filters, internal_allowed)
    else:
        header, rows = _organisation_rows(filters, internal_allowed)
    DirectoryExportLog.objects.create(
        user=request.user,
        kind=data["kind"],
        file_format=data["file_format"],
        filters=filters,
        row_count=len(rows),
        included_internal=internal_allowed and filters.get("visibility") != Visibility.PUBLIC,
    )
    stamp = timezone.localtime().strftime("%Y-%m-%d")
    if data["file_format"] == "csv":
        response = HttpResponse(spreadsheets.write_csv(header, rows), content_type="text/csv; charset=utf-8")
        extension = "csv"
    else:
        response = HttpResponse(
            spreadsheets.write_xlsx(header, rows, data["kind"]),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
        extension = "xlsx"
    response["Content-Disposition"] = f'attachment; filename="directory-{data["kind"]}-{stamp}.{extension}"'
    return response
