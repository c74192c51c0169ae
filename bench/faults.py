"""Load with faults: gunicorn with production settings on PostgreSQL and Redis
and the demo content, a steady mixed load in three languages with editors
autosaving, then Redis, Elasticsearch and PostgreSQL made unreachable in turn,
then a soak that watches the workers' memory.

    createdb -h 127.0.0.1 -U postgres bench_faults
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_faults REDIS_URL=redis://127.0.0.1:6379/0 \\
        .venv/bin/python bench/faults.py

    # smoke run (about 4 minutes of load):
    FAULTS_BASELINE=20 FAULTS_FAULT=20 FAULTS_RECOVERY=20 FAULTS_SOAK=60 DATABASE_URL=… REDIS_URL=… \\
        .venv/bin/python bench/faults.py

Everything stays on loopback. The script migrates the (scratch) database and
loads the demo content, adds one editor per autosaving editor with a draft of
their own and a document on a live page, then starts gunicorn
(`FAULTS_WORKERS` sync workers, default 2 x cores + 1, settings.production) whose PostgreSQL and
Redis are reached through small TCP proxies of this script. "Unreachable" is
the proxy closing its port and resetting every connection through it, as when
the service's machine goes away; the real PostgreSQL and Redis, which others
share, are never touched. Elasticsearch cannot run on these machines: the
site's ELASTICSEARCH_URL is a port of this script that accepts nothing in every
phase (or, with FAULTS_ELASTICSEARCH_UPSTREAM=host:port, a proxy to a real one
that is cut in its phase like the others).

The load is open-loop at a fixed rate (FAULTS_RATE requests/s, default 5, spread over
articles, home pages, news indexes, search and a document, in Dari, Pashto and
English), each request timed from when it was due, so a stalled server shows
as latency, not as a lower rate. FAULTS_EDITORS signed-in editors post their
page editor's autosave (the JSON save Wagtail's editor sends) every
FAULTS_AUTOSAVE seconds.

Phases (seconds, env vars): every address requested twice one at a time, then
warm-up FAULTS_WARMUP=15 at the fixed rate, baseline FAULTS_BASELINE=180,
then for redis, elasticsearch, postgres: the fault FAULTS_FAULT=60 and the
recovery after it FAULTS_RECOVERY=30; then the soak FAULTS_SOAK=600.

Criteria: error rate under 1 % while Redis or Elasticsearch is down (every
answer a 200); while PostgreSQL is down nothing but 200s (pages the cache
still holds) and the site's own 503 page in the reader's language; back to
baseline within 15 s of each restore ("back": from that second on no error,
and that second's p95 within 2x the baseline's, plus 20 ms); the workers' memory
grows less than 20 % over the soak. Prints a table per phase and the criteria.
"""

import asyncio
import http.client
import json
import multiprocessing
import os
import random
import re
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
BIN = Path(sys.executable).parent


def _env_int(name, default):
    return int(os.environ.get(name, default))


WARMUP = _env_int("FAULTS_WARMUP", 15)
BASELINE = _env_int("FAULTS_BASELINE", 180)
FAULT = _env_int("FAULTS_FAULT", 60)
RECOVERY = _env_int("FAULTS_RECOVERY", 30)
SOAK = _env_int("FAULTS_SOAK", 600)
RATE = float(os.environ.get("FAULTS_RATE", "5"))
EDITORS = _env_int("FAULTS_EDITORS", 3)
AUTOSAVE = float(os.environ.get("FAULTS_AUTOSAVE", "5"))
WORKERS = _env_int("FAULTS_WORKERS", 2 * (os.cpu_count() or 1) + 1)  # as docs/deployment.md says
TIMEOUT = 10
RECOVERY_LIMIT = 15


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait(port, timeout=90):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing on port {port}")


# --- the proxies that make a service unreachable --------------------------------


