"""Links in the admin's e-mails point at the address the site really has.

Gap: Wagtail 7.4 writes e-mail links from the fixed WAGTAILADMIN_BASE_URL
setting. Production sets it from SITE_BASE_URL (or its first host); the demo
had a guess, http://127.0.0.1:8000, wrong as soon as it runs on another
address or port (`make demo PORT=8080`). Where no address is configured
(MINISTRY_BASE_URL_FROM_REQUEST, see settings.dev), the links use the address
of the request that sent the e-mail; outside a request, the setting.

`AdminBaseUrlMiddleware` (core.middleware) records that address.
"""

from contextvars import ContextVar

WRITTEN_FOR = {"wagtail": "7.4"}

request_origin = ContextVar("ministry_request_origin", default=None)


def admin_base_url():
    from django.conf import settings

    origin = request_origin.get() if getattr(settings, "MINISTRY_BASE_URL_FROM_REQUEST", False) else None
    return origin or getattr(settings, "WAGTAILADMIN_BASE_URL", None)


def apply():
    from wagtail.admin import userbar, utils
    from wagtail.admin.templatetags import wagtailadmin_tags

    # Each module bound the function at import: replace every binding.
    for module in (utils, userbar, wagtailadmin_tags):
        module.get_admin_base_url = admin_base_url
