"""SQL for the user's own record and audit events."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy import delete, select
from sqlalchemy.ext.asyncio import AsyncSession

from server import changelog
from server.db.tables import AuditEvent, Budget, Category, MfaCredential, Session, Transaction, User


async def get(s: AsyncSession, user_id: uuid.UUID, *, for_update: bool = False) -> User | None:
    """`for_update` locks the row NO KEY UPDATE: inserts referencing the user go on."""
    return await s.get(User, user_id, with_for_update={"key_share": True} if for_update else None)


async def mfa_enabled(s: AsyncSession, user_id: uuid.UUID) -> bool:
    """Whether MFA is on, read without locking the credential (profile reads only)."""
    confirmed = select(MfaCredential.confirmed_at).where(MfaCredential.user_id == user_id)
    return (await s.scalar(confirmed)) is not None


async def email_verified(s: AsyncSession, user_id: uuid.UUID) -> bool:
    verified_at = await s.scalar(select(User.email_verified_at).where(User.id == user_id))
    return verified_at is not None


async def lock(s: AsyncSession, user_id: uuid.UUID) -> None:
    """Row lock on the user that makes per-user creates take turns. NO KEY UPDATE: inserts
    of rows referencing the user (they take KEY SHARE) are not held up by it."""
    await s.execute(select(User.id).where(User.id == user_id).with_for_update(key_share=True))


async def session_ids(s: AsyncSession, user_id: uuid.UUID) -> Sequence[uuid.UUID]:
    return (await s.scalars(select(Session.id).where(Session.user_id == user_id))).all()


async def delete_user(s: AsyncSession, user_id: uuid.UUID) -> None:
    """Deletes the user and everything they own. Every table holding user data references the
    user ON DELETE CASCADE, but the ledger also references itself without cascade (split lines
    -> categories, transactions -> accounts, sub-category -> parent), and PostgreSQL may check
    those before the cascade reaches the referencing rows. So the ledger goes first, leaves first."""
    changelog.forget_user(s.sync_session, user_id)
    await s.execute(delete(Transaction).where(Transaction.user_id == user_id))  # cascades to splits and tags
    await s.execute(delete(Budget).where(Budget.user_id == user_id))
    await s.execute(delete(Category).where(Category.user_id == user_id, Category.parent_id.is_not(None)))
    await s.execute(delete(Category).where(Category.user_id == user_id))
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
