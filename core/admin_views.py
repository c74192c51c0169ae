"""Admin views of the editorial workflow: submitting a translation for
approval, the "sync" screen without its publish-at-once box, and the
translation status of every page."""

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.db.models import Count, IntegerField, Max, Q
from django.db.models.functions import Cast
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.views.account import LogoutView as WagtailLogoutView
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import CannotSaveDraftError, Translation, TranslationSource

from . import editorial, freshness, l10n, localize_views, paging
from .models import CompleteTranslationRevision


@require_POST
def submit_translation(request, translation_id):
    """A translator (or editor) sends a finished translation to the directors."""
    translation = get_object_or_404(Translation.objects.select_related("source", "target_locale"), pk=translation_id)
    target = translation.get_target_instance()
    if not localize_views.user_can_edit_target(request.user, target):
        raise PermissionDenied
    try:
        editorial.submit_translation_for_approval(translation, request.user)
    except editorial.IncompleteTranslationError as error:
        messages.error(request, str(error.args[0]))
    except ValidationError as error:
        # Nothing was saved (the save is one transaction): say what to correct.
        messages.error(request, editorial.validation_message(error, target))
    except editorial.AlreadyInReview:
        messages.error(
            request,
            _("This translation is already waiting for the directors' decision."),
        )
    except CannotSaveDraftError:
        # Only objects with drafts can wait for approval (wagtail-localize's
        # contract, kept by editorial.safe_save_target).
        messages.error(
            request,
            _(
                "“%(title)s” has no drafts, so its translation cannot wait for the directors' approval; "
                "nothing was changed."
            )
            % {"title": str(target)},
        )
    else:
        messages.success(
            request,
            _("“%(title)s” in %(language)s was sent to the directors for approval.")
            % {"title": str(target), "language": translation.target_locale.get_display_name()},
        )
    return redirect(localize_views.target_edit_url(target))


def stop_translation(request, translation_id):
    """wagtail-localize's "stop synced translation", for those who write
    content. A translator may edit synced translations only: stopping one
    would leave them a page they may no longer open."""
    from wagtail_localize.views.edit_translation import stop_translation as stop

    if not editorial.can_edit_source_content(request.user):
        translation = get_object_or_404(Translation, pk=translation_id)
        messages.error(request, _("Only editors and directors may stop a synchronised translation."))
        return redirect(localize_views.target_edit_url(translation.get_target_instance()))
    return stop(request, translation_id)


STATUS_MISSING = "missing"
STATUS_DRAFT = "draft"
STATUS_WAITING = "waiting"
STATUS_LIVE = "live"
STATUS_OUT_OF_DATE = "out_of_date"

STATUS_LABELS = {
    STATUS_MISSING: gettext_lazy("Not translated"),
    STATUS_DRAFT: gettext_lazy("Draft"),
    STATUS_WAITING: gettext_lazy("Waiting for approval"),
    STATUS_LIVE: gettext_lazy("Live"),
    STATUS_OUT_OF_DATE: gettext_lazy("Out of date"),
}


class TranslationStatusFilterForm(forms.Form):
    q = forms.CharField(label=gettext_lazy("Title contains"), required=False, max_length=200)
    language = forms.ChoiceField(label=gettext_lazy("Language"), required=False)
    status = forms.ChoiceField(label=gettext_lazy("Status"), required=False)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["language"].choices = [("", _("All languages"))] + [
            (code, l10n.NATIVE_NAMES[code]) for code, _name in _languages()
        ]
        self.fields["status"].choices = [("", _("Any status"))] + [(key, label) for key, label in STATUS_LABELS.items()]


def _languages():
    from django.conf import settings

    return settings.WAGTAIL_CONTENT_LANGUAGES


def _status_cell(page, translation, waiting_ids, out_of_date, user):
    """What one language's version of a page is, and what this user may do
    with it (no link that would end in "no permission"). Out of date wins
    over waiting: until an up-to-date translation is approved, readers see
    one made from other text."""
    if page is None:
        return {"status": STATUS_MISSING, "label": STATUS_LABELS[STATUS_MISSING]}
    waiting = page.pk in waiting_ids
    if out_of_date:
        status = STATUS_OUT_OF_DATE
    elif waiting:
        status = STATUS_WAITING
    elif page.live and not page.has_unpublished_changes:
        status = STATUS_LIVE
    else:
        status = STATUS_DRAFT
    cell = {
        "status": status,
        "label": STATUS_LABELS[status],
        "waiting": waiting,
        "waiting_label": STATUS_LABELS[STATUS_WAITING] if waiting and status != STATUS_WAITING else None,
        "page": page,
        "live": page.live,
        "edit_url": reverse("wagtailadmin_pages:edit", args=[page.pk])
        if page.permissions_for_user(user).can_edit()
        else None,
        "view_url": page.url if page.live else None,
    }
    if translation is not None:
        total, done = translation.get_progress()
        cell["progress"] = (done, total)
        cell["translation"] = translation
        cell["submit_url"] = reverse("ministry_translation_submit", args=[translation.pk])
    return cell


def _keys_with_status(status, language):
    """Translation keys having a version in `language` (any language if empty)
    whose status is `status`, as a subquery."""
    versions = Page.objects.filter(depth__gt=2)
    if language:
        versions = versions.filter(locale__language_code=language)
    if status == STATUS_LIVE:
        versions = versions.filter(live=True, has_unpublished_changes=False)
    elif status == STATUS_DRAFT:
        versions = versions.filter(Q(live=False) | Q(has_unpublished_changes=True))
    elif status == STATUS_WAITING:
        # WorkflowState.object_id is text (it serves every model): cast it to compare with page ids.
        in_workflow = (
            WorkflowState.objects.active()
            .filter(base_content_type__app_label="wagtailcore")
            .annotate(page_id=Cast("object_id", IntegerField()))
            .values("page_id")
        )
        versions = versions.filter(pk__in=in_workflow)
    elif status == STATUS_OUT_OF_DATE:
        return freshness.stale_translation_keys(language)
    return versions.values("translation_key")


