"""SQL of notifications: the user's pages (newest first) and one notification by id."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.tables import Notification


async def page(
    s: AsyncSession, user_id: uuid.UUID, before: uuid.UUID | None, unread_only: bool, limit: int
) -> Sequence[Notification]:
    """The user's notifications older than `before`, newest first (ids are time-ordered)."""
    query = (
        select(Notification)
        .where(Notification.user_id == user_id)
        .order_by(Notification.id.desc())
        .limit(limit)
    )
    if before is not None:
        query = query.where(Notification.id < before)
    if unread_only:
        query = query.where(Notification.read_at.is_(None))
    return (await s.scalars(query)).all()


async def get(s: AsyncSession, user_id: uuid.UUID, notification_id: uuid.UUID) -> Notification | None:
    """The user's notification (another user's is None), locked for the change."""
    found: Notification | None = await s.scalar(
        select(Notification)
        .where(Notification.id == notification_id, Notification.user_id == user_id)
        .with_for_update()
    )
    return found
