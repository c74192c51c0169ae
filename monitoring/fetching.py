"""One bounded HTTP GET: a conditional request (ETag / Last-Modified), a
timeout on the whole exchange, a cap on the size read and redirects
followed by hand, at most MAX_REDIRECTS and never in a loop, each hop
checked like the first address (http or https; no address of this machine
or its private network unless MONITORING_ALLOW_PRIVATE_ADDRESSES)."""

import ipaddress
import socket
import time
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import requests
from django.conf import settings

USER_AGENT = "MoCI-media-monitoring/1.0 (+https://moci.gov.af)"


class FetchError(Exception):
    """Why a fetch gave nothing: a `code` with its `params`, which the admin
    words in the reader's language (monitoring.models.FAILURES), and the
    technical detail in English (str(error): logs, commands, the source)."""

    def __init__(self, code, detail, **params):
        super().__init__(detail)
        self.code = code
        self.params = params


@dataclass
class Response:
    url: str
    status: int
    body: bytes = b""
    headers: dict = field(default_factory=dict)

    @property
    def not_modified(self):
        return self.status == 304

    @property
    def charset(self):
        content_type = self.headers.get("content-type", "")
        for part in content_type.split(";")[1:]:
            name, _sep, value = part.strip().partition("=")
            if name.lower() == "charset" and value:
                return value.strip("\"' ").lower()
        return ""


def limits():
    return {
        "timeout": float(getattr(settings, "MONITORING_FETCH_TIMEOUT", 15)),
        "max_bytes": int(getattr(settings, "MONITORING_MAX_BYTES", 5 * 1024 * 1024)),
        "max_redirects": int(getattr(settings, "MONITORING_MAX_REDIRECTS", 5)),
    }


def check_address(url):
    """FetchError unless `url` is a web address the fetcher may reach (the
    admin's form of a source asks the same, monitoring.models.SourceForm)."""
    parts = urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.hostname:
        raise FetchError("not_web_address", f"not a web address: {url[:200]}")
    if getattr(settings, "MONITORING_ALLOW_PRIVATE_ADDRESSES", False):
        return
    try:
        infos = socket.getaddrinfo(parts.hostname, parts.port or None, proto=socket.IPPROTO_TCP)
    except OSError as error:
        raise FetchError("name_not_found", f"name not found: {parts.hostname} ({error})", host=parts.hostname) from None
    for info in infos:
        address = ipaddress.ip_address(info[4][0])
        if address.is_private or address.is_loopback or address.is_link_local or address.is_reserved:
            raise FetchError("private_address", f"refused: {parts.hostname} is a private address", host=parts.hostname)


_session = None


def session():
    global _session
    if _session is None:
        _session = requests.Session()
        _session.headers["User-Agent"] = USER_AGENT
        _session.trust_env = False
    return _session


def get(url, etag="", last_modified="", accept="*/*"):
    """The response to a GET of `url` (a 304 when the conditions say nothing
    changed); FetchError for anything else than a 2xx or 304."""
    bounds = limits()
    deadline = time.monotonic() + bounds["timeout"]
    headers = {"Accept": accept, "Accept-Encoding": "gzip, deflate"}
    if etag:
        headers["If-None-Match"] = etag
    if last_modified:
        headers["If-Modified-Since"] = last_modified
    seen = []
    current = url
    while True:
        check_address(current)
        if current in seen:
            raise FetchError("redirect_loop", f"redirect loop at {current[:200]}")
        if len(seen) > bounds["max_redirects"]:
            raise FetchError(
                "too_many_redirects",
                f"more than {bounds['max_redirects']} redirects",
                count=bounds["max_redirects"],
            )
        seen.append(current)
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise FetchError("timeout", f"timed out after {bounds['timeout']:g} s", seconds=bounds["timeout"])
        try:
            answer = session().get(
                current, headers=headers, timeout=(min(5, remaining), remaining), allow_redirects=False, stream=True
            )
        except requests.Timeout:
            raise FetchError("timeout", f"timed out after {bounds['timeout']:g} s", seconds=bounds["timeout"]) from None
        except requests.RequestException as error:
            raise FetchError("connection_failed", f"connection failed: {error.__class__.__name__}") from None
        with answer:
            if answer.is_redirect:
                location = answer.headers.get("location", "")
                if not location:
                    raise FetchError(
                        "no_location",
                        f"redirect without a location ({answer.status_code})",
                        status=answer.status_code,
                    )
                current = urljoin(current, location)
                continue
            response_headers = {key.lower(): value for key, value in answer.headers.items()}
            if answer.status_code == 304:
                return Response(current, 304, b"", response_headers)
            if not 200 <= answer.status_code < 300:
                raise FetchError("http_status", f"HTTP {answer.status_code}", status=answer.status_code)
            declared = answer.headers.get("content-length", "")
            if declared.isdigit() and int(declared) > bounds["max_bytes"]:
                raise FetchError(
                    "too_large",
                    f"too large: {int(declared)} bytes (limit {bounds['max_bytes']})",
                    limit=bounds["max_bytes"],
                )
            chunks, size = [], 0
            try:
                for chunk in answer.iter_content(64 * 1024):
                    size += len(chunk)
                    if size > bounds["max_bytes"]:
                        raise FetchError(
                            "too_large",
                            f"too large: more than {bounds['max_bytes']} bytes",
                            limit=bounds["max_bytes"],
                        )
                    if time.monotonic() > deadline:
                        raise FetchError(
                            "timeout", f"timed out after {bounds['timeout']:g} s", seconds=bounds["timeout"]
                        )
                    chunks.append(chunk)
            except requests.RequestException as error:
                raise FetchError("reading_failed", f"reading failed: {error.__class__.__name__}") from None
            return Response(current, answer.status_code, b"".join(chunks), response_headers)
