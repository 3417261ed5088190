"""Is a session still live? Asked on every authenticated call, so the answer is cached.

Revocation writes the new state to the shared cache (Redis across replicas) at once;
other states expire from the cache quickly, so the database stays the truth. With Redis,
the hot path reads the marker inside the rate limiter's script (server/interceptors/
admission.py) and comes here only when the marker is absent or says revoked.

When a live marker expires under load, every in-flight call of that session finds it absent
at once; they share one database read instead of each making its own."""

from __future__ import annotations

import asyncio
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
        self._reading: dict[uuid.UUID, asyncio.Task[bool]] = {}  # session -> its database read

    async def is_active(self, session_id: uuid.UUID) -> bool:
        return await self.settle(session_id, await self._cache.get(_key(session_id)))

    async def settle(self, session_id: uuid.UUID, marker: bytes | None, *, mark_live: bool = True) -> bool:
        """Live or not, given the marker the cache held for it (read by the caller, e.g.
        inside the rate limiter's script); without one the database answers and the marker
        is written for the next calls. `mark_live=False`: the caller writes the live marker
        itself (the rate limiter's next script, which saves a round trip); a revoked one is
        still written here."""
        if marker is not None:
            return marker == ACTIVE
        read = self._reading.get(session_id)
        if read is None:
            read = self._reading[session_id] = asyncio.ensure_future(self._read(session_id, mark_live))
            read.add_done_callback(lambda _: self._read_done(session_id, read))
        return await asyncio.shield(read)  # a caller that gives up does not cancel the others' read

    def _read_done(self, session_id: uuid.UUID, read: asyncio.Task[bool]) -> None:
        self._reading.pop(session_id, None)
        if not read.cancelled():
            read.exception()  # seen here too: if every caller gave up, nobody else would see it

    async def _read(self, session_id: uuid.UUID, mark_live: bool) -> bool:
        async with self._db.read() as s:
            active = await repository.session_is_active(s, session_id, dt.datetime.now(dt.UTC))
        if not active:
            await self._cache.set(_key(session_id), REVOKED, ACTIVE_TTL_S)
        elif mark_live:
            # Only if absent: a revocation that committed after our read has written its
            # marker meanwhile, and "live" must not overwrite it.
            await self._cache.add(_key(session_id), ACTIVE, ACTIVE_TTL_S)
        return active

    def live_marker(self, session_id: uuid.UUID) -> tuple[str, bytes]:
        """(cache key, value) that the shared cache holds while the session is known live."""
        return _key(session_id), ACTIVE

    async def mark_revoked(self, session_id: uuid.UUID) -> None:
        """Call after the revocation committed."""
        await self._cache.set(_key(session_id), REVOKED, self._revoked_ttl_s)


def _key(session_id: uuid.UUID) -> str:
    return f"session:{session_id}"
