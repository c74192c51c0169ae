"""The embedded demo: runs on a fresh clone with nothing configured."""

from .base import *  # noqa: F403
from .base import ENV_ALLOWED_HOSTS, ENV_SECRET_KEY, ENV_SITE_BASE_URL, _env_bool

# Off by default so the demo shows the site's own 404 and 500 pages in the
# visitor's language; DEBUG=1 make demo shows Django's technical pages.
DEBUG = _env_bool("DEBUG", False)
# Static files from the apps' folders and uploaded media, without collectstatic.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
SERVE_MEDIA_FILES = True
# A fixed key is fine for a laptop demo; production refuses to start without its own.
SECRET_KEY = ENV_SECRET_KEY or "dev-only-not-secret-ministry-demo-key-0123456789abcdefghijklmnop"
ALLOWED_HOSTS = ENV_ALLOWED_HOSTS or ["127.0.0.1", "localhost", "[::1]"]
DEMO_CONTENT_ALLOWED = True
# Demo passwords, kept out of git so every `make demo` prints the same ones.
DEMO_CREDENTIALS_FILE = BASE_DIR / "var" / "demo-credentials.json"  # noqa: F405
# The demo's director signs in with a password only (MINISTRY_2FA_ENFORCED=1 to try two-factor sign-in).
MINISTRY_2FA_ENFORCED = _env_bool("MINISTRY_2FA_ENFORCED", False)
# E-mail links: SITE_BASE_URL when set, else the address the demo was reached at
# (any port), rather than a guessed http://127.0.0.1:8000.
MINISTRY_BASE_URL_FROM_REQUEST = not ENV_SITE_BASE_URL
