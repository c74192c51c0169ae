"""Load test: gunicorn with production settings on PostgreSQL and Redis,
the demo content, wrk from a second process.

    createdb -h 127.0.0.1 -U postgres bench_load
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/bench_load REDIS_URL=redis://127.0.0.1:6379/3 \\
        .venv/bin/python bench/load.py

Needs Debian's wrk and nginx. Migrates the (scratch) database and loads the
demo content, collects static files into a temporary folder, then for each
page runs `wrk -t2 -c16 -d20s --latency` after a 5-second warm-up:

- uncached: two sync gunicorn workers, the whole-page cache off (ANONYMOUS_PAGE_CACHE=0): every
  request routes, queries and renders its page; what the per-publish memory keeps (routes, page
  furniture, listing cards, search-result texts, renditions) is warm, as it is a few requests
  after any publish;
- uncached, no route hints: the same with ROUTE_HINTS=0 (Wagtail's own tree walk for every page);
- cached: the same with the anonymous page cache on (Redis);
- cached, no local copies: with PAGE_CACHE_LOCAL_COPIES=0 (every hit read and unpickled from Redis);
- nginx: nginx serving a saved copy of the home page (the ceiling for any page);
- proxy: nginx with deploy/nginx.conf's one-second micro-cache in front of the cached app.

BENCH_DURATION changes the 20 seconds. Prints a Markdown table.
"""

import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
import urllib.request
from pathlib import Path
from urllib.parse import quote

ROOT = Path(__file__).resolve().parent.parent
DURATION = int(os.environ.get("BENCH_DURATION", "20"))
PYTHON = sys.executable
BIN = Path(sys.executable).parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait(port, timeout=60):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=0.2):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"nothing on port {port}")


def wrk(url, duration=DURATION):
    subprocess.run(["wrk", "-t2", "-c16", "-d5s", url], capture_output=True, check=True)  # warm-up
    out = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{duration}s", "--latency", url], capture_output=True, text=True, check=True
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))

    def latency(label):
        value, unit = re.search(rf"\s{label}%\s+([\d.]+)(us|ms|s)", out).groups()
        return float(value) * {"us": 0.001, "ms": 1, "s": 1000}[unit]

    errors = 0
    match = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if match:
        errors += int(match.group(1))
    match = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", out)
    if match:
        errors += sum(int(n) for n in match.groups())
    return rps, latency("50"), latency("90"), latency("99"), errors


