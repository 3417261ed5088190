"""Per-user caps on what one user can create, where an unbounded count would break a sum or a
read that takes every row: net worth adds one balance per account (1,000 balances of at most
10^15 stay inside int64, see server/money.py), budget-vs-actual reads every budget, and the
category tree every category."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable

from sqlalchemy.ext.asyncio import AsyncSession

from server.errors import DomainError
from server.users import repository as users

MAX_ACCOUNTS = 1000
MAX_CATEGORIES = 500
MAX_BUDGETS = 500

Counter = Callable[[AsyncSession, uuid.UUID], Awaitable[int]]


async def ensure_room(s: AsyncSession, user_id: uuid.UUID, resource: str, count: Counter, limit: int) -> int:
    """How many the user has, refusing a create that would take them past `limit`. Creates
    of one user take turns on the user's row first, so each counts every create committed
    before it and parallel creates cannot pass the cap (SQLite serializes writers anyway)."""
    await users.lock(s, user_id)
    existing = await count(s, user_id)
    if existing >= limit:
        raise DomainError("RESOURCE_LIMIT_REACHED", metadata={"resource": resource, "limit": str(limit)})
    return existing


MAX_SCHEDULES = 200  # the upcoming view computes every schedule's next 90 days
