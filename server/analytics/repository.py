"""SQL for analytics: every figure is a GROUP BY in the database; Python only arranges the
aggregated rows. Income and expense figures read the daily rollup (ledger_daily: one row per
user, day, kind, currency and category, kept exact by server/analytics/rollup.py), so a year
costs a few thousand rows whatever the number of transactions; payees and balances read the
transactions (ix_transactions_analytics). Date bucketing differs between PostgreSQL and SQLite
and lives in `_bucket`."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import Date, and_, case, cast, func, literal, select, union_all
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm import aliased

from server.analytics.periods import DAY_BUCKET, MONTH_BUCKET, WEEK_BUCKET
from server.db import sums
from server.db.tables import Account, Category, LedgerDaily, Transaction, User

INCOME, EXPENSE = 1, 2
LIABILITY_TYPES = (4, 6)  # credit card, loan
T, D = Transaction, LedgerDaily


def as_date(value: object) -> dt.date:
    """SQLite returns computed dates as text."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _live(user_id: uuid.UUID, start: dt.date, end: dt.date) -> tuple[Any, ...]:
    return (T.user_id == user_id, T.deleted_at.is_(None), T.occurred_on.between(start, end))


def _daily(user_id: uuid.UUID, start: dt.date, end: dt.date) -> tuple[Any, ...]:
    return (D.user_id == user_id, D.occurred_on.between(start, end))


def _bucket(s: AsyncSession, column: Any, granularity: int) -> Any:
    """First day of the day/week (Monday)/month bucket holding `column`."""
    if granularity == DAY_BUCKET:
        return column
    if s.bind.dialect.name == "postgresql":
        return cast(func.date_trunc("week" if granularity == WEEK_BUCKET else "month", column), Date)
    if granularity == WEEK_BUCKET:
        return func.date(column, "-6 days", "weekday 1")
    return func.date(column, "start of month")


async def profile(s: AsyncSession, user_id: uuid.UUID) -> tuple[str, str]:
    """The caller's base currency and time zone, the defaults of every analytics request."""
    row = (await s.execute(select(User.base_currency, User.time_zone).where(User.id == user_id))).first()
    return (row.base_currency, row.time_zone) if row else ("USD", "UTC")


async def totals_by_period(
    s: AsyncSession, user_id: uuid.UUID, previous_start: dt.date, current_start: dt.date, end: dt.date
) -> Sequence[Any]:
    """(is_current, currency, kind, sum) for income and expenses of two adjacent periods, in one scan."""
    is_current = (D.occurred_on >= current_start).label("is_current")
    query = (
        select(is_current, D.currency_code, D.kind, func.sum(D.amount_minor))
        .where(*_daily(user_id, previous_start, end))
        .group_by(is_current, D.currency_code, D.kind)
    )
    return (await s.execute(query)).all()


async def category_spending(
    s: AsyncSession, user_id: uuid.UUID, start: dt.date, end: dt.date
) -> Sequence[Any]:
    """Per (currency, category): the category's top-level parent with its name and the
    category's own name and amount, plus (window sums) the parent's rolled-up amount and the
    currency's total. Largest parents first, then largest categories. Uncategorised expenses
    come as one row with NULL ids and names."""
    per_category = (
        select(
            D.currency_code.label("currency"),
            D.category_id.label("category"),
            func.sum(D.amount_minor).label("amount"),
        )
        .where(*_daily(user_id, start, end), D.kind == EXPENSE)
        .group_by(D.currency_code, D.category_id)
        .subquery("per_category")
    )
    leaf, parent = aliased(Category), aliased(Category)
    top_id = func.coalesce(leaf.parent_id, per_category.c.category)
    top_amount = func.sum(per_category.c.amount).over(partition_by=(per_category.c.currency, top_id))
    query = (
        select(
            per_category.c.currency,
            top_id.label("top_id"),
            func.coalesce(parent.name, leaf.name).label("top_name"),
            per_category.c.category,
            leaf.name,
            per_category.c.amount,
            top_amount.label("top_amount"),
            func.sum(per_category.c.amount).over(partition_by=per_category.c.currency).label("total"),
        )
        .select_from(per_category)
        .outerjoin(leaf, leaf.id == per_category.c.category)
        .outerjoin(parent, parent.id == leaf.parent_id)
    ).subquery("ranked")
    ordered = select(query).order_by(
        query.c.currency, query.c.top_amount.desc(), query.c.top_id, query.c.amount.desc(), query.c.category
    )
    return (await s.execute(ordered)).all()


