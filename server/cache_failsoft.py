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
        self._down = False  # log state changes, not every failing call

    async def get(self, key: str) -> bytes | None:
        try:
            value = await self._inner.get(key)
        except REDIS_DOWN:
            self._failed("get")
            return None
        self._succeeded()
        return value

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        try:
            await self._inner.set(key, value, ttl_s)
        except REDIS_DOWN:
            self._failed("set")
            return
        self._succeeded()

    async def add(self, key: str, value: bytes, ttl_s: float) -> None:
        try:
            await self._inner.add(key, value, ttl_s)
        except REDIS_DOWN:
            self._failed("add")
            return
        self._succeeded()

    async def delete(self, key: str) -> None:
        try:
            await self._inner.delete(key)
        except REDIS_DOWN:
            self._failed("delete")
            return
        self._succeeded()

    async def ping(self) -> None:
        await self._inner.ping()

    async def close(self) -> None:
        await self._inner.close()

    def __getattr__(self, name: str) -> Any:
        """Any other cache method (added later) passes through, failing loudly."""
        return getattr(self._inner, name)

    def _failed(self, operation: str) -> None:
        metrics.REDIS_ERRORS.labels("cache").inc()
        if not self._down:
            self._down = True
            log.error("redis unreachable; cache bypassed until it answers", operation=operation)

    def _succeeded(self) -> None:
        if self._down:
            self._down = False
            log.info("redis reachable again; cache in use")
