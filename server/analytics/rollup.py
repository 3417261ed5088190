"""The daily rollup (ledger_daily) that analytics read instead of scanning every transaction.

It is never updated incrementally: the days a ledger write touches are recomputed from the
transactions themselves, in the write's transaction and after the user's ledger-version row
is locked, so concurrent writers of one user take turns and the rollup cannot drift."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Collection
from typing import Any

from sqlalchemy import Connection, delete, exists, func, insert, select, union_all

from server.db.tables import LedgerDaily, Transaction, TransactionSplit

INCOME_AND_EXPENSE = (1, 2)
T, S, D = Transaction, TransactionSplit, LedgerDaily


def _lines(user_id: uuid.UUID, days: Collection[dt.date]) -> Any:
    live = (
        T.user_id == user_id,
        T.occurred_on.in_(days),
        T.deleted_at.is_(None),
        T.kind.in_(INCOME_AND_EXPENSE),
    )
    whole = select(
        T.user_id, T.occurred_on, T.kind, T.currency_code, T.category_id, T.amount_minor.label("amount")
    ).where(*live, ~exists().where(S.transaction_id == T.id))
    split = (
        select(T.user_id, T.occurred_on, T.kind, T.currency_code, S.category_id, S.amount_minor)
        .join(S, S.transaction_id == T.id)
        .where(*live)
    )
    return union_all(whole, split).subquery("lines")


def refresh(connection: Connection, user_id: uuid.UUID, days: Collection[dt.date]) -> None:
    """Recompute the user's rollup rows of `days` from the live transactions."""
    if not days:
        return
    connection.execute(delete(D).where(D.user_id == user_id, D.occurred_on.in_(days)))
    lines = _lines(user_id, days)
    keys = (lines.c.user_id, lines.c.occurred_on, lines.c.kind, lines.c.currency_code, lines.c.category_id)
    connection.execute(
        insert(D).from_select(
            ["user_id", "occurred_on", "kind", "currency_code", "category_id", "amount_minor", "line_count"],
            select(*keys, func.sum(lines.c.amount), func.count()).group_by(*keys),
        )
    )


def totals_past(
    connection: Connection, user_id: uuid.UUID, days: Collection[dt.date], limit: int
) -> list[Any]:
    """(day, kind, currency, total) of the user's days whose income or expense total in a
    currency is past `limit` (a write adds at most one amount per day to totals kept within
    it, so these sums cannot overflow)."""
    if not days:
        return []
    total = func.sum(D.amount_minor)
    query = (
        select(D.occurred_on, D.kind, D.currency_code, total)
        .where(D.user_id == user_id, D.occurred_on.in_(days))
        .group_by(D.occurred_on, D.kind, D.currency_code)
        .having(total > limit)
    )
    return list(connection.execute(query))


def days_with_category(connection: Connection, user_id: uuid.UUID, category_id: uuid.UUID) -> set[dt.date]:
    """Days whose rollup names a category (to refresh when its transactions move elsewhere)."""
    rows = connection.execute(
        select(D.occurred_on).where(D.user_id == user_id, D.category_id == category_id).distinct()
    )
    return {day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)) for (day,) in rows}
