"""A local web server for the link checker's tests and benchmark (threads on
127.0.0.1, a free port): every kind of answer an external site may give.

    /ok, /page/<anything>          200, a small page
    /redirect/<n>                  301 to /redirect/<n-1>; /redirect/0 is 200
    /loop/a, /loop/b               301 to each other
    /status/<code>                 that status (404, 410, 403, 401, 500…)
    /slow/<seconds>                200 after that long
    /big                           200 with a 5 MB body (bytes actually sent are counted)

`hits` counts requests per path, `sent` the bytes of bodies written."""

import threading
import time
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

BIG = 5 * 1024 * 1024
CHUNK = 64 * 1024


class Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"

    def log_message(self, *args):
        pass

    def _answer(self, status, body=b"<html><body>ok</body></html>", headers=None):
        self.send_response(status)
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.send_header("Content-Type", "text/html; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)
            self.server.count_sent(len(body))

    def do_HEAD(self):
        self.do_GET()

    def do_GET(self):
        path = self.path.split("?")[0]
        self.server.count_hit(path)
        parts = path.strip("/").split("/")
        try:
            if parts[0] in ("ok", "page"):
                return self._answer(200)
            if parts[0] == "redirect":
                hops = int(parts[1])
                if hops <= 0:
                    return self._answer(200)
                return self._answer(301, b"", {"Location": f"/redirect/{hops - 1}"})
            if parts[0] == "loop":
                other = "b" if parts[1] == "a" else "a"
                return self._answer(301, b"", {"Location": f"/loop/{other}"})
            if parts[0] == "status":
                return self._answer(int(parts[1]), b"status")
            if parts[0] == "slow":
                time.sleep(float(parts[1]))
                return self._answer(200)
            if parts[0] == "big":
                return self._big()
        except (BrokenPipeError, ConnectionResetError):
            return None
        return self._answer(404, b"not found")

    def _big(self):
        self.send_response(200)
        self.send_header("Content-Type", "text/html")
        self.send_header("Content-Length", str(BIG))
        self.end_headers()
        written = 0
        try:
            while written < BIG:
                self.wfile.write(b"x" * CHUNK)
                self.wfile.flush()
                written += CHUNK
                self.server.count_sent(CHUNK)
                time.sleep(0.003)  # paced like a network: a reader that stops early is noticed
        except (BrokenPipeError, ConnectionResetError):
            pass


class LinkServer(ThreadingHTTPServer):
    daemon_threads = True
    request_queue_size = 256

    def __init__(self, port=0):
        super().__init__(("127.0.0.1", port), Handler)
        self.lock = threading.Lock()
        self.hits = Counter()
        self.sent = 0
        self.thread = None

    @property
    def port(self):
        return self.server_address[1]

    def url(self, path):
        return f"http://127.0.0.1:{self.port}{path}"

    def count_hit(self, path):
        with self.lock:
            self.hits[path] += 1

    def count_sent(self, size):
        with self.lock:
            self.sent += size

    def start(self):
        self.thread = threading.Thread(target=self.serve_forever, daemon=True)
        self.thread.start()
        return self

    def stop(self):
        self.shutdown()
        self.server_close()


if __name__ == "__main__":  # for the benchmark's worker machines: python -m tests.support.link_server
    import sys

    server = LinkServer()
    print(server.port, flush=True)
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        sys.exit(0)
