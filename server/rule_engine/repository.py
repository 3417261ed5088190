"""SQL for rules: the one place that knows the rules and rule_sets tables."""

from __future__ import annotations

import functools
import uuid
from collections.abc import Sequence
from typing import Any

from sqlalchemy import bindparam, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from server.db.insert import insert_for
from server.db.tables import Account, Category, Rule, RuleSet

# Read on every transaction create: built once, values bound.
_VERSION = select(RuleSet.version).where(RuleSet.user_id == bindparam("b_user"))
# The enabled rules in order, each with its category's kind and whether it can be used.
_ENABLED = (
    select(Rule, Category.kind, Category.archived)
    .outerjoin(
        Category,
        (Category.id == Rule.set_category_id)
        & or_(Category.user_id.is_(None), Category.user_id == Rule.user_id),
    )
    .where(Rule.user_id == bindparam("b_user"), Rule.disabled.is_(False))
    .order_by(Rule.position, Rule.id)
)


async def version(s: AsyncSession, user_id: uuid.UUID) -> int | None:
    """The user's rule-set version; None when they never had a rule."""
    found: int | None = await s.scalar(_VERSION, {"b_user": user_id})
    return found


async def enabled_with_categories(s: AsyncSession, user_id: uuid.UUID) -> Sequence[Any]:
    """(rule, category kind or None, archived or None) of the user's enabled rules, in order."""
    return (await s.execute(_ENABLED, {"b_user": user_id})).all()


async def bump_version(s: AsyncSession, user_id: uuid.UUID) -> None:
    """Marks the user's rules changed (cached compiled rules go stale on every replica). The
    upsert's row lock also makes one user's rule writes take turns, so positions stay dense."""
    await s.execute(_bump(s.get_bind().dialect.name), {"b_user": user_id})


@functools.cache
def _bump(dialect: str) -> Any:
    statement = insert_for(dialect)(RuleSet).values(user_id=bindparam("b_user"), version=1)
    return statement.on_conflict_do_update(
        index_elements=[RuleSet.user_id], set_={"version": RuleSet.version + 1}
    )


async def get(s: AsyncSession, user_id: uuid.UUID, rule_id: uuid.UUID) -> Rule | None:
    found: Rule | None = await s.scalar(select(Rule).where(Rule.id == rule_id, Rule.user_id == user_id))
    return found


async def count(s: AsyncSession, user_id: uuid.UUID) -> int:
    return int(await s.scalar(select(func.count()).where(Rule.user_id == user_id)) or 0)


async def list_page(s: AsyncSession, user_id: uuid.UUID, after: int | None, limit: int) -> Sequence[Rule]:
    """In the order rules run; positions are dense from 1, so the position is the keyset."""
    query = select(Rule).where(Rule.user_id == user_id).order_by(Rule.position, Rule.id).limit(limit)
    if after is not None:
        query = query.where(Rule.position > after)
    return (await s.scalars(query)).all()


async def shift(s: AsyncSession, user_id: uuid.UUID, low: int, high: int, by: int) -> None:
    """Moves the rules at positions low..high (inclusive) by `by` places; each gets a new etag."""
    await s.execute(
        update(Rule)
        .where(Rule.user_id == user_id, Rule.position >= low, Rule.position <= high)
        .values(position=Rule.position + by, version=Rule.version + 1)
        .execution_options(synchronize_session="fetch")
    )


async def own_account_exists(s: AsyncSession, user_id: uuid.UUID, account_id: uuid.UUID) -> bool:
    found = await s.scalar(
        select(Account.id).where(
            Account.id == account_id, Account.user_id == user_id, Account.deleted_at.is_(None)
        )
    )
    return found is not None
