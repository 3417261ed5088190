"""Budget rules and progress: limits on expense categories, optional rollover of the
previous period's unspent amount, spending measured in the budget's currency."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from server import audit, quotas
from server.budgets import periods, repository
from server.categories import domain as categories
from server.categories import repository as category_rows
from server.db.tables import Budget
from server.errors import check_etag, invalid, not_found
from server.ids import require_uuid, uuid7
from server.money import INT64_MAX, AmountError, AmountInput, parse_positive

EXPENSE_CATEGORY = 2
UPDATABLE = frozenset({"amount", "rollover", "alert_threshold_percent"})


@dataclass(frozen=True)
class NewBudget:
    category_id: str
    amount: AmountInput
    period: int
    rollover: bool
    alert_threshold_percent: int
    start_date: dt.date | None = None


@dataclass(frozen=True)
class Progress:
    budget: Budget
    start: dt.date
    end: dt.date
    limit: int
    rolled_over: int
    spent: int

    @property
    def remaining(self) -> int:
        return self.limit - self.spent

    @property
    def spent_basis_points(self) -> int:
        # Saturates at the int64 range: a limit of 1 minor unit against 10^15 spent.
        return min(self.spent * 10_000 // self.limit, INT64_MAX)

    @property
    def alert(self) -> bool:
        threshold = self.budget.alert_threshold_percent
        return threshold > 0 and self.spent * 100 >= threshold * self.limit


def etag(budget: Budget) -> str:
    return f"v{budget.version}"


def _amount(given: AmountInput, field: str) -> tuple[int, str]:
    if not given.currency_code:
        raise invalid(f"{field}.currency_code", "is required for a budget")
    try:
        return parse_positive(given, field, given.currency_code), given.currency_code
    except AmountError as error:
        raise invalid(error.violation.field, error.violation.description) from None
    except KeyError:
        raise invalid(
            f"{field}.currency_code", f"{given.currency_code} is not a supported currency"
        ) from None


async def create(s: AsyncSession, user_id: uuid.UUID, new: NewBudget) -> Budget:
    category = await categories.get(s, user_id, new.category_id, "category_id")
    if category.kind != EXPENSE_CATEGORY:
        raise invalid("category_id", "budgets watch expense categories")
    amount, currency = _amount(new.amount, "amount")
    await quotas.ensure_room(s, user_id, "budgets", repository.count, quotas.MAX_BUDGETS)
    now = dt.datetime.now(dt.UTC)
    budget = Budget(
        id=uuid7(),
        user_id=user_id,
        category_id=category.id,
        amount_minor=amount,
        currency_code=currency,
        period=new.period,
        rollover=new.rollover,
        alert_threshold_percent=new.alert_threshold_percent,
        start_date=new.start_date or now.date(),
        version=1,
        created_at=now,
        updated_at=now,
    )
    s.add(budget)
    await s.flush()
    return budget


async def get(s: AsyncSession, user_id: uuid.UUID, id_text: str, field: str = "id") -> Budget:
    budget = await repository.get(s, user_id, require_uuid(id_text, field))
    if budget is None:
        raise not_found("BUDGET_NOT_FOUND", id_text)
    return budget


async def update(
    s: AsyncSession,
    user_id: uuid.UUID,
    id_text: str,
    given_etag: str,
    paths: Sequence[str],
    amount: AmountInput,
    rollover: bool,
    alert_threshold_percent: int,
) -> Budget:
    if not paths or set(paths) - UPDATABLE:
        raise invalid("update_mask", f"paths must be among {sorted(UPDATABLE)}")
    budget = await get(s, user_id, id_text, "budget.id")
    check_etag(given_etag, etag(budget), "budgets", id_text)
    if "amount" in paths:
        budget.amount_minor, currency = _amount(amount, "budget.amount")
        if currency != budget.currency_code:
            raise invalid("budget.amount.currency_code", f"must stay {budget.currency_code}")
    if "rollover" in paths:
        budget.rollover = rollover
    if "alert_threshold_percent" in paths:
        budget.alert_threshold_percent = alert_threshold_percent
    budget.version += 1
    budget.updated_at = dt.datetime.now(dt.UTC)
    await s.flush()
    return budget


async def delete(s: AsyncSession, user_id: uuid.UUID, id_text: str, given_etag: str) -> None:
    budget = await get(s, user_id, id_text)
    check_etag(given_etag, etag(budget), "budgets", id_text)
    await s.delete(budget)
    await s.flush()
    await audit.record_change(
        s,
        user_id,
        audit.Action.AUDIT_ACTION_BUDGET_DELETED,
        budget_id=str(budget.id),
        category_id=str(budget.category_id),
    )


def today_in(time_zone: str) -> dt.date:
    try:
        zone = zoneinfo.ZoneInfo(time_zone or "UTC")
    except (zoneinfo.ZoneInfoNotFoundError, ValueError):
        raise invalid("time_zone", "is not an IANA time zone name") from None
    return dt.datetime.now(zone).date()


async def progress(s: AsyncSession, user_id: uuid.UUID, id_text: str, day: dt.date) -> Progress:
    budget = await get(s, user_id, id_text)
    watched = await category_rows.with_children(s, user_id, budget.category_id)
    start, end = periods.bounds(budget.period, day)
    spent = await repository.spent(s, user_id, watched, budget.currency_code, start, end)
    rolled = 0
    if budget.rollover:
        previous_start, previous_end = periods.previous(budget.period, day)
        if budget.start_date <= previous_end:
            before = await repository.spent(
                s, user_id, watched, budget.currency_code, previous_start, previous_end
            )
            rolled = max(0, budget.amount_minor - before)
    return Progress(budget, start, end, budget.amount_minor + rolled, rolled, spent)
