"""The backup and restore drill of docs/deployment.md, run for real.

Database: the test database (migrated, holding the demo site in three
languages) is dumped with `pg_dump --format=custom` and restored with
`createdb` and `pg_restore --no-owner` into an empty database, exactly the
operators' commands; then the restored copy needs no migration, holds the
same rows in every table, the same pages, revisions and live revisions, and
serves the home page of each language. On the embedded SQLite the same drill
uses SQLite's online backup API.

Files: with versioning on, an overwritten or deleted document comes back from
the bucket's earlier version, and the site serves the original again.
"""

import os
import sqlite3
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection
from django.test import Client
from wagtail.models import Page, Revision

from core.models import MinistryDocument
from pressroom import factories

ROOT = Path(settings.BASE_DIR)
LANGUAGES = ("fa-af", "ps", "en")

pytestmark = pytest.mark.django_db


def _run(command, **kwargs):
    result = subprocess.run(command, capture_output=True, text=True, timeout=300, **kwargs)
    assert result.returncode == 0, f"{command[:3]} exited {result.returncode}:\n{result.stdout}\n{result.stderr}"
    return result.stdout


# --- the database -------------------------------------------------------------


def _postgres_env():
    """libpq's variables for the test database's server (pg_dump & co. read them)."""
    db = connection.settings_dict
    env = {**os.environ, "PGHOST": db["HOST"] or "127.0.0.1", "PGPORT": str(db["PORT"] or 5432)}
    env["PGUSER"] = db["USER"] or "postgres"
    if db["PASSWORD"]:
        env["PGPASSWORD"] = db["PASSWORD"]
    return env


@pytest.fixture
def restored(tmp_path):
    """Back the test database up and restore it into an empty one; yields
    (DATABASE_URL of the copy, a function running SQL on it)."""
    source = connection.settings_dict["NAME"]
    if connection.vendor == "postgresql":
        env = _postgres_env()
        target = f"{source}_restore_{uuid.uuid4().hex[:8]}"[-63:]
        dump = tmp_path / "ministry.dump"
        _run(["pg_dump", "--format=custom", f"--file={dump}", source], env=env)
        _run(["createdb", target], env=env)
        try:
            _run(["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={target}", str(dump)], env=env)
            import psycopg

            db = connection.settings_dict
            url = f"postgres://{env['PGUSER']}@{env['PGHOST']}:{env['PGPORT']}/{target}"
            if db["PASSWORD"]:
                url = f"postgres://{env['PGUSER']}:{db['PASSWORD']}@{env['PGHOST']}:{env['PGPORT']}/{target}"

            def query(sql):
                with psycopg.connect(url) as copy:
                    return copy.execute(sql).fetchall()

            yield url, query
        finally:
            _run(["dropdb", "--if-exists", "--force", target], env=env)
    elif connection.vendor == "sqlite":
        # The test database lives in memory: the backup API copies it as
        # `sqlite3 db.sqlite3 ".backup copy.sqlite3"` copies a file.
        copy_path = tmp_path / "restored.sqlite3"
        connection.ensure_connection()
        with sqlite3.connect(copy_path) as target:
            connection.connection.backup(target)

        def query(sql):
            with sqlite3.connect(copy_path) as copy:
                return copy.execute(sql).fetchall()

        yield f"sqlite:///{copy_path}", query
    else:
        pytest.fail(f"no backup drill for {connection.vendor}")


def _tables():
    return sorted(name for name in connection.introspection.table_names() if not name.startswith("sqlite_"))


def _rows_per_table(query):
    return {table: query(f'SELECT COUNT(*) FROM "{table}"')[0][0] for table in _tables()}  # nosec B608


def _pages(query):
    return sorted(query("SELECT id, live, live_revision_id, has_unpublished_changes, url_path FROM wagtailcore_page"))


def _source_query(sql):
    with connection.cursor() as cursor:
        cursor.execute(sql)
        return [tuple(row) for row in cursor.fetchall()]


def _manage(database_url, *args):
    env = {k: v for k, v in os.environ.items() if k not in ("REDIS_URL", "ELASTICSEARCH_URL")}
    env.update(DATABASE_URL=database_url, DJANGO_SETTINGS_MODULE="settings.test")
    return _run([sys.executable, str(ROOT / "manage.py"), *args], env=env, cwd=ROOT)


