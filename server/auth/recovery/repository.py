"""SQL for e-mailed tokens, queued reset requests and the user columns recovery changes."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.tables import AccountToken, PasswordResetRequest, User


async def add(s: AsyncSession, row: AccountToken | PasswordResetRequest) -> None:
    s.add(row)
    await s.flush()


async def find_token(s: AsyncSession, token_hash: bytes, purpose: str) -> AccountToken | None:
    result: AccountToken | None = await s.scalar(
        select(AccountToken).where(AccountToken.token_hash == token_hash, AccountToken.purpose == purpose)
    )
    return result


async def spend_token(s: AsyncSession, token_id: uuid.UUID, now: dt.datetime) -> bool:
    """Marks the token used; False when a concurrent caller spent it first (single use)."""
    result = await s.execute(
        update(AccountToken)
        .where(AccountToken.id == token_id, AccountToken.used_at.is_(None), AccountToken.expires_at > now)
        .values(used_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def lock_user(s: AsyncSession, user_id: uuid.UUID) -> User | None:
    """The user, row-locked NO KEY UPDATE, fresh from the database."""
    return await s.get(User, user_id, with_for_update={"key_share": True}, populate_existing=True)


async def find_user_by_email(s: AsyncSession, email: str) -> User | None:
    result: User | None = await s.scalar(select(User).where(User.email == email))
    return result


async def replace_password(
    s: AsyncSession, user_id: uuid.UUID, for_version: int, password_hash: str, now: dt.datetime
) -> bool:
    """Sets the password if it is still at `for_version` (a reset token's); bumps the version."""
    result = await s.execute(
        update(User)
        .where(User.id == user_id, User.password_version == for_version)
        .values(password_hash=password_hash, password_version=User.password_version + 1, updated_at=now)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def reset_requests_waiting(s: AsyncSession) -> bool:
    return await s.scalar(select(PasswordResetRequest.id).limit(1)) is not None


async def claim_reset_requests(s: AsyncSession, limit: int) -> Sequence[PasswordResetRequest]:
    """Oldest queued requests, taken out of the queue: a replica racing for the same rows skips
    them (SKIP LOCKED on PostgreSQL; SQLite has one writer at a time)."""
    rows = (
        await s.scalars(
            select(PasswordResetRequest)
            .order_by(PasswordResetRequest.created_at, PasswordResetRequest.id)
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    ).all()
    if rows:
        await s.execute(delete(PasswordResetRequest).where(PasswordResetRequest.id.in_([r.id for r in rows])))
    return rows
