"""Rules applied to a transaction being written (CreateTransaction; statement import): the
user's enabled rules, in order, fill what the client left empty."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from sqlalchemy.ext.asyncio import AsyncSession

from server.categories import repository as categories
from server.db.tables import Transaction
from server.rule_engine import engine
from server.rule_engine.loader import UNREAD, Unread, load_rules


def draft_of(t: Transaction, tags: Sequence[str], has_splits: bool) -> engine.Draft:
    """The engine's view of a transaction row (stored, or resolved and not yet written)."""
    accounts = {t.account_id} | ({t.to_account_id} if t.to_account_id else set())
    return engine.Draft(
        kind=t.kind,
        account_ids=frozenset(accounts),
        amount_minor=t.amount_minor,
        currency_code=t.currency_code,
        payee=t.payee,
        description=t.description,
        category_id=t.category_id,
        has_splits=has_splits,
        tags=tuple(tags),
        notes=t.notes,
    )


async def changes_for(
    s: AsyncSession, user_id: uuid.UUID, draft: engine.Draft, version: int | None | Unread = UNREAD
) -> engine.Changes:
    """What the user's rules set on `draft` (empty fields only). A category the rules chose is
    checked as it is now: one archived or deleted since the rules were cached is left out.
    `version`: the rule-set version, when the caller read it in this transaction already."""
    rules = await load_rules(s, user_id, version)
    if not rules:
        return engine.Changes()
    changes = engine.apply_rules(rules, draft)
    if changes.category_id is not None and not await usable_category(
        s, user_id, changes.category_id, draft.kind
    ):
        changes.category_id = None
        changes.decided_by.pop("category_id", None)
    return changes


async def usable_category(s: AsyncSession, user_id: uuid.UUID, category_id: uuid.UUID, kind: int) -> bool:
    category = await categories.get(s, user_id, category_id)
    return category is not None and not category.archived and category.kind == kind
