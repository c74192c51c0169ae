"""Settings are read from the environment; production refuses to guess."""

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
STRONG_KEY = "k3y-for-tests-only-" + "x7Gq9LmZ2vR4tY8wB1nC5dF0hJ6sK3pQ" * 2

PRODUCTION_ENV = {
    "SECRET_KEY": STRONG_KEY,
    "ALLOWED_HOSTS": "press.example.org",
    "DATABASE_URL": "sqlite:///" + str(ROOT / "var" / "never-created.sqlite3"),
    "EMAIL_HOST": "smtp.press.example.org",
}


def run_manage(args, env_overrides, settings_module="settings.production"):
    env = clean_environment()
    env.update(env_overrides)
    env["DJANGO_SETTINGS_MODULE"] = settings_module
    return subprocess.run(
        [sys.executable, "manage.py", *args], cwd=ROOT, env=env, capture_output=True, text=True, timeout=120
    )


def clean_environment():
    """This process's environment without the site's variables (and without
    what the browser tests set for themselves)."""
    ignored = _ALL_VARIABLES | {"DJANGO_ALLOW_ASYNC_UNSAFE", "DJANGO_SETTINGS_MODULE"}
    return {key: value for key, value in os.environ.items() if key not in ignored}


def _variables_in_env_example():
    names = []
    for line in (ROOT / ".env.example").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#") and "=" in line:
            names.append(line.split("=", 1)[0].strip())
    return names


_ALL_VARIABLES = set(_variables_in_env_example())


@pytest.mark.parametrize("missing", ["SECRET_KEY", "ALLOWED_HOSTS", "DATABASE_URL", "EMAIL_HOST"])
def test_production_refuses_to_start_without_its_variables(missing):
    env = {key: value for key, value in PRODUCTION_ENV.items() if key != missing}
    result = run_manage(["check"], env)
    assert result.returncode != 0
    assert "settings.production cannot start without" in result.stderr
    assert missing in result.stderr


def test_production_check_deploy_reports_nothing():
    result = run_manage(["check", "--deploy", "--fail-level", "DEBUG"], PRODUCTION_ENV)
    assert result.returncode == 0, result.stderr + result.stdout
    assert "System check identified no issues" in result.stdout


def test_load_demo_content_refuses_under_production_settings():
    result = run_manage(["load_demo_content"], PRODUCTION_ENV)
    assert result.returncode != 0
    assert "only runs under the dev and test settings" in result.stderr


def test_every_variable_the_settings_read_is_documented_in_env_example():
    import re

    read = set()
    for path in (ROOT / "settings").glob("*.py"):
        source = path.read_text(encoding="utf-8")
        read |= set(re.findall(r"""(?:os\.environ\.get|_env_list|_env_bool)\(\s*["']([A-Z_]+)["']""", source))
    read -= {"TEST_MEDIA_ROOT", "PYTEST_XDIST_WORKER"}  # the test settings' own
    assert read, "the pattern found no variables"
    assert read <= _ALL_VARIABLES, read - _ALL_VARIABLES


def settings_seen_with(env_overrides, *expressions):
    """Evaluate `expressions` on django.conf.settings in a fresh process under
    settings.dev with only `env_overrides` set."""
    code = (
        "import django, json; from django.conf import settings; django.setup();"
        f"print(json.dumps([{', '.join(expressions)}]))"
    )
    env = clean_environment()
    env.update(env_overrides, DJANGO_SETTINGS_MODULE="settings.dev")
    result = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True)
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def test_unset_variables_mean_the_embedded_defaults():
    assert settings_seen_with(
        {},
        "settings.DATABASES['default']['ENGINE']",
        "settings.CACHES['default']['BACKEND']",
        "settings.STORAGES['default']['BACKEND']",
        "settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND']",
        "settings.EMAIL_BACKEND",
        "settings.CELERY_BROKER_URL",
    ) == [
        "django.db.backends.sqlite3",
        "django.core.cache.backends.locmem.LocMemCache",
        "django.core.files.storage.FileSystemStorage",
        "search.backends",
        # Mail written to var/sent-mail/, where the demo's mailings can be read.
        "django.core.mail.backends.filebased.EmailBackend",
        # A broker that needs no server (kombu's filesystem transport under var/celery/).
        "filesystem://",
    ]


def test_set_variables_switch_to_the_real_services():
    env = {
        "DATABASE_URL": "postgres://press@db.internal:5432/press",
        "REDIS_URL": "redis://cache.internal:6379/0",
        "AWS_STORAGE_BUCKET_NAME": "press-media",
        "AWS_S3_ENDPOINT_URL": "https://s3.internal",
        "ELASTICSEARCH_URL": "http://search.internal:9200",
        "EMAIL_HOST": "smtp.internal",
    }
    assert settings_seen_with(
        env,
        "settings.DATABASES['default']['ENGINE']",
        "settings.DATABASES['default']['HOST']",
        "settings.CACHES['default']['BACKEND']",
        "settings.CACHES['default']['LOCATION']",
        "settings.STORAGES['default']['BACKEND']",
        "settings.STORAGES['default']['OPTIONS']['bucket_name']",
        "settings.STORAGES['default']['OPTIONS']['endpoint_url']",
        "settings.WAGTAILSEARCH_BACKENDS['default']['BACKEND']",
        "settings.WAGTAILSEARCH_BACKENDS['default']['URLS']",
        "settings.EMAIL_BACKEND",
        "settings.EMAIL_HOST",
    ) == [
        "django.db.backends.postgresql",
        "db.internal",
        "django_redis.cache.RedisCache",
        "redis://cache.internal:6379/0",
        "storages.backends.s3.S3Storage",
        "press-media",
        "https://s3.internal",
        "search.elasticsearch_backend",  # Wagtail's Elasticsearch 8 backend with a fallback
        ["http://search.internal:9200"],
        "django.core.mail.backends.smtp.EmailBackend",
        "smtp.internal",
    ]


def test_the_idle_time_of_a_session_is_configurable():
    assert settings_seen_with({}, "settings.SESSION_IDLE_TIMEOUT", "settings.SESSION_COOKIE_AGE") == [28800, 28800]
    assert settings_seen_with(
        {"SESSION_IDLE_MINUTES": "30"}, "settings.SESSION_IDLE_TIMEOUT", "settings.SESSION_COOKIE_AGE"
    ) == [1800, 1800]
