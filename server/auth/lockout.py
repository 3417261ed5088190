"""Progressive lockout after failed sign-ins, counted in the shared cache (Redis across
replicas, in-process on the embedded default). Keyed by a hash of the e-mail, whether or
not an account exists, so a lock says nothing about which e-mails are registered."""

from __future__ import annotations

from server.cache import Cache
from server.crypto import DataKey

# (failures within the window, lock duration in seconds), strictest first.
THRESHOLDS = ((20, 24 * 3600), (10, 3600), (5, 15 * 60))
WINDOW_S = 24 * 3600


class Lockout:
    def __init__(self, cache: Cache, data_key: DataKey) -> None:
        self._cache = cache
        self._data_key = data_key

    def _key(self, kind: str, email: str) -> str:
        # Keyed, so the cache's key names cannot be matched against a list of e-mails.
        return f"lockout:{kind}:{self._data_key.keyed_hash(b'lockout:' + email.encode()).hex()}"

    async def is_locked(self, email: str) -> bool:
        return await self._cache.get(self._key("until", email)) is not None

    async def record_failure(self, email: str) -> None:
        failures = await self._cache.incr(self._key("failures", email), WINDOW_S)
        for count, lock_s in THRESHOLDS:
            if failures >= count:
                await self._cache.set(self._key("until", email), b"1", lock_s)
                return

    async def reset(self, email: str) -> None:
        await self._cache.delete(self._key("failures", email))

    async def clear(self, email: str) -> None:
        """Ends a lock and its count: the holder proved control of the address (a reset)."""
        await self._cache.delete(self._key("failures", email))
        await self._cache.delete(self._key("until", email))
