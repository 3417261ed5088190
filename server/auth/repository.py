"""SQL for users, sessions, refresh tokens and MFA data: the one place that knows those tables."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence

from sqlalchemy import and_, bindparam, delete, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from server import changelog
from server.db import driver
from server.db.tables import BackupCode, MfaCredential, RefreshToken, Session, User


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
    owner = await s.scalar(
        update(Session)
        .where(Session.id == session_id)
        .values(last_used_at=now, expires_at=expires_at)
        .returning(Session.user_id)
    )
    if owner is not None:
        changelog.note(s.sync_session, owner, changelog.SESSION, session_id)


async def revoke_session(s: AsyncSession, session_id: uuid.UUID, now: dt.datetime, reason: str) -> None:
    owner = await s.scalar(
        update(Session)
        .where(Session.id == session_id, Session.revoked_at.is_(None))
        .values(revoked_at=now, revoked_reason=reason)
        .returning(Session.user_id)
    )
    if owner is not None:  # a revoked session leaves the user's devices: a tombstone
        changelog.note(s.sync_session, owner, changelog.SESSION, session_id, deleted=True)


async def end_expired_sessions(s: AsyncSession, now: dt.datetime, limit: int) -> int:
    """Marks up to `limit` sessions whose sign-in lapsed (nobody revoked them) as ended at
    their expiry, each a tombstone in its user's change feed, as a revoked one is: a device
    list synced from the feed drops them. Another replica sweeping at once skips the rows
    this one took (the WHERE is checked again on the locked row)."""
    lapsed = (
        select(Session.id)
        .where(Session.revoked_at.is_(None), Session.expires_at <= now)
        .order_by(Session.expires_at)
        .limit(limit)
    )
    ended = (
        await s.execute(
            update(Session)
            .where(Session.id.in_(lapsed.scalar_subquery()), Session.revoked_at.is_(None))
            .values(revoked_at=Session.expires_at, revoked_reason="expired")
            .returning(Session.id, Session.user_id)
        )
    ).all()
    for session_id, owner in ended:
        changelog.note(s.sync_session, owner, changelog.SESSION, session_id, deleted=True)
    return len(ended)


# Asked on every call whose session marker expired: built once, on the table, and answered
# by PostgreSQL as one boolean, so it runs on the driver's connection (server/db/driver.py).
_SESSIONS = Session.__table__
_SESSION_LIVE = select(
    and_(
        _SESSIONS.c.revoked_at.is_(None),
        _SESSIONS.c.expires_at > bindparam("b_now", type_=_SESSIONS.c.expires_at.type),
    )
).where(_SESSIONS.c.id == bindparam("b_session"))


async def session_is_active(s: AsyncSession, session_id: uuid.UUID, now: dt.datetime) -> bool:
    found = await driver.rows(await s.connection(), _SESSION_LIVE, {"b_session": session_id, "b_now": now})
    return bool(found and found[0][0])


async def find_user(s: AsyncSession, user_id: uuid.UUID) -> User | None:
    return await s.get(User, user_id)


async def set_password_hash(
    s: AsyncSession, user_id: uuid.UUID, password_hash: str, now: dt.datetime
) -> None:
    """Also bumps the password's version: reset tokens made for the old one stop working."""
    await s.execute(
        update(User)
        .where(User.id == user_id)
        .values(password_hash=password_hash, password_version=User.password_version + 1, updated_at=now)
    )


async def device_seen(s: AsyncSession, user_id: uuid.UUID, device_id: str) -> bool:
    """Whether the user ever had a session on this device id (ended ones count; "" never does)."""
    if not device_id:
        return False
    found = await s.scalar(
        select(Session.id).where(Session.user_id == user_id, Session.device_id == device_id).limit(1)
    )
    return found is not None


async def live_sessions(s: AsyncSession, user_id: uuid.UUID, now: dt.datetime) -> Sequence[Session]:
    return (
        await s.scalars(
            select(Session)
            .where(Session.user_id == user_id, Session.revoked_at.is_(None), Session.expires_at > now)
            .order_by(Session.created_at.desc(), Session.id.desc())
        )
    ).all()


async def find_session(s: AsyncSession, user_id: uuid.UUID, session_id: uuid.UUID) -> Session | None:
    result: Session | None = await s.scalar(
        select(Session).where(Session.id == session_id, Session.user_id == user_id)
    )
    return result


async def find_mfa(s: AsyncSession, user_id: uuid.UUID) -> MfaCredential | None:
    return await s.get(MfaCredential, user_id, with_for_update=True)


async def advance_totp_step(s: AsyncSession, user_id: uuid.UUID, step: int) -> bool:
    """Records `step` as used; False when it (or a later step) was already used: a replay."""
    result = await s.execute(
        update(MfaCredential)
        .where(MfaCredential.user_id == user_id, MfaCredential.last_used_step < step)
        .values(last_used_step=step)
        .execution_options(synchronize_session=False)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]


async def bump_profile_version(s: AsyncSession, user_id: uuid.UUID) -> None:
    """MFA on/off shows in the profile (mfa_enabled), so it gets a new etag."""
    await s.execute(update(User).where(User.id == user_id).values(version=User.version + 1))
    changelog.note(s.sync_session, user_id, changelog.PROFILE, user_id)


async def delete_mfa(s: AsyncSession, user_id: uuid.UUID) -> None:
    await delete_backup_codes(s, user_id)
    await s.execute(delete(MfaCredential).where(MfaCredential.user_id == user_id))


async def delete_backup_codes(s: AsyncSession, user_id: uuid.UUID) -> None:
    await s.execute(delete(BackupCode).where(BackupCode.user_id == user_id))


async def spend_backup_code(s: AsyncSession, user_id: uuid.UUID, code_hash: bytes, now: dt.datetime) -> bool:
    """Marks a matching unused code used; False when none (wrong, or already used)."""
    result = await s.execute(
        update(BackupCode)
        .where(BackupCode.user_id == user_id, BackupCode.code_hash == code_hash, BackupCode.used_at.is_(None))
        .values(used_at=now)
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
