import logging
import sys

from django.conf import settings
from django.db import DatabaseError, InterfaceError
from django.http import (
    HttpResponse,
    HttpResponseNotFound,
    HttpResponsePermanentRedirect,
    HttpResponseRedirect,
)
from django.template import loader
from django.utils import translation
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.http import url_has_allowed_host_and_scheme

from . import chrome, l10n

logger = logging.getLogger(__name__)


def root_redirect(request):
    """`/` leads to the reader's language: the language they last chose (the
    cookie), then Accept-Language, else Dari. Any Persian variant goes to Dari,
    and a language without a live home page to Dari too."""
    language = l10n.content_language(translation.get_language_from_request(request))
    homes = chrome.home_urls(request)
    target = homes.get(language) or homes.get(settings.LANGUAGE_CODE) or f"/{settings.LANGUAGE_CODE}/"
    response = HttpResponseRedirect(target)
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


# Prefixes people type or other sites link to, and the site language each means.
LANGUAGE_ALIASES = {
    "fa": "fa-af",
    "prs": "fa-af",
    "fa-AF": "fa-af",
    "fa_AF": "fa-af",
    "FA-AF": "fa-af",
    "ps-af": "ps",
    "ps-AF": "ps",
    "pus": "ps",
    "en-us": "en",
    "en-US": "en",
    "en-gb": "en",
    "en-GB": "en",
}


def language_alias_redirect(request, alias, rest=""):
    """/fa/…, /prs/…, /en-US/… lead permanently to /fa-af/…, /en/…"""
    target = f"/{LANGUAGE_ALIASES[alias]}/{rest}"
    query = request.META.get("QUERY_STRING", "")
    return HttpResponsePermanentRedirect(f"{target}?{query}" if query else target)


def switch_language(request, language):
    """The language switcher's links: remember the reader's choice in the
    language cookie (so `/` brings them back to it), then go to `next`,
    which must be a page of that language on this site."""
    if language not in chrome.site_languages():
        return HttpResponseRedirect("/")  # not a language of this site: let `/` choose
    target = request.GET.get("next", "")
    if not (
        url_has_allowed_host_and_scheme(target, allowed_hosts={request.get_host()}, require_https=request.is_secure())
        and target.startswith(f"/{language}/")
    ):
        target = f"/{language}/"
    response = HttpResponseRedirect(target)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite=settings.LANGUAGE_COOKIE_SAMESITE,
        secure=settings.LANGUAGE_COOKIE_SECURE,
        httponly=True,
    )
    return response


def page_not_found(request, exception=None, template_name="404.html"):
    template = loader.get_template(template_name)
    context = {
        "request_path": request.path,
        "language_links": chrome.language_links_for_path(request, same_path=False),
    }
    return HttpResponseNotFound(template.render(context, request))


def _render_error(template_name, status, **extra):
    """An error page in the request's language that needs nothing that may
    have failed: no database, no request host, no context processors."""
    language = l10n.content_language(translation.get_language())
    with translation.override(language):
        context = {
            "LANGUAGE_CODE": language,
            "direction": "rtl" if l10n.is_rtl(language) else "ltr",
            "home_url": f"/{language}/",
            **extra,
        }
        try:
            body = loader.get_template(template_name).render(context)
        except Exception:  # the error page itself must never fail
            logger.exception("The %s page could not be rendered", status)
            body = f"<h1>{status}</h1>"
    response = HttpResponse(body, status=status)
    add_never_cache_headers(response)
    return response


def server_error(request, template_name="500.html"):
    error = sys.exc_info()[1]
    if isinstance(error, (DatabaseError, InterfaceError)) and not _database_answers():
        # The database is down: say so, in the reader's language, and ask
        # clients and proxies to come back shortly.
        response = _render_error("503.html", 503)
        response["Retry-After"] = "30"
        return response
    return _render_error(template_name, 500)


def _database_answers():
    from django.db import connection

    try:
        connection.close()
        connection.ensure_connection()
        return True
    except Exception:
        return False


def signin_locked(request, credentials=None, *args, **kwargs):
    """django-axes: this username from this address is locked out for now."""
    response = _render_error("429_locked.html", 429)
    response["Retry-After"] = str(15 * 60)
    return response


def bad_request(request, exception=None, template_name="400.html"):
    return _render_error(template_name, 400)


def permission_denied(request, exception=None, template_name="403.html"):
    return _render_error(template_name, 403)


def csrf_failure(request, reason="", template_name="403_csrf.html"):
    return _render_error(template_name, 403)