class Proxy:
    """A TCP proxy on 127.0.0.1:port to upstream. cut() closes the port and
    resets every connection through it; open() listens (again)."""

    def __init__(self, port, upstream):
        self.port, self.upstream = port, upstream
        self.server = None
        self.links = set()

    async def open(self):
        self.server = await asyncio.start_server(self._handle, "127.0.0.1", self.port, reuse_address=True)

    async def cut(self):
        self.server.close()
        for transport in list(self.links):
            transport.abort()
        self.links.clear()

    async def _handle(self, reader, writer):
        try:
            upstream_reader, upstream_writer = await asyncio.open_connection(*self.upstream)
        except OSError:
            writer.transport.abort()
            return
        pair = {writer.transport, upstream_writer.transport}
        self.links |= pair
        await asyncio.gather(self._pipe(reader, upstream_writer), self._pipe(upstream_reader, writer))
        self.links -= pair

    @staticmethod
    async def _pipe(reader, writer):
        try:
            while data := await reader.read(65536):
                writer.write(data)
                await writer.drain()
        except (OSError, asyncio.IncompleteReadError):
            pass
        finally:
            writer.close()


def _run_proxies(specs, commands):
    """Child process: the proxies and a loop of commands from the parent."""

    async def main():
        proxies = {name: Proxy(port, upstream) for name, (port, upstream) in specs.items()}
        for proxy in proxies.values():
            if proxy.upstream:
                await proxy.open()
        loop = asyncio.get_running_loop()
        while True:
            command, name = await loop.run_in_executor(None, commands.recv)
            if command == "stop":
                break
            proxy = proxies[name]
            if proxy.upstream:
                await (proxy.cut() if command == "cut" else proxy.open())
            commands.send("ok")
        commands.send("ok")

    asyncio.run(main())


class Proxies:
    def __init__(self, specs):
        self.commands, child = multiprocessing.Pipe()
        self.process = multiprocessing.get_context("spawn").Process(target=_run_proxies, args=(specs, child))
        self.process.start()

    def send(self, command, name=""):
        self.commands.send((command, name))
        assert self.commands.recv() == "ok"

    def stop(self):
        self.send("stop")
        self.process.join(10)


# --- a minimal browser -----------------------------------------------------------


class Browser:
    """Cookies (Secure ones too: this is plain HTTP on loopback), no redirects followed."""

    def __init__(self, port):
        self.port = port
        self.cookies = {}

    def request(self, method, path, fields=None, headers=None, timeout=TIMEOUT):
        connection = http.client.HTTPConnection("127.0.0.1", self.port, timeout=timeout)
        headers = {"Host": "127.0.0.1", **(headers or {})}
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        body = None
        if fields is not None:
            body = urlencode(fields)
            headers["Content-Type"] = "application/x-www-form-urlencoded"
            headers["Referer"] = f"http://127.0.0.1:{self.port}{path}"
            if "csrftoken" in self.cookies:
                headers["X-CSRFToken"] = self.cookies["csrftoken"]
        try:
            connection.request(method, path, body=body, headers=headers)
            response = connection.getresponse()
            content = response.read()
            for header, value in response.getheaders():
                if header.lower() == "set-cookie":
                    name, _, rest = value.partition("=")
                    self.cookies[name.strip()] = rest.split(";", 1)[0]
            return response.status, dict(response.getheaders()), content.decode("utf-8", "replace")
        finally:
            connection.close()


class FormFields(HTMLParser):
    """What a browser would post from the form whose action contains `action`."""

    def __init__(self, action):
        super().__init__(convert_charrefs=True)
        self.action, self.inside, self.fields = action, False, []
        self._textarea = self._select = None
        self._select_value = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.inside = self.action in (attrs.get("action") or "")
        if not self.inside:
            return
        name = attrs.get("name")
        if tag == "input" and name:
            kind = (attrs.get("type") or "text").lower()
            if kind in ("submit", "button", "file", "image", "reset"):
                return
            if kind in ("checkbox", "radio") and "checked" not in attrs:
                return
            self.fields.append((name, attrs.get("value") or ("on" if kind in ("checkbox", "radio") else "")))
        elif tag == "textarea" and name:
            self._textarea = [name, ""]
        elif tag == "select" and name:
            self._select, self._select_value = name, None
        elif tag == "option" and self._select is not None:
            if "selected" in attrs or self._select_value is None:
                self._select_value = (attrs.get("value") or "", "selected" in attrs)

    def handle_data(self, data):
        if self._textarea is not None:
            self._textarea[1] += data

    def handle_endtag(self, tag):
        if tag == "textarea" and self._textarea is not None:
            self.fields.append(tuple(self._textarea))
            self._textarea = None
        elif tag == "select" and self._select is not None:
            if self._select_value is not None:
                self.fields.append((self._select, self._select_value[0]))
            self._select = None
        elif tag == "form":
            self.inside = False