def main():
    if not shutil.which("wrk") or not shutil.which("nginx"):
        sys.exit("bench/load.py needs wrk and nginx (apt-get install wrk nginx-light)")
    database_url = os.environ.get("DATABASE_URL", "")
    redis_url = os.environ.get("REDIS_URL", "")
    if not database_url.startswith("postgres") or not redis_url:
        sys.exit("set DATABASE_URL (a scratch PostgreSQL database) and REDIS_URL")
    work = Path(tempfile.mkdtemp(prefix="bench-load-"))
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "settings.production",
        "SECRET_KEY": "bench-load-" + "x" * 40,
        "ALLOWED_HOSTS": "127.0.0.1,localhost",
        "SECURE_SSL_REDIRECT": "0",
        "STATIC_ROOT": str(work / "static"),
        "MEDIA_ROOT": str(work / "media"),
        "PRIVATE_MEDIA_ROOT": str(work / "private"),
        "REDIS_KEY_PREFIX": f"bench-{os.getpid()}",
        "EMAIL_HOST": "127.0.0.1",  # production insists on one; nothing listens on port 9
        "EMAIL_PORT": "9",
    }
    manage = [PYTHON, str(ROOT / "manage.py")]
    subprocess.run(manage + ["migrate", "--noinput", "-v0"], env=env, cwd=ROOT, check=True)
    subprocess.run(manage + ["collectstatic", "--noinput", "-v0"], env=env, cwd=ROOT, check=True)
    demo_env = {**env, "DJANGO_SETTINGS_MODULE": "settings.dev"}
    subprocess.run(manage + ["load_demo_content"], env=demo_env, cwd=ROOT, check=True, capture_output=True)
    urls = subprocess.run(
        manage
        + [
            "shell",
            "-c",
            "from pressroom.models import NewsPage, NewsIndexPage, StatementPage\n"
            "from directory.models import DirectoryPage\n"
            "l = dict(locale__language_code='fa-af')\n"
            "print(NewsIndexPage.objects.live().filter(**l).first().url)\n"
            "print(NewsPage.objects.live().filter(**l).first().url)\n"
            "print(StatementPage.objects.live().filter(**l).first().url)\n"
            "print(DirectoryPage.objects.live().filter(**l).first().url)\n",
        ],
        env=env,
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    urls = [line for line in urls if line.startswith("/")]
    pages = {
        "home": "/fa-af/",
        "news index": urls[0],
        "news page": urls[1],
        "statement": urls[2],
        "directory": urls[3],
        "search": "/fa-af/search/?q=" + quote("تجارت"),
    }
    rows = []
    modes = (
        ("uncached", {"ANONYMOUS_PAGE_CACHE": "0"}),
        ("uncached, no route hints", {"ANONYMOUS_PAGE_CACHE": "0", "ROUTE_HINTS": "0"}),
        ("cached", {"ANONYMOUS_PAGE_CACHE": "1"}),
        ("cached, no local copies", {"ANONYMOUS_PAGE_CACHE": "1", "PAGE_CACHE_LOCAL_COPIES": "0"}),
    )
    for label, switches in modes:
        port = free_port()
        server = subprocess.Popen(
            [
                str(BIN / "gunicorn"),
                "ministry_site.wsgi",
                "-b",
                f"127.0.0.1:{port}",
                "-w",
                "2",
                "--worker-class",
                "sync",
            ],
            env={**env, **switches},
            cwd=ROOT,
            stdout=subprocess.DEVNULL,
            stderr=open(work / f"gunicorn-{label.replace(' ', '-').replace(',', '')}.log", "w"),
        )
        try:
            wait(port)
            for name, path in pages.items():
                rows.append((name, label, *wrk(f"http://127.0.0.1:{port}{path}")))
                print(rows[-1], flush=True)
            if label == "cached":
                home_html = urllib.request.urlopen(f"http://127.0.0.1:{port}/fa-af/").read()
                rows += run_nginx(work, port, home_html, pages)
        finally:
            server.terminate()
            server.wait(20)
    print()
    print("| page | mode | req/s | p50 ms | p90 ms | p99 ms | errors |")
    print("| --- | --- | ---: | ---: | ---: | ---: | ---: |")
    for name, mode, rps, p50, p90, p99, errors in rows:
        print(f"| {name} | {mode} | {rps:,.0f} | {p50:.1f} | {p90:.1f} | {p99:.1f} | {errors} |")


def run_nginx(work, app_port, home_html, pages):
    static_root = work / "nginx-static"
    (static_root / "fa-af").mkdir(parents=True)
    (static_root / "fa-af" / "index.html").write_bytes(home_html)
    static_port, proxy_port = free_port(), free_port()
    site = (ROOT / "deploy" / "nginx.conf").read_text()
    site = site.replace("server app1:8000 max_fails=3 fail_timeout=10s;", f"server 127.0.0.1:{app_port};")
    site = site.replace("    server app2:8000 max_fails=3 fail_timeout=10s;\n", "")
    site = site.replace("/var/cache/nginx/pages", str(work / "nginx-cache"))
    site = site.replace("listen 80;", f"listen 127.0.0.1:{proxy_port};")
    conf = work / "nginx.conf"
    conf.write_text(
        f"""
user root;
worker_processes 2;
pid {work}/nginx.pid;
error_log {work}/nginx-error.log;
events {{ worker_connections 1024; }}
http {{
    access_log off;
    client_body_temp_path {work}/nginx-body;
    proxy_temp_path {work}/nginx-proxy;
    fastcgi_temp_path {work}/nginx-fastcgi;
    uwsgi_temp_path {work}/nginx-uwsgi;
    scgi_temp_path {work}/nginx-scgi;
    server {{
        listen 127.0.0.1:{static_port};
        root {static_root};
        location / {{ default_type text/html; index index.html; }}
    }}
    {site}
}}
"""
    )
    nginx = subprocess.Popen(["nginx", "-c", str(conf), "-g", "daemon off;"])
    rows = []
    try:
        wait(static_port)
        wait(proxy_port)
        rows.append(("home (saved copy)", "nginx static", *wrk(f"http://127.0.0.1:{static_port}/fa-af/")))
        print(rows[-1], flush=True)
        for name in ("home", "news page", "search"):
            rows.append((name, "nginx micro-cache", *wrk(f"http://127.0.0.1:{proxy_port}{pages[name]}")))
            print(rows[-1], flush=True)
    finally:
        nginx.terminate()
        nginx.wait(10)
    return rows


if __name__ == "__main__":
    main()
