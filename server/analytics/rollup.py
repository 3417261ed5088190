"""The daily rollup (ledger_daily) that analytics read instead of scanning every transaction.

Kept incrementally, in the same database transaction as every ledger write: each flush notes
how the transaction rows it writes change the rollup (their lines before the change taken
away, their lines after it added), and the commit adds the sum per (day, kind, currency,
category) in place with one upsert. So a write costs the same however many transactions its
day already holds. Rows whose lines all went away are deleted: the table stays equal to a
recomputation from the transactions, which the drift test checks."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections import defaultdict
from collections.abc import Callable, Collection, Iterator
from typing import Any

from sqlalchemy import Connection, bindparam, delete, exists, func, insert, inspect, select, union_all

from server.db.insert import insert_for
from server.db.pipeline import Step
from server.db.tables import LedgerDaily, Transaction, TransactionSplit

INCOME_AND_EXPENSE = (1, 2)
T, S, D = Transaction, TransactionSplit, LedgerDaily
Key = tuple[dt.date, int, str, uuid.UUID | None]  # day, kind, currency, category


class Changes:
    """Amount and line-count changes per rollup key, for one user's write."""

    def __init__(self) -> None:
        self.by_key: defaultdict[Key, list[int]] = defaultdict(lambda: [0, 0])

    def add(self, lines: Iterator[tuple[Key, int]], sign: int) -> None:
        for key, amount in lines:
            change = self.by_key[key]
            change[0] += sign * amount
            change[1] += sign

    def rows(self, user_id: uuid.UUID) -> list[dict[str, Any]]:
        return [
            {
                "user_id": user_id,
                "occurred_on": day,
                "kind": kind,
                "currency_code": currency,
                "category_id": category,
                "amount_minor": amount,
                "line_count": count,
            }
            for (day, kind, currency, category), (amount, count) in self.by_key.items()
            if amount or count
        ]


def _was(row: Transaction, name: str) -> Any:
    """The attribute's value as the database has it (before this flush's change)."""
    history = inspect(row).attrs[name].history
    if history.deleted:
        return history.deleted[0]
    return history.unchanged[0] if history.unchanged else getattr(row, name)


def _lines(get: Any, splits: Collection[Any]) -> Iterator[tuple[Key, int]]:
    if get("deleted_at") is not None or get("kind") not in INCOME_AND_EXPENSE:
        return
    day, kind, currency = get("occurred_on"), get("kind"), get("currency_code")
    if splits:  # split lines never change in place: an edit replaces them all
        for line in splits:
            yield (day, kind, currency, line.category_id), line.amount_minor
    else:
        yield (day, kind, currency, get("category_id")), get("amount_minor")


def lines_now(row: Transaction) -> Iterator[tuple[Key, int]]:
    return _lines(functools.partial(getattr, row), row.splits)


def lines_before(row: Transaction) -> Iterator[tuple[Key, int]]:
    """The row's lines as last flushed (none for a row not yet in the database)."""
    state = inspect(row)
    if state.pending or state.transient:
        return iter(())
    history = state.attrs.splits.history
    return _lines(functools.partial(_was, row), [*history.unchanged, *history.deleted])


KEY = (D.user_id, D.occurred_on, D.kind, D.currency_code, D.category_id)


def _adding(statement: Any, categorised: bool) -> Any:
    """`statement` adding its rows to the existing rows of their keys."""
    add = {
        "amount_minor": D.amount_minor + statement.excluded.amount_minor,
        "line_count": D.line_count + statement.excluded.line_count,
    }
    if categorised:
        return statement.on_conflict_do_update(index_elements=KEY, set_=add)
    return statement.on_conflict_do_update(
        index_elements=KEY[:-1], index_where=D.category_id.is_(None), set_=add
    )


@functools.cache
def _upsert(dialect: str, categorised: bool) -> Any:
    """Built once per dialect, so every write reuses the compiled statement."""
    return _adding(insert_for(dialect)(D), categorised)


_EMPTIED = delete(D).where(
    D.user_id == bindparam("user_id"), D.occurred_on == bindparam("day"), D.line_count == 0
)