# --- the load ----------------------------------------------------------------------


@dataclass
class Result:
    kind: str
    path: str
    due: float  # when the fixed rate wanted it sent: latency counts from here
    sent: float
    done: float  # when the answer came: the phase it counts in (a request queued before a cut meets the fault)
    status: object  # an int, or the name of the exception
    branded: bool = False

    @property
    def latency(self):
        return self.done - self.due


class Load:
    def __init__(self, port, targets, editors):
        self.port, self.targets, self.editors = port, targets, editors
        self.results = []
        self.lock = threading.Lock()
        self.stopping = threading.Event()
        self.pool = ThreadPoolExecutor(max_workers=64)
        self.random = random.Random(1405)

    def record(self, result):
        with self.lock:
            self.results.append(result)

    def get(self, kind, path, due):
        browser = Browser(self.port)
        sent = time.monotonic()
        try:
            status, headers, html = browser.request("GET", path)
        except Exception as error:  # a refused, reset or timed-out request is data
            self.record(Result(kind, path, due, sent, time.monotonic(), type(error).__name__))
            return
        branded = False
        if status == 503:
            language = path.split("/")[1] if path.split("/")[1] in ("fa-af", "ps", "en") else None
            match = re.search(r'<html lang="([^"]+)"', html)
            branded = (
                'class="error-page"' in html
                and headers.get("Retry-After") is not None
                and match is not None
                and (language is None or match.group(1) == language)
            )
        self.record(Result(kind, path, due, sent, time.monotonic(), status, branded))

    def run_public(self):
        interval, start, n = 1 / RATE, time.monotonic(), 0
        while not self.stopping.is_set():
            due = start + n * interval
            delay = due - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            kind, path = self.random.choices(self.targets, weights=self.weights)[0]
            self.pool.submit(self.get, kind, path, due)
            n += 1

    def run_editor(self, editor, offset):
        browser, page_id, fields, revision = editor
        start, n = time.monotonic() + offset, 0
        while not self.stopping.is_set():
            due = start + n * AUTOSAVE
            delay = due - time.monotonic()
            if delay > 0:
                self.stopping.wait(delay)
                if self.stopping.is_set():
                    return
            n += 1
            data = [(k, v) for k, v in fields if k != "summary"] + [("summary", f"پیش‌نویس خودکار {n}")]
            data.append(("overwrite_revision_id", revision))
            path = f"/admin/pages/{page_id}/edit/"
            sent = time.monotonic()
            try:
                status, headers, body = browser.request("POST", path, data, headers={"Accept": "application/json"})
            except Exception as error:
                self.record(Result("autosave", path, due, sent, time.monotonic(), type(error).__name__))
                continue
            branded = status == 503 and 'class="error-page"' in body
            if status == 200:
                try:
                    answer = json.loads(body)
                    revision = str(answer["revision_id"]) if answer.get("success") else revision
                    status = 200 if answer.get("success") else f"200-not-saved:{answer.get('error_code')}"
                except (ValueError, KeyError):
                    status = "200-not-json"
            self.record(Result("autosave", path, due, sent, time.monotonic(), status, branded))

    def start(self):
        weights = {"article": 40, "home": 15, "index": 15, "search": 15, "document": 15}
        share = Counter(kind for kind, _ in self.targets)
        self.weights = [weights[kind] / share[kind] for kind, _ in self.targets]
        self.threads = [threading.Thread(target=self.run_public, daemon=True)]
        for i, editor in enumerate(self.editors):
            offset = AUTOSAVE * i / max(len(self.editors), 1)
            self.threads.append(threading.Thread(target=self.run_editor, args=(editor, offset), daemon=True))
        for thread in self.threads:
            thread.start()

    def stop(self):
        self.stopping.set()
        for thread in self.threads:
            thread.join(TIMEOUT + AUTOSAVE + 5)
        self.pool.shutdown(wait=True)


