"""Settings shared by every environment.

Every environment variable is read here, once, near the top of the file.
Unset means the embedded default: SQLite, local media files, a local-memory
cache, Wagtail's database search and e-mail printed to the console.
`settings.production` then insists on the variables a real deployment needs.
"""

import datetime
import os
from pathlib import Path
from urllib.parse import urlsplit

import dj_database_url
from django.conf.locale import LANG_INFO
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent


def _env_list(name, default=""):
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


def _scheme_and_host(url):
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


def _env_bool(name, default=False):
    value = os.environ.get(name)
    if value is None or value == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


# --- Environment, read once -------------------------------------------------
ENV_SECRET_KEY = os.environ.get("SECRET_KEY", "")
ENV_ALLOWED_HOSTS = _env_list("ALLOWED_HOSTS")
ENV_CSRF_TRUSTED_ORIGINS = _env_list("CSRF_TRUSTED_ORIGINS")
ENV_DATABASE_URL = os.environ.get("DATABASE_URL", "")
ENV_REDIS_URL = os.environ.get("REDIS_URL", "")
ENV_ELASTICSEARCH_URL = os.environ.get("ELASTICSEARCH_URL", "")
ENV_ELASTICSEARCH_INDEX_PREFIX = os.environ.get("ELASTICSEARCH_INDEX_PREFIX", "ministry_")
ENV_AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
ENV_AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL", "")
ENV_AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME", "")
ENV_AWS_ACCESS_KEY_ID = os.environ.get("AWS_ACCESS_KEY_ID", "")
ENV_AWS_SECRET_ACCESS_KEY = os.environ.get("AWS_SECRET_ACCESS_KEY", "")
ENV_AWS_S3_ADDRESSING_STYLE = os.environ.get("AWS_S3_ADDRESSING_STYLE", "")
ENV_AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN", "")
ENV_EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
ENV_EMAIL_PORT = int(os.environ.get("EMAIL_PORT") or 587)
ENV_EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
ENV_EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
ENV_EMAIL_USE_TLS = _env_bool("EMAIL_USE_TLS", True)
ENV_DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "")
ENV_SITE_BASE_URL = os.environ.get("SITE_BASE_URL", "")
ENV_TRUSTED_PROXY_COUNT = os.environ.get("TRUSTED_PROXY_COUNT", "")
ENV_SESSION_IDLE_MINUTES = os.environ.get("SESSION_IDLE_MINUTES", "")
ENV_MEDIA_ROOT = os.environ.get("MEDIA_ROOT", "")
ENV_STATIC_ROOT = os.environ.get("STATIC_ROOT", "")
ENV_CELERY_BROKER_URL = os.environ.get("CELERY_BROKER_URL", "")
ENV_CELERY_QUEUE = os.environ.get("CELERY_QUEUE", "")
ENV_VAR_DIR = os.environ.get("VAR_DIR", "")
ENV_MAILING_CLAIM_SECONDS = os.environ.get("MAILING_CLAIM_SECONDS", "")
ENV_MAILING_PARALLEL_TASKS = os.environ.get("MAILING_PARALLEL_TASKS", "")
ENV_SITE_CARE_BLOCKING_CHECKS = os.environ.get("SITE_CARE_BLOCKING_CHECKS", "")
ENV_SITE_CARE_REVIEW_DAYS = os.environ.get("SITE_CARE_REVIEW_DAYS", "")
ENV_SITE_CARE_LINK_TIMEOUT = os.environ.get("SITE_CARE_LINK_TIMEOUT", "")
ENV_SITE_CARE_LINK_THREADS = os.environ.get("SITE_CARE_LINK_THREADS", "")
ENV_SITE_CARE_ALLOW_PRIVATE_ADDRESSES = _env_bool("SITE_CARE_ALLOW_PRIVATE_ADDRESSES", False)
ENV_MONITORING_FETCH_TIMEOUT = os.environ.get("MONITORING_FETCH_TIMEOUT", "")
ENV_MONITORING_MAX_BYTES = os.environ.get("MONITORING_MAX_BYTES", "")
ENV_MONITORING_MAX_REDIRECTS = os.environ.get("MONITORING_MAX_REDIRECTS", "")
ENV_MONITORING_ALLOW_PRIVATE_ADDRESSES = _env_bool("MONITORING_ALLOW_PRIVATE_ADDRESSES", False)
# Files the embedded set-up writes at run time (never committed).
VAR_DIR = Path(ENV_VAR_DIR) if ENV_VAR_DIR else BASE_DIR / "var"


