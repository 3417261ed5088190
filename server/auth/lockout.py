"""Progressive lockout after failed sign-ins, counted in the shared cache (Redis across
replicas, in-process on the embedded default). Keyed by a hash of the e-mail, whether or
not an account exists, so a lock says nothing about which e-mails are registered."""

from __future__ import annotations

import hashlib

from server.cache import Cache

# (failures within the window, lock duration in seconds), strictest first.
THRESHOLDS = ((20, 24 * 3600), (10, 3600), (5, 15 * 60))
WINDOW_S = 24 * 3600


def _key(kind: str, email: str) -> str:
    return f"lockout:{kind}:{hashlib.sha256(email.encode()).hexdigest()}"


class Lockout:
    def __init__(self, cache: Cache) -> None:
        self._cache = cache

    async def is_locked(self, email: str) -> bool:
        return await self._cache.get(_key("until", email)) is not None

    async def record_failure(self, email: str) -> None:
        failures = await self._cache.incr(_key("failures", email), WINDOW_S)
        for count, lock_s in THRESHOLDS:
            if failures >= count:
                await self._cache.set(_key("until", email), b"1", lock_s)
                return

    async def reset(self, email: str) -> None:
        await self._cache.delete(_key("failures", email))
