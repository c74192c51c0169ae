"""A local HTTP server for the monitoring tests (threads on 127.0.0.1): feeds
and article pages written for the tests, in Dari, Pashto and English, one
feed in Windows-1256, one that declares the wrong encoding, one broken, one
story on three outlets with small differences, a slow answer, an oversized
one and a redirect loop. It answers conditional GETs with 304 when the
ETag matches, and counts what it was asked."""

import threading
import time
from collections import Counter
from dataclasses import dataclass, field
from email.utils import format_datetime
from html import escape
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from tests.support.network import free_port


@dataclass
class Route:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict = field(default_factory=dict)
    etag: str = ""
    delay: float = 0.0
    location: str = ""


class FeedServer:
    def __init__(self):
        self.routes = {}
        self.hits = Counter()
        self.conditional_hits = Counter()
        self.lock = threading.Lock()
        self.port = free_port()
        self.server = None

    @property
    def base(self):
        return f"http://127.0.0.1:{self.port}"

    def url(self, path):
        return f"{self.base}{path}"

    def add(self, path, body=b"", **options):
        if isinstance(body, str):
            body = body.encode("utf-8")
        self.routes[path] = Route(body=body, **options)
        return self.url(path)

    def start(self):
        owner = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args):
                pass

            def do_GET(self):
                path = self.path
                with owner.lock:
                    owner.hits[path] += 1
                    if self.headers.get("If-None-Match") or self.headers.get("If-Modified-Since"):
                        owner.conditional_hits[path] += 1
                route = owner.routes.get(path)
                if route is None:
                    self._answer(404, b"not here", "text/plain")
                    return
                if route.delay:
                    time.sleep(route.delay)
                if route.location:
                    self.send_response(route.status or 302)
                    self.send_header("Location", route.location)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                if route.etag and self.headers.get("If-None-Match") == route.etag:
                    self.send_response(304)
                    self.send_header("ETag", route.etag)
                    self.send_header("Content-Length", "0")
                    self.end_headers()
                    return
                headers = dict(route.headers)
                if route.etag:
                    headers["ETag"] = route.etag
                self._answer(route.status, route.body, route.content_type, headers)

            def _answer(self, status, body, content_type, headers=None):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                for name, value in (headers or {}).items():
                    self.send_header(name, value)
                self.end_headers()
                try:
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", self.port), Handler)
        self.server.daemon_threads = True
        threading.Thread(target=self.server.serve_forever, daemon=True).start()
        return self

    def stop(self):
        if self.server is not None:
            self.server.shutdown()
            self.server.server_close()


def rss(items, title="Feed", encoding="utf-8", declared=None):
    """An RSS 2.0 document: items are dicts of title, link, guid, description, date."""
    declared = declared or encoding
    parts = [f'<?xml version="1.0" encoding="{declared}"?>\n<rss version="2.0"><channel><title>{escape(title)}</title>']
    for item in items:
        parts.append("<item>")
        parts.append(f"<title>{item.get('raw_title') or escape(item['title'])}</title>")
        parts.append(f"<link>{escape(item['link'])}</link>")
        if item.get("guid"):
            parts.append(f'<guid isPermaLink="false">{escape(item["guid"])}</guid>')
        if item.get("description"):
            parts.append(f"<description>{escape(item['description'])}</description>")
        if item.get("date"):
            parts.append(f"<pubDate>{format_datetime(item['date'])}</pubDate>")
        parts.append("</item>")
    parts.append("</channel></rss>")
    return "".join(parts).encode(encoding)


def atom(items, title="Feed"):
    parts = ['<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">']
    parts.append(
        f"<title>{escape(title)}</title><id>urn:test:{escape(title)}</id><updated>2026-12-06T08:00:00Z</updated>"
    )
    for item in items:
        parts.append(
            f'<entry><title>{escape(item["title"])}</title><link href="{escape(item["link"])}"/>'
            f"<id>{escape(item.get('guid') or item['link'])}</id>"
            f"<updated>{item['date'].strftime('%Y-%m-%dT%H:%M:%SZ')}</updated></entry>"
        )
    parts.append("</feed>")
    return "".join(parts).encode("utf-8")


def news_sitemap(items):
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9" '
        'xmlns:news="http://www.google.com/schemas/sitemap-news/0.9">'
    ]
    for item in items:
        parts.append(
            f"<url><loc>{escape(item['link'])}</loc><news:news><news:publication>"
            f"<news:name>Test</news:name><news:language>en</news:language></news:publication>"
            f"<news:publication_date>{item['date'].strftime('%Y-%m-%dT%H:%M:%SZ')}</news:publication_date>"
            f"<news:title>{escape(item['title'])}</news:title></news:news></url>"
        )
    parts.append("</urlset>")
    return "".join(parts).encode("utf-8")


def article_page(title, paragraphs, language="fa", encoding="utf-8"):
    """A news page as outlets publish them: navigation, the article, a footer."""
    direction = "ltr" if language == "en" else "rtl"
    body = "".join(f"<p>{escape(paragraph)}</p>" for paragraph in paragraphs)
    html = (
        f'<!DOCTYPE html><html lang="{language}" dir="{direction}"><head><meta charset="{encoding}">'
        f"<title>{escape(title)}</title></head><body>"
        '<nav><a href="/">Home</a> <a href="/economy">Economy</a> <a href="/sport">Sport</a></nav>'
        f"<main><article><h1>{escape(title)}</h1>{body}</article></main>"
        "<footer><p>All rights reserved.</p></footer></body></html>"
    )
    return html.encode(encoding)
