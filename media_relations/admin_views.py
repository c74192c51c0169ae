"""The press office's screens: mailings (prepare, submit, approve and send,
progress, delivery log and its export), who is on a list, suppressed
addresses."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.paginator import Paginator
from django.http import Http404, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Page

from core import exports, l10n
from directory.access import can_see_internal

from . import actions
from .membership import members
from .models import Delivery, DistributionList, Mailing, Suppression, SuppressionRestored

PAGE_SIZE = 100


def _require(user, permission):
    if not user.has_perm(permission):
        raise PermissionDenied


class MailingForm(forms.Form):
    page = forms.ModelChoiceField(
        queryset=Page.objects.filter(depth__gt=2),
        label=gettext_lazy("Page to send"),
        widget=AdminPageChooser(target_models=None, can_choose_root=False),
        help_text=gettext_lazy("A live statement, news item or press event, in any language."),
    )
    lists = forms.ModelMultipleChoiceField(
        queryset=DistributionList.objects.all(),
        label=gettext_lazy("Distribution lists"),
        widget=forms.CheckboxSelectMultiple,
    )
    note = forms.CharField(
        label=gettext_lazy("Personal note"), required=False, max_length=2000, widget=forms.Textarea(attrs={"rows": 3})
    )
    embargo = forms.BooleanField(
        label=gettext_lazy("Send under embargo until the page's scheduled publication"), required=False
    )

    def __init__(self, data=None, *args, **kwargs):
        if data is not None and not str(data.get("page", "")).isdigit():
            # The page chooser cannot show a page id that is not a number:
            # the form says "choose a page" instead of failing to render.
            data = data.copy()
            data["page"] = ""
        super().__init__(data, *args, **kwargs)


def mailing_index(request):
    _require(request.user, "media_relations.view_mailing")
    mailings = Mailing.objects.select_related("page", "created_by", "approved_by").prefetch_related("lists")
    page = Paginator(mailings, 30).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "media_relations/admin/mailing_index.html",
        {"mailings": page, "can_add": request.user.has_perm("media_relations.add_mailing")},
    )


def mailing_create(request):
    _require(request.user, "media_relations.add_mailing")
    form = MailingForm(request.POST or None, initial={"page": request.GET.get("page")})
    if request.method == "POST" and form.is_valid():
        try:
            mailing = actions.prepare(
                form.cleaned_data["page"],
                list(form.cleaned_data["lists"]),
                request.user,
                note=form.cleaned_data["note"],
                embargo=form.cleaned_data["embargo"],
            )
        except actions.MailingRefused as refusal:
            form.add_error(None, refusal.message)
        else:
            messages.success(request, _("The mailing is prepared. Check who will receive it, then submit it."))
            return redirect("media_relations_mailing", mailing.pk)
    status = 400 if request.method == "POST" else 200
    return TemplateResponse(request, "media_relations/admin/mailing_form.html", {"form": form}, status=status)


def _language_rows(counts):
    names = dict(l10n.NATIVE_NAMES)
    return [(names.get(code, code), counts.get(code, 0)) for code, _name in l10n.NATIVE_NAMES.items()]


def mailing_detail(request, mailing_id):
    _require(request.user, "media_relations.view_mailing")
    mailing = get_object_or_404(Mailing.objects.select_related("page", "created_by", "approved_by"), pk=mailing_id)
    show_addresses = can_see_internal(request.user)
    progress = mailing.progress()
    if mailing.recipients_fixed_at is None:
        found = members(*mailing.lists.all())
        preview = {
            "recipients": found.recipients[:PAGE_SIZE],
            "count": len(found.recipients),
            "languages": _language_rows(found.per_language()),
            "invalid": found.invalid,
            "suppressed": found.suppressed,
        }
        deliveries = None
    else:
        preview = None
        deliveries = Paginator(mailing.deliveries.all(), PAGE_SIZE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "media_relations/admin/mailing_detail.html",
        {
            "mailing": mailing,
            "progress": progress,
            "status_rows": [(status, label, progress["counts"][status]) for status, label in Delivery.Status.choices],
            "preview": preview,
            "deliveries": deliveries,
            "show_addresses": show_addresses,
            "can_approve": actions.can_approve(request.user) and mailing.status == Mailing.Status.SUBMITTED,
            "can_submit": request.user.has_perm("media_relations.add_mailing")
            and mailing.status == Mailing.Status.DRAFT,
            "can_cancel": request.user.has_perm("media_relations.change_mailing")
            and mailing.status not in (Mailing.Status.SENT, Mailing.Status.CANCELLED),
            "in_progress": mailing.status in (Mailing.Status.APPROVED, Mailing.Status.SENDING, Mailing.Status.PAUSED),
            "page_live": mailing.page.live,
        },
    )


def mailing_progress(request, mailing_id):
    """The progress bar's numbers (polled while sending): one small query."""
    _require(request.user, "media_relations.view_mailing")
    mailing = Mailing.objects.filter(pk=mailing_id).values("status", "paused_reason").first()
    if mailing is None:
        raise Http404
    progress = Mailing(pk=mailing_id).progress()
    return JsonResponse(
        {
            "status": mailing["status"],
            "status_label": str(Mailing.Status(mailing["status"]).label),
            "paused_reason": mailing["paused_reason"],
            **progress,
            "percent_label": l10n.local_digits(progress["percent"]),
            "counts_label": {key: l10n.local_digits(value) for key, value in progress["counts"].items()},
        }
    )


