"""Committed database states for transactional tests, built once per test
process and put back in a second for each later test.

A transactional test (a live server for Chromium) starts from an empty
database: pytest-django flushes it after every such test. Loading the demo's
site again for each one took 5-15 s, and the full demo about 40 s; restoring a
copy takes well under a second. A state is rebuilt whenever this process has no
copy of it, so a test sees exactly what `build()` makes.

A state that several test processes need (the whole demo: about 30 s to
load) is built by the first of the run's processes to need it, which leaves a
copy in files for the others (`restore_or_build_for_the_run`).
"""

import json
import os
import shutil
import tempfile
from pathlib import Path

from django.db import connection

from tests.support import migrated

_copies = {}


def restore_or_build(name, build):
    """Bring the committed database to the state `build()` makes: from this
    process's copy named `name` if there is one, else by running `build()`
    and keeping a copy."""
    from tests.support.cache import clear_cache

    copy = _copies.get(name)
    if copy is not None and _restore(copy):
        clear_cache()
        return
    build()
    _copies[name] = _take()


def restore_or_build_for_the_run(name, build):
    """As `restore_or_build`, but a state this process has no copy of comes
    from the run's copy in files when another test process has built it
    (run alone, without pytest-xdist, the process builds it). One process
    builds at a time; the others wait for its copy rather than build their own."""
    from tests.support.cache import clear_cache

    folder = _run_folder()
    if folder is None or name in _copies:
        return restore_or_build(name, build)
    files = folder / "".join(c if c.isalnum() else "-" for c in name)
    with migrated.file_lock(files.with_suffix(".lock")):
        if (files / "complete").exists():
            _restore_files(files)
            clear_cache()
        else:
            build()
            shutil.rmtree(files, ignore_errors=True)
            files.mkdir(parents=True)
            _write_files(files)
            (files / "complete").touch()
    _copies[name] = _take()


def keep(name):
    """Keep the committed database as it is now as state `name`."""
    _copies[name] = _take()


def _take():
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        import sqlite3

        copy = sqlite3.connect(":memory:", check_same_thread=False)
        connection.connection.backup(copy)
        return ("sqlite", copy)
    if connection.vendor == "postgresql":
        schema = f"snapshot_{len(_copies)}"
        with connection.cursor() as cursor:
            tables = _tables(cursor)
            cursor.execute(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
            cursor.execute(f"CREATE SCHEMA {schema}")
            for table in tables:
                cursor.execute(f'CREATE TABLE {schema}."{table}" AS TABLE public."{table}"')
            cursor.execute(
                "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' "
                "AND last_value IS NOT NULL"
            )
            sequences = cursor.fetchall()
        return ("postgresql", schema, tables, sequences)
    return None


def _restore(copy):
    if copy[0] == "sqlite":
        connection.ensure_connection()
        copy[1].backup(connection.connection)
        return True
    if copy[0] == "postgresql":
        _, schema, tables, sequences = copy
        _replace_rows(
            tables,
            sequences,
            lambda cursor, table: cursor.execute(f'INSERT INTO public."{table}" SELECT * FROM {schema}."{table}"'),
        )
        return True
    return False


def _replace_rows(tables, sequences, fill):
    """PostgreSQL: empty `tables`, `fill(cursor, table)` each again, and set
    the sequences' values, in one transaction."""
    with connection.cursor() as cursor:
        cursor.execute("BEGIN")
        # Rows go back in any order: foreign keys are checked by triggers,
        # which this session skips while it copies (a superuser's right; the
        # test database's owner has it).
        cursor.execute("SET LOCAL session_replication_role = replica")
        cursor.execute("TRUNCATE " + ", ".join(f'public."{table}"' for table in tables))
        for table in tables:
            fill(cursor, table)
        for name, value in sequences:
            cursor.execute("SELECT setval(%s, %s, true)", [f'public."{name}"', value])
        cursor.execute("COMMIT")


def _tables(cursor):
    cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    return [row[0] for row in cursor.fetchall()]


def _run_folder():
    """This run's folder for copies shared by its test processes (pytest-xdist
    gives the processes of one run the same id); None without pytest-xdist."""
    run = os.environ.get("PYTEST_XDIST_TESTRUNUID")
    if not run:
        return None
    folder = Path(tempfile.gettempdir()) / f"ministry-test-run-{run}"
    if not folder.exists():
        folder.mkdir(exist_ok=True)
        migrated.forget_older("ministry-test-run-", keep=folder.name)
    return folder


def _write_files(folder):
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        import sqlite3

        copy = sqlite3.connect(folder / "database.sqlite3")
        try:
            connection.connection.backup(copy)
        finally:
            copy.close()
        return
    # PostgreSQL: every table's rows (COPY, binary: the processes' databases
    # are copies of one migrated database, so the columns are the same) and
    # the sequences' values.
    raw = connection.connection
    with raw.cursor() as cursor:
        tables = _tables(cursor)
        for table in tables:
            with open(folder / f"{table}.copy", "wb") as out:
                with cursor.copy(f'COPY public."{table}" TO STDOUT (FORMAT binary)') as copy:
                    for data in copy:
                        out.write(data)
        cursor.execute(
            "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'public' AND last_value IS NOT NULL"
        )
        sequences = cursor.fetchall()
    (folder / "tables.json").write_text(json.dumps({"tables": tables, "sequences": sequences}))


def _restore_files(folder):
    connection.ensure_connection()
    if connection.vendor == "sqlite":
        migrated.copy_sqlite_into(connection.connection, folder / "database.sqlite3")
        return
    listed = json.loads((folder / "tables.json").read_text())

    def fill(cursor, table):
        with cursor.copy(f'COPY public."{table}" FROM STDIN (FORMAT binary)') as copy:
            copy.write((folder / f"{table}.copy").read_bytes())

    _replace_rows(listed["tables"], listed["sequences"], fill)
