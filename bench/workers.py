"""What the benchmarks share (bench/mailing.py, bench/monitoring.py,
bench/site_care.py): the production environment of their processes, manage.py
run in it, and real Celery worker processes, one process each (solo pool), on
the queue the environment names, each writing its own log."""

import os
import socket
import subprocess  # nosec B404 # starts our own celery and manage.py
import sys
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def redis_answers(url):
    try:
        import redis

        return redis.Redis.from_url(url, socket_connect_timeout=0.5).ping()
    except Exception:  # any failure means: no Redis here
        return False


def production_env(folder, database_url, **extra):
    """settings.production for the benchmark's processes: the given database,
    Redis as the broker when one answers at REDIS_URL (else kombu's filesystem
    transport), a queue of this run's own; `extra` variables on top."""
    redis_url = os.environ.get("REDIS_URL") or "redis://127.0.0.1:6379/0"
    env = {k: v for k, v in os.environ.items() if k != "REDIS_URL"}
    env.update(
        {
            "DJANGO_SETTINGS_MODULE": "settings.production",
            "SECRET_KEY": "bench-" + uuid.uuid4().hex * 2,
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "DATABASE_URL": database_url,
            "SECURE_SSL_REDIRECT": "0",
            "STATIC_ROOT": str(Path(folder) / "static"),
            "MEDIA_ROOT": str(Path(folder) / "media"),
            "MINISTRY_2FA_ENFORCED": "0",
            "CELERY_BROKER_URL": redis_url if redis_answers(redis_url) else "filesystem://",
            "CELERY_QUEUE": f"bench-{uuid.uuid4().hex[:8]}",
            "VAR_DIR": str(Path(folder) / "var"),
            **extra,
        }
    )
    return env


def manage(env, *args, timeout=1800):
    """manage.py in the benchmark's environment; the run stops with its output when it fails."""
    result = subprocess.run(  # nosec B603 # our own manage.py, fixed arguments
        [sys.executable, str(ROOT / "manage.py"), *args],
        env=env,
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
    )
    if result.returncode:
        sys.exit(f"manage.py {args[0]} failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}")
    return result.stdout


def start_workers(env, folder, count, name, loglevel="WARNING"):
    """`count` workers named `<name><n>@host`; their output in folder/worker-<name>-<n>.log."""
    return [
        subprocess.Popen(  # nosec B603 # our own celery, fixed arguments
            [
                str(BIN / "celery"),
                "-A",
                "ministry_site",
                "worker",
                "-Q",
                env["CELERY_QUEUE"],
                "--pool=solo",
                "--without-mingle",
                "--without-gossip",
                "--without-heartbeat",
                "-n",
                f"{name}{n}@%h",
                f"--loglevel={loglevel}",
            ],
            env=env,
            cwd=ROOT,
            stdout=open(Path(folder) / f"worker-{name}-{n}.log", "w"),  # closed with the process
            stderr=subprocess.STDOUT,
        )
        for n in range(count)
    ]
