"""Production: refuses to start unless the deployment says who it is.

SECRET_KEY, ALLOWED_HOSTS, DATABASE_URL and EMAIL_HOST must be set (without
a mail server, password reset links and the notice of a replaced
authenticator would be printed to the console, where nobody reads them and
anyone with the logs could use them); everything else has a safe default or
falls back to the embedded service (see .env.example).
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import (
    ENV_ALLOWED_HOSTS,
    ENV_DATABASE_URL,
    ENV_EMAIL_HOST,
    ENV_SECRET_KEY,
    ENV_SITE_BASE_URL,
    ENV_TRUSTED_PROXY_COUNT,
    _env_bool,
)

_missing = [
    name
    for name, value in (
        ("SECRET_KEY", ENV_SECRET_KEY),
        ("ALLOWED_HOSTS", ENV_ALLOWED_HOSTS),
        ("DATABASE_URL", ENV_DATABASE_URL),
        ("EMAIL_HOST", ENV_EMAIL_HOST),
    )
    if not value
]
if _missing:
    raise ImproperlyConfigured(
        "settings.production cannot start without these environment variables: "
        + ", ".join(_missing)
        + ". See .env.example."
    )

DEBUG = False
DEMO_CONTENT_ALLOWED = False
# Links in notification e-mails: the configured address, else the first host.
WAGTAILADMIN_BASE_URL = ENV_SITE_BASE_URL or f"https://{ENV_ALLOWED_HOSTS[0]}"

# Behind a TLS-terminating reverse proxy that sets X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = _env_bool("SECURE_SSL_REDIRECT", True)
SECURE_REDIRECT_EXEMPT = [r"^healthz$", r"^readyz$"]
SECURE_HSTS_SECONDS = 63072000
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
SESSION_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SECURE = True
LANGUAGE_COOKIE_SAMESITE = "Lax"

# Sign-in lockouts count the client's address as the reverse proxies report
# it (core.client_address): one proxy (nginx) unless told otherwise.
if not ENV_TRUSTED_PROXY_COUNT.strip():
    TRUSTED_PROXY_COUNT = 1
elif not ENV_TRUSTED_PROXY_COUNT.strip().isdigit():
    raise ImproperlyConfigured(
        f"TRUSTED_PROXY_COUNT must be a whole number of reverse proxies, not {ENV_TRUSTED_PROXY_COUNT!r}."
    )

# Hashed, compressed static files served by whitenoise from every app server.
STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}
