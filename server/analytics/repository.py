"""SQL for analytics: every figure is a GROUP BY in the database; Python only arranges the
aggregated rows. Income and expense figures read the daily rollup (ledger_daily: one row per
user, day, kind, currency and category, kept exact by server/analytics/rollup.py), so a year
costs a few thousand rows whatever the number of transactions; payees and balances read the
transactions (ix_transactions_analytics).

Every statement is built once (module level, or once per dialect and bucket size where the SQL
differs: `_bucket`) with bound parameters, on the Core tables: a call pays neither SQLAlchemy
building and compiling it again nor ORM loading, and its rows come back as tuples."""

from __future__ import annotations

import collections
import datetime as dt
import functools
import uuid
from collections.abc import Sequence
from typing import Any, NamedTuple

from sqlalchemy import (
    Date,
    Uuid,
    and_,
    bindparam,
    case,
    cast,
    func,
    literal,
    null,
    or_,
    select,
    type_coerce,
    union_all,
)
from sqlalchemy.ext.asyncio import AsyncSession

from server.analytics.periods import DAY_BUCKET, MONTH_BUCKET, WEEK_BUCKET
from server.db import driver, sums
from server.db.tables import (
    Account,
    Category,
    ExchangeRate,
    LedgerDaily,
    LedgerVersion,
    Transaction,
    User,
)
from server.exchange_rates import repository as exchange_rates

INCOME, EXPENSE = 1, 2
LIABILITY_TYPES = (4, 6)  # credit card, loan
T, D, A = Transaction.__table__.c, LedgerDaily.__table__.c, Account.__table__.c
_USER, _START, _END = bindparam("b_user"), bindparam("b_start"), bindparam("b_end")
_LIVE = (T.user_id == _USER, T.deleted_at.is_(None), T.occurred_on.between(_START, _END))
_DAILY = (D.user_id == _USER, D.occurred_on.between(_START, _END))
# A fixed list as ORs: an IN list would be expanded into the SQL text at every execution.
_IS_LIABILITY = case((or_(*(A.type == t for t in LIABILITY_TYPES)), literal(1)), else_=literal(0))


def as_date(value: object) -> dt.date:
    """SQLite returns computed dates as text."""
    return value if isinstance(value, dt.date) else dt.date.fromisoformat(str(value)[:10])


def _bucket(dialect: str, column: Any, granularity: int) -> Any:
    """First day of the day/week (Monday)/month bucket holding `column`."""
    if granularity == DAY_BUCKET:
        return column
    if dialect == "postgresql":
        return cast(func.date_trunc("week" if granularity == WEEK_BUCKET else "month", column), Date)
    if granularity == WEEK_BUCKET:
        return func.date(column, "-6 days", "weekday 1")
    return func.date(column, "start of month")


def _dialect(s: AsyncSession) -> str:
    return str(s.bind.dialect.name)


_U, _V = User.__table__.c, LedgerVersion.__table__.c
_CALLER = (
    select(func.coalesce(_V.version, 0), _U.base_currency, _U.time_zone)
    .select_from(User.__table__.outerjoin(LedgerVersion.__table__, _V.user_id == _U.id))
    .where(_U.id == _USER)
)


class Caller(NamedTuple):
    version: int  # of the ledger, 0 before its first change
    base_currency: str
    time_zone: str


async def caller(s: AsyncSession, user_id: uuid.UUID) -> Caller:
    """The cache key and the defaults of every analytics request, in one round trip (on the
    driver's connection: server/db/driver.py)."""
    found = await driver.rows(await s.connection(), _CALLER, {"b_user": user_id})
    return Caller(int(found[0][0]), found[0][1], found[0][2]) if found else Caller(0, "USD", "UTC")


_IS_CURRENT = (D.occurred_on >= bindparam("b_current")).label("is_current")


def _spending(start: Any) -> Any:
    """Expenses per (currency, category) from `start` to b_end, with the category's top-level
    parent, its name, and (window sums) the parent's rolled-up amount and the currency's total."""
    per_category = (
        select(
            D.currency_code.label("currency"),
            D.category_id.label("category"),
            func.sum(D.amount_minor).label("amount"),
        )
        .where(D.user_id == _USER, D.occurred_on.between(start, _END), D.kind == EXPENSE)
        .group_by(D.currency_code, D.category_id)
        .subquery("per_category")
    )
    leaf, parent = Category.__table__.alias("leaf"), Category.__table__.alias("parent")
    top_id = func.coalesce(leaf.c.parent_id, per_category.c.category)
    top_amount = func.sum(per_category.c.amount).over(partition_by=(per_category.c.currency, top_id))
    return (
        select(
            per_category.c.currency,
            top_id.label("top_id"),
            func.coalesce(parent.c.name, leaf.c.name).label("top_name"),
            per_category.c.category,
            leaf.c.name,
            per_category.c.amount,
            top_amount.label("top_amount"),
            func.sum(per_category.c.amount).over(partition_by=per_category.c.currency).label("total"),
        )
        .select_from(per_category)
        .outerjoin(leaf, leaf.c.id == per_category.c.category)
        .outerjoin(parent, parent.c.id == leaf.c.parent_id)
    ).subquery("ranked")