# --- Applications -------------------------------------------------------------
INSTALLED_APPS = [
    "core",
    "home",
    "pressroom",
    "directory",
    "press_events",
    "search",
    "media_relations",
    "monitoring",
    "site_care",
    "ministry_site",
    "axes",
    "csp",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_celery_beat",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.frontend_cache",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_filters",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    # Its catalogs: Wagtail's "11 seconds ago" (naturaltime) in Dari.
    "django.contrib.humanize",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # First after the security checks: a cached page for a visitor skips the
    # rest (what the inner middleware adds to a response is stored with it).
    "core.page_cache.AnonymousPageCacheMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "core.middleware.IndexUpdatesOnceMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.SiteLocaleMiddleware",
    "core.routing.RememberedSiteMiddleware",
    "core.middleware.RejectMalformedQueryMiddleware",
    "django.middleware.common.CommonMiddleware",
    "core.middleware.AdminBaseUrlMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "core.middleware.SessionIdleTimeoutMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "core.two_factor.TwoFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "core.middleware.StorageUnavailableMiddleware",
    "core.middleware.ContentSecurityPolicyMiddleware",
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "ministry_site.urls"
WSGI_APPLICATION = "ministry_site.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
                "core.context_processors.site_chrome",
            ],
        },
    },
]


# --- Database -----------------------------------------------------------------
DATABASES = {
    "default": dj_database_url.parse(ENV_DATABASE_URL, conn_max_age=60, conn_health_checks=True)
    if ENV_DATABASE_URL
    else {"ENGINE": "django.db.backends.sqlite3", "NAME": BASE_DIR / "db.sqlite3"}
}
if DATABASES["default"]["ENGINE"].endswith("postgresql"):
    # An unreachable server is an error within seconds (then the 503 page), not a hung worker.
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 3)
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"


# --- Cache --------------------------------------------------------------------
if ENV_REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": ENV_REDIS_URL,
            "KEY_PREFIX": os.environ.get("REDIS_KEY_PREFIX") or "ministry",
            "OPTIONS": {
                # A Redis outage must be a cache miss, not an error page: short
                # timeouts and django-redis swallowing connection errors.
                "SOCKET_CONNECT_TIMEOUT": 0.5,
                "SOCKET_TIMEOUT": 0.5,
                "IGNORE_EXCEPTIONS": True,
                # After a failure, Redis is not tried again for a few seconds
                # (each call a miss at once, not a wait for the timeouts).
                "CONNECTION_POOL_CLASS": "core.redis_breaker.BreakerConnectionPool",
            },
        }
    }
    DJANGO_REDIS_IGNORE_EXCEPTIONS = True
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    # Logged once per outage, then counted (LOGGING below).
    DJANGO_REDIS_LOGGER = "django_redis"
else:
    CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "ministry",
        }
    }


# --- Languages ----------------------------------------------------------------
# Django 5.2 knows neither Pashto nor Afghan Dari as a language of its own.
LANG_INFO.update(
    {
        "ps": {"bidi": True, "code": "ps", "name": "Pashto", "name_local": "پښتو"},
        "fa-af": {"bidi": True, "code": "fa-af", "name": "Dari", "name_local": "دری"},
    }
)

LANGUAGE_CODE = "fa-af"
LANGUAGES = [
    ("fa-af", _("Dari")),
    ("ps", _("Pashto")),
    ("en", _("English")),
]
LANGUAGES_BIDI = ["he", "ar", "ar-dz", "ckb", "fa", "fa-af", "ps", "ur", "ug"]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The site's own catalogs first; then Dari for the Wagtail and wagtail-localize
# strings their Persian catalogs leave untranslated (admin only).
LOCALE_PATHS = [BASE_DIR / "locale", BASE_DIR / "locale" / "wagtail_admin"]
USE_I18N = True
USE_TZ = True
TIME_ZONE = "Asia/Kabul"
# Everyone in the admin works on Kabul time: the scheduling fields say so, and
# no one can pick another zone in their account (Wagtail hides the choice).
WAGTAIL_USER_TIME_ZONES = ["Asia/Kabul"]
LANGUAGE_COOKIE_NAME = "ministry_language"

