"""Notification rules: a user sees and marks only their own; marking read is idempotent."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.ext.asyncio import AsyncSession

from server.db.tables import Notification
from server.errors import not_found
from server.ids import require_uuid
from server.notifications import repository


def etag(notification: Notification) -> str:
    return f"v{notification.version}"


async def mark_read(s: AsyncSession, user_id: uuid.UUID, id_text: str) -> Notification:
    """Sets `read_at` the first time; a read notification stays as it is (same etag)."""
    notification = await repository.get(s, user_id, require_uuid(id_text, "id"))
    if notification is None:
        raise not_found("NOTIFICATION_NOT_FOUND", id_text)
    if notification.read_at is None:
        notification.read_at = dt.datetime.now(dt.UTC)
        notification.version += 1
        await s.flush()  # the change log notes the read state (server/changelog.py)
    return notification
