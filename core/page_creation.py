"""A new page is created once, however many times its form is sent.

Wagtail 7.4's autosave creates the page from the "add page" form (a POST to
the add view that asks for JSON) and only then points the form at the new
page's edit view. A *Save draft* or *Submit* clicked while that first
autosave is on its way goes to the add view too, and creates the page a
second time: "the slug is already in use", by the page the autosave had
just made (issue 12, item 6).

So the add form carries a token of its own (templates/wagtailadmin/pages/
create.html). The first request with a token creates the page and records it
(`PageCreation`), in one transaction; a later request with the same token,
from the same user, is about that page:

- an explicit save or submit is handed to the page's edit view, as if the
  form had already been pointed there;
- an autosave overwrites the revision the first autosave made (as autosave
  does), and is refused when the editor has saved since, so an autosave that
  arrives late never replaces what was saved explicitly.

Requests with the same token wait for each other: the token's row is taken
first, in the transaction that creates the page.
"""

import secrets
from datetime import timedelta

from django.db import IntegrityError, transaction
from django.http import JsonResponse
from django.utils import timezone
from django.utils.translation import gettext as _

TOKEN_FIELD = "ministry_creation_token"  # nosec B105 - the name of a form field, not a secret
KEEP_FOR = timedelta(days=2)


def new_token():
    return secrets.token_hex(16)


def _valid(token):
    return isinstance(token, str) and 16 <= len(token) <= 64 and token.isalnum()


def _expects_json(request):
    # As Wagtail's views decide (generic.mixins: expects_json_response).
    return not request.accepts("text/html")


def create_once(request, parent_page, page_class):
    """before_create_page: run the add view once per token, or continue
    with the page an earlier request with this token created."""
    from wagtail.admin.views.pages.create import CreateView

    from .models import PageCreation

    if request.method != "POST" or getattr(request, "_ministry_page_creation", None) is not None:
        return None
    token = request.POST.get(TOKEN_FIELD, "")
    if not _valid(token) or not request.user.is_authenticated:
        return None
    with transaction.atomic():
        try:
            with transaction.atomic():
                creation, _created = PageCreation.objects.select_for_update().get_or_create(
                    user=request.user, token=token
                )
        except IntegrityError:
            # Another request with this token took the row first; it has committed by now.
            creation = PageCreation.objects.select_for_update().get(user=request.user, token=token)
        request._ministry_page_creation = creation
        if creation.page_id is None:
            # The add view itself, inside this transaction; after_create_page
            # records the page on the row.
            kwargs = request.resolver_match.kwargs if request.resolver_match else {}
            response = CreateView.as_view()(
                request,
                kwargs.get("content_type_app_name", page_class._meta.app_label),
                kwargs.get("content_type_model_name", page_class._meta.model_name),
                parent_page.pk,
            )
            if hasattr(response, "render"):
                response.render()
            return response
    return _continue_with(request, creation)


def record(request, page):
    """after_create_page: remember which page this token created."""
    creation = getattr(request, "_ministry_page_creation", None)
    if creation is None or creation.page_id is not None:
        return None
    creation.page = page
    creation.revision_id = page.latest_revision_id
    creation.by_autosave = _expects_json(request)
    creation.save(update_fields=["page", "revision", "by_autosave"])
    type(creation).objects.filter(created_at__lt=timezone.now() - KEEP_FOR).delete()
    return None


def _continue_with(request, creation):
    from wagtail.admin.views.pages.edit import EditView

    if _expects_json(request):
        if not creation.by_autosave:
            # The editor saved explicitly; this autosave was sent before that.
            return JsonResponse(
                {
                    "success": False,
                    "error_code": "invalid_revision",
                    "error_message": _("Saving will overwrite a newer version."),
                },
                status=400,
            )
        # Overwrite the first autosave's revision, or be refused by the edit
        # view if the editor has saved since (it checks it is the latest).
        request.POST = request.POST.copy()
        request.POST["overwrite_revision_id"] = str(creation.revision_id)
    return EditView.as_view()(request, page_id=creation.page_id)