# The admin speaks Dari (Wagtail's Persian catalog plus ours) and English.
# Wagtail ships no Pashto catalog: a "Pashto" admin would be Persian and
# English, so it is not offered.
WAGTAILADMIN_PERMITTED_LANGUAGES = [
    ("fa-af", "دری"),
    ("en", "English"),
]


# --- Static and media files ---------------------------------------------------
STATIC_URL = "/static/"
STATIC_ROOT = Path(ENV_STATIC_ROOT) if ENV_STATIC_ROOT else BASE_DIR / "static_collected"
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(ENV_MEDIA_ROOT) if ENV_MEDIA_ROOT else BASE_DIR / "media"
STATICFILES_FINDERS = [
    "django.contrib.staticfiles.finders.FileSystemFinder",
    "django.contrib.staticfiles.finders.AppDirectoriesFinder",
]

# Images and their renditions are public files (default storage). Documents
# are not: a document uploaded for a draft must stay unseen until the page
# is approved, so they live apart ("documents": a private folder, or private
# objects in the bucket) and are only served through the site's document
# view, which checks that live content uses them (WAGTAILDOCS_SERVE_METHOD).
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT") or BASE_DIR / "private_media")
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "documents": {
        "BACKEND": "django.core.files.storage.FileSystemStorage",
        "OPTIONS": {"location": PRIVATE_MEDIA_ROOT, "base_url": "/private-media-never-served/"},
    },
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILDOCS_SERVE_METHOD = "serve_view"


def s3_storages(bucket_name, **connection):
    """The "default" (images: public objects with stable URLs) and
    "documents" (private objects, signed links, `private/` prefix) storages
    on one S3 bucket. `connection`: endpoint_url, region_name, access_key,
    secret_key, addressing_style, custom_domain (None or empty: left out)."""
    import botocore.config

    options = {
        "bucket_name": bucket_name,
        "default_acl": "public-read",
        "file_overwrite": False,
        "querystring_auth": False,
        # An unreachable store is an error in seconds, not a hung worker.
        "client_config": botocore.config.Config(connect_timeout=2, read_timeout=10, retries={"max_attempts": 2}),
        **{name: value for name, value in connection.items() if value},
    }
    return {
        "default": {"BACKEND": "storages.backends.s3.S3Storage", "OPTIONS": options},
        "documents": {
            "BACKEND": "storages.backends.s3.S3Storage",
            "OPTIONS": {
                **options,
                "location": "private",
                "default_acl": "private",
                "querystring_auth": True,
                "querystring_expire": 300,
                "custom_domain": None,
            },
        },
    }


if ENV_AWS_STORAGE_BUCKET_NAME:
    STORAGES.update(
        s3_storages(
            ENV_AWS_STORAGE_BUCKET_NAME,
            endpoint_url=ENV_AWS_S3_ENDPOINT_URL,
            region_name=ENV_AWS_S3_REGION_NAME,
            access_key=ENV_AWS_ACCESS_KEY_ID,
            secret_key=ENV_AWS_SECRET_ACCESS_KEY if ENV_AWS_ACCESS_KEY_ID else None,
            addressing_style=ENV_AWS_S3_ADDRESSING_STYLE,
            custom_domain=ENV_AWS_S3_CUSTOM_DOMAIN,
        )
    )

WAGTAILIMAGES_IMAGE_MODEL = "ministry_site.MinistryImage"
WAGTAILDOCS_DOCUMENT_MODEL = "ministry_site.MinistryDocument"
WAGTAILDOCS_EXTENSIONS = ["csv", "docx", "odt", "pdf", "pptx", "rtf", "txt", "xlsx", "zip", "mp4", "webm"]
WAGTAILDOCS_MAX_UPLOAD_SIZE = 200 * 1024 * 1024  # videos of events
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 15 * 1024 * 1024
# A PNG of a few kilobytes can decode to hundreds of millions of pixels, and
# a rendition decodes the whole image in a worker's memory. 50 million
# takes a 45-megapixel camera's photos (8192 × 5464); every upload path
# checks it (core.images).
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
WAGTAILIMAGES_IMAGE_FORM_BASE = "core.images.MinistryImageForm"
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000


