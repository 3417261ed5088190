"""One rule against the user's existing live transactions, newest first: PreviewRule (what it
would change; reads only) and ApplyRule (changes them through the ledger's update path, so
each changed transaction gets a new etag, a change in the sync feed and a right rollup)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy.ext.asyncio import AsyncSession

from server.db.engine import Database
from server.db.tables import Transaction
from server.errors import DomainError
from server.rule_engine import drafts, engine
from server.transactions import domain as ledger
from server.transactions import repository as transactions

# Transactions a PreviewRule call examines at most: a page costs a bounded amount of work
# however few transactions the rule matches.
PREVIEW_EXAMINED = 2000
# Transactions ApplyRule reads per statement and changes per database transaction: row locks
# are held for one batch at a time, never for the whole run.
APPLY_BATCH = 200
SCAN_BATCH = 200

Cursor = tuple[dt.date, uuid.UUID]


@dataclass(frozen=True)
class Found:
    transaction: Transaction
    changes: engine.Changes


@dataclass(frozen=True)
class Page:
    found: list[Found]
    examined: int
    next_after: Cursor | None  # None: every transaction examined


def _changes(rule: engine.CompiledRule, t: Transaction, overwrite: bool) -> engine.Changes:
    tags = [row.tag for row in t.tag_rows]
    return engine.apply_rules((rule,), drafts.draft_of(t, tags, bool(t.splits)), overwrite=overwrite)


async def preview(
    db: Database,
    user_id: uuid.UUID,
    rule: engine.CompiledRule,
    overwrite: bool,
    after: Cursor | None,
    size: int,
) -> Page:
    """Up to `size` transactions the rule would change, examining at most PREVIEW_EXAMINED."""
    found: list[Found] = []
    examined = 0
    while examined < PREVIEW_EXAMINED:
        async with db.read() as s:
            batch = await transactions.list_page(s, user_id, transactions.Filters(), after, SCAN_BATCH)
        for t in batch:
            examined += 1
            after = (t.occurred_on, t.id)
            changes = _changes(rule, t, overwrite)
            if changes:
                found.append(Found(t, changes))
                if len(found) == size:
                    return Page(found, examined, after)
        if len(batch) < SCAN_BATCH:
            return Page(found, examined, None)
    return Page(found, examined, after)


@dataclass
class Counts:
    examined: int = 0
    changed: int = 0
    skipped: int = 0


async def apply(db: Database, user_id: uuid.UUID, rule: engine.CompiledRule, overwrite: bool) -> Counts:
    """Changes every live transaction the rule changes, batch by batch. Each candidate is read
    again under its row lock and judged as it is then: a transaction edited meanwhile is judged
    on the edit (never overwritten with a stale copy), and one that no longer matches is left."""
    counts = Counts()
    after: Cursor | None = None
    while True:
        async with db.read() as s:
            batch = await transactions.list_page(s, user_id, transactions.Filters(), after, SCAN_BATCH)
        counts.examined += len(batch)
        candidates = [t.id for t in batch if _changes(rule, t, overwrite)]
        for start in range(0, len(candidates), APPLY_BATCH):
            async with db.transaction() as s:
                await _apply_batch(
                    s, user_id, rule, overwrite, candidates[start : start + APPLY_BATCH], counts
                )
        if len(batch) < SCAN_BATCH:
            return counts
        after = (batch[-1].occurred_on, batch[-1].id)


async def _apply_batch(
    s: AsyncSession,
    user_id: uuid.UUID,
    rule: engine.CompiledRule,
    overwrite: bool,
    ids: Sequence[uuid.UUID],
    counts: Counts,
) -> None:
    for transaction_id in ids:
        t = await transactions.get(s, user_id, transaction_id, for_update=True)
        if t is None or t.deleted_at is not None:
            continue
        changes = _changes(rule, t, overwrite)
        if changes.category_id is not None and not await drafts.usable_category(
            s, user_id, changes.category_id, t.kind
        ):
            changes.category_id = None
        if not changes:
            continue
        patch = replace(
            ledger.as_input(t),
            category_id=str(changes.category_id) if changes.category_id else "",
            payee=changes.payee if changes.payee is not None else t.payee,
            tags=changes.tags if changes.tags is not None else (),
            notes=changes.notes if changes.notes is not None else t.notes,
        )
        try:
            await ledger.update(s, user_id, str(t.id), ledger.etag(t), changes.paths, patch)
        except DomainError:
            # Refused by the ledger's own rules (e.g. the transaction's account was archived
            # since): before anything was written, so the batch goes on without it.
            counts.skipped += 1
            continue
        counts.changed += 1
