"""The change log's retention job: tombstones older than the retention go, and each user's
horizon remembers the newest cursor they had, so a device behind it resyncs (SYNC_CURSOR_EXPIRED)
instead of silently keeping what another device deleted. Upserts stay: they are the current
state of live entities (one row per entity), so the log never grows past what the user has
plus the deletes of the retention window. Safe on every replica at once (idempotent)."""

from __future__ import annotations

import asyncio
import datetime as dt

import structlog

from server.db.engine import Database
from server.sync import repository

log = structlog.get_logger("rupaya.sync")


class ChangeLogRetention:
    def __init__(self, db: Database, retention: dt.timedelta) -> None:
        self._db = db
        self._retention = retention

    async def prune(self) -> int:
        """Tombstones deleted now (older than the retention)."""
        async with self._db.transaction() as s:
            return await repository.prune_tombstones(s, dt.datetime.now(dt.UTC) - self._retention)

    async def run_forever(self, interval_s: float) -> None:
        while True:
            try:
                await self.prune()
            except asyncio.CancelledError:
                raise
            except Exception:  # a database hiccup: the next round prunes what this one left
                log.exception("sync change log not pruned this round")
            await asyncio.sleep(interval_s)