# --- Search -------------------------------------------------------------------
# The database index (SQLite FTS5 or PostgreSQL, "simple" configuration: no
# stemming, no stop words, the same for Dari, Pashto and English) is always
# kept; with ELASTICSEARCH_URL set, Elasticsearch answers searches and the
# database index is the fallback when it is down (search.backends).
DATABASE_SEARCH_BACKEND = {"BACKEND": "search.backends", "SEARCH_CONFIG": "simple"}
if ENV_ELASTICSEARCH_URL:
    WAGTAILSEARCH_BACKENDS = {
        # The backend adds the Dari and Pashto analysis, a 2-second timeout and
        # no retries (search.elasticsearch.complete_params); the "database"
        # index answers while Elasticsearch is down.
        "default": {
            "BACKEND": "search.elasticsearch_backend",
            "URLS": [ENV_ELASTICSEARCH_URL],
            "INDEX_PREFIX": ENV_ELASTICSEARCH_INDEX_PREFIX,
            "FALLBACK": "database",
        },
        "database": DATABASE_SEARCH_BACKEND,
    }
else:
    WAGTAILSEARCH_BACKENDS = {"default": DATABASE_SEARCH_BACKEND}
# Wagtail's own tasks (search index and reference index updates) run at once,
# in the process that saves, as with django-tasks' default; a page's index
# entry is written once per request or translation, however often the page
# is saved in it (core.patches.search_index_once).
TASKS = {"default": {"BACKEND": "core.patches.search_index_once.ImmediateBackendIndexingOnce"}}


# --- Background work (Celery) -------------------------------------------------
# Tasks do one idempotent step each; what they work on lives in the database,
# never in the message, so a lost or repeated message loses or repeats nothing.
# CELERY_BROKER_URL: Redis in production (redis://…), RabbitMQ possible
# (amqp://…). Unset: kombu's filesystem transport under var/celery/, which
# needs no server (the embedded demo runs a worker beside the web server).
if ENV_CELERY_BROKER_URL:
    CELERY_BROKER_URL = ENV_CELERY_BROKER_URL
    CELERY_BROKER_TRANSPORT_OPTIONS = {}
else:
    CELERY_BROKER_URL = "filesystem://"
    CELERY_BROKER_TRANSPORT_OPTIONS = {
        "data_folder_in": str(VAR_DIR / "celery" / "queue"),
        "data_folder_out": str(VAR_DIR / "celery" / "queue"),
        "control_folder": str(VAR_DIR / "celery" / "control"),
    }