def steps(dialect: str, user_id: uuid.UUID, changes: Changes) -> list[Step]:
    """The statements adding `changes`, rows in key order: two writers locking rows of the
    same days lock them in the same order, so they queue instead of deadlocking."""
    rows = sorted(changes.rows(user_id), key=_row_order)
    added = [Step(_upsert(dialect, row["category_id"] is not None), row) for row in rows]
    emptied = sorted({row["occurred_on"] for row in rows if row["line_count"] < 0})
    return added + [Step(_EMPTIED, {"user_id": user_id, "day": day}) for day in emptied]


def _row_order(row: dict[str, Any]) -> tuple[Any, ...]:
    return (row["occurred_on"], row["kind"], row["currency_code"], str(row["category_id"] or ""))


def grown_days(changes: Changes) -> set[dt.date]:
    return {day for (day, *_), (amount, _count) in changes.by_key.items() if amount > 0}


# (day, kind, currency, total) of the user's day whose income or expense total in a currency
# is past `limit`. A write adds at most one amount per day to totals kept within the limit,
# so these sums cannot overflow.
_TOTALS_PAST = (
    select(D.occurred_on, D.kind, D.currency_code, func.sum(D.amount_minor))
    .where(D.user_id == bindparam("user_id"), D.occurred_on == bindparam("day"))
    .group_by(D.occurred_on, D.kind, D.currency_code)
    .having(func.sum(D.amount_minor) > bindparam("limit"))
)


def totals_guards(
    user_id: uuid.UUID,
    days: Collection[dt.date],
    limit: int,
    refusal: Callable[[dt.date, list[Any]], Exception],
) -> list[Step]:
    """Steps refusing the write when one of `days` has a total past `limit` (then
    `refusal(day, rows)` says which)."""
    return [
        Step(
            _TOTALS_PAST,
            {"user_id": user_id, "day": day, "limit": limit},
            refusal=functools.partial(refusal, day),
            refused_on_rows=True,
        )
        for day in sorted(days)
    ]


_DAY_TOTALS = (
    select(D.kind, D.currency_code, func.sum(D.amount_minor))
    .where(D.user_id == bindparam("user_id"), D.occurred_on == bindparam("day"))
    .group_by(D.kind, D.currency_code)
)


def first_past(
    connection: Connection, user_id: uuid.UUID, day: dt.date, changes: Changes, limit: int
) -> tuple[int, str]:
    """(kind, currency) of the day whose committed total plus `changes` is past `limit` (the
    write that made it so was rolled back)."""
    totals = {
        (kind, currency): int(total)
        for kind, currency, total in connection.execute(_DAY_TOTALS, {"user_id": user_id, "day": day})
    }
    grown: dict[tuple[int, str], int] = defaultdict(int)
    for (key_day, kind, currency, _category), (amount, _count) in changes.by_key.items():
        if key_day == day:
            grown[(kind, currency)] += amount
    for key, amount in sorted(grown.items()):
        if totals.get(key, 0) + amount > limit:
            return key
    return min(grown) if grown else (0, "")


# A category deleted with its lines reassigned (rare) is the one change a flush cannot see
# line by line: a bulk UPDATE moves them. The days naming it are recomputed from the rows.


def _recomputed_lines(user_id: uuid.UUID, days: Collection[dt.date]) -> Any:
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
    lines = _recomputed_lines(user_id, days)
    keys = (lines.c.user_id, lines.c.occurred_on, lines.c.kind, lines.c.currency_code, lines.c.category_id)
    connection.execute(
        insert(D).from_select(
            ["user_id", "occurred_on", "kind", "currency_code", "category_id", "amount_minor", "line_count"],
            select(*keys, func.sum(lines.c.amount), func.count()).group_by(*keys),
        )
    )


def days_with_category(connection: Connection, user_id: uuid.UUID, category_id: uuid.UUID) -> set[dt.date]:
    """Days whose rollup names a category (to refresh when its transactions move elsewhere)."""
    rows = connection.execute(
        select(D.occurred_on).where(D.user_id == user_id, D.category_id == category_id).distinct()
    )
    return {day if isinstance(day, dt.date) else dt.date.fromisoformat(str(day)) for (day,) in rows}
