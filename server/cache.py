"""Shared key-value cache: Redis when configured, else an in-process dict (embedded default).

Keys get the configured prefix, so several deployments or test runs can share one Redis.
"""

from __future__ import annotations

import time
from typing import Protocol

import redis.asyncio as aioredis


class Cache(Protocol):
    async def get(self, key: str) -> bytes | None: ...
    async def set(self, key: str, value: bytes, ttl_s: float) -> None: ...
    async def add(self, key: str, value: bytes, ttl_s: float) -> None:
        """Like set, but leaves a value already there (and unexpired) as it is."""
        ...

    async def delete(self, key: str) -> None: ...
    async def incr(self, key: str, ttl_s: float) -> int:
        """Adds 1 and returns the new count; the first increment starts a `ttl_s` window."""
        ...

    async def ping(self) -> None: ...
    async def close(self) -> None: ...


class InProcessCache:
    """Per-process only: right for one embedded server, not for replicas."""

    def __init__(self, prefix: str) -> None:
        self._prefix = prefix
        self._items: dict[str, tuple[float, bytes]] = {}

    async def get(self, key: str) -> bytes | None:
        item = self._items.get(self._prefix + key)
        if item is None:
            return None
        expires, value = item
        if expires < time.monotonic():
            del self._items[self._prefix + key]
            return None
        return value

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        if len(self._items) > 100_000:
            self._evict_expired()
        self._items[self._prefix + key] = (time.monotonic() + ttl_s, value)

    async def add(self, key: str, value: bytes, ttl_s: float) -> None:
        if await self.get(key) is None:
            await self.set(key, value, ttl_s)

    async def delete(self, key: str) -> None:
        self._items.pop(self._prefix + key, None)

    async def incr(self, key: str, ttl_s: float) -> int:
        current = await self.get(key)
        count = int(current) + 1 if current is not None else 1
        expires = self._items[self._prefix + key][0] if current is not None else time.monotonic() + ttl_s
        self._items[self._prefix + key] = (expires, str(count).encode())
        return count

    async def ping(self) -> None:
        return None

    async def close(self) -> None:
        self._items.clear()

    def _evict_expired(self) -> None:
        now = time.monotonic()
        for key in [k for k, (expires, _) in self._items.items() if expires < now]:
            del self._items[key]


class RedisCache:
    def __init__(self, url: str, prefix: str) -> None:
        self._prefix = prefix
        self._redis = aioredis.Redis.from_url(url, socket_timeout=2, socket_connect_timeout=2)

    async def get(self, key: str) -> bytes | None:
        value: bytes | None = await self._redis.get(self._prefix + key)
        return value

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        await self._redis.set(self._prefix + key, value, px=max(1, int(ttl_s * 1000)))

    async def add(self, key: str, value: bytes, ttl_s: float) -> None:
        await self._redis.set(self._prefix + key, value, px=max(1, int(ttl_s * 1000)), nx=True)

    async def delete(self, key: str) -> None:
        await self._redis.delete(self._prefix + key)

    async def incr(self, key: str, ttl_s: float) -> int:
        # One round trip, atomic: the expiry is set only by the increment that creates the key.
        async with self._redis.pipeline(transaction=True) as pipe:
            pipe.incr(self._prefix + key)
            pipe.pexpire(self._prefix + key, max(1, int(ttl_s * 1000)), nx=True)
            count, _ = await pipe.execute()
        return int(count)

    async def ping(self) -> None:
        await self._redis.ping()

    async def close(self) -> None:
        await self._redis.aclose()


def make_cache(redis_url: str, prefix: str) -> Cache:
    return RedisCache(redis_url, prefix) if redis_url else InProcessCache(prefix)