# --- numbers -------------------------------------------------------------------------


KINDS = ("home", "index", "article", "search", "document", "autosave")


def percentile(values, fraction):
    if not values:
        return float("nan")
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(fraction * len(ordered)))]


def acceptable(result, phase):
    if result.status == 200:
        return True
    return phase == "postgres down" and result.status == 503 and result.branded


def summarize(name, results):
    statuses = Counter(str(r.status) + ("(branded)" if r.branded else "") for r in results)
    errors = sum(1 for r in results if not acceptable(r, name))
    latencies = [r.latency * 1000 for r in results]
    autosaves = [r for r in results if r.kind == "autosave"]
    return {
        "phase": name,
        "requests": len(results),
        "errors": errors,
        "error_rate": errors / len(results) if results else float("nan"),
        "statuses": ", ".join(f"{s}×{n}" for s, n in sorted(statuses.items())),
        "p50": percentile(latencies, 0.5),
        "p95": percentile(latencies, 0.95),
        "autosaves": f"{sum(1 for r in autosaves if r.status == 200)}/{len(autosaves)}",
        "kinds": {
            kind: (
                percentile([r.latency * 1000 for r in results if r.kind == kind], 0.5),
                percentile([r.latency * 1000 for r in results if r.kind == kind], 0.95),
            )
            for kind in KINDS
        },
    }


def time_to_baseline(results, restored_at, end, baseline):
    """Seconds after the restore from which nothing fails and the second's
    p95 is within 2x the baseline's (+20 ms); None if never within the phase."""
    threshold = max(2 * baseline["p95"], baseline["p95"] + 20) / 1000
    seconds = int(end - restored_at)
    by_second = [[] for _ in range(seconds + 1)]
    for r in results:
        if restored_at <= r.done < end:
            by_second[int(r.done - restored_at)].append(r)
    last_failure = max(
        (int(r.done - restored_at) for r in results if restored_at <= r.done < end and r.status != 200), default=-1
    )
    for second in range(last_failure + 1, seconds):
        window = by_second[second]
        if window and percentile([r.latency for r in window], 0.95) <= threshold:
            return second
    return None


def worker_rss(master_pid):
    """{pid: RSS in MB} of the gunicorn master's children."""
    rss = {}
    try:
        children = Path(f"/proc/{master_pid}/task/{master_pid}/children").read_text().split()
    except OSError:
        return rss
    for pid in children:
        try:
            status = Path(f"/proc/{pid}/status").read_text()
        except OSError:
            continue
        match = re.search(r"VmRSS:\s+(\d+) kB", status)
        if match:
            rss[int(pid)] = int(match.group(1)) / 1024
    return rss


# --- setup ----------------------------------------------------------------------------------

SETUP = r"""
import json, os
from django.contrib.auth.models import Group, User
from django.core.files.base import ContentFile
from wagtail.models import Locale
from home.models import HomePage
from pressroom import factories
from pressroom.models import NewsIndexPage, NewsPage, StatementPage
from core.models import MinistryDocument

EDITORS, PASSWORD = int(os.environ["BENCH_EDITORS"]), os.environ["BENCH_PASSWORD"]
out = {"pages": [], "editors": []}
words = {"fa-af": "تجارت", "ps": "سوداګري", "en": "trade"}
for code in ("fa-af", "ps", "en"):
    locale = Locale.objects.get(language_code=code)
    out["pages"].append(["home", HomePage.objects.get(locale=locale).url])
    for index in NewsIndexPage.objects.live().filter(locale=locale)[:2]:
        out["pages"].append(["index", index.url])
    articles = list(NewsPage.objects.live().filter(locale=locale)[:3])
    articles += list(StatementPage.objects.live().filter(locale=locale)[:2])
    out["pages"] += [["article", page.url] for page in articles]
    out["pages"].append(["search", f"/{code}/search/?q=" + words[code]])

dari_index = NewsIndexPage.objects.live().filter(locale__language_code="fa-af").first()
document = MinistryDocument.objects.filter(title="bench-faults document").first()
if document is None:
    pdf = ContentFile(b"%PDF-1.4 " + b"x" * 50_000, name="bench-faults.pdf")
    document = MinistryDocument.objects.create(title="bench-faults document", file=pdf)
    body = [("document", {"document": document, "title": ""})]
    factories.NewsPageFactory(parent=dari_index, title="سند آزمایش بار", body=body)
out["pages"].append(["document", document.url])

group = Group.objects.get(name="Editors")
for i in range(EDITORS):
    user, _ = User.objects.get_or_create(username=f"bench-editor-{i}", defaults={"email": f"b{i}@example.org"})
    user.set_password(PASSWORD)
    user.save()
    user.groups.add(group)
    draft = NewsPage.objects.filter(slug=f"bench-autosave-{i}").first()
    if draft is None:
        title = f"پیش‌نویس ویراستار {i}"
        draft = factories.NewsPageFactory(parent=dari_index, slug=f"bench-autosave-{i}", title=title, draft=True)
        draft.owner = user
        draft.save()
    out["editors"].append([user.username, draft.pk])
print(json.dumps(out))
"""