CELERY_TASK_DEFAULT_QUEUE = ENV_CELERY_QUEUE or "ministry"
CELERY_TASK_IGNORE_RESULT = True
CELERY_RESULT_BACKEND = None
# A message is acknowledged when its task has finished: a worker killed half
# way leaves it to the next worker (the task's own claims keep that safe).
CELERY_TASK_ACKS_LATE = True
CELERY_TASK_REJECT_ON_WORKER_LOST = True
CELERY_WORKER_PREFETCH_MULTIPLIER = 1
CELERY_BROKER_CONNECTION_RETRY_ON_STARTUP = True
# Sending a message to a broker that is down fails within seconds (the
# database keeps the work; the periodic sweep sends it later).
CELERY_BROKER_CONNECTION_TIMEOUT = 3
CELERY_TASK_PUBLISH_RETRY_POLICY = {"max_retries": 2, "interval_start": 0, "interval_step": 0.5}
CELERY_BEAT_SCHEDULER = "django_celery_beat.schedulers:DatabaseScheduler"
CELERY_TIMEZONE = "Asia/Kabul"
CELERY_WORKER_HIJACK_ROOT_LOGGER = False
# Media relations: how long a worker holds the recipients it claimed before
# another may take them (renewed before each message), and how many batches
# of one mailing are queued at once (about the number of worker processes).
MAILING_CLAIM_SECONDS = int(ENV_MAILING_CLAIM_SECONDS or 120)
MAILING_PARALLEL_TASKS = int(ENV_MAILING_PARALLEL_TASKS or 2)
# Site care (docs/site-care.md): checks whose findings take "Approve" away
# (comma-separated codes, none by default), when a page counts as not
# reviewed, and how the link checker treats external sites.
SITE_CARE_BLOCKING_CHECKS = [code.strip() for code in ENV_SITE_CARE_BLOCKING_CHECKS.split(",") if code.strip()]
SITE_CARE_REVIEW_DAYS = int(ENV_SITE_CARE_REVIEW_DAYS or 365)
SITE_CARE_LINK_TIMEOUT = float(ENV_SITE_CARE_LINK_TIMEOUT or 10)
SITE_CARE_SLOW_SECONDS = 5.0
SITE_CARE_MAX_REDIRECTS = 8
SITE_CARE_MAX_BODY_BYTES = 65536
SITE_CARE_RECHECK_HOURS = 24
SITE_CARE_LINK_BATCH = 200
SITE_CARE_LINK_THREADS = int(ENV_SITE_CARE_LINK_THREADS or 8)
# Links to this machine or a private network are not fetched (an editor's link
# must not make the server reach into the ministry's own network), except
# where a test or benchmark serves its links locally.
SITE_CARE_ALLOW_PRIVATE_ADDRESSES = ENV_SITE_CARE_ALLOW_PRIVATE_ADDRESSES
SITE_CARE_CLAIM_SECONDS = 600
SITE_CARE_CHUNK_PAGES = 250
SITE_CARE_LINK_TASKS = 2
# Media monitoring's fetches (docs/monitoring.md): seconds for a whole
# exchange, bytes read at most, redirects followed at most; addresses of
# this machine or its private network only where a test or demo serves feeds.
MONITORING_FETCH_TIMEOUT = float(ENV_MONITORING_FETCH_TIMEOUT or 15)
MONITORING_MAX_BYTES = int(ENV_MONITORING_MAX_BYTES or 5 * 1024 * 1024)
MONITORING_MAX_REDIRECTS = int(ENV_MONITORING_MAX_REDIRECTS or 5)
MONITORING_ALLOW_PRIVATE_ADDRESSES = ENV_MONITORING_ALLOW_PRIVATE_ADDRESSES


# --- E-mail -------------------------------------------------------------------
if ENV_EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    EMAIL_HOST = ENV_EMAIL_HOST
    EMAIL_PORT = ENV_EMAIL_PORT
    EMAIL_HOST_USER = ENV_EMAIL_HOST_USER
    EMAIL_HOST_PASSWORD = ENV_EMAIL_HOST_PASSWORD
    EMAIL_USE_TLS = ENV_EMAIL_USE_TLS
    EMAIL_TIMEOUT = 10
else:
    # The embedded default: every message is written to a file in
    # var/sent-mail/ (README), where the demo's mailings can be read.
    EMAIL_BACKEND = "django.core.mail.backends.filebased.EmailBackend"
    EMAIL_FILE_PATH = str(VAR_DIR / "sent-mail")
DEFAULT_FROM_EMAIL = ENV_DEFAULT_FROM_EMAIL or "webmaster@localhost"
SERVER_EMAIL = DEFAULT_FROM_EMAIL


# --- Security and hosts -------------------------------------------------------
SECRET_KEY = ENV_SECRET_KEY
ALLOWED_HOSTS = ENV_ALLOWED_HOSTS
CSRF_TRUSTED_ORIGINS = ENV_CSRF_TRUSTED_ORIGINS
X_FRAME_OPTIONS = "DENY"
CSRF_FAILURE_VIEW = "core.views.csrf_failure"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"

# New passwords are hashed with Argon2 (argon2-cffi); hashes made before
# with PBKDF2 still sign in, and are rehashed with Argon2 when they do.
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2SHA1PasswordHasher",
    "django.contrib.auth.hashers.ScryptPasswordHasher",
]
# 12 characters at least, not like the user name or e-mail, not all digits,
# and not among the ~20,000 most common passwords of leaked lists (the list
# ships with Django: no network needed).
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator", "OPTIONS": {"min_length": 12}},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
# A password reset link works for one hour.
PASSWORD_RESET_TIMEOUT = 60 * 60
# Everyone who signs in is staff: a session ends after this long without a
# request (core.middleware.SessionIdleTimeoutMiddleware), and the
# cookie and the stored session lapse with it. SESSION_IDLE_MINUTES; 8 hours.
SESSION_IDLE_TIMEOUT = 60 * (int(ENV_SESSION_IDLE_MINUTES) if ENV_SESSION_IDLE_MINUTES.strip().isdigit() else 8 * 60)
SESSION_COOKIE_AGE = SESSION_IDLE_TIMEOUT


