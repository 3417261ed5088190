"""The job that ends sessions whose sign-in lapsed: an expiry is not a write, so without it a
device list kept from the change feed would show a lapsed session for ever. Each round ends
the sessions expired by then (in batches), each a tombstone in its user's feed. Safe on every
replica at once."""

from __future__ import annotations

import asyncio
import datetime as dt

import structlog

from server.auth import repository
from server.db.engine import Database

log = structlog.get_logger("rupaya.auth")
BATCH = 500  # sessions per transaction: short row locks, a bounded commit


class SessionExpiry:
    def __init__(self, db: Database) -> None:
        self._db = db

    async def end_lapsed(self) -> int:
        """Sessions ended now."""
        now, total = dt.datetime.now(dt.UTC), 0
        while True:
            async with self._db.transaction() as s:
                ended = await repository.end_expired_sessions(s, now, BATCH)
            total += ended
            if ended < BATCH:
                return total

    async def run_forever(self, interval_s: float) -> None:
        while True:
            try:
                await self.end_lapsed()
            except asyncio.CancelledError:
                raise
            except Exception:  # a database hiccup: the next round ends what this one left
                log.exception("lapsed sessions not ended this round")
            await asyncio.sleep(interval_s)