HOME_PAGES = """
import json
from django.test import Client
from wagtail.models import Locale, Site
answers = {}
for language in ("fa-af", "ps", "en"):
    response = Client().get(f"/{language}/")
    answers[language] = [response.status_code, response.content.decode()]
print(json.dumps(answers))
"""


def test_a_backup_restores_into_an_empty_database_with_every_page_and_revision(restored):
    database_url, query = restored
    # What the backup was taken of: the demo site, published in three languages.
    live_homes = {
        page.locale.language_code: page.title
        for page in Page.objects.filter(depth=2, live=True).select_related("locale")
    }
    assert set(live_homes) == set(LANGUAGES)
    assert Revision.objects.count() > 0 and Page.objects.filter(live=True).count() > len(LANGUAGES)

    # The copy is of this release: no migration is missing or left to apply.
    _manage(database_url, "migrate", "--check", "--noinput")
    assert "No migrations to apply." in _manage(database_url, "migrate", "--noinput")

    # Every table holds the same rows; pages, revisions and live revisions match one for one.
    assert _rows_per_table(query) == _rows_per_table(_source_query)
    assert _pages(query) == _pages(_source_query)
    assert query("SELECT COUNT(*) FROM wagtailcore_revision") == [(Revision.objects.count(),)]

    # The restored site answers: each language's home page, with its title.
    import json

    answers = json.loads(_manage(database_url, "shell", "-c", HOME_PAGES).strip().splitlines()[-1])
    for language in LANGUAGES:
        status, html = answers[language]
        assert status == 200, (language, html[:500])
        assert live_homes[language] in html, language


# --- the bucket ---------------------------------------------------------------


def _serve(document):
    response = Client().get(document.url)
    return response.status_code, b"".join(response.streaming_content) if response.status_code == 200 else b""


def _restore_previous_version(client, bucket, key):
    """What an operator does (docs/deployment.md): list the key's versions and
    copy the newest one before the damage over it; a delete marker is removed."""
    listing = client.list_object_versions(Bucket=bucket, Prefix=key)
    markers = [m for m in listing.get("DeleteMarkers", []) if m["Key"] == key and m["IsLatest"]]
    if markers:
        client.delete_object(Bucket=bucket, Key=key, VersionId=markers[0]["VersionId"])
        return
    versions = sorted(
        (v for v in listing.get("Versions", []) if v["Key"] == key), key=lambda v: v["LastModified"], reverse=True
    )
    earlier = versions[1]
    client.copy_object(
        Bucket=bucket, Key=key, CopySource={"Bucket": bucket, "Key": key, "VersionId": earlier["VersionId"]}
    )


@pytest.fixture
def published_document(s3_storages, demo_site):
    from django.core.files.base import ContentFile

    s3 = s3_storages
    s3["client"].put_bucket_versioning(Bucket=s3["bucket"], VersioningConfiguration={"Status": "Enabled"})
    document = MinistryDocument.objects.create(
        title="اعلامیه مطبوعاتی", file=ContentFile(b"%PDF-1.4 the signed statement", name="statement.pdf")
    )
    index = factories.NewsIndexPageFactory(parent=demo_site["fa-af"], slug="versions")
    factories.NewsPageFactory(parent=index, body=[("document", {"document": document, "title": ""})])
    assert _serve(document) == (200, b"%PDF-1.4 the signed statement")
    return document, s3, f"private/{document.file.name}"


def test_an_overwritten_document_comes_back_from_the_bucket_versions(published_document):
    document, s3, key = published_document
    s3["client"].put_object(Bucket=s3["bucket"], Key=key, Body=b"%PDF-1.4 overwritten by mistake")
    assert _serve(document) == (200, b"%PDF-1.4 overwritten by mistake")

    _restore_previous_version(s3["client"], s3["bucket"], key)
    assert _serve(document) == (200, b"%PDF-1.4 the signed statement")


def test_a_deleted_document_comes_back_from_the_bucket_versions(published_document):
    document, s3, key = published_document
    s3["client"].delete_object(Bucket=s3["bucket"], Key=key)
    # Until it is restored, readers get the "not found" page, never a server error.
    response = Client().get(document.url)
    assert response.status_code == 404
    assert "error-page" in response.content.decode()  # the site's own page, in the reader's language

    _restore_previous_version(s3["client"], s3["bucket"], key)
    assert _serve(document) == (200, b"%PDF-1.4 the signed statement")
