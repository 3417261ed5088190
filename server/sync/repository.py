"""SQL of the change feed: the log, the pruning horizon and the entities' current rows."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import bindparam, delete, func, select
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.insert import insert_for
from server.db.tables import SyncChange, SyncHorizon
from server.synced import MODELS, PROFILE

_AFTER = (
    select(SyncChange)
    .where(SyncChange.user_id == bindparam("b_user"), SyncChange.change_cursor > bindparam("b_after"))
    .order_by(SyncChange.change_cursor)
    .limit(bindparam("b_limit"))
)
_HORIZON = select(SyncHorizon.pruned_through).where(SyncHorizon.user_id == bindparam("b_user"))


async def changes_after(s: AsyncSession, user_id: uuid.UUID, after: int, limit: int) -> Sequence[SyncChange]:
    """The user's changes with a cursor past `after`, oldest first (each entity's latest only)."""
    return (await s.scalars(_AFTER, {"b_user": user_id, "b_after": after, "b_limit": limit})).all()


async def horizon(s: AsyncSession, user_id: uuid.UUID) -> int:
    """The newest cursor whose tombstone was pruned (0: none)."""
    return int(await s.scalar(_HORIZON, {"b_user": user_id}) or 0)


async def current_rows(
    s: AsyncSession, user_id: uuid.UUID, kind: int, ids: Iterable[uuid.UUID]
) -> dict[uuid.UUID, Any]:
    """The user's entities of one type by id, as they are now (another user's never)."""
    model = MODELS[kind]
    owner = model.id if kind == PROFILE else model.user_id
    rows = await s.scalars(select(model).where(model.id.in_(list(ids)), owner == user_id))
    return {row.id: row for row in rows}


async def prune_tombstones(s: AsyncSession, before: dt.datetime) -> int:
    """Deletes tombstones changed before `before`; each user's horizon moves to the newest
    cursor deleted, so a device whose cursor is behind it resyncs instead of missing a delete."""
    old = (SyncChange.deleted.is_(True), SyncChange.changed_at < before)
    newest = (
        await s.execute(
            select(SyncChange.user_id, func.max(SyncChange.change_cursor))
            .where(*old)
            .group_by(SyncChange.user_id)
        )
    ).all()
    insert = insert_for(s.get_bind().dialect.name)
    for user_id, cursor in newest:
        statement = insert(SyncHorizon).values(user_id=user_id, pruned_through=cursor)
        await s.execute(
            statement.on_conflict_do_update(
                index_elements=[SyncHorizon.user_id],
                set_={"pruned_through": statement.excluded.pruned_through},
            )
        )
    result = await s.execute(delete(SyncChange).where(*old))
    return int(result.rowcount)  # type: ignore[attr-defined]
