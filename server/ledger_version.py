"""Per-user ledger data version and daily rollup, kept in step with every change to a user's
accounts, categories, transactions, budgets or exchange rates, in the same database
transaction: caches keyed by the version (analytics) go stale exactly when the ledger changes,
on every replica sharing the database, and the rollup never drifts from the transactions.

One place for the whole ledger: a session hook notes the owners (and touched days) of the
ledger rows each flush writes, and just before the commit bumps their versions (taken last,
so the version row lock never sits between the ledger's own row locks) and refreshes the
touched days of the rollup while holding it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import event, inspect, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import Session

from server import money
from server.analytics import rollup
from server.db.insert import insert_for
from server.db.tables import Account, Budget, Category, ExchangeRate, LedgerVersion, Transaction

LEDGER_TYPES = (Account, Budget, Category, ExchangeRate, Transaction)
_OWNERS = "ledger_version_owners"
_DAYS = "ledger_version_days"
_CATEGORIES = "ledger_version_deleted_categories"


def _touched_days(row: Transaction) -> set[dt.date]:
    """The transaction's day now and, when the flush moves it, the day it had before."""
    history = inspect(row).attrs.occurred_on.history
    return {day for day in (*history.deleted, row.occurred_on) if day is not None}


def _note(session: Session, _context: Any, _instances: Any) -> None:
    owners: set[uuid.UUID] = session.info.setdefault(_OWNERS, set())
    days: defaultdict[uuid.UUID, set[dt.date]] = session.info.setdefault(_DAYS, defaultdict(set))
    categories: set[tuple[uuid.UUID, uuid.UUID]] = session.info.setdefault(_CATEGORIES, set())
    for row in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(row, LEDGER_TYPES) or row.user_id is None:
            continue
        owners.add(row.user_id)
        if isinstance(row, Transaction):
            days[row.user_id] |= _touched_days(row)
        elif isinstance(row, Category) and row in session.deleted:
            # Deleting with reassignment moves its transactions in one bulk UPDATE.
            categories.add((row.user_id, row.id))


def _bump(session: Session) -> None:
    session.flush()  # the commit's own final flush comes after this hook; note its rows now
    owners: set[uuid.UUID] = session.info.pop(_OWNERS, set())
    days: dict[uuid.UUID, set[dt.date]] = session.info.pop(_DAYS, {})
    categories: set[tuple[uuid.UUID, uuid.UUID]] = session.info.pop(_CATEGORIES, set())
    if not owners:
        return
    connection = session.connection()
    insert = insert_for(connection.dialect.name)
    for user_id in sorted(owners):
        statement = insert(LedgerVersion).values(user_id=user_id, version=1)
        connection.execute(
            statement.on_conflict_do_update(
                index_elements=[LedgerVersion.user_id], set_={"version": LedgerVersion.version + 1}
            )
        )
        touched = set(days.get(user_id, ()))
        for owner, category_id in categories:
            if owner == user_id:
                touched |= rollup.days_with_category(connection, user_id, category_id)
        rollup.refresh(connection, user_id, touched)
        past = rollup.totals_past(connection, user_id, touched, money.MAX_DAY_TOTAL_MINOR)
        if past:  # raised before the commit, so the whole write rolls back
            day, kind, currency, _total = past[0]
            kind_name = "income" if kind == rollup.INCOME_AND_EXPENSE[0] else "expense"
            raise money.limit_exceeded("day_total", day=str(day), kind=kind_name, currency_code=currency)


def _forget(session: Session, *_args: Any) -> None:
    for key in (_OWNERS, _DAYS, _CATEGORIES):
        session.info.pop(key, None)


def install() -> None:
    """Hooks every ORM session of the process (idempotent)."""
    if not event.contains(Session, "before_flush", _note):
        event.listen(Session, "before_flush", _note)
        event.listen(Session, "before_commit", _bump)
        event.listen(Session, "after_rollback", _forget)


async def current(s: AsyncSession, user_id: uuid.UUID) -> int:
    """The user's ledger version (0 before the first change)."""
    version = await s.scalar(select(LedgerVersion.version).where(LedgerVersion.user_id == user_id))
    return int(version or 0)
