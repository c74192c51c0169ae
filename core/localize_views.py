"""wagtail-localize's admin views answered by ours (core.patches.localize_admin_urls
registers them over its addresses). Importable without the site's models, so
wagtail-localize's own test suite runs with them (`make upstream-localize`)."""

import tempfile
from io import BytesIO

import polib
from django.contrib import messages
from django.core.exceptions import FieldDoesNotExist, PermissionDenied
from django.http import JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParser, MultiPartParserError
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.models import Page
from wagtail_localize.models import StringSegment, Translation
from wagtail_localize.views import edit_translation
from wagtail_localize.views.submit_translations import SubmitPageTranslationView
from wagtail_localize.views.update_translations import UpdateTranslationsForm, UpdateTranslationsView

from . import l10n
from .patches.localize_save_target import ParentNotTranslated, untranslated_parent_locales


def target_edit_url(target):
    if isinstance(target, Page):
        return reverse("wagtailadmin_pages:edit", args=[target.pk])
    from wagtail.admin.admin_url_finder import AdminURLFinder

    return AdminURLFinder().get_edit_url(target) or reverse("wagtailadmin_home")


def user_can_edit_target(user, target):
    if isinstance(target, Page):
        return target.permissions_for_user(user).can_edit()
    from wagtail.permission_policies import ModelPermissionPolicy

    return ModelPermissionPolicy(type(target)).user_has_permission(user, "change")


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
        if not user_can_edit_target(request.user, translation.get_target_instance()):
            # wagtail-localize's own view refuses with its API's 403.
            return edit_translation.edit_string_translation(request, translation_id, string_segment_id)
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
    if not user_can_edit_target(request.user, translation.get_target_instance()):
        raise PermissionDenied
    problem = _po_file_problem(request.FILES.get("file"), translation)
    if problem is None:
        return edit_translation.upload_pofile(request, translation_id)
    messages.error(request, problem)
    next_url = get_valid_next_url_from_request(request) or target_edit_url(translation.get_target_instance())
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