# --- Wagtail ------------------------------------------------------------------
# Shown on the admin dashboard, whose users work in Dari.
WAGTAIL_SITE_NAME = "وزارت صنعت و تجارت — ریاست اطلاعات و ارتباط عامه"
# No avatars fetched from gravatar.com: it would send a hash of every
# editor's e-mail address to a third party.
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAILADMIN_BASE_URL = ENV_SITE_BASE_URL or "http://127.0.0.1:8000"
# Without a configured address (the demo), e-mail links use the address of the
# request that sends them (core.patches.admin_base_url); dev.py turns it on.
MINISTRY_BASE_URL_FROM_REQUEST = False
WAGTAIL_ALLOW_UNICODE_SLUGS = True
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Workflow e-mails: submissions to the Directors (not every superuser), the
# decision to the author, each in the recipient's admin language.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
# Approval publishes the revision the director reviewed, not a later one.
WAGTAIL_FINISH_WORKFLOW_ACTION = "core.workflow_actions.publish_reviewed_revision"
WAGTAILADMIN_NOTIFICATION_FROM_EMAIL = ENV_DEFAULT_FROM_EMAIL or "webmaster@localhost"
WAGTAIL_ENABLE_UPDATE_CHECK = False
WAGTAIL_ENABLE_WHATS_NEW_BANNER = False
WAGTAIL_LOCALIZE_DEFAULT_TRANSLATION_MODE = "synced"
# Out of the box wagtail-localize publishes a new translation of a live page at
# once, with the source-language text standing in for every untranslated
# string. A translation must start as a draft and go through approval.
WAGTAILLOCALIZE_SYNC_LIVE_STATUS_ON_TRANSLATE = False

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {
        # Password reset links in logged paths (a CSRF failure, an error) are
        # a way into the account for an hour: never written out.
        "redact_secrets": {"()": "core.logs.RedactSecrets"},
        # A Redis outage made every request log ~20 KB of tracebacks.
        "redis_outage": {"()": "core.logs.OncePerOutage", "service": "The cache (Redis)"},
        "storage_outage": {"()": "core.logs.OncePerOutage", "service": "The file store"},
    },
    "handlers": {"console": {"class": "logging.StreamHandler", "filters": ["redact_secrets"]}},
    "root": {"handlers": ["console"], "level": "WARNING"},
    "loggers": {
        "django.request": {"handlers": ["console"], "level": "ERROR", "propagate": False},
        "core": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "ministry_site": {"handlers": ["console"], "level": "INFO", "propagate": False},
        "django_redis": {"handlers": ["console"], "level": "WARNING", "filters": ["redis_outage"], "propagate": False},
        # Image sizes that could not be made (placeholders shown instead).
        "core.images": {
            "handlers": ["console"],
            "level": "WARNING",
            "filters": ["storage_outage"],
            "propagate": False,
        },
    },
}


# Whole anonymous pages in the shared cache, dropped on publish
# (core.page_cache). ANONYMOUS_PAGE_CACHE=0 turns it off.
ANONYMOUS_PAGE_CACHE = _env_bool("ANONYMOUS_PAGE_CACHE", True)
# Measured in bench/load.py, each can be turned off there: the route hint
# (core.routing: one query instead of Wagtail's walk) and each
# worker's own copies of the hottest pages and parts (page_cache).
ROUTE_HINTS = _env_bool("ROUTE_HINTS", True)
PAGE_CACHE_LOCAL_COPIES = _env_bool("PAGE_CACHE_LOCAL_COPIES", True)
# A CDN or caching proxy in front: publishing and unpublishing send it an
# HTTP PURGE for the page's URLs (wagtail.contrib.frontend_cache).
ENV_FRONTEND_CACHE_PURGE_URL = os.environ.get("FRONTEND_CACHE_PURGE_URL", "")
WAGTAILFRONTENDCACHE = (
    {
        "default": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": ENV_FRONTEND_CACHE_PURGE_URL,
        }
    }
    if ENV_FRONTEND_CACHE_PURGE_URL
    else {}
)


