"""Redis cut off from the app servers (a partition: connections hang) and
back: a page unpublished meanwhile is never served again from the cache by
any process, and the outage is logged once, not once per request."""

import os
import re
import socket
import threading
import time
import uuid

import pytest

from tests.support import servers
from tests.support.http_client import Browser
from tests.support.redis import REDIS_URL, redis_answers

pytestmark = pytest.mark.skipif(not redis_answers(), reason=f"no Redis answers at {REDIS_URL}")


class Partition:
    """A TCP proxy to Redis that can be cut: while cut, open connections are
    dropped and new ones are accepted but never answered, as when a network
    partition swallows the packets."""

    def __init__(self, upstream_host, upstream_port):
        self.upstream = (upstream_host, upstream_port)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        self.cut = False
        self.sockets = []
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def _accept(self):
        while True:
            try:
                client, _address = self.listener.accept()
            except OSError:
                return
            with self.lock:
                self.sockets.append(client)
                if self.cut:
                    continue  # held open, never answered
            try:
                upstream = socket.create_connection(self.upstream, timeout=2)
            except OSError:
                client.close()
                continue
            with self.lock:
                self.sockets.append(upstream)
            for source, target in ((client, upstream), (upstream, client)):
                threading.Thread(target=self._pump, args=(source, target), daemon=True).start()

    def _pump(self, source, target):
        try:
            while data := source.recv(65536):
                if self.cut:
                    return
                target.sendall(data)
        except OSError:
            pass
        finally:
            for sock in (source, target):
                try:
                    sock.close()
                except OSError:
                    pass

    def _drop_all(self):
        with self.lock:
            sockets, self.sockets = self.sockets, []
        for sock in sockets:
            try:
                sock.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
            sock.close()

    def start_partition(self):
        self.cut = True
        self._drop_all()

    def end_partition(self):
        self._drop_all()  # connections held during the partition are reset
        self.cut = False

    def close(self):
        self.listener.close()
        self._drop_all()


SETUP = """
from django.contrib.auth.models import Group, User
from home.models import HomePage
from pressroom import factories
home = HomePage.objects.get(locale__language_code='fa-af')
index = factories.NewsIndexPageFactory(parent=home, slug='akhbar', title='اخبار')
story = factories.NewsPageFactory(parent=index, slug='be-zudi-pas-gerefta', title='خبری که پس گرفته می‌شود')
user = User.objects.create_user('director3', 'd3@example.org', 'a-long-pass-phrase-1405')
user.groups.add(Group.objects.get(name='Directors'))
print(story.pk)
"""


@pytest.fixture
def partitioned_stack(tmp_path):
    host_port = REDIS_URL.split("//", 1)[1].split("/", 1)[0]
    host, _, port = host_port.rpartition(":")
    partition = Partition(host or "127.0.0.1", int(port or 6379))
    database_url = os.environ.get("DATABASE_URL", "")
    scratch = None
    if database_url.startswith("postgres"):
        import psycopg

        scratch = f"partition_{uuid.uuid4().hex[:10]}"
        admin_url = database_url.rsplit("/", 1)[0] + "/postgres"
        with psycopg.connect(admin_url, autocommit=True) as admin:
            admin.execute(f"CREATE DATABASE {scratch}")
        database_url = database_url.rsplit("/", 1)[0] + f"/{scratch}"
    else:
        database_url = f"sqlite:///{tmp_path}/shared.sqlite3"
    database = REDIS_URL.rsplit("/", 1)[1] if REDIS_URL.count("/") >= 3 else "0"
    env = servers.production_env(
        tmp_path,
        database_url,
        REDIS_URL=f"redis://127.0.0.1:{partition.port}/{database}",
        REDIS_KEY_PREFIX=f"partition-{uuid.uuid4().hex[:8]}",
    )
    servers.prepare(env)
    page_id = int(servers.manage(env, "shell", "-c", SETUP).stdout.split()[-1])
    processes, ports = [], []
    try:
        for name in ("a", "b"):
            process, server_port = servers.start_gunicorn(env, tmp_path / f"server-{name}.log")
            processes.append(process)
            ports.append(server_port)
        yield {"ports": ports, "page_id": page_id, "partition": partition, "logs": tmp_path}
    finally:
        for process in processes:
            servers.stop(process)
        partition.close()
        if scratch:
            with psycopg.connect(admin_url, autocommit=True) as admin:
                admin.execute(f"DROP DATABASE IF EXISTS {scratch} WITH (FORCE)")


