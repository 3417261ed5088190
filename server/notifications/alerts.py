"""Budget alerts, raised by the ledger write whose expense makes a budget's spending reach its
alert threshold or its limit (100%), once per budget, period and level.

Level-triggered and claimed in the write's own transaction: at the commit of a write that adds
expense, one statement per (day, currency, category) it grew inserts a notification for every
budget watching that category whose spending in the period of that day is now at a level,
ON CONFLICT (budget, period start, kind) DO NOTHING. It runs in the write's pipeline after the
user's version row is locked (server/ledger_version.py), so one user's writers take turns at
it and each sees what every earlier one committed: twenty concurrent expenses crossing together
raise the alert exactly once, never twice and never zero times. No extra round trip: the
statements travel with the COMMIT. Spending computed from the daily rollup (ledger_daily), so
the cost does not grow with the number of transactions.

Spending that goes back below a level (an edit, a delete) keeps the claim: crossing it again in
the same period raises nothing new. A period that ended before yesterday (UTC) raises nothing:
back-dated or imported history does not flood the user with old news."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from typing import Any

from sqlalchemy import BigInteger, Date, and_, bindparam, case, cast, func, literal, or_, select, union_all
from sqlalchemy import update as sql_update

from server import changelog
from server.analytics import rollup
from server.budgets import periods
from server.db.insert import insert_for
from server.db.pipeline import Step
from server.db.tables import Budget, Category, LedgerDaily, LedgerVersion, Notification, SyncChange, User

EXPENSE = rollup.INCOME_AND_EXPENSE[1]
THRESHOLD_REACHED, LIMIT_REACHED = 1, 2  # notifications.proto NotificationKind
MAIL_NONE, MAIL_PENDING, MAIL_DONE = 0, 1, 2
B, C, D, N = Budget, Category, LedgerDaily, Notification
_PERIODS = {"w": periods.WEEKLY, "m": periods.MONTHLY, "y": periods.YEARLY}


def grown_expenses(changes: rollup.Changes) -> list[tuple[dt.date, str, uuid.UUID]]:
    """(day, currency, category) of each categorised expense the write increased."""
    return sorted(
        {
            (day, currency, category)
            for (day, kind, currency, category), (amount, _count) in changes.by_key.items()
            if kind == EXPENSE and amount > 0 and category is not None
        },
        key=lambda key: (key[0], key[1], str(key[2])),
    )


def steps(dialect: str, user_id: uuid.UUID, changes: rollup.Changes, now: dt.datetime) -> list[Step]:
    """The write's alert claims, then the change-log entries of what they raised; to run
    after the user's version row is taken and the write's own changes have their cursors."""
    grown = grown_expenses(changes)
    if not grown:
        return []
    write_id = uuid.uuid4()
    earliest = now.date() - dt.timedelta(days=1)
    claims = [
        Step(
            _claim(dialect),
            {
                "b_user": user_id,
                "b_write": write_id,
                "b_now": now,
                "b_currency": currency,
                "b_category": category,
                "b_earliest": earliest,
                **_bounds(day),
            },
        )
        for day, currency, category in grown
    ]
    logged = {"b_user": user_id, "b_write": write_id, "b_now": now}
    return [*claims, Step(_CURSOR_BUMP, logged), Step(_logged(dialect), logged)]


def _bounds(day: dt.date) -> dict[str, dt.date]:
    """The day's period and the one before it, for each period length."""
    bounds = {}
    for letter, period in _PERIODS.items():
        bounds[f"b_{letter}_start"], bounds[f"b_{letter}_end"] = periods.bounds(period, day)
        bounds[f"b_{letter}_prev_start"], bounds[f"b_{letter}_prev_end"] = periods.previous(period, day)
    return bounds


def _by_period(name: str) -> Any:
    """The bound `name` of the budget's own period length."""
    return case(
        *(
            (B.period == period, bindparam(f"b_{letter}_{name}", type_=Date))
            for letter, period in _PERIODS.items()
        ),
    )


def _spent(start: Any, end: Any) -> Any:
    """Expenses in the budget's currency between the days, in its category and sub-categories."""
    children = select(C.id).where(C.parent_id == B.category_id).correlate(B)
    total = func.coalesce(func.sum(D.amount_minor), 0)
    return (
        select(cast(total, BigInteger))
        .where(
            D.user_id == B.user_id,
            D.kind == EXPENSE,
            D.currency_code == B.currency_code,
            D.occurred_on.between(start, end),
            or_(D.category_id == B.category_id, D.category_id.in_(children)),
        )
        .correlate(B)
        .scalar_subquery()
    )