def _spending_order(c: Any) -> tuple[Any, ...]:
    """Per currency, largest parents first, then largest categories (`c`: columns of `_spending`)."""
    return c.currency, c.top_amount.desc(), c.top_id, c.amount.desc(), c.category


_RANKED = _spending(_START)
_CATEGORY_SPENDING = select(_RANKED).order_by(*_spending_order(_RANKED.c))


async def category_spending(
    s: AsyncSession, user_id: uuid.UUID, start: dt.date, end: dt.date
) -> Sequence[Any]:
    """Per (currency, category): the category's top-level parent with its name and the
    category's own name and amount, plus (window sums) the parent's rolled-up amount and the
    currency's total. Largest parents first, then largest categories. Uncategorised expenses
    come as one row with NULL ids and names."""
    params = {"b_user": user_id, "b_start": start, "b_end": end}
    return (await s.execute(_CATEGORY_SPENDING, params)).all()


def _newest_rates() -> Any:
    """Per currency the totals involve, its rates into b_base effective by b_end, newest
    ranked 1 (exchange_rates.repository.ranked)."""
    involved = select(D.currency_code).where(*_DAILY)
    other = ExchangeRate.__table__.c.currency_code != bindparam("b_base")
    return exchange_rates.ranked(involved, _END).where(other).subquery("newest")


def _dashboard() -> Any:
    """One statement, so one snapshot without a transaction around it: the totals of both
    periods (part 0), the current period's spending by category (part 1) and the rates that
    convert them (part 2), as rows of one shape (NULL where a part has no such column)."""
    no_id = type_coerce(null(), Uuid)  # typed, so that SQLite's ids are read as UUIDs
    no_day = cast(null(), Date)  # PostgreSQL takes two NULLs for text before meeting the rates' date
    totals = (
        select(
            literal(0).label("part"),
            D.currency_code.label("currency"),
            _IS_CURRENT,
            D.kind.label("kind"),
            func.sum(D.amount_minor).label("amount"),
            no_id.label("top_id"),
            null().label("top_name"),
            no_id.label("category"),
            null().label("name"),
            null().label("top_amount"),
            null().label("total"),
            no_day.label("effective_on"),
        )
        .where(*_DAILY)
        .group_by(_IS_CURRENT, D.currency_code, D.kind)
    )
    r = _spending(bindparam("b_current"))
    spending = select(
        literal(1), r.c.currency, null(), null(), r.c.amount, r.c.top_id, r.c.top_name,
        r.c.category, r.c.name, r.c.top_amount, r.c.total, null(),
    )  # fmt: skip
    n = _newest_rates()
    rates = select(
        literal(2), n.c.currency_code, null(), null(), n.c.rate_nanos, null(), null(),
        null(), null(), null(), null(), n.c.effective_on,
    ).where(n.c.rank == 1)  # fmt: skip
    parts = union_all(totals, spending, rates)
    c = parts.selected_columns
    return parts.order_by(c.part, *_spending_order(c))


_DASHBOARD = _dashboard()
# Its rows by column name, as the service reads them; read as tuples on the driver's connection.
_DashboardRow = collections.namedtuple(  # type: ignore[misc]
    "_DashboardRow", [column.key for column in _DASHBOARD.selected_columns]
)


class Dashboard(NamedTuple):
    totals: list[tuple[bool, str, int, int]]  # (is_current, currency, kind, sum) of both periods
    spending: list[Any]  # rows as category_spending's
    rates: dict[str, tuple[int, dt.date]]  # as exchange_rates.repository.in_force


async def dashboard(
    s: AsyncSession,
    user_id: uuid.UUID,
    base: str,
    previous_start: dt.date,
    current_start: dt.date,
    end: dt.date,
) -> Dashboard:
    """A dashboard's figures in one round trip (on the driver's connection: server/db/driver.py):
    income and expenses of two adjacent periods, the current one's spending by category, and
    the rates into `base` in force on `end`."""
    params = {
        "b_user": user_id,
        "b_base": base,
        "b_start": previous_start,
        "b_current": current_start,
        "b_end": end,
    }
    found = Dashboard([], [], {})
    for row in map(_DashboardRow._make, await driver.rows(await s.connection(), _DASHBOARD, params)):
        if row.part == 0:
            found.totals.append((bool(row.is_current), row.currency, int(row.kind), int(row.amount)))
        elif row.part == 1:
            found.spending.append(row)
        else:
            found.rates[row.currency] = (int(row.amount), as_date(row.effective_on))
    return found


