"""Helpers for operations tests: metrics scraping, health checks, a private Redis, log lines."""

from __future__ import annotations

import json
import pathlib
import secrets
import subprocess
import time
import urllib.request
from collections.abc import Callable
from typing import Any

import grpc
import redis
from grpc_health.v1 import health_pb2, health_pb2_grpc
from prometheus_client.parser import text_string_to_metric_families

from tests.servers import Backend, free_port

SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING


def scrape(port: int) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    """Every sample of /metrics: (name, labels) -> value."""
    with urllib.request.urlopen(f"http://127.0.0.1:{port}/metrics", timeout=5) as reply:
        text = reply.read().decode()
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(text)
        for sample in family.samples
    }


def sample(samples: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str) -> float:
    """Sum of the samples of `name` whose labels include `labels` (0 when none)."""
    wanted = set(labels.items())
    return sum(v for (n, ls), v in samples.items() if n == name and wanted <= ls)


def health(target: str, service: str = "") -> int:
    with grpc.insecure_channel(target) as channel:
        return int(
            health_pb2_grpc.HealthStub(channel)
            .Check(health_pb2.HealthCheckRequest(service=service), timeout=3)
            .status
        )


def eventually(check: Callable[[], bool], timeout_s: float = 10, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        if check():
            return
        time.sleep(0.1)
    raise AssertionError(f"{what} not reached within {timeout_s}s")


def json_lines(log: str) -> list[dict[str, Any]]:
    """Every line of a JSON-format server log, parsed (fails on a line that is not JSON)."""
    return [json.loads(line) for line in log.splitlines() if line.strip()]


def isolated(backend: Backend, **env: str) -> dict[str, str]:
    """Server env with its own Redis key prefix (still under the backend's, for cleanup)."""
    prefix = backend.env.get("RUPAYA_CACHE_PREFIX", "rupaya:") + f"t{secrets.token_hex(3)}:"
    return {"RUPAYA_CACHE_PREFIX": prefix, **env}


class PrivateRedis:
    """A throw-away redis-server on a free port that a test may kill and restart."""

    def __init__(self, workdir: pathlib.Path) -> None:
        self.port = free_port()
        self._workdir = workdir
        self._process: subprocess.Popen[bytes] | None = None

    @property
    def url(self) -> str:
        return f"redis://127.0.0.1:{self.port}/0"

    def start(self) -> None:
        self._process = subprocess.Popen(
            [
                "redis-server",
                "--port",
                str(self.port),
                "--bind",
                "127.0.0.1",
                "--save",
                "",
                "--appendonly",
                "no",
            ],
            cwd=self._workdir,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        client = redis.Redis.from_url(self.url, socket_connect_timeout=1)
        eventually(lambda: _pings(client), what="private redis answering")

    def kill(self) -> None:
        if self._process is not None and self._process.poll() is None:
            self._process.kill()
            self._process.wait()


def _pings(client: redis.Redis) -> bool:
    try:
        return bool(client.ping())
    except redis.RedisError:
        return False
