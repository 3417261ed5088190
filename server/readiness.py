"""Readiness: grpc.health.v1 statuses that follow PostgreSQL and Redis reachability.

Overall ("") and every rupaya.v1 service are SERVING while the database answers (and, if
the rate limiter fails closed, while Redis answers too). "rupaya.database" and
"rupaya.redis" report each dependency on its own, so operators see which one is down.
"""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable

import structlog
from grpc_health.v1 import health_pb2
from grpc_health.v1.health import aio as health_aio

from server import metrics

log = structlog.get_logger("rupaya.readiness")
SERVING = health_pb2.HealthCheckResponse.SERVING
NOT_SERVING = health_pb2.HealthCheckResponse.NOT_SERVING
DATABASE, REDIS = "rupaya.database", "rupaya.redis"
PROBE_TIMEOUT_S = 2.0

Probe = Callable[[], Awaitable[None]]


def sqlite_probe(path: str) -> Probe:
    """Reads the schema through a plain connection: the server's pool would take the write
    lock (BEGIN IMMEDIATE) and queue behind writers, and a cancelled aiosqlite connect can
    leave a task that never finishes."""

    def read_schema() -> None:
        import sqlite3  # here, not at start: a PostgreSQL server never loads it (~1 MB resident)

        with contextlib.closing(sqlite3.connect(path, timeout=PROBE_TIMEOUT_S)) as conn:
            conn.execute("SELECT count(*) FROM sqlite_master").fetchone()

    async def probe() -> None:
        await asyncio.to_thread(read_schema)

    return probe


async def _reachable(probe: Probe) -> bool:
    try:
        # asyncio.timeout, not wait_for: on 3.11 wait_for can swallow a cancellation.
        async with asyncio.timeout(PROBE_TIMEOUT_S):
            await probe()
        return True
    except Exception:  # any failure to answer means not ready
        return False


class Readiness:
    def __init__(
        self,
        health: health_aio.HealthServicer,
        services: tuple[str, ...],
        database: Probe,
        redis: Probe | None,
        redis_required: bool,
    ) -> None:
        self._health = health
        self._services = services
        self._database = database
        self._redis = redis
        self._redis_required = redis_required
        self._last: dict[str, bool] = {}
        self._stopped = False

    async def check(self) -> None:
        up = {DATABASE: await _reachable(self._database)}
        if self._redis is not None:
            up[REDIS] = await _reachable(self._redis)
        ready = up[DATABASE] and (up.get(REDIS, True) or not self._redis_required)
        for dependency, is_up in up.items():
            metrics.DEPENDENCY_UP.labels(dependency.removeprefix("rupaya.")).set(int(is_up))
            if self._last.get(dependency) != is_up:
                (log.info if is_up else log.error)(
                    "dependency " + ("up" if is_up else "down"), dependency=dependency
                )
            await self._health.set(dependency, SERVING if is_up else NOT_SERVING)
        self._last = up
        for name in ("", *self._services):
            await self._health.set(name, SERVING if ready else NOT_SERVING)

    async def run(self, interval_s: float) -> None:
        while not self._stopped:
            await asyncio.sleep(interval_s)
            if not self._stopped:
                await self.check()

    def stop(self) -> None:
        """Ends `run` even if a probe in flight does not notice its cancellation."""
        self._stopped = True
