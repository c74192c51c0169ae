"""Admin views of the editorial workflow: submitting a translation for
approval, the "sync" screen without its publish-at-once box, and the
translation status of every page."""

import tempfile
from io import BytesIO

import polib
from django import forms
from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, PermissionDenied, ValidationError
from django.db.models import Count, IntegerField, Max, Q
from django.db.models.functions import Cast
from django.http import JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParser, MultiPartParserError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views.decorators.http import require_POST
from wagtail.admin.auth import user_has_any_page_permission
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.account import LogoutView as WagtailLogoutView
from wagtail.models import Locale, Page, WorkflowState
from wagtail_localize.models import CannotSaveDraftError, StringSegment, Translation, TranslationSource
from wagtail_localize.views import edit_translation
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsForm, UpdateTranslationsView

from . import editorial, freshness, l10n, paging
from .models import CompleteTranslationRevision
from .patches.localize_save_target import ParentNotTranslated, untranslated_parent_locales


def _target_edit_url(target):
    if isinstance(target, Page):
        return reverse("wagtailadmin_pages:edit", args=[target.pk])
    from wagtail.admin.admin_url_finder import AdminURLFinder

    return AdminURLFinder().get_edit_url(target) or reverse("wagtailadmin_home")


def _user_can_edit_target(user, target):
    if isinstance(target, Page):
        return target.permissions_for_user(user).can_edit()
    from wagtail.permission_policies import ModelPermissionPolicy

    return ModelPermissionPolicy(type(target)).user_has_permission(user, "change")


@require_POST
def submit_translation(request, translation_id):
    """A translator (or editor) sends a finished translation to the directors."""
    translation = get_object_or_404(Translation.objects.select_related("source", "target_locale"), pk=translation_id)
    target = translation.get_target_instance()
    if not _user_can_edit_target(request.user, target):
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
    return redirect(_target_edit_url(target))


class SubmitPageTranslationParentsFirstView(SubmitPageTranslationView):
    """wagtail-localize's "Translate this page", refusing a language the
    page's parent is not translated into: wagtail-localize would otherwise
    make the parent a live alias of the source-language section, and its
    title would appear in that language's menus and breadcrumbs."""

    def form_valid(self, form):
        missing = untranslated_parent_locales(self.object, form.cleaned_data["locales"])
        try:
            if missing:
                raise ParentNotTranslated(self.object.get_parent(), missing)
            return super().form_valid(form)  # atomic: a refusal inside rolls it all back
        except ParentNotTranslated as refusal:
            messages.error(self.request, refusal.message())
            return self.render_to_response(self.get_context_data())


def _put_value(request):
    """The "value" of the translation editor's PUT (urlencoded or multipart),
    read without consuming the body wagtail-localize's view reads after us."""
    body = request.body
    content_type = request.content_type or ""
    if content_type.startswith("multipart/form-data"):
        try:
            parser = MultiPartParser(request.META, BytesIO(body), request.upload_handlers, request.encoding)
            data, _files = parser.parse()
        except MultiPartParserError:
            return None
    else:
        data = QueryDict(body, encoding=request.encoding)
    return data.get("value")


def _field_limit(translation, segment):
    """The most characters the segment's model field holds, or None."""
    path = segment.context.path
    model = translation.source.specific_content_type.model_class()
    if model is None or "." in path:
        return None
    try:
        field = model._meta.get_field(path)
    except FieldDoesNotExist:
        return None
    return getattr(field, "max_length", None)


def edit_string_translation_within_limits(request, translation_id, string_segment_id):
    """wagtail-localize's save of one translated string, refusing a text too
    long for its field with a 400 that says the limit: stored, it would fail
    later at the database (a title is copied into the page's draft title at
    once: a 500 on PostgreSQL)."""
    if request.method == "PUT":
        translation = get_object_or_404(Translation.objects.select_related("source"), pk=translation_id)
        segment = get_object_or_404(StringSegment.objects.select_related("context"), pk=string_segment_id)
        if not _user_can_edit_target(request.user, translation.get_target_instance()):
            raise PermissionDenied
        value = _put_value(request)
        limit = _field_limit(translation, segment)
        if value is not None and limit is not None and len(value) > limit:
            message = _(
                "This text is %(length)s characters long; this field holds at most %(limit)s. "
                "Shorten it and save again: nothing was changed."
            ) % {"length": l10n.local_digits(len(value)), "limit": l10n.local_digits(limit)}
            return JsonResponse({"error": message, "max_length": limit}, status=400)
    return edit_translation.edit_string_translation(request, translation_id, string_segment_id)


def _po_file_problem(upload, translation):
    """Why an uploaded file cannot be this translation's PO file, or None."""
    if upload is None:
        return _("Choose a PO file to upload.")
    # polib reads a file name as well as a file's text: hand it a file.
    with tempfile.NamedTemporaryFile(suffix=".po") as copy:
        for chunk in upload.chunks():
            copy.write(chunk)
        copy.flush()
        try:
            po = polib.pofile(copy.name)
        except (OSError, UnicodeDecodeError, ValueError):
            return _("This is not a PO file in UTF-8: download the PO file of this translation and upload it again.")
    if po.metadata.get("X-WagtailLocalize-TranslationID") != str(translation.uuid):
        return _(
            "This PO file was not made for this translation: download the PO file of this translation, "
            "translate it and upload it again."
        )
    upload.seek(0)
    return None


@require_POST
def upload_pofile_checked(request, translation_id):
    """wagtail-localize's PO upload, refusing with a message a missing file
    or one without this translation's id (upstream: a 500)."""
    translation = get_object_or_404(Translation, pk=translation_id)
    if not _user_can_edit_target(request.user, translation.get_target_instance()):
        raise PermissionDenied
    problem = _po_file_problem(request.FILES.get("file"), translation)
    if problem is None:
        return edit_translation.upload_pofile(request, translation_id)
    messages.error(request, problem)
    next_url = get_valid_next_url_from_request(request) or _target_edit_url(translation.get_target_instance())
    return redirect(next_url)


def refuse_convert_to_alias(request, page_id):
    messages.error(
        request,
        _(
            "A translation cannot be turned into an alias of the source page: readers would see the source "
            "language. Stop the synchronised translation instead if it should be edited freely."
        ),
    )
    return redirect("wagtailadmin_pages:edit", page_id)


def stop_translation(request, translation_id):
    """wagtail-localize's "stop synced translation", for those who write
    content. A translator may edit synced translations only: stopping one
    would leave them a page they may no longer open."""
    from wagtail_localize.views.edit_translation import stop_translation as stop

    if not editorial.can_edit_source_content(request.user):
        translation = get_object_or_404(Translation, pk=translation_id)
        messages.error(request, _("Only editors and directors may stop a synchronised translation."))
        return redirect(_target_edit_url(translation.get_target_instance()))
    return stop(request, translation_id)


class UpdateTranslationsWithoutPublishingForm(UpdateTranslationsForm):
    """wagtail-localize's sync form without "Publish immediately", which
    would put untranslated source text live. Synced changes reach the public
    when a translator submits the completed translation and a director
    approves it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        del self.fields["publish_translations"]

    def clean(self):
        cleaned = super().clean()
        cleaned["publish_translations"] = False
        return cleaned


class UpdateTranslationsWithoutPublishingView(UpdateTranslationsView):
    def get_form(self):
        if self.request.method == "POST":
            return UpdateTranslationsWithoutPublishingForm(self.request.POST)
        return UpdateTranslationsWithoutPublishingForm()


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
