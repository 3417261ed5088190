"""Keeps serving while Redis is down: cache reads miss and writes are skipped.

The database stays the truth for everything cached (sessions, hot reads), so a miss costs
a query, not correctness. Methods other than get/set/add/delete pass straight through and
still fail, so a feature that needs Redis to be right (an atomic counter) is not silently
weakened. Readiness (`ping`) must see the real state, so it passes through too.
"""

from __future__ import annotations

from collections.abc import Awaitable
from typing import Any, TypeVar

import redis.exceptions
import structlog

from server import metrics
from server.cache import Cache

log = structlog.get_logger("rupaya.cache")
T = TypeVar("T")
REDIS_DOWN = (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError)


class FailSoftCache:
    def __init__(self, inner: Cache) -> None:
        self._inner = inner
        self._down = False  # log state changes, not every failing call

    async def get(self, key: str) -> bytes | None:
        return await self._soft("get", self._inner.get(key))

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        await self._soft("set", self._inner.set(key, value, ttl_s))

    async def add(self, key: str, value: bytes, ttl_s: float) -> None:
        await self._soft("add", self._inner.add(key, value, ttl_s))

    async def delete(self, key: str) -> None:
        await self._soft("delete", self._inner.delete(key))

    async def ping(self) -> None:
        await self._inner.ping()

    async def close(self) -> None:
        await self._inner.close()

    def __getattr__(self, name: str) -> Any:
        """Any other cache method (added later) passes through, failing loudly."""
        return getattr(self._inner, name)

    async def _soft(self, operation: str, call: Awaitable[T]) -> T | None:
        """`call`'s result, or None (a miss, a skipped write) while Redis is down."""
        try:
            result = await call
        except REDIS_DOWN:
            self._failed(operation)
            return None
        self._succeeded()
        return result

    def _failed(self, operation: str) -> None:
        metrics.REDIS_ERRORS.labels("cache").inc()
        if not self._down:
            self._down = True
            log.error("redis unreachable; cache bypassed until it answers", operation=operation)

    def _succeeded(self) -> None:
        if self._down:
            self._down = False
            log.info("redis reachable again; cache in use")