def _act(request, mailing_id, action, success):
    mailing = get_object_or_404(Mailing, pk=mailing_id)
    try:
        result = action(mailing, request.user)
    except actions.MailingRefused as refusal:
        messages.error(request, refusal.message)
        return redirect("media_relations_mailing", mailing_id)
    messages.success(request, success(result))
    return redirect("media_relations_mailing", mailing_id)


@require_POST
def mailing_submit(request, mailing_id):
    _require(request.user, "media_relations.add_mailing")
    return _act(request, mailing_id, actions.submit, lambda result: _("Submitted: a director will approve it."))


@require_POST
def mailing_approve(request, mailing_id):
    if not actions.can_approve(request.user):
        raise PermissionDenied

    def said(result):
        _mailing, queued = result
        if queued:
            return _("Approved: sending has started.")
        return _("Approved. The sending queue cannot be reached just now: sending is delayed, nothing is lost.")

    return _act(request, mailing_id, actions.approve, said)


@require_POST
def mailing_cancel(request, mailing_id):
    _require(request.user, "media_relations.change_mailing")
    return _act(request, mailing_id, actions.cancel, lambda result: _("The mailing was cancelled."))


def mailing_export(request, mailing_id, file_format):
    _require(request.user, "media_relations.view_mailing")
    mailing = get_object_or_404(Mailing, pk=mailing_id)
    show_addresses = can_see_internal(request.user)
    header = [_("Name"), _("Organisation"), _("Address"), _("Preferred language"), _("Language sent"), _("Status")]
    header += [_("Attempts"), _("Sent"), _("Last error")]
    rows = [
        [
            delivery.name,
            delivery.organisation_name,
            delivery.email if show_addresses else "",
            delivery.get_preferred_language_display(),
            delivery.get_language_display() if delivery.language else "",
            delivery.get_status_display(),
            delivery.attempts,
            timezone.localtime(delivery.sent_at).strftime("%Y-%m-%d %H:%M") if delivery.sent_at else "",
            delivery.last_error,
        ]
        for delivery in mailing.deliveries.all().iterator()
    ]
    if file_format == "csv":
        response = HttpResponse(exports.write_csv(header, rows), content_type="text/csv; charset=utf-8")
    elif file_format == "xlsx":
        response = HttpResponse(
            exports.write_xlsx(header, rows, title=_("Deliveries")),
            content_type="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        )
    else:
        raise Http404
    response["Content-Disposition"] = f'attachment; filename="mailing-{mailing.pk}-deliveries.{file_format}"'
    return response


def list_members(request, list_id):
    _require(request.user, "media_relations.view_distributionlist")
    distribution_list = get_object_or_404(DistributionList, pk=list_id)
    found = members(distribution_list)
    return TemplateResponse(
        request,
        "media_relations/admin/list_members.html",
        {
            "list": distribution_list,
            "recipients": found.recipients,
            "languages": _language_rows(found.per_language()),
            "invalid": found.invalid,
            "suppressed": found.suppressed,
            "show_addresses": can_see_internal(request.user),
        },
    )


class RestoreForm(forms.Form):
    why = forms.CharField(label=gettext_lazy("Why this address may be written to again"), max_length=500, min_length=5)


def suppressions(request):
    _require(request.user, "media_relations.view_suppression")
    can_restore = request.user.has_perm("media_relations.delete_suppression")
    rows = Paginator(Suppression.objects.all(), PAGE_SIZE).get_page(request.GET.get("p"))
    return TemplateResponse(
        request,
        "media_relations/admin/suppressions.html",
        {
            "rows": rows,
            "can_restore": can_restore,
            "form": RestoreForm(),
            "show_addresses": can_see_internal(request.user),
        },
    )


@require_POST
def restore_suppression(request, suppression_id):
    _require(request.user, "media_relations.delete_suppression")
    suppression = get_object_or_404(Suppression, pk=suppression_id)
    form = RestoreForm(request.POST)
    if not form.is_valid():
        messages.error(request, _("Say why the address may be written to again (at least a few words)."))
        return redirect("media_relations_suppressions")
    SuppressionRestored.objects.create(
        email=suppression.email,
        reason_suppressed=suppression.reason,
        restored_by=request.user,
        why=form.cleaned_data["why"],
    )
    suppression.delete()
    messages.success(request, _("%(address)s may be written to again.") % {"address": suppression.email})
    return redirect("media_relations_suppressions")