async def cash_flow(
    s: AsyncSession, user_id: uuid.UUID, start: dt.date, end: dt.date, granularity: int
) -> Sequence[Any]:
    """(bucket start, currency, kind, sum) of income and expenses."""
    bucket = _bucket(s, D.occurred_on, granularity).label("bucket")
    query = (
        select(bucket, D.currency_code, D.kind, func.sum(D.amount_minor))
        .where(*_daily(user_id, start, end))
        .group_by(bucket, D.currency_code, D.kind)
    )
    return (await s.execute(query)).all()


async def top_payees(
    s: AsyncSession, user_id: uuid.UUID, start: dt.date, end: dt.date, limit: int
) -> Sequence[Any]:
    """(currency, payee, sum, count) of the `limit` largest payees per currency."""
    amount = func.sum(T.amount_minor)
    ranked = (
        select(
            T.currency_code.label("currency"),
            T.payee.label("payee"),
            amount.label("amount"),
            func.count().label("count"),
            func.row_number()
            .over(partition_by=T.currency_code, order_by=(amount.desc(), T.payee))
            .label("rank"),
        )
        .where(*_live(user_id, start, end), T.kind == EXPENSE, T.payee != "")
        .group_by(T.currency_code, T.payee)
        .subquery("ranked")
    )
    query = (
        select(ranked.c.currency, ranked.c.payee, ranked.c.amount, ranked.c.count)
        .where(ranked.c.rank <= limit)
        .order_by(ranked.c.currency, ranked.c.rank)
    )
    return (await s.execute(query)).all()


def _is_liability() -> Any:
    return case((Account.type.in_(LIABILITY_TYPES), literal(1)), else_=literal(0))


async def balances(s: AsyncSession, user_id: uuid.UUID) -> Sequence[Any]:
    """(currency, is_liability, sum of current balances) of live accounts."""
    liability = _is_liability().label("liability")
    query = (
        select(Account.currency_code, liability, func.sum(Account.current_balance_minor))
        .where(Account.user_id == user_id, Account.deleted_at.is_(None))
        .group_by(Account.currency_code, liability)
    )
    return (await s.execute(query)).all()


async def postings_since(
    s: AsyncSession, user_id: uuid.UUID, start: dt.date, end: dt.date, granularity: int
) -> Sequence[Any]:
    """(bucket start or None for after `end`, currency, is_liability, sum) of balance
    movements on live accounts from `start` on (the present balance minus the movements after
    a day is the balance at that day's end)."""
    on_or_after = (T.user_id == user_id, T.deleted_at.is_(None), T.occurred_on >= start)
    signed = case((T.kind == INCOME, T.amount_minor), else_=-T.amount_minor)
    movements = union_all(
        select(T.account_id.label("account_id"), T.occurred_on.label("day"), signed.label("amount")).where(
            *on_or_after
        ),
        select(T.to_account_id, T.occurred_on, T.to_amount_minor).where(
            *on_or_after, T.to_account_id.is_not(None)
        ),
    ).subquery("movements")
    bucket = case((movements.c.day > end, None), else_=_bucket(s, movements.c.day, granularity)).label(
        "bucket"
    )
    liability = _is_liability().label("liability")
    query = (
        select(bucket, Account.currency_code, liability, *sums.split_sum(movements.c.amount))
        .join(Account, and_(Account.id == movements.c.account_id, Account.deleted_at.is_(None)))
        .group_by(bucket, Account.currency_code, liability)
    )
    rows = (await s.execute(query)).all()
    return [(day, code, is_liability, sums.joined(high, low)) for day, code, is_liability, high, low in rows]


async def category_statistics(
    s: AsyncSession,
    user_id: uuid.UUID,
    category_ids: Sequence[uuid.UUID],
    kind: int,
    start: dt.date,
    end: dt.date,
) -> Sequence[Any]:
    """(currency, month start, sum, count) of the categories' transactions and split lines."""
    month = _bucket(s, D.occurred_on, MONTH_BUCKET).label("month")
    query = (
        select(D.currency_code, month, func.sum(D.amount_minor), func.sum(D.line_count))
        .where(*_daily(user_id, start, end), D.kind == kind, D.category_id.in_(category_ids))
        .group_by(D.currency_code, month)
    )
    return (await s.execute(query)).all()