def translation_status(request):
    """For each page: which of the three languages exist, are live, wait for
    approval or are out of date (the source changed after the last sync),
    with links to act on each."""
    if not user_has_any_page_permission(request.user):
        raise PermissionDenied
    form = TranslationStatusFilterForm(request.GET or None)
    data = form.cleaned_data if form.is_valid() else {}
    languages = [code for code, _name in _languages()]

    rows_query = Page.objects.filter(depth__gt=2)
    if data.get("q"):
        matching = Page.objects.filter(title__icontains=data["q"]).values("translation_key")
        rows_query = rows_query.filter(translation_key__in=matching)
    status, language = data.get("status"), data.get("language")
    if status == STATUS_MISSING:
        present = Page.objects.filter(depth__gt=2)
        if language:
            present = present.filter(locale__language_code=language)
            rows_query = rows_query.exclude(translation_key__in=present.values("translation_key"))
        else:
            complete = (
                Page.objects.filter(depth__gt=2)
                .values("translation_key")
                .annotate(count=Count("locale", distinct=True))
                .filter(count__gte=len(languages))
                .values("translation_key")
            )
            rows_query = rows_query.exclude(translation_key__in=complete)
    elif status:
        rows_query = rows_query.filter(translation_key__in=_keys_with_status(status, language))
    elif language:
        rows_query = rows_query.filter(translation_key__in=_keys_with_status("", language))
    keys_query = rows_query.values("translation_key").annotate(last=Max("latest_revision_created_at")).order_by("-last")
    page_of_keys = paging.paginate(keys_query, paging.page_number(request, "p"), 25)
    keys = [row["translation_key"] for row in page_of_keys.object_list]

    versions = list(Page.objects.filter(translation_key__in=keys).select_related("locale"))
    by_key = {}
    for version in versions:
        by_key.setdefault(version.translation_key, {})[version.locale.language_code] = version
    waiting_ids = {
        int(pk)
        for pk in WorkflowState.objects.active()
        .filter(base_content_type__app_label="wagtailcore", object_id__in=[str(v.pk) for v in versions])
        .values_list("object_id", flat=True)
    }
    sources = {
        source.object_id: source
        for source in TranslationSource.objects.filter(object_id__in=keys).select_related("locale")
    }
    translations = {
        (t.source.object_id, t.target_locale.language_code): t
        for t in Translation.objects.filter(source__object_id__in=keys, enabled=True).select_related(
            "source", "target_locale"
        )
    }

    fingerprints = freshness.fingerprints_for([t.source_id for t in translations.values()])
    # What each live translation was made from (core.freshness).
    live_bases = dict(
        CompleteTranslationRevision.objects.filter(
            revision_id__in=[v.live_revision_id for v in versions if v.live and v.live_revision_id]
        ).values_list("revision_id", "source_fingerprint")
    )

    rows = []
    default_language = Locale.get_default().language_code
    for key in keys:
        by_language = by_key.get(key, {})
        source = sources.get(key)
        source_code = source.locale.language_code if source else default_language
        row_page = by_language.get(source_code) or next(iter(by_language.values()), None)
        cells = []
        for code in languages:
            translation = translations.get((key, code))
            page = by_language.get(code)
            fingerprint = fingerprints.get(translation.source_id) if translation is not None else None
            live_basis = live_bases.get(page.live_revision_id, "") if page is not None and page.live else None
            out_of_date = page is not None and freshness.is_out_of_date(fingerprint, live_basis)
            cell = _status_cell(page, translation, waiting_ids, out_of_date, request.user)
            cell["code"] = code
            cell["is_source"] = source is not None and code == source_code
            if code not in by_language and row_page is not None:
                cell["translate_url"] = reverse("wagtail_localize:submit_page_translation", args=[row_page.pk])
            if translation is not None and freshness.needs_sync(fingerprint):
                cell["sync_url"] = reverse("wagtail_localize:update_translations", args=[translation.source_id])
            cells.append(cell)
        row_edit_url = next(
            (cell["edit_url"] for cell in cells if cell.get("page") is row_page and cell.get("edit_url")), None
        )
        rows.append({"page": row_page, "cells": cells, "edit_url": row_edit_url})

    query = request.GET.copy()
    query.pop("p", None)
    return TemplateResponse(
        request,
        "ministry_site/admin/translation_status.html",
        {
            "form": form,
            "rows": rows,
            "languages": [(code, l10n.NATIVE_NAMES[code]) for code in languages],
            "page_of_keys": page_of_keys,
            "query": query.urlencode(),
            "status_labels": STATUS_LABELS,
        },
    )


class SignOutView(WagtailLogoutView):
    """Wagtail's sign-out, which answers a GET (which Django's sign-out view
    refuses: POST only since Django 5.0) by deleting the session cookie and
    saying "signed out" anyway: the session stayed valid on the server, so a
    copy of the cookie still signed in. A GET now shows a button that signs
    out (POST, which ends the session on the server); nothing changes
    until it is pressed, so a link or image elsewhere cannot sign anyone out."""

    def dispatch(self, request, *args, **kwargs):
        if request.method in ("GET", "HEAD"):
            if not request.user.is_authenticated:
                return redirect("wagtailadmin_login")
            return TemplateResponse(request, "ministry_site/admin/sign_out.html", {})
        return super().dispatch(request, *args, **kwargs)
