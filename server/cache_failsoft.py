"""Keeps serving while Redis is down: cache reads miss and writes are skipped.

The database stays the truth for everything cached (sessions, hot reads), so a miss costs
a query, not correctness. Methods other than get/set/delete pass straight through and
still fail, so a feature that needs Redis to be right (an atomic counter) is not silently
weakened. Readiness (`ping`) must see the real state, so it passes through too.
"""

from __future__ import annotations

from typing import Any

import redis.exceptions
import structlog

from server import metrics
from server.cache import Cache

log = structlog.get_logger("rupaya.cache")
REDIS_DOWN = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)


class FailSoftCache:
    def __init__(self, inner: Cache) -> None:
        self._inner = inner

    async def get(self, key: str) -> bytes | None:
        try:
            return await self._inner.get(key)
        except REDIS_DOWN:
            self._failed("get")
            return None

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        try:
            await self._inner.set(key, value, ttl_s)
        except REDIS_DOWN:
            self._failed("set")

    async def delete(self, key: str) -> None:
        try:
            await self._inner.delete(key)
        except REDIS_DOWN:
            self._failed("delete")

    async def ping(self) -> None:
        await self._inner.ping()

    async def close(self) -> None:
        await self._inner.close()

    def __getattr__(self, name: str) -> Any:
        """Any other cache method (added later) passes through, failing loudly."""
        return getattr(self._inner, name)

    @staticmethod
    def _failed(operation: str) -> None:
        metrics.REDIS_ERRORS.labels("cache").inc()
        log.warning("redis unreachable; cache bypassed", operation=operation)
