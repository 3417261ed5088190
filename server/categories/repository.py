"""SQL for categories: the one place that knows the categories table."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from server import changelog
from server.config import PROJECT_ROOT
from server.db.insert import insert_for
from server.db.tables import Budget, Category, Transaction, TransactionSplit


def visible_to(user_id: uuid.UUID) -> Any:
    """System categories and the user's own."""
    return or_(Category.user_id.is_(None), Category.user_id == user_id)


async def get(s: AsyncSession, user_id: uuid.UUID, category_id: uuid.UUID) -> Category | None:
    found: Category | None = await s.scalar(
        select(Category).where(Category.id == category_id, visible_to(user_id))
    )
    return found


async def get_many(s: AsyncSession, user_id: uuid.UUID, ids: set[uuid.UUID]) -> dict[uuid.UUID, Category]:
    if not ids:
        return {}
    rows = await s.scalars(select(Category).where(Category.id.in_(ids), visible_to(user_id)))
    return {c.id: c for c in rows}


async def with_children(s: AsyncSession, user_id: uuid.UUID, category_id: uuid.UUID) -> list[uuid.UUID]:
    """The category and its sub-categories (one level deep by design)."""
    children = await s.scalars(
        select(Category.id).where(Category.parent_id == category_id, visible_to(user_id))
    )
    return [category_id, *children]


async def count_own(s: AsyncSession, user_id: uuid.UUID) -> int:
    return int(await s.scalar(select(func.count()).where(Category.user_id == user_id)) or 0)


async def has_children(s: AsyncSession, category_id: uuid.UUID) -> bool:
    return (await s.scalar(select(func.count()).where(Category.parent_id == category_id))) != 0


async def list_page(
    s: AsyncSession,
    user_id: uuid.UUID,
    after: uuid.UUID | None,
    limit: int,
    kind: int,
    include_archived: bool,
) -> Sequence[Category]:
    query = select(Category).where(visible_to(user_id)).order_by(Category.id).limit(limit)
    if after is not None:
        query = query.where(Category.id > after)
    if kind:
        query = query.where(Category.kind == kind)
    if not include_archived:
        query = query.where(Category.archived.is_(False))
    return (await s.scalars(query)).all()


async def usage_count(s: AsyncSession, user_id: uuid.UUID, category_id: uuid.UUID) -> int:
    """Transactions (live or deleted), split lines and budgets pointing at the category."""
    in_transactions = select(func.count()).where(
        Transaction.user_id == user_id, Transaction.category_id == category_id
    )
    in_splits = select(func.count()).where(TransactionSplit.category_id == category_id)
    in_budgets = select(func.count()).where(Budget.user_id == user_id, Budget.category_id == category_id)
    total = 0
    for query in (in_transactions, in_splits, in_budgets):
        total += int(await s.scalar(query) or 0)
    return total


@dataclass(frozen=True)
class Reassigned:
    """What a category's deletion moved to another category."""

    transactions: int
    split_lines: int
    budgets: int

    @property
    def total(self) -> int:
        return self.transactions + self.split_lines + self.budgets


async def reassign(s: AsyncSession, user_id: uuid.UUID, source: uuid.UUID, target: uuid.UUID) -> Reassigned:
    """Moves the category's transactions, split lines and budgets to `target`; each moved
    transaction and budget gets a new etag and a change in the sync log."""
    transactions = (
        await s.scalars(
            update(Transaction)
            .where(Transaction.user_id == user_id, Transaction.category_id == source)
            .values(category_id=target, version=Transaction.version + 1)
            .returning(Transaction.id)
        )
    ).all()
    lines = (
        await s.scalars(
            update(TransactionSplit)
            .where(TransactionSplit.category_id == source)
            .values(category_id=target)
            .returning(TransactionSplit.transaction_id)
        )
    ).all()
    budgets = (
        await s.scalars(
            update(Budget)
            .where(Budget.user_id == user_id, Budget.category_id == source)
            .values(category_id=target, version=Budget.version + 1)
            .returning(Budget.id)
        )
    ).all()
    await s.execute(
        update(Transaction)
        .where(Transaction.id.in_(set(lines) - set(transactions)))
        .values(version=Transaction.version + 1)
    )
    for kind, ids in ((changelog.TRANSACTION, {*transactions, *lines}), (changelog.BUDGET, set(budgets))):
        for entity_id in ids:
            changelog.note(s.sync_session, user_id, kind, entity_id)
    return Reassigned(len(transactions), len(lines), len(budgets))


async def seed_system_categories(s: AsyncSession) -> int:
    """Inserts the shared/categories.json defaults that are missing; returns how many.

    Safe when several processes start at once on a fresh database (`serve --workers N`):
    a row another one inserted first is skipped, not an error."""
    data = json.loads((PROJECT_ROOT / "shared" / "categories.json").read_text())
    existing = set(await s.scalars(select(Category.id).where(Category.user_id.is_(None))))
    now = dt.datetime.now(dt.UTC)
    kinds = {"income": 1, "expense": 2}
    insert = insert_for(s.get_bind().dialect.name)
    added = 0
    for entry in data["categories"]:  # parents come before their children in the file
        category_id = uuid.UUID(entry["id"])
        if category_id in existing:
            continue
        result = await s.execute(
            insert(Category)
            .values(
                id=category_id,
                user_id=None,
                parent_id=uuid.UUID(entry["parent_id"]) if entry["parent_id"] else None,
                name=entry["name"],
                kind=kinds[entry["kind"]],
                icon=entry["icon"],
                color=entry["color"],
                archived=False,
                version=1,
                created_at=now,
                updated_at=now,
            )
            .on_conflict_do_nothing(index_elements=[Category.id])
        )
        added += result.rowcount  # type: ignore[attr-defined]
    return added
