"""Settings for the test suite: the embedded defaults, or real services when
DATABASE_URL / REDIS_URL are set (CI sets both)."""

import os

from .base import *  # noqa: F403
from .base import CACHES, ENV_REDIS_URL

DEBUG = False
MEDIA_ROOT = os.environ.get("TEST_MEDIA_ROOT") or "/tmp/ministry-test-media"  # nosec B108 # the test suite's scratch files
SECRET_KEY = "test-only-not-secret-ministry-key-0123456789abcdefghijklmnopqrstuv"  # nosec B105 # signs nothing outside a test
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
DEMO_CONTENT_ALLOWED = True
DEMO_CREDENTIALS_FILE = os.path.join(MEDIA_ROOT, f"demo-credentials-{os.getpid()}.json")
WAGTAILADMIN_BASE_URL = "http://testserver"
PRIVATE_MEDIA_ROOT = os.path.join(MEDIA_ROOT, "private")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "documents": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": "/private-media-never-served/"},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
# Two-factor sign-in is tested on its own (tests/production/test_two_factor.py).
MINISTRY_2FA_ENFORCED = False
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
# The browser tests' live server shows uploaded images too.
SERVE_MEDIA_FILES = True

if ENV_REDIS_URL:
    # Each run (and each xdist worker) gets its own key space on the shared Redis.
    CACHES["default"]["KEY_PREFIX"] = "test-{}-{}".format(os.getpid(), os.environ.get("PYTEST_XDIST_WORKER", "main"))

# Tasks queued by a test stay in this process (kombu's in-memory transport):
# no test leaves messages for a real worker. Tests of the worker processes
# give them a broker of their own (tests/support/workers.py).
CELERY_BROKER_URL = "memory://"
CELERY_BROKER_TRANSPORT_OPTIONS = {}
