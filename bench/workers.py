"""Real Celery worker processes for the benchmarks (bench/mailing.py,
bench/monitoring.py, bench/site_care.py): one process each (solo pool), on
the queue the environment names, each writing its own log."""

import subprocess  # nosec B404 # starts our own celery
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
BIN = Path(sys.executable).parent


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
