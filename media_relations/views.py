"""The one public address of media relations: leaving the mailings with one
click (RFC 8058), without an account."""

from django.conf import settings
from django.core import signing
from django.template.response import TemplateResponse
from django.utils import translation
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt

from core import l10n

from .messages import read_unsubscribe_token
from .models import Suppression


def _language(code):
    known = [language for language, _name in settings.WAGTAIL_CONTENT_LANGUAGES]
    return code if code in known else settings.LANGUAGE_CODE


@csrf_exempt  # mail providers send the one-click POST with no cookie or token; the signed link is the check
@never_cache
def unsubscribe(request, token):
    try:
        data = read_unsubscribe_token(token)
    except signing.BadSignature:
        data = None
    language = _language(data.get("l") if data else translation.get_language())
    translation.activate(language)
    request.LANGUAGE_CODE = language
    context = {
        "direction": "rtl" if l10n.is_rtl(language) else "ltr",
        "LANGUAGE_CODE": language,
        "home_url": f"/{language}/",
    }
    if data is None:
        return TemplateResponse(
            request, "media_relations/unsubscribe.html", {**context, "state": "invalid"}, status=400
        )
    address = data["e"].strip().lower()
    if request.method == "POST":
        Suppression.objects.get_or_create(
            email=address, defaults={"reason": Suppression.Reason.UNSUBSCRIBED, "detail": f"mailing {data.get('m')}"}
        )
        return TemplateResponse(request, "media_relations/unsubscribe.html", {**context, "state": "done"})
    state = "done" if Suppression.objects.filter(email=address).exists() else "ask"
    return TemplateResponse(request, "media_relations/unsubscribe.html", {**context, "state": state})
