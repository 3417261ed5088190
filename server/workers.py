"""`serve --workers N`: N single-threaded asyncio server processes on one port.

Python runs one event loop per core at best, so every core is used by separate processes
that share the listening port through SO_REUSEPORT (the kernel spreads new connections).
This supervisor migrates once, starts the workers, serves the summed /metrics of all of
them (prometheus_client multi-process mode), forwards SIGTERM/SIGINT so each drains
gracefully, and exits 0 once all did. If a worker dies on its own the supervisor stops
the rest and exits 1: restarting is the job of the process manager (systemd, Kubernetes).
Workers must share one signing key and one data key, or a token (or a TOTP secret) written by
one would fail on the next: each reads them from the same environment or, in development,
from the same key file in the data folder (server/dev_keys.py), written by the supervisor.

The supervisor only supervises, so it stays small: it imports configuration, logging and
prometheus_client, never the server (gRPC, SQLAlchemy, the services), and migrates in a child
process (`python -m server migrate`) so Alembic and the database driver never load here either.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from types import FrameType

import structlog

from server import metrics_endpoint
from server.config import Settings

log = structlog.get_logger("rupaya.workers")


def _free_port(host: str) -> int:
    with socket.socket() as s:
        s.bind((host, 0))
        return int(s.getsockname()[1])


def _stop_all(workers: list[subprocess.Popen[bytes]], sig: int = signal.SIGTERM) -> None:
    for worker in workers:
        if worker.poll() is None:
            worker.send_signal(sig)


def migrate_in_child(settings: Settings) -> bool:
    """Applies the migrations in a child process (the same environment names the database):
    Alembic and Mako stay resident in whatever process imports them (~10 MB)."""
    if settings.database_url.startswith("sqlite"):
        settings.data_dir.mkdir(parents=True, exist_ok=True)
    done = subprocess.run([sys.executable, "-m", "server", "migrate"], stdout=subprocess.DEVNULL)
    if done.returncode != 0:
        log.error("migrations failed; not serving", code=done.returncode)
    return done.returncode == 0


def supervise(settings: Settings, module: str = "server") -> int:
    """Runs `python -m <module> worker` N times on one port and waits; exit 1 if one failed."""
    if settings.migrate_on_start and not migrate_in_child(settings):
        return 1
    if not settings.redis_url:
        log.warning(
            "workers without RUPAYA_REDIS_URL keep caches and rate limits per process: a revoked "
            "session may pass on another worker until its cache entry expires (30 s), and each "
            "worker allows the full rate limit"
        )
    port = settings.grpc_port or _free_port(settings.host)
    with tempfile.TemporaryDirectory(prefix="rupaya-metrics-") as metrics_dir:
        env = {
            **os.environ,
            "PROMETHEUS_MULTIPROC_DIR": metrics_dir,
            "RUPAYA_GRPC_PORT": str(port),
            "RUPAYA_MIGRATE_ON_START": "false",
            "RUPAYA_WORKERS": str(settings.workers),
        }
        os.environ["PROMETHEUS_MULTIPROC_DIR"] = metrics_dir
        if settings.metrics_port:
            metrics_endpoint.serve_http(settings.host, settings.metrics_port)
        stopping = False
        workers: list[subprocess.Popen[bytes]] = []

        def on_signal(signum: int, _: FrameType | None) -> None:
            nonlocal stopping
            stopping = True
            _stop_all(workers, signum)

        signal.signal(signal.SIGTERM, on_signal)
        signal.signal(signal.SIGINT, on_signal)
        workers.extend(
            subprocess.Popen([sys.executable, "-m", module, "worker"], env=env)
            for _ in range(settings.workers)
        )
        log.info("workers started", workers=settings.workers, address=f"{settings.host}:{port}")
        return _wait(workers, lambda: stopping)


def _wait(workers: list[subprocess.Popen[bytes]], stopping: Callable[[], bool]) -> int:
    failed = False
    running = list(workers)
    while running:
        for worker in list(running):
            code = worker.poll()
            if code is None:
                continue
            running.remove(worker)
            metrics_endpoint.forget_worker(worker.pid)
            if code != 0 or not stopping():
                failed = True
                log.error("worker exited", pid=worker.pid, code=code)
                _stop_all(running)
        time.sleep(0.1)
    return 1 if failed else 0