def setup(env, manage):
    subprocess.run(manage + ["migrate", "--noinput", "-v0"], env=env, cwd=ROOT, check=True)
    subprocess.run(manage + ["collectstatic", "--noinput", "-v0"], env=env, cwd=ROOT, check=True)
    demo_env = {**env, "DJANGO_SETTINGS_MODULE": "settings.dev"}
    subprocess.run(manage + ["load_demo_content"], env=demo_env, cwd=ROOT, check=True, capture_output=True)
    password = "bench-faults-" + os.urandom(6).hex()
    out = subprocess.run(
        manage + ["shell", "-c", SETUP],
        env={**env, "BENCH_EDITORS": str(EDITORS), "BENCH_PASSWORD": password},
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout
    data = json.loads(out.strip().splitlines()[-1])
    # Request lines are ASCII: the search words (and slugs) are quoted as a browser would.
    pages = [(kind, quote(path, safe="/?=&%")) for kind, path in data["pages"]]
    return pages, data["editors"], password


def prime(port, targets):
    """Each address once, one at a time, before the fixed rate starts: a fresh
    database makes its image renditions on the first views, seconds each, and
    an open-loop load arriving meanwhile only piles up behind them."""
    browser = Browser(port)
    for _ in range(2):  # every worker process has its own templates and memory to warm; twice is enough
        for _kind, path in targets:
            status, _, _ = browser.request("GET", path, timeout=300)
            if status != 200:
                raise RuntimeError(f"{path} answered {status} before any fault")


def sign_in(port, username, password, page_id):
    browser = Browser(port)
    status, _, html = browser.request("GET", "/admin/login/", timeout=60)
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
    status, headers, _ = browser.request(
        "POST",
        "/admin/login/",
        {"csrfmiddlewaretoken": token, "username": username, "password": password, "next": "/admin/"},
        timeout=60,
    )
    if status != 302 or "sessionid" not in browser.cookies:
        raise RuntimeError(f"{username} could not sign in ({status})")
    status, _, html = browser.request("GET", f"/admin/pages/{page_id}/edit/", timeout=60)
    if status != 200:
        raise RuntimeError(f"{username}'s editor answered {status}")
    parser = FormFields(f"/admin/pages/{page_id}/edit/")
    parser.feed(html)
    # Wagtail's editor script turns the StreamField's JSON into these; an empty body for the draft.
    fields = [(k, v) for k, v in parser.fields if not k.startswith("body")] + [("body-count", "0")]
    # The first autosave must succeed as an autosave of this session.
    status, _, answer = browser.request(
        "POST", f"/admin/pages/{page_id}/edit/", fields, headers={"Accept": "application/json"}, timeout=60
    )
    if status != 200 or not json.loads(answer).get("success"):
        raise RuntimeError(f"{username}'s first autosave failed ({status}): {answer[:500]}")
    # Later autosaves overwrite this revision, as the editor's script does.
    return browser, page_id, fields, str(json.loads(answer)["revision_id"])


# --- the run -------------------------------------------------------------------------------------


def main():
    database_url = os.environ.get("DATABASE_URL", "")
    redis_url = os.environ.get("REDIS_URL", "")
    if not database_url.startswith("postgres") or not redis_url.startswith("redis://"):
        sys.exit("set DATABASE_URL (a scratch PostgreSQL database) and REDIS_URL")
    database = urlsplit(database_url)
    redis = urlsplit(redis_url)
    work = Path(tempfile.mkdtemp(prefix="bench-faults-"))
    files = ROOT / "var" / "bench-faults" / database.path.strip("/")
    prefix = f"bench-faults-{os.getpid()}"
    env = {
        **{k: v for k, v in os.environ.items() if k != "ELASTICSEARCH_URL"},
        "DJANGO_SETTINGS_MODULE": "settings.production",
        "SECRET_KEY": "bench-faults-" + os.urandom(24).hex(),
        "EMAIL_HOST": "127.0.0.1",  # production insists on one; nothing listens on port 9
        "EMAIL_PORT": "9",
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(work / "static"),
        # Files live as long as the database that names them (a rerun on the same database finds its images).
        "MEDIA_ROOT": str(files / "media"),
        "PRIVATE_MEDIA_ROOT": str(files / "private"),
        "REDIS_KEY_PREFIX": prefix,
    }
    manage = [PYTHON, str(ROOT / "manage.py")]
    print("setting up (migrate, static files, demo content)…", flush=True)
    targets, editors, password = setup(env, manage)

    ports = {"postgres": free_port(), "redis": free_port(), "elasticsearch": free_port()}
    es_upstream = os.environ.get("FAULTS_ELASTICSEARCH_UPSTREAM")
    specs = {
        "postgres": (ports["postgres"], (database.hostname, database.port or 5432)),
        "redis": (ports["redis"], (redis.hostname, redis.port or 6379)),
        "elasticsearch": (ports["elasticsearch"], tuple(es_upstream.split(":")) if es_upstream else None),
    }
    proxies = Proxies(specs)
    wait(ports["postgres"])
    wait(ports["redis"])
    site_env = {
        **env,
        "DATABASE_URL": database_url.replace(database.netloc.split("@")[-1], f"127.0.0.1:{ports['postgres']}"),
        "REDIS_URL": redis_url.replace(redis.netloc.split("@")[-1], f"127.0.0.1:{ports['redis']}"),
        "ELASTICSEARCH_URL": f"http://127.0.0.1:{ports['elasticsearch']}",
    }
    if es_upstream:
        subprocess.run(manage + ["update_index"], env=site_env, cwd=ROOT, check=True, capture_output=True)
    port = free_port()
    log = open(work / "gunicorn.log", "w")
    server = subprocess.Popen(
        [str(BIN / "gunicorn"), "ministry_site.wsgi", "-b", f"127.0.0.1:{port}", "-w", str(WORKERS), "--timeout", "60"],
        env=site_env,
        cwd=ROOT,
        stdout=log,
        stderr=subprocess.STDOUT,
    )
    load = None
    timeline = []  # (phase name, start, end)
    rss = {}
    try:
        wait(port)
        prime(port, targets)
        signed_in = [sign_in(port, name, password, page_id) for name, page_id in editors]
        load = Load(port, targets, signed_in)
        print(
            f"load: {RATE:g} requests/s over {len(targets)} addresses, {len(signed_in)} editors autosaving every"
            f" {AUTOSAVE:g} s, {WORKERS} gunicorn workers; Elasticsearch: "
            + (f"proxy to {es_upstream}" if es_upstream else "a closed port in every phase (none can run here)"),
            flush=True,
        )
        load.start()

        def phase(name, seconds):
            start = time.monotonic()
            print(f"  {name}: {seconds} s", flush=True)
            time.sleep(seconds)
            timeline.append((name, start, time.monotonic()))

        phase("warm-up", WARMUP)
        phase("baseline", BASELINE)
        for service in ("redis", "elasticsearch", "postgres"):
            proxies.send("cut", service)
            phase(f"{service} down", FAULT)
            proxies.send("restore", service)
            phase(f"after {service}", RECOVERY)
        rss["start"] = worker_rss(server.pid)
        samples = []
        soak_start = time.monotonic()
        while time.monotonic() - soak_start < SOAK:
            time.sleep(min(10, SOAK - (time.monotonic() - soak_start)))
            samples.append(worker_rss(server.pid))
        timeline.append(("soak", soak_start, time.monotonic()))
        rss["end"] = worker_rss(server.pid)
        rss["max"] = max((sum(s.values()) for s in samples), default=0)
    finally:
        if load is not None:
            load.stop()
        server.terminate()
        server.wait(30)
        proxies.stop()
        _forget_redis_keys(redis_url, prefix)
    report(load.results, timeline, rss, work)


def _forget_redis_keys(redis_url, prefix):
    """This run's keys only; the Redis is shared."""
    import redis as redis_client

    client = redis_client.Redis.from_url(redis_url)
    for key in client.scan_iter(match=f"{prefix}:*", count=1000):
        client.delete(key)


def report(results, timeline, rss, work):
    rows = []
    phases = {name: (start, end) for name, start, end in timeline}
    for name, start, end in timeline:
        if name == "warm-up":
            continue
        rows.append(summarize(name, [r for r in results if start <= r.done < end]))
    baseline = next(row for row in rows if row["phase"] == "baseline")
    recovery = {}
    for service in ("redis", "elasticsearch", "postgres"):
        restored_at, end = phases[f"after {service}"]
        recovery[service] = time_to_baseline(results, restored_at, end, baseline)
    print()
    print(
        "| phase | requests | errors | error rate | statuses seen | p50 ms | p95 ms | autosaves ok | back to baseline |"
    )
    print("| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | ---: |")
    for row in rows:
        back = ""
        if row["phase"].startswith("after "):
            seconds = recovery[row["phase"][6:]]
            back = "never" if seconds is None else f"{seconds} s"
        print(
            f"| {row['phase']} | {row['requests']} | {row['errors']} | {row['error_rate']:.2%} | {row['statuses']} |"
            f" {row['p50']:.0f} | {row['p95']:.0f} | {row['autosaves']} | {back} |"
        )
    failing = Counter(
        (name, r.path, str(r.status))
        for name, start, end in timeline
        if name != "warm-up"
        for r in results
        if start <= r.done < end and not acceptable(r, name)
    )
    if failing:
        print("\nunacceptable answers, by phase and address (most frequent first):")
        for (name, path, status), count in failing.most_common(12):
            print(f"  {name}: {path} -> {status} x{count}")
    print()
    print("p50 / p95 ms by kind of request:\n")
    print("| phase | " + " | ".join(KINDS) + " |")
    print("| --- |" + " ---: |" * len(KINDS))
    for row in rows:
        print(f"| {row['phase']} | " + " | ".join(f"{a:.0f} / {b:.0f}" for a, b in row["kinds"].values()) + " |")
    print()
    by = {row["phase"]: row for row in rows}
    start_total, end_total = sum(rss["start"].values()), sum(rss["end"].values())
    growth = (end_total - start_total) / start_total if start_total else float("nan")
    print(
        f"soak: workers' RSS {start_total:.0f} MB at the start ({_mb(rss['start'])}), {end_total:.0f} MB at the end"
        f" ({_mb(rss['end'])}), {growth:+.1%}; highest sample {rss['max']:.0f} MB"
    )
    if set(rss["start"]) != set(rss["end"]):
        print("  (a worker was replaced during the soak: see gunicorn's log)")
    checks = [
        ("Redis down: error rate < 1 %", by["redis down"]["error_rate"] < 0.01),
        ("Elasticsearch down: error rate < 1 %", by["elasticsearch down"]["error_rate"] < 0.01),
        ("PostgreSQL down: only 200s and the branded 503", by["postgres down"]["errors"] == 0),
    ]
    for service in ("redis", "elasticsearch", "postgres"):
        seconds = recovery[service]
        checks.append(
            (
                f"back to baseline after {service} within {RECOVERY_LIMIT} s",
                seconds is not None and seconds <= RECOVERY_LIMIT,
            )
        )
    checks.append(("soak: worker memory grows < 20 %", growth < 0.20))
    print()
    for label, ok in checks:
        print(f"{'PASS' if ok else 'FAIL'}  {label}")
    print(f"\n(gunicorn's log: {work / 'gunicorn.log'})")


def _mb(sample):
    return ", ".join(f"{value:.0f}" for _, value in sorted(sample.items()))


if __name__ == "__main__":
    main()
