"""SQL for schedules and their occurrences, including the scheduler's claims.

Claims lock rows with FOR UPDATE SKIP LOCKED on PostgreSQL, so schedulers on several replicas
take different rows at the same moment instead of waiting for each other; on SQLite the
clause is left out and the write lock every transaction takes first (BEGIN IMMEDIATE)
serializes them, which is the same guarantee for one database file."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import func, select
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.insert import insert_for
from server.db.tables import Schedule, ScheduleOccurrence
from server.schedules.states import SCHEDULED

Occ = ScheduleOccurrence


async def get(
    s: AsyncSession, user_id: uuid.UUID, schedule_id: uuid.UUID, *, for_update: bool = False
) -> Schedule | None:
    query = select(Schedule).where(Schedule.id == schedule_id, Schedule.user_id == user_id)
    if for_update:
        query = query.with_for_update()
    found: Schedule | None = await s.scalar(query)
    return found


async def count(s: AsyncSession, user_id: uuid.UUID) -> int:
    return int(await s.scalar(select(func.count()).where(Schedule.user_id == user_id)) or 0)


async def list_page(
    s: AsyncSession, user_id: uuid.UUID, after: uuid.UUID | None, limit: int
) -> Sequence[Schedule]:
    query = select(Schedule).where(Schedule.user_id == user_id).order_by(Schedule.id).limit(limit)
    if after is not None:
        query = query.where(Schedule.id > after)
    return (await s.scalars(query)).all()


async def all_of(s: AsyncSession, user_id: uuid.UUID, schedule_id: uuid.UUID | None) -> Sequence[Schedule]:
    query = select(Schedule).where(Schedule.user_id == user_id).order_by(Schedule.id)
    if schedule_id is not None:
        query = query.where(Schedule.id == schedule_id)
    return (await s.scalars(query)).all()


async def occurrence(
    s: AsyncSession, schedule_id: uuid.UUID, day: dt.date, *, for_update: bool = False
) -> ScheduleOccurrence | None:
    query = select(Occ).where(Occ.schedule_id == schedule_id, Occ.occurrence_on == day)
    if for_update:
        query = query.with_for_update()
    found: ScheduleOccurrence | None = await s.scalar(query)
    return found


async def occurrences_for_view(
    s: AsyncSession, user_id: uuid.UUID, schedule_ids: Sequence[uuid.UUID], first: dt.date, last: dt.date
) -> Sequence[ScheduleOccurrence]:
    """Rows that may show in an upcoming window: changed or handled ones near it (a move may
    bring one in from outside), and every unresolved one (overdue reviews)."""
    if not schedule_ids:
        return []
    near = Occ.occurrence_on.between(first - dt.timedelta(days=366), last + dt.timedelta(days=366))
    query = select(Occ).where(
        Occ.user_id == user_id, Occ.schedule_id.in_(schedule_ids), near | (Occ.state == SCHEDULED)
    )
    return (await s.scalars(query)).all()


async def history_page(
    s: AsyncSession,
    user_id: uuid.UUID,
    schedule_id: uuid.UUID | None,
    states: Sequence[int],
    due_before: dt.datetime | None,
    after: tuple[dt.date, uuid.UUID] | None,
    limit: int,
) -> Sequence[ScheduleOccurrence]:
    """Newest occurrence date first, then schedule id (descending), keyset-paginated."""
    query = select(Occ).where(Occ.user_id == user_id, Occ.state.in_(states))
    if due_before is not None:  # unresolved ones only once due (awaiting review)
        query = query.where((Occ.state != SCHEDULED) | (Occ.due_at <= due_before))
    if schedule_id is not None:
        query = query.where(Occ.schedule_id == schedule_id)
    if after is not None:
        day, last_id = after
        query = query.where(
            (Occ.occurrence_on < day) | ((Occ.occurrence_on == day) & (Occ.schedule_id < last_id))
        )
    query = query.order_by(Occ.occurrence_on.desc(), Occ.schedule_id.desc()).limit(limit)
    return (await s.scalars(query)).all()


async def claim_schedules_to_expand(s: AsyncSession, now: dt.datetime, limit: int) -> Sequence[Schedule]:
    """Schedules whose next occurrence is due, locked for this transaction (others skip them)."""
    query = (
        select(Schedule)
        .where(Schedule.next_due_at <= now)
        .order_by(Schedule.next_due_at)
        .limit(limit)
        .with_for_update(skip_locked=True)
    )
    return (await s.scalars(query)).all()


async def add_occurrences(s: AsyncSession, rows: Sequence[dict[str, object]]) -> None:
    """Inserts occurrence rows; one the user already changed (skip, move, edit) is kept."""
    if not rows:
        return
    dialect = s.sync_session.get_bind().dialect.name
    statement = insert_for(dialect)(Occ).on_conflict_do_nothing(
        index_elements=[Occ.schedule_id, Occ.occurrence_on]
    )
    await s.execute(statement, list(rows))


async def claim_due_occurrence(s: AsyncSession, now: dt.datetime) -> ScheduleOccurrence | None:
    """The earliest due occurrence of an auto-posting schedule that no other scheduler holds,
    locked for this transaction."""
    query = (
        select(Occ)
        .join(Schedule, Schedule.id == Occ.schedule_id)
        .where(Occ.state == SCHEDULED, Occ.due_at <= now, Schedule.needs_review.is_(False))
        .order_by(Occ.due_at)
        .limit(1)
        .with_for_update(skip_locked=True, of=Occ)
    )
    found: ScheduleOccurrence | None = await s.scalar(query)
    return found


async def unresolved_count(s: AsyncSession, schedule_id: uuid.UUID) -> int:
    query = select(func.count()).where(Occ.schedule_id == schedule_id, Occ.state == SCHEDULED)
    return int(await s.scalar(query) or 0)


async def schedule_by_id(s: AsyncSession, schedule_id: uuid.UUID) -> Schedule | None:
    """The schedule of a claimed occurrence (the scheduler acts for its owner)."""
    found: Schedule | None = await s.get(Schedule, schedule_id)
    return found