def _log(stack, name):
    return (stack["logs"] / f"server-{name}.log").read_text()


def test_a_page_unpublished_during_a_redis_partition_is_never_served_from_the_cache_after(partitioned_stack):
    stack = partitioned_stack
    server_a, server_b = stack["ports"]
    story, listing = "/fa-af/akhbar/be-zudi-pas-gerefta/", "/fa-af/akhbar/"
    for port in (server_a, server_b):
        for path in (story, listing):
            assert servers.get(port, path)[0] == 200, _log(stack, "a")
            assert servers.get(port, path)[1].get("X-Page-Cache") == "hit"  # in Redis, and in each process

    stack["partition"].start_partition()
    director = Browser(server_a)
    form = director.request("GET", "/admin/login/")[2]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', form).group(1)
    status, _headers, _ = director.request(
        "POST",
        "/admin/login/",
        {"csrfmiddlewaretoken": token, "username": "director3", "password": "a-long-pass-phrase-1405"},
    )
    assert status == 302, _log(stack, "a")
    confirm = director.request("GET", f"/admin/pages/{stack['page_id']}/unpublish/")[2]
    token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', confirm).group(1)
    status, _headers, _ = director.request(
        "POST", f"/admin/pages/{stack['page_id']}/unpublish/", {"csrfmiddlewaretoken": token}
    )
    assert status == 302, _log(stack, "a")
    stack["partition"].end_partition()

    # Server B never saw the unpublish; server A saw it while Redis was away.
    answers = []
    for port in (server_b, server_b, server_a, server_b, server_a, server_b, server_a, server_b, server_a, server_b):
        status, headers, _ = servers.get(port, story)
        answers.append((port == server_a and "a" or "b", status, headers.get("X-Page-Cache")))
        listed = "خبری که پس گرفته می‌شود" in servers.get(port, listing)[2]
        answers.append((port == server_a and "a" or "b", "listed" if listed else "not listed"))
    assert all(answer[1] in (404, "not listed") for answer in answers), answers


def test_a_redis_outage_is_logged_once_then_counted(partitioned_stack):
    stack = partitioned_stack
    server_a, _server_b = stack["ports"]
    assert servers.get(server_a, "/fa-af/akhbar/")[0] == 200
    if "cannot be reached" in _log(stack, "a"):
        # On a loaded machine a reply slower than the cache's 0.5 s timeout is
        # an outage too, already reported: errors within the next 30 s belong
        # to it (seen twice under load: the partition then logged nothing).
        # Let it end first, so the partition is an outage of its own.
        time.sleep(31)
    before = len(_log(stack, "a"))
    stack["partition"].start_partition()
    try:
        # Pages of the listing this process has not kept (`page` is a parameter
        # the listing declares, so its pages are cached): each asks Redis.
        for number in range(2, 8):
            assert servers.get(server_a, f"/fa-af/akhbar/?page={number}")[0] in (200, 404)
    finally:
        stack["partition"].end_partition()
    logged = _log(stack, "a")[before:]
    reports = logged.count("Exception ignored")  # django-redis's message, with a traceback each
    assert reports == 1, (
        f"{reports} reports, {len(logged)} bytes logged for 6 requests:\n{logged[:3000]}\n"
        f"before the partition:\n{_log(stack, 'a')[:before][-3000:]}"
    )
    assert "The cache (Redis) cannot be reached" in logged  # the one report says what failed