def _candidates() -> Any:
    """The budgets watching the grown category (directly or as its parent) in its currency, with
    the spending and limit (budget plus rollover, as GetBudgetProgress has it) of the period."""
    parent = select(C.parent_id).where(C.id == bindparam("b_category")).scalar_subquery()
    unspent_before = B.amount_minor - _spent(_by_period("prev_start"), _by_period("prev_end"))
    rolled = case(
        (and_(B.rollover, B.start_date <= _by_period("prev_end"), unspent_before > 0), unspent_before),
        else_=0,
    )
    mail = select(User.budget_alert_emails).where(User.id == B.user_id).scalar_subquery()
    return (
        select(
            B.id.label("budget_id"),
            B.user_id,
            B.category_id,
            B.currency_code,
            B.alert_threshold_percent.label("threshold"),
            _by_period("start").label("period_start"),
            _by_period("end").label("period_end"),
            _spent(_by_period("start"), _by_period("end")).label("spent"),
            cast(B.amount_minor + rolled, BigInteger).label("limit_minor"),
            case((mail, MAIL_PENDING), else_=MAIL_NONE).label("mail_state"),
        )
        .where(
            B.user_id == bindparam("b_user"),
            B.alert_threshold_percent > 0,
            B.currency_code == bindparam("b_currency"),
            or_(B.category_id == bindparam("b_category"), B.category_id == parent),
            _by_period("end") >= bindparam("b_earliest", type_=Date),
        )
        .cte("alert_candidates")
    )


_COLUMNS = [
    "id",
    "user_id",
    "kind",
    "budget_id",
    "category_id",
    "period_start",
    "period_end",
    "level_percent",
    "spent_minor",
    "limit_minor",
    "currency_code",
    "created_at",
    "version",
    "write_id",
    "mail_state",
]


@functools.cache
def _claim(dialect: str) -> Any:
    """Inserts each level reached (threshold below 100, then 100%), unless already claimed.
    Built once per dialect (statement cache)."""
    c = _candidates().c

    def level(kind: int, percent: Any, reached: Any) -> Any:
        return select(
            func.rupaya_uuid7(),
            c.user_id,
            literal(kind),
            c.budget_id,
            c.category_id,
            c.period_start,
            c.period_end,
            percent,
            c.spent,
            c.limit_minor,
            c.currency_code,
            bindparam("b_now", type_=N.created_at.type),
            literal(1),
            bindparam("b_write", type_=N.write_id.type),
            c.mail_state,
        ).where(reached)

    # spent * 100 >= threshold * limit without the product that could pass int64: integer
    # division rounding the threshold amount up.
    threshold_amount = (c.threshold * c.limit_minor + 99) // 100
    reached = union_all(
        level(THRESHOLD_REACHED, c.threshold, and_(c.threshold < 100, c.spent >= threshold_amount)),
        level(LIMIT_REACHED, literal(100), c.spent >= c.limit_minor),
    )
    statement = insert_for(dialect)(N).from_select(_COLUMNS, reached)
    return statement.on_conflict_do_nothing(index_elements=[N.budget_id, N.period_start, N.kind])


_RAISED = select(func.count()).where(N.write_id == bindparam("b_write")).scalar_subquery()
# The user's sync cursor moves past the notifications the write raised. None raised (nearly
# every write): the row is not touched, as a second update of it in one transaction costs a new
# row version and a foreign-key check of the user row.
_CURSOR_BUMP = (
    sql_update(LedgerVersion)
    .where(LedgerVersion.user_id == bindparam("b_user"), _RAISED > 0)
    .values(change_cursor=LedgerVersion.change_cursor + _RAISED)
)


@functools.cache
def _logged(dialect: str) -> Any:
    """One change-log entry per raised notification, taking the cursors just moved past, in
    id order (as server/changelog.py numbers a write's changes)."""
    later = N.__table__.alias("later")
    after_it = (
        select(func.count())
        .where(later.c.write_id == bindparam("b_write"), later.c.id > N.id)
        .correlate(N)
        .scalar_subquery()
    )
    cursor = select(LedgerVersion.change_cursor).where(LedgerVersion.user_id == bindparam("b_user"))
    rows = select(
        N.user_id,
        literal(changelog.NOTIFICATION),
        N.id,
        cursor.scalar_subquery() - after_it,
        literal(False),
        N.version,
        bindparam("b_now", type_=SyncChange.changed_at.type),
    ).where(N.write_id == bindparam("b_write"))
    columns = [
        "user_id",
        "entity_type",
        "entity_id",
        "change_cursor",
        "deleted",
        "etag_version",
        "changed_at",
    ]
    return insert_for(dialect)(SyncChange).from_select(columns, rows)
