"""The scheduler: a background task of every server process that posts due occurrences.

Each round first materializes the occurrences that fell due (schedules claimed with SKIP
LOCKED, their cursors moved in the same transaction), then posts the due ones one per
database transaction: the occurrence row is claimed FOR UPDATE SKIP LOCKED, posted through the
ledger and marked POSTED in that transaction. A replica that dies mid-post loses only its
uncommitted transaction (the row is free again); a commit means POSTED. The row's key (schedule,
date) makes a second posting impossible even in principle. A refusal (insufficient funds,
account gone or archived) marks the occurrence FAILED with its reason, once; it is not retried.
The clock is injectable: tests move time instead of sleeping."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import uuid
from collections.abc import Callable

import structlog
from sqlalchemy.exc import DBAPIError

from server.db.engine import Database
from server.errors import DomainError
from server.schedules import domain, posting, repository
from server.schedules.states import SCHEDULED

log = structlog.get_logger("rupaya.schedules")
SCHEDULES_PER_CLAIM = 50


def utc_now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class Scheduler:
    def __init__(self, db: Database, interval_s: float, clock: Callable[[], dt.datetime] = utc_now) -> None:
        self._db = db
        self._interval_s = interval_s
        self._clock = clock
        self._stopping = False
        self._wake = asyncio.Event()
        self._task: asyncio.Task[None] | None = None

    def start(self) -> asyncio.Task[None]:
        self._task = asyncio.create_task(self._run())
        return self._task

    async def stop(self, timeout_s: float) -> None:
        """Lets the occurrence being posted finish its transaction, then ends."""
        self._stopping = True
        self._wake.set()
        if self._task:
            await asyncio.wait([self._task], timeout=timeout_s)

    async def _run(self) -> None:
        while not self._stopping:
            try:
                await self.run_once()
            except Exception as error:  # the database is away: try again next round
                log.warning("scheduler round failed", error=type(error).__name__)
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=self._interval_s)

    async def run_once(self) -> int:
        """One round at the clock's time: materializes and posts what is due; returns how
        many occurrences it resolved (posted or failed)."""
        now = self._clock()
        while await self._materialize(now) and not self._stopping:
            pass
        handled = 0
        while not self._stopping and await self._post_next(now):
            handled += 1
        return handled

    async def _materialize(self, now: dt.datetime) -> bool:
        """True when the claim was full (more schedules may be due)."""
        async with self._db.transaction() as s:
            schedules = await repository.claim_schedules_to_expand(s, now, SCHEDULES_PER_CLAIM)
            rows = [row for schedule in schedules for row in domain.materialize(schedule, now)]
            await repository.add_occurrences(s, rows)
        return len(schedules) == SCHEDULES_PER_CLAIM or len(rows) >= domain.MATERIALIZE_PER_ROUND

    async def _post_next(self, now: dt.datetime) -> bool:
        """Posts the earliest due occurrence no other scheduler holds; False when none is left."""
        key: tuple[uuid.UUID, dt.date] | None = None
        try:
            async with self._db.transaction() as s:
                row = await repository.claim_due_occurrence(s, now)
                if row is None:
                    return False
                key = (row.schedule_id, row.occurrence_on)
                schedule = await repository.schedule_by_id(s, row.schedule_id)
                if schedule is None:
                    return True  # deleted while claimed: its rows go with it
                transaction = await posting.post(s, schedule, row, now)
            log.info(
                "occurrence posted",
                schedule_id=str(key[0]),
                occurrence_date=str(key[1]),
                transaction_id=str(transaction.id),
                catch_up=row.catch_up,
            )
            return True
        except DomainError as error:
            if key is None or not posting.permanent(error):
                raise
            await self._record_failure(key, error, now)
            return True
        except DBAPIError:
            raise  # the database: the round ends, the row stays due for the next one

    async def _record_failure(
        self, key: tuple[uuid.UUID, dt.date], error: DomainError, now: dt.datetime
    ) -> None:
        async with self._db.transaction() as s:
            row = await repository.occurrence(s, key[0], key[1], for_update=True)
            if row is None or row.state != SCHEDULED:
                return  # another scheduler resolved it meanwhile
            posting.mark_failed(row, error, now)
        log.warning(
            "occurrence failed",
            schedule_id=str(key[0]),
            occurrence_date=str(key[1]),
            reason=error.reason,
        )
