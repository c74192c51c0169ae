"""A test runner for wagtail-localize's own suite that writes each test's
outcome to a JSON file (UPSTREAM_RESULTS), for tests/upstream/run.py to
compare between runs. Imported as a top-level module: tests/upstream is put
on the path of the upstream run, whose own `tests` package is upstream's."""

import json
import os
import unittest
from functools import wraps

from django.test.runner import DiscoverRunner


def _last_line(err):
    exc_type, value, _tb = err
    text = f"{exc_type.__name__}: {value}".strip().splitlines()
    return text[0][:300] if text else exc_type.__name__


class RecordingResult(unittest.TextTestResult):
    outcomes = {}

    def _record(self, test, outcome, detail=""):
        RecordingResult.outcomes[test.id()] = [outcome, detail]

    def addSuccess(self, test):
        super().addSuccess(test)
        self._record(test, "ok")

    def addFailure(self, test, err):
        super().addFailure(test, err)
        self._record(test, "fail", _last_line(err))

    def addError(self, test, err):
        super().addError(test, err)
        self._record(test, "error", _last_line(err))

    def addSkip(self, test, reason):
        super().addSkip(test, reason)
        self._record(test, "skip", reason)

    def addExpectedFailure(self, test, err):
        super().addExpectedFailure(test, err)
        self._record(test, "expected failure")

    def addUnexpectedSuccess(self, test):
        super().addUnexpectedSuccess(test)
        self._record(test, "unexpected success")

    def addSubTest(self, test, subtest, err):
        super().addSubTest(test, subtest, err)
        if err is not None:
            failed = issubclass(err[0], test.failureException)
            self._record(test, "fail" if failed else "error", f"{subtest}: {_last_line(err)}")


class RecordingRunner(DiscoverRunner):
    def get_resultclass(self):
        return RecordingResult

    def run_suite(self, suite, **kwargs):
        result = super().run_suite(suite, **kwargs)
        with open(os.environ["UPSTREAM_RESULTS"], "w", encoding="utf-8") as out:
            json.dump(RecordingResult.outcomes, out, indent=1, sort_keys=True)
        return result


def _wrap(function, context, classmethod_=False):
    @wraps(function)
    def wrapper(*args, **kwargs):
        with context():
            return function(*args, **kwargs)

    return classmethod(wrapper) if classmethod_ else wrapper


class RelaxedSetUpRunner(RecordingRunner):
    """Our patches are on, but upstream's set-up (setUp, setUpTestData,
    setUpClass) translates pages whose parent is not translated, which our
    rule refuses; there it is relaxed (parents copied as wagtail-localize
    does) so that the tests reach their assertions, which run with the rule."""

    def build_suite(self, *args, **kwargs):
        from core.patches.localize_save_target import parents_copied_for_set_up

        suite = super().build_suite(*args, **kwargs)
        wrapped = set()
        for test in _tests(suite):
            if not isinstance(test, unittest.TestCase):
                continue
            for klass in type(test).__mro__:
                if klass in wrapped or not klass.__module__.startswith("tests."):
                    continue
                wrapped.add(klass)
                if "setUp" in vars(klass):
                    klass.setUp = _wrap(vars(klass)["setUp"], parents_copied_for_set_up)
                for name in ("setUpTestData", "setUpClass"):
                    method = vars(klass).get(name)
                    if isinstance(method, classmethod):
                        setattr(klass, name, _wrap(method.__func__, parents_copied_for_set_up, classmethod_=True))
        return suite


def _tests(suite):
    for item in suite:
        if isinstance(item, unittest.TestSuite):
            yield from _tests(item)
        else:
            yield item
