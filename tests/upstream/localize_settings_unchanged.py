"""wagtail-localize's own test settings, unchanged but for a runner that
records each test's outcome (tests/upstream/run.py)."""

from tests.testapp.settings import *  # noqa: F403  (upstream's `tests`, first on the path)

TEST_RUNNER = "localize_recording.RecordingRunner"
