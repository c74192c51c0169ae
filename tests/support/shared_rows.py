"""Rows that every test of a module reads, made once for the module.

Django's TestCase.setUpTestData for pytest: the module's rows are made inside
a transaction that stays open while the module's tests run; each test runs in
a savepoint inside it (pytest-django's own), rolled back after the test, so
every test starts from exactly the rows the module made, whatever the test
before it changed; the last test's end rolls the module's rows back too.

Use it in a module-scoped fixture (module fixtures are set up before a test's
own transaction begins):

    @pytest.fixture(scope="module")
    def world(django_db_setup, django_db_blocker):
        with shared_rows(django_db_blocker, build_the_rows) as rows:
            yield rows
"""

from contextlib import contextmanager

from django.db import transaction


@contextmanager
def shared_rows(django_db_blocker, build):
    """Yields what `build()` returns; its rows are seen by the module's tests."""
    with django_db_blocker.unblock():
        outer = transaction.atomic()
        outer.__enter__()
        try:
            rows = build()
        except BaseException:
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
            raise
    try:
        yield rows
    finally:
        with django_db_blocker.unblock():
            transaction.set_rollback(True)
            outer.__exit__(None, None, None)
