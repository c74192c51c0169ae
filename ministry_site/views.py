import logging

from django.conf import settings
from django.http import HttpResponseNotFound, HttpResponseRedirect, HttpResponseServerError
from django.template import loader
from django.utils import translation
from django.utils.cache import patch_vary_headers
from django.views.decorators.cache import never_cache

from . import chrome, l10n

logger = logging.getLogger(__name__)


def root_redirect(request):
    """`/` leads to the reader's language: the language cookie, then
    Accept-Language, else Dari. Any Persian variant goes to Dari."""
    language = l10n.content_language(translation.get_language_from_request(request))
    if language not in chrome.site_languages():
        language = settings.LANGUAGE_CODE
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def page_not_found(request, exception=None, template_name="404.html"):
    template = loader.get_template(template_name)
    context = {
        "request_path": request.path,
        "language_links": chrome.language_links_for_path(request, same_path=False),
    }
    return HttpResponseNotFound(template.render(context, request))


@never_cache
def server_error(request, template_name="500.html"):
    """The 500 page in the request's language. It must render when nothing
    else works (the database may be the thing that failed), so it uses no
    context processors and touches no model."""
    language = l10n.content_language(translation.get_language())
    with translation.override(language):
        context = {
            "LANGUAGE_CODE": language,
            "direction": "rtl" if l10n.is_rtl(language) else "ltr",
            "home_url": f"/{language}/",
        }
        try:
            body = loader.get_template(template_name).render(context)
        except Exception:  # the error page itself must never fail
            logger.exception("The 500 page could not be rendered")
            body = "<h1>Server Error (500)</h1>"
    return HttpResponseServerError(body)