@functools.cache
def _cash_flow(dialect: str, granularity: int) -> Any:
    bucket = _bucket(dialect, D.occurred_on, granularity).label("bucket")
    return (
        select(bucket, D.currency_code, D.kind, func.sum(D.amount_minor))
        .where(*_DAILY)
        .group_by(bucket, D.currency_code, D.kind)
    )


async def cash_flow(
    s: AsyncSession, user_id: uuid.UUID, start: dt.date, end: dt.date, granularity: int
) -> Sequence[Any]:
    """(bucket start, currency, kind, sum) of income and expenses."""
    params = {"b_user": user_id, "b_start": start, "b_end": end}
    return (await s.execute(_cash_flow(_dialect(s), granularity), params)).all()


def _top_payees() -> Any:
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
        .where(*_LIVE, T.kind == EXPENSE, T.payee != "")
        .group_by(T.currency_code, T.payee)
        .subquery("ranked")
    )
    return (
        select(ranked.c.currency, ranked.c.payee, ranked.c.amount, ranked.c.count)
        .where(ranked.c.rank <= bindparam("b_limit"))
        .order_by(ranked.c.currency, ranked.c.rank)
    )


_TOP_PAYEES = _top_payees()


async def top_payees(
    s: AsyncSession, user_id: uuid.UUID, start: dt.date, end: dt.date, limit: int
) -> Sequence[Any]:
    """(currency, payee, sum, count) of the `limit` largest payees per currency."""
    params = {"b_user": user_id, "b_start": start, "b_end": end, "b_limit": limit}
    return (await s.execute(_TOP_PAYEES, params)).all()


_LIABILITY = _IS_LIABILITY.label("liability")
_BALANCES = (
    select(A.currency_code, _LIABILITY, func.sum(A.current_balance_minor))
    .where(A.user_id == _USER, A.deleted_at.is_(None))
    .group_by(A.currency_code, _LIABILITY)
)


async def balances(s: AsyncSession, user_id: uuid.UUID) -> Sequence[Any]:
    """(currency, is_liability, sum of current balances) of live accounts."""
    return (await s.execute(_BALANCES, {"b_user": user_id})).all()


@functools.cache
def _postings_since(dialect: str, granularity: int) -> Any:
    on_or_after = (T.user_id == _USER, T.deleted_at.is_(None), T.occurred_on >= _START)
    signed = case((T.kind == INCOME, T.amount_minor), else_=-T.amount_minor)
    movements = union_all(
        select(T.account_id.label("account_id"), T.occurred_on.label("day"), signed.label("amount")).where(
            *on_or_after
        ),
        select(T.to_account_id, T.occurred_on, T.to_amount_minor).where(
            *on_or_after, T.to_account_id.is_not(None)
        ),
    ).subquery("movements")
    bucket = case((movements.c.day > _END, None), else_=_bucket(dialect, movements.c.day, granularity)).label(
        "bucket"
    )
    return (
        select(bucket, A.currency_code, _LIABILITY, *sums.split_sum(movements.c.amount))
        .select_from(movements)
        .join(Account.__table__, and_(A.id == movements.c.account_id, A.deleted_at.is_(None)))
        .group_by(bucket, A.currency_code, _LIABILITY)
    )


async def postings_since(
    s: AsyncSession, user_id: uuid.UUID, start: dt.date, end: dt.date, granularity: int
) -> Sequence[Any]:
    """(bucket start or None for after `end`, currency, is_liability, sum) of balance
    movements on live accounts from `start` on (the present balance minus the movements after
    a day is the balance at that day's end)."""
    params = {"b_user": user_id, "b_start": start, "b_end": end}
    rows = (await s.execute(_postings_since(_dialect(s), granularity), params)).all()
    return [(day, code, is_liability, sums.joined(high, low)) for day, code, is_liability, high, low in rows]


@functools.cache
def _category_statistics(dialect: str) -> Any:
    month = _bucket(dialect, D.occurred_on, MONTH_BUCKET).label("month")
    return (
        select(D.currency_code, month, func.sum(D.amount_minor), func.sum(D.line_count))
        .where(
            *_DAILY,
            D.kind == bindparam("b_kind"),
            D.category_id.in_(bindparam("b_categories", expanding=True)),  # varies: a parent and its children
        )
        .group_by(D.currency_code, month)
    )


async def category_statistics(
    s: AsyncSession,
    user_id: uuid.UUID,
    category_ids: Sequence[uuid.UUID],
    kind: int,
    start: dt.date,
    end: dt.date,
) -> Sequence[Any]:
    """(currency, month start, sum, count) of the categories' transactions and split lines."""
    params = {
        "b_user": user_id,
        "b_start": start,
        "b_end": end,
        "b_kind": kind,
        "b_categories": list(category_ids),
    }
    return (await s.execute(_category_statistics(_dialect(s)), params)).all()
