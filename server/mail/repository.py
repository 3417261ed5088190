"""The outbox's SQL: claim due messages under a lease, then mark each sent, retried or given up.

A claim bumps `attempts` and moves `next_attempt_at` past the lease, in one transaction; on
PostgreSQL `FOR UPDATE SKIP LOCKED` lets deliverers on other replicas claim other rows at the
same moment instead of waiting, and on SQLite the write lock (BEGIN IMMEDIATE) serialises the
claims. The claimed `attempts` is the claim's fence: marking a row checks it, so a deliverer
whose lease ran out cannot overwrite what a later claim did."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy import and_, delete, func, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.tables import MailOutboxRow as Row

_PENDING = and_(Row.sent_at.is_(None), Row.given_up_at.is_(None))


@dataclass(frozen=True)
class Claimed:
    id: uuid.UUID
    template: str
    recipient: str
    payload: bytes | None
    created_at: dt.datetime
    attempts: int  # including this claim: the fence for marking it


async def claim(
    session: AsyncSession, now: dt.datetime, lease_until: dt.datetime, limit: int
) -> list[Claimed]:
    due = (
        select(Row.id)
        .where(_PENDING, Row.next_attempt_at <= now)
        .order_by(Row.next_attempt_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    ids = list((await session.scalars(due)).all())
    if not ids:
        return []
    claimed = await session.execute(
        update(Row)
        .where(Row.id.in_(ids))
        .values(attempts=Row.attempts + 1, next_attempt_at=lease_until)
        .returning(Row.id, Row.template, Row.recipient, Row.payload_encrypted, Row.created_at, Row.attempts)
    )
    return sorted((Claimed(*row) for row in claimed), key=lambda c: c.id)


async def mark_sent(session: AsyncSession, message: Claimed, now: dt.datetime) -> bool:
    """False when the claim was lost (another deliverer claimed the row since)."""
    return await _finish(session, message, sent_at=now, payload_encrypted=None, last_error="")


async def mark_given_up(session: AsyncSession, message: Claimed, now: dt.datetime, error: str) -> bool:
    return await _finish(session, message, given_up_at=now, payload_encrypted=None, last_error=error[:200])


async def mark_retry(session: AsyncSession, message: Claimed, at: dt.datetime, error: str) -> bool:
    return await _finish(session, message, next_attempt_at=at, last_error=error[:200])


async def _finish(session: AsyncSession, message: Claimed, **values: object) -> bool:
    result = await session.execute(
        update(Row).where(Row.id == message.id, Row.attempts == message.attempts, _PENDING).values(**values)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def pending(session: AsyncSession) -> tuple[int, dt.datetime | None]:
    """How many messages wait to be sent, and when the oldest was enqueued."""
    count, oldest = (
        await session.execute(select(func.count(), func.min(Row.created_at)).where(_PENDING))
    ).one()
    return int(count), oldest


async def delete_finished_before(session: AsyncSession, before: dt.datetime) -> int:
    """Forgets sent and given-up messages enqueued before `before` (their values are long gone;
    this drops the addresses)."""
    result = await session.execute(delete(Row).where(Row.created_at < before, ~_PENDING))
    return int(result.rowcount)  # type: ignore[attr-defined]
