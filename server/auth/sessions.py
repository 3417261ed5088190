"""Is a session still live? Asked on every authenticated call, so the answer is cached.

Revocation writes the new state to the shared cache (Redis across replicas) at once;
other states expire from the cache quickly, so the database stays the truth. With Redis,
the hot path reads the marker inside the rate limiter's script (server/interceptors/
admission.py) and comes here only when the marker is absent or says revoked."""

from __future__ import annotations

import datetime as dt
import uuid

from server.auth import repository
from server.cache import Cache
from server.db.engine import Database

ACTIVE, REVOKED = b"1", b"0"
ACTIVE_TTL_S = 30.0


class SessionGuard:
    def __init__(self, db: Database, cache: Cache, revoked_ttl_s: float) -> None:
        self._db = db
        self._cache = cache
        self._revoked_ttl_s = revoked_ttl_s  # as long as an access token can live

    async def is_active(self, session_id: uuid.UUID) -> bool:
        key = _key(session_id)
        cached = await self._cache.get(key)
        if cached is not None:
            return cached == ACTIVE
        async with self._db.read() as s:
            active = await repository.session_is_active(s, session_id, dt.datetime.now(dt.UTC))
        await self._cache.set(key, ACTIVE if active else REVOKED, ACTIVE_TTL_S)
        return active

    def live_marker(self, session_id: uuid.UUID) -> tuple[str, bytes]:
        """(cache key, value) that the shared cache holds while the session is known live."""
        return _key(session_id), ACTIVE

    async def mark_revoked(self, session_id: uuid.UUID) -> None:
        """Call after the revocation committed."""
        await self._cache.set(_key(session_id), REVOKED, self._revoked_ttl_s)


def _key(session_id: uuid.UUID) -> str:
    return f"session:{session_id}"
