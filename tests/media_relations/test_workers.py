"""The sending as it runs in production: real Celery worker processes, a
real broker (the machine's Redis when it answers), a real SMTP server, the
production settings, and workers killed or doubled."""

import time
from collections import Counter

import pytest

from tests.support import servers, workers


def delivered(smtp):
    """{address: [Message-ID, …]} of what the SMTP server accepted."""
    found = {}
    for message in smtp.sink.received():
        found.setdefault(str(message["To"]).strip().lower(), []).append(str(message["Message-ID"]).strip())
    return found


def done(env, mailing_id, total):
    counts = workers.counts(env, mailing_id)
    return counts.get("queued", 0) == 0 and sum(counts.values()) == total and counts


def test_a_worker_killed_half_way_loses_nothing_and_repeats_nothing(tmp_path, scratch, smtp):
    total = 200  # four batches: the kill falls in the second
    env = workers.mail_env(tmp_path, scratch, smtp.port)
    mailing_id = workers.prepare_mailing(env, total)
    first = workers.start_worker(env, tmp_path / "worker-1.log", "first")
    second = None
    try:
        assert "approved: 200 recipients" in workers.approve(env, mailing_id)
        workers.wait_until(lambda: workers.counts(env, mailing_id).get("sent", 0) >= 60, 120, step=0.05, what="60 sent")
        workers.kill(first)  # SIGKILL: no goodbye, its claimed rows and its task message left behind
        sent_when_killed = workers.counts(env, mailing_id).get("sent", 0)
        assert sent_when_killed < total, "the worker finished before it could be killed"

        second = workers.start_worker(env, tmp_path / "worker-2.log", "second")

        swept = [0.0]

        def finished():
            # The schedule's sweep (every minute in production), run by hand
            # here once the killed worker's claims can have lapsed (3 s).
            if time.monotonic() - swept[0] >= 3:
                servers.manage(env, "send_due_mailings")
                swept[0] = time.monotonic()
            return done(env, mailing_id, total)

        counts = workers.wait_until(finished, 180, step=0.5, what="the whole mailing sent")
    finally:
        for process in (first, second):
            if process is not None:
                workers.stop(process)

    assert counts == {"sent": total}
    received = delivered(smtp)
    assert len(received) == total  # nobody lost
    # Each recipient got one message; a server can have received one twice
    # only if the worker died between the server's "accepted" and the
    # database's record of it, and then it is the same message (same Message-ID).
    assert all(len(set(ids)) == 1 for ids in received.values())
    duplicates = sum(len(ids) - 1 for ids in received.values())
    assert duplicates <= 1, f"{duplicates} messages received twice"
    assert workers.progress(env, mailing_id)["status"] == "sent"


def test_two_workers_share_a_mailing_and_nobody_gets_it_twice(tmp_path, scratch, smtp):
    total = 300
    env = workers.mail_env(tmp_path, scratch, smtp.port)
    mailing_id = workers.prepare_mailing(env, total)
    pair = [workers.start_worker(env, tmp_path / f"worker-{n}.log", f"w{n}") for n in (1, 2)]
    try:
        workers.approve(env, mailing_id)
        counts = workers.wait_until(lambda: done(env, mailing_id, total), 180, what="the whole mailing sent")
    finally:
        for process in pair:
            workers.stop(process)
    assert counts == {"sent": total}
    received = delivered(smtp)
    assert len(received) == total and all(len(ids) == 1 for ids in received.values())
    languages = Counter(str(message["Content-Language"]).strip() for message in smtp.sink.received())
    assert languages == {"fa-af": 100, "ps": 100, "en": 100}
    # Both workers took part.
    logs = [(tmp_path / f"worker-{n}.log").read_text() for n in (1, 2)]
    assert all("send_mailing" in log and "succeeded" in log for log in logs), logs


def test_with_the_broker_down_approval_says_sending_is_delayed_and_nothing_is_lost(tmp_path, scratch, smtp):
    total = 30
    from tests.support.network import free_port

    down = workers.mail_env(tmp_path, scratch, smtp.port, broker=f"redis://127.0.0.1:{free_port()}/0")
    mailing_id = workers.prepare_mailing(down, total)
    said = workers.approve(down, mailing_id)
    assert "sending is delayed" in said
    assert workers.counts(down, mailing_id) == {"queued": total}
    # The broker is back (the real one): the sweep finds the mailing and a worker sends it.
    env = {**down, "CELERY_BROKER_URL": workers.broker_url(tmp_path)}
    worker = workers.start_worker(env, tmp_path / "worker.log", "back")
    try:
        servers.manage(env, "send_due_mailings")
        counts = workers.wait_until(lambda: done(env, mailing_id, total), 120, what="the mailing sent")
    finally:
        workers.stop(worker)
    assert counts == {"sent": total} and len(delivered(smtp)) == total


RABBITMQ_URL = "amqp://guest:guest@127.0.0.1:5672//"


def rabbitmq_answers():
    import socket

    try:
        with socket.create_connection(("127.0.0.1", 5672), timeout=0.5):
            return True
    except OSError:
        return False


@pytest.mark.skipif(not rabbitmq_answers(), reason="no RabbitMQ answers at 127.0.0.1:5672")
def test_rabbitmq_can_be_the_broker(tmp_path, scratch, smtp):
    total = 30
    env = workers.mail_env(tmp_path, scratch, smtp.port, broker=RABBITMQ_URL)
    mailing_id = workers.prepare_mailing(env, total)
    worker = workers.start_worker(env, tmp_path / "worker.log", "rabbit")
    try:
        workers.approve(env, mailing_id)
        counts = workers.wait_until(lambda: done(env, mailing_id, total), 120, what="the mailing sent")
    finally:
        workers.stop(worker)
    assert counts == {"sent": total} and len(delivered(smtp)) == total
