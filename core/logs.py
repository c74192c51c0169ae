"""Logging filters (named in settings.LOGGING)."""

import logging
import re
import time

# A password reset link (/admin/password_reset/confirm/<user>/<token>/) signs
# into the account for an hour: it must not be readable in a log file.
_RESET_LINK = re.compile(r"(password_reset/confirm/)[^/\s\"'?#]+/(?!set-password/)[^/\s\"'?#]+")


def redact_secrets(text):
    return _RESET_LINK.sub(r"\1[redacted]", text) if "password_reset/confirm/" in text else text


class RedactSecrets(logging.Filter):
    """Takes password reset tokens out of every record (Django logs the path
    of a refused or failed request: "Forbidden (CSRF token missing.): /admin/
    password_reset/confirm/…")."""

    def filter(self, record):
        message = record.getMessage()
        redacted = redact_secrets(message)
        if redacted != message:
            record.msg, record.args = redacted, ()
        return True


class OncePerOutage(logging.Filter):
    """An unreachable service makes every request log the same error, with
    its traceback (django-redis logs each ignored connection error: ~20 KB
    a request while Redis is down). The first error of an outage goes
    through, with one line saying what failed; the rest are counted and
    reported once a minute. Errors `quiet` seconds apart are two outages.
    Per process: each worker reports its own."""

    def __init__(self, service="a service", quiet=30, every=60):
        super().__init__()
        self.service = service
        self.quiet = quiet
        self.every = every
        self.last_error = None
        self.last_report = 0.0
        self.counted = 0

    def filter(self, record):
        if record.levelno < logging.WARNING:
            return True
        now = time.monotonic()
        new_outage = self.last_error is None or now - self.last_error > self.quiet
        self.last_error = now
        if new_outage:
            self.last_report, self.counted = now, 0
            record.msg = (
                f"{self.service} cannot be reached; further errors are counted, one line a minute: {record.msg}"
            )
            return True
        self.counted += 1
        if now - self.last_report < self.every:
            return False
        record.msg = f"{self.service} still cannot be reached: %d more errors in the last %d s"
        record.args = (self.counted, round(now - self.last_report))
        record.exc_info = record.exc_text = record.stack_info = None
        self.last_report, self.counted = now, 0
        return True