# --- Sign-in protection -----------------------------------------------------------
# django-axes: five failed sign-ins for one username from one address lock
# that pair for 15 minutes (never forever); other people and places are not
# affected. The address is the one the outermost of TRUSTED_PROXY_COUNT
# reverse proxies appended to X-Forwarded-For (core.client_address);
# 0 (the default here, 1 in settings.production) means REMOTE_ADDR.
TRUSTED_PROXY_COUNT = int(ENV_TRUSTED_PROXY_COUNT) if ENV_TRUSTED_PROXY_COUNT.strip().isdigit() else 0
AXES_CLIENT_IP_CALLABLE = "core.client_address.client_ip"
AUTHENTICATION_BACKENDS = ["axes.backends.AxesStandaloneBackend", "django.contrib.auth.backends.ModelBackend"]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = datetime.timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_CALLABLE = "core.views.signin_locked"
AXES_VERBOSE = False
# Two-factor sign-in (core.two_factor): required for these groups
# (and superusers) when MINISTRY_2FA_ENFORCED; the demo turns it off.
MINISTRY_2FA_ENFORCED = _env_bool("MINISTRY_2FA_ENFORCED", True)
MINISTRY_2FA_REQUIRED_GROUPS = ["Directors"]
OTP_TOTP_ISSUER = "MoCI press site"


# --- Content Security Policy (django-csp) -------------------------------------------
# Public pages load scripts, styles, fonts and images from the site itself
# only (no inline script or style); images may also come from the bucket.
# Videos are embedded from YouTube and Vimeo. The admin has a policy of its
# own (ADMIN_CONTENT_SECURITY_POLICY below).
_CSP_MEDIA = [f"{_scheme_and_host(ENV_AWS_S3_ENDPOINT_URL)}"] if ENV_AWS_S3_ENDPOINT_URL else []
if ENV_AWS_S3_CUSTOM_DOMAIN:
    _CSP_MEDIA.append(f"https://{ENV_AWS_S3_CUSTOM_DOMAIN}")
elif ENV_AWS_STORAGE_BUCKET_NAME and not ENV_AWS_S3_ENDPOINT_URL:
    _CSP_MEDIA.append("https://*.amazonaws.com")
_CSP_VIDEO = ["https://www.youtube.com", "https://www.youtube-nocookie.com", "https://player.vimeo.com"]
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:", *_CSP_MEDIA],
        "media-src": ["'self'", *_CSP_MEDIA],
        "font-src": ["'self'"],
        "frame-src": _CSP_VIDEO,
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
# The admin (everything under /admin/, core.middleware.
# ContentSecurityPolicyMiddleware), measured in Chromium through the page
# editor, the choosers and the live preview (tests/browser/
# test_content_security_policy.py). Wagtail 7.4 still writes inline scripts
# (page listings, the page editor's panels and date pickers, reports, the
# translation editor), inline event handlers (image screens) and inline
# styles, so the enforced policy allows inline script and style; it still
# keeps every other origin out (scripts, styles, fonts, connections, frames,
# forms), plugins, <base> and eval. The same policy without inline script is
# sent report-only, so that what Wagtail still needs shows in the browser's
# console. Frames of the admin are refused except the live preview
# (frame-ancestors follows the response's X-Frame-Options).
ADMIN_CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'", "'unsafe-inline'"],
        "style-src": ["'self'", "'unsafe-inline'"],
        "img-src": ["'self'", "data:", "blob:", *_CSP_MEDIA],
        "media-src": ["'self'", "blob:", *_CSP_MEDIA],
        "font-src": ["'self'"],
        "frame-src": ["'self'", *_CSP_VIDEO],
        "connect-src": ["'self'"],
        "object-src": ["'none'"],
        "base-uri": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
    },
}
ADMIN_CONTENT_SECURITY_POLICY_REPORT_ONLY = {
    "DIRECTIVES": {
        **ADMIN_CONTENT_SECURITY_POLICY["DIRECTIVES"],
        "script-src": ["'self'"],
    },
}
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
X_FRAME_OPTIONS = "DENY"
