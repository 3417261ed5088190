"""Per-user ledger data version: bumped in the same database transaction as every change to
a user's accounts, categories, transactions, budgets or exchange rates, so caches keyed by it
(analytics) go stale exactly when the ledger changes, on every replica sharing the database.

One place for the whole ledger: a session hook notes the owners of the ledger rows a flush
writes, and bumps their versions just before the commit (taken last, so the version row lock
never sits between the ledger's own row locks)."""

from __future__ import annotations

import uuid
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from server.db.tables import Account, Budget, Category, ExchangeRate, LedgerVersion, Transaction

LEDGER_TYPES = (Account, Budget, Category, ExchangeRate, Transaction)
_PENDING = "ledger_version_users"


def _note_owners(session: Session, _context: Any, _instances: Any) -> None:
    owners: set[uuid.UUID] = session.info.setdefault(_PENDING, set())
    for row in (*session.new, *session.dirty, *session.deleted):
        if isinstance(row, LEDGER_TYPES) and row.user_id is not None:
            owners.add(row.user_id)


def _bump(session: Session) -> None:
    session.flush()  # the commit's own final flush comes after this hook; note its rows now
    owners: set[uuid.UUID] = session.info.pop(_PENDING, set())
    if not owners:
        return
    connection = session.connection()
    insert = postgresql.insert if connection.dialect.name == "postgresql" else sqlite.insert
    for user_id in sorted(owners):
        statement = insert(LedgerVersion).values(user_id=user_id, version=1)
        connection.execute(
            statement.on_conflict_do_update(
                index_elements=[LedgerVersion.user_id], set_={"version": LedgerVersion.version + 1}
            )
        )


def _forget(session: Session, *_args: Any) -> None:
    session.info.pop(_PENDING, None)


def install() -> None:
    """Hooks every ORM session of the process (idempotent)."""
    if not event.contains(Session, "before_flush", _note_owners):
        event.listen(Session, "before_flush", _note_owners)
        event.listen(Session, "before_commit", _bump)
        event.listen(Session, "after_rollback", _forget)


async def current(s: AsyncSession, user_id: uuid.UUID) -> int:
    """The user's ledger version (0 before the first change)."""
    version = await s.scalar(select(LedgerVersion.version).where(LedgerVersion.user_id == user_id))
    return int(version or 0)
