"""SQL for users, sessions and refresh tokens: the one place that knows those tables."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.tables import RefreshToken, Session, User


async def find_user_by_email(s: AsyncSession, email: str) -> User | None:
    result: User | None = await s.scalar(select(User).where(User.email == email))
    return result


async def email_taken(s: AsyncSession, email: str) -> bool:
    return await s.scalar(select(User.id).where(User.email == email)) is not None


async def add(s: AsyncSession, row: User | Session | RefreshToken) -> None:
    s.add(row)
    await s.flush()


async def find_refresh_token(s: AsyncSession, token_hash: bytes) -> tuple[RefreshToken, Session] | None:
    row = (
        await s.execute(
            select(RefreshToken, Session)
            .join(Session, Session.id == RefreshToken.session_id)
            .where(RefreshToken.token_hash == token_hash)
        )
    ).first()
    return (row[0], row[1]) if row else None


async def spend_refresh_token(s: AsyncSession, token_id: uuid.UUID, now: dt.datetime) -> bool:
    """Marks the token used; False when a concurrent caller spent it first."""
    result = await s.execute(
        update(RefreshToken)
        .where(RefreshToken.id == token_id, RefreshToken.used_at.is_(None))
        .values(used_at=now)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def touch_session(
    s: AsyncSession, session_id: uuid.UUID, now: dt.datetime, expires_at: dt.datetime
) -> None:
    await s.execute(
        update(Session).where(Session.id == session_id).values(last_used_at=now, expires_at=expires_at)
    )


async def revoke_session(s: AsyncSession, session_id: uuid.UUID, now: dt.datetime, reason: str) -> None:
    await s.execute(
        update(Session)
        .where(Session.id == session_id, Session.revoked_at.is_(None))
        .values(revoked_at=now, revoked_reason=reason)
    )


async def session_is_active(s: AsyncSession, session_id: uuid.UUID, now: dt.datetime) -> bool:
    row = (
        await s.execute(select(Session.revoked_at, Session.expires_at).where(Session.id == session_id))
    ).first()
    return row is not None and row.revoked_at is None and row.expires_at > now
