"""Committed database states for transactional tests, built once per test
process and put back in a second for each later test.

A transactional test (a live server for Chromium) starts from an empty
database: pytest-django flushes it after every such test. Loading the demo's
site again for each one took 5-15 s, and the full demo about 40 s; restoring a
copy takes well under a second. A state is rebuilt whenever this process has no
copy of it, so a test sees exactly what `build()` makes.
"""

from django.db import connection

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
        with connection.cursor() as cursor:
            cursor.execute("BEGIN")
            # Rows go back in any order: foreign keys are checked by triggers,
            # which this session skips while it copies (a superuser's right; the
            # test database's owner has it).
            cursor.execute("SET LOCAL session_replication_role = replica")
            cursor.execute("TRUNCATE " + ", ".join(f'public."{table}"' for table in tables))
            for table in tables:
                cursor.execute(f'INSERT INTO public."{table}" SELECT * FROM {schema}."{table}"')
            for name, value in sequences:
                cursor.execute("SELECT setval(%s, %s, true)", [f'public."{name}"', value])
            cursor.execute("COMMIT")
        return True
    return False


def _tables(cursor):
    cursor.execute("SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY tablename")
    return [row[0] for row in cursor.fetchall()]
