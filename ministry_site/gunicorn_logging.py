"""gunicorn's access log without password reset tokens (gunicorn.conf.py
names this class). The request line, the Referer and every other header or
environ value the log format may print go through the same redaction as the
site's own log records (core.logs)."""

from gunicorn.glogging import Logger

from core.logs import redact_secrets


class RedactingLogger(Logger):
    def atoms(self, resp, req, environ, request_time):
        atoms = super().atoms(resp, req, environ, request_time)
        return {key: redact_secrets(value) if isinstance(value, str) else value for key, value in atoms.items()}
