"""The optional PostgreSQL read replica (RUPAYA_DATABASE_READ_URL): which ledger reads may go
there, and the fallback to the primary.

A read of user U goes to the replica only when all of these hold, else to the primary:
- the replica answered its last probe and no read failed on it in the last BACKOFF_S;
- the replica is less than `max_lag_s` behind: this process asks the primary for its WAL
  position every `max_lag_s / 10` (noting when it asked) and the replica for its replay
  position; once the replica has replayed past a position asked for at time t, every write
  committed before t is visible there, so its lag is at most now - t (an upper bound, kept as
  `rupaya_db_replica_lag_seconds`; an idle primary's position does not move, so an idle
  replica is not "behind");
- U has no "wrote" marker: every committed write that changes a user's ledger (the writes
  that bump the ledger version) sets one in the shared cache, expiring after `max_lag_s`. A
  marker gone means the write committed at least `max_lag_s` ago, and a replica less than
  `max_lag_s` behind has it: U reads their own writes (read-your-writes), on every server
  process. The marker is looked up before the lag is checked, so the two refer to one moment.
So a read served by the replica may miss other users' writes of the last `max_lag_s`, never
the caller's own. A statement that fails on the replica (down, restarting, a recovery
conflict) runs again on the primary and the replica rests for BACKOFF_S: clients see no error.
The sync feed (server/sync/) never reads here: see docs/deploy.md.
"""

from __future__ import annotations

import asyncio
import collections
import time
import uuid
from collections.abc import Awaitable, Callable, Iterable
from typing import TypeVar

import redis
import structlog
from sqlalchemy import exc, text
from sqlalchemy.ext.asyncio import AsyncEngine

from server import metrics
from server.cache import Cache
from server.db.engine import Database, Opens, S

T = TypeVar("T")
log = structlog.get_logger("rupaya.replica")

BACKOFF_S = 1.0  # a replica that failed a read or a probe serves none for this long
CONNECT_TIMEOUT_S = 2  # a replica away (host gone) fails a new connection within this
PROBE_TIMEOUT_S = 2.0
_SAMPLES = 10_000  # primary positions kept while the replica catches up (oldest out first)
# Positions as numbers (bytes since 0/0), comparable in Python.
_PRIMARY_POSITION = text("SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')")
_REPLAYED = text("SELECT pg_wal_lsn_diff(pg_last_wal_replay_lsn(), '0/0')")  # NULL: not a standby

# Reasons a read went where it went (the `reason` label of rupaya_db_reads_total).
FRESH = "fresh"  # replica: caught up within the bound, no recent write of the caller
RECENT_WRITE = "recent_write"  # primary: the caller wrote within the bound (or the marker is unknown)
LAG = "lag"  # primary: the replica is more than the bound behind
DOWN = "down"  # primary: the replica failed a probe or a read lately
ERROR = "error"  # primary: this read failed on the replica and ran again here


def _marker(user_id: uuid.UUID) -> str:
    return f"wrote:{user_id}"


class ReadReplica:
    def __init__(self, db: Database, primary: AsyncEngine, markers: Cache, max_lag_s: float) -> None:
        """`db`: the replica's own pools; `markers`: the cache every server process shares."""
        self._db = db
        self._primary = primary
        self._markers = markers
        self.max_lag_s = max_lag_s
        self._samples: collections.deque[tuple[float, int]] = collections.deque(maxlen=_SAMPLES)
        self._caught_up_at = float("-inf")  # monotonic: every write committed before it is there
        self._down_until = 0.0
        self._markers_failed_until = 0.0

    def lag_s(self) -> float:
        """At most this far behind the primary, now (infinite before the first probe)."""
        return time.monotonic() - self._caught_up_at

    async def wrote(self, users: Iterable[uuid.UUID]) -> None:
        """After the commit of a write that changed these users' ledgers, before its reply."""
        for user_id in users:
            try:
                await self._markers.set(_marker(user_id), b"1", self.max_lag_s)
            except (redis.RedisError, OSError) as error:
                # Unmarked, another process could send the user's next read to the replica:
                # this one sends none there until the marker would have expired anyway.
                self._markers_failed_until = time.monotonic() + self.max_lag_s
                log.warning("read-your-writes marker not stored; reads stay on the primary", error=str(error))

    async def run(
        self,
        user_id: uuid.UUID,
        body: Callable[[S], Awaitable[T]],
        opens: Opens[S],
        primary: Database,
    ) -> tuple[T, bool]:
        """`body`'s result, and whether the primary gave it."""
        reason = await self._refusal(user_id)
        if reason is None:
            try:
                async with opens(self._db) as s:
                    result = await body(s)
            except exc.DBAPIError as error:
                self._rest("read failed", error)
                reason = ERROR
            else:
                metrics.DB_READS.labels("replica", FRESH).inc()
                return result, False
        async with opens(primary) as s:
            result = await body(s)
        metrics.DB_READS.labels("primary", reason).inc()
        return result, True

    async def _refusal(self, user_id: uuid.UUID) -> str | None:
        """Why the user's read may not go to the replica now, or None."""
        if time.monotonic() < max(self._down_until, self._markers_failed_until):
            return DOWN if time.monotonic() < self._down_until else RECENT_WRITE
        if self.lag_s() >= self.max_lag_s:  # decided without asking the cache
            return LAG
        try:
            marked = await self._markers.get(_marker(user_id)) is not None
        except (redis.RedisError, OSError):
            marked = True  # unknown: the primary is right either way
        if marked:
            return RECENT_WRITE
        # Again, after the marker was found missing: the write it stood for committed at least
        # max_lag_s before this moment, and the replica has everything older than now - lag.
        return LAG if self.lag_s() >= self.max_lag_s else None

    async def watch_forever(self) -> None:
        """Probes the primary's and the replica's WAL positions, for as long as the server runs."""
        interval_s = self.max_lag_s / 10
        while True:
            await self.probe()
            await asyncio.sleep(interval_s)

    async def probe(self) -> None:
        asked = time.monotonic()
        try:
            async with asyncio.timeout(PROBE_TIMEOUT_S), self._primary.connect() as conn:
                position = int((await conn.execute(_PRIMARY_POSITION)).scalar_one())
        except (exc.DBAPIError, OSError, TimeoutError) as error:
            log.warning("primary WAL position unknown", error=str(error))  # the readiness probe says more
            return
        self._samples.append((asked, position))
        try:
            async with asyncio.timeout(PROBE_TIMEOUT_S), self._db.engine.connect() as conn:
                replayed = (await conn.execute(_REPLAYED)).scalar_one()
        except (exc.DBAPIError, OSError, TimeoutError) as error:
            self._rest("probe failed", error)
        else:
            if replayed is None:
                self._rest("not a standby (not replaying WAL)", None)
            else:
                while self._samples and self._samples[0][1] <= int(replayed):
                    self._caught_up_at = self._samples.popleft()[0]
        metrics.DB_REPLICA_LAG.set(min(self.lag_s(), 10 * 365 * 24 * 3600))

    def _rest(self, why: str, error: BaseException | None) -> None:
        if time.monotonic() >= self._down_until:  # once per rest, not once per failed read
            log.warning("read replica unavailable; reads go to the primary", why=why, error=str(error or ""))
        self._down_until = time.monotonic() + BACKOFF_S

    async def close(self) -> None:
        await self._db.close()
