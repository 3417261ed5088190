"""SQL for the user's own record and audit events."""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.tables import AuditEvent, Session, User


async def get(s: AsyncSession, user_id: uuid.UUID) -> User | None:
    return await s.get(User, user_id)


async def update_fields(s: AsyncSession, user_id: uuid.UUID, values: dict[str, Any]) -> None:
    await s.execute(update(User).where(User.id == user_id).values(**values))


async def session_ids(s: AsyncSession, user_id: uuid.UUID) -> Sequence[uuid.UUID]:
    return (await s.scalars(select(Session.id).where(Session.user_id == user_id))).all()


async def delete_user(s: AsyncSession, user_id: uuid.UUID) -> None:
    """Deletes the user row; every table holding user data references it ON DELETE CASCADE."""
    await s.execute(delete(User).where(User.id == user_id))


async def audit_page(
    s: AsyncSession, user_id: uuid.UUID, before: uuid.UUID | None, limit: int
) -> Sequence[AuditEvent]:
    query = (
        select(AuditEvent).where(AuditEvent.user_id == user_id).order_by(AuditEvent.id.desc()).limit(limit)
    )
    if before is not None:
        query = query.where(AuditEvent.id < before)
    return (await s.scalars(query)).all()
