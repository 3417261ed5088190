"""Per-user ledger data version and daily rollup, kept in step with every change to a user's
accounts, categories, transactions, budgets or exchange rates, in the same database
transaction: caches keyed by the version (analytics) go stale exactly when the ledger changes,
on every replica sharing the database, and the rollup never drifts from the transactions.

One place for the whole ledger: a session hook notes, at each flush, the owners of the ledger
rows it writes and how their transactions change the rollup; just before the commit it adds
those changes to the rollup, moves the balances the write noted (server/balances.py) and bumps
the versions. The row locks every writer of a user queues on (rollup, account, version) come
last, so they are held for the fewest round trips; the version row is taken last of all, so
it never sits between the ledger's own row locks."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
from collections import defaultdict
from typing import Any

from sqlalchemy import Connection, bindparam, event
from sqlalchemy.orm import Session

from server import balances, changelog, money
from server.analytics import rollup
from server.db import engine, pipeline
from server.db.insert import insert_for
from server.db.tables import Account, Budget, Category, ExchangeRate, LedgerVersion, Transaction
from server.notifications import alerts

LEDGER_TYPES = (Account, Budget, Category, ExchangeRate, Transaction)
_OWNERS = "ledger_version_owners"
_CHANGES = "ledger_version_rollup_changes"
_CATEGORIES = "ledger_version_deleted_categories"
_QUIET = "ledger_version_no_alerting_budgets"


def _noted(session: Session) -> tuple[set[uuid.UUID], defaultdict[uuid.UUID, rollup.Changes]]:
    """The owners and the rollup changes noted so far in the session's write."""
    return session.info.setdefault(_OWNERS, set()), session.info.setdefault(
        _CHANGES, defaultdict(rollup.Changes)
    )


def _note(session: Session, _context: Any, _instances: Any) -> None:
    changelog.note_rows(session)
    owners, changes = _noted(session)
    categories: set[tuple[uuid.UUID, uuid.UUID]] = session.info.setdefault(_CATEGORIES, set())
    for row in (*session.new, *session.dirty, *session.deleted):
        if not isinstance(row, LEDGER_TYPES) or row.user_id is None:
            continue
        owners.add(row.user_id)
        if isinstance(row, Transaction):
            change = changes[row.user_id]
            change.add(rollup.lines_before(row), -1)
            if row not in session.deleted:
                change.add(rollup.lines_now(row), +1)
        elif isinstance(row, Category) and row in session.deleted:
            # Deleting with reassignment moves its transactions in one bulk UPDATE.
            categories.add((row.user_id, row.id))


def note_new(session: Session, row: Transaction) -> None:
    """A transaction inserted without the ORM (at the commit), noted as a flush notes one."""
    owners, changes = _noted(session)
    owners.add(row.user_id)
    changes[row.user_id].add(rollup.lines_now(row), +1)
    changelog.note(session, row.user_id, changelog.TRANSACTION, row.id)


def no_alerting_budgets(session: Session, user_id: uuid.UUID) -> None:
    """The write read, in its own transaction, that the user has no budget with an alert
    threshold: its commit skips the budget-alert claims (three statements, run while the
    user's version row is locked). A budget created while this write runs raises its alert
    at the user's next expense, as a budget whose threshold is lowered does."""
    session.info.setdefault(_QUIET, set()).add(user_id)


def _bump(session: Session) -> None:
    if session.in_nested_transaction():
        return  # a savepoint released (the hook fires for those too): the write is not over
    session.flush()  # the commit's own final flush comes after this hook; note its rows now
    owners: set[uuid.UUID] = session.info.pop(_OWNERS, set())
    changes: dict[uuid.UUID, rollup.Changes] = session.info.pop(_CHANGES, {})
    categories: set[tuple[uuid.UUID, uuid.UUID]] = session.info.pop(_CATEGORIES, set())
    quiet: set[uuid.UUID] = session.info.pop(_QUIET, set())
    moves = balances.pending(session.info)
    first = pipeline.pending(session.info)  # e.g. the new transaction's rows, the idempotency record
    for (user_id, account_id), delta in moves.items():
        if delta:  # a balance a client sees moved: the account changed
            changelog.note(session, user_id, changelog.ACCOUNT, account_id)
    synced = changelog.pending(session.info)
    if not owners and not moves and not first and not synced:
        return
    connection = session.connection()
    dialect = connection.dialect.name
    grown: dict[uuid.UUID, set[dt.date]] = {}
    for owner, category_id in sorted(categories):  # rare: recomputed from the rows, apart
        moved = rollup.days_with_category(connection, owner, category_id)
        rollup.refresh(connection, owner, moved)
        grown.setdefault(owner, set()).update(moved)
    # Locks in one order for every writer: rollup rows, accounts, then the version row. The
    # totals come after the version row, so no other write of the user can land unseen.
    rollup_steps, totals_steps = [], []
    for user_id in sorted(owners):
        change = changes.get(user_id, rollup.Changes())
        rollup_steps += rollup.steps(dialect, user_id, change)
        days = grown.get(user_id, set()) | rollup.grown_days(change)
        refusal = functools.partial(_day_total_refusal, connection, user_id, change)
        totals_steps += rollup.totals_guards(user_id, days, money.MAX_DAY_TOTAL_MINOR, refusal)
    # The sync cursor moves on the version's row (also for profile and session changes, which
    # leave the ledger version alone), and each change takes its cursor (server/changelog.py).
    moved = changelog.counts(synced)
    bumps = {
        u: pipeline.Step(
            _version_bump(dialect), {"user_id": u, "b_ledger": int(u in owners), "b_changes": moved.get(u, 0)}
        )
        for u in sorted(owners | moved.keys())
    }
    changelog.committing(session.info, set(moved))
    engine.note_writers(session, owners)
    # Budget alerts the write's expenses raise: after the version row, so they see every
    # earlier write of the user, and after the write's own changes took their cursors.
    now = dt.datetime.now(dt.UTC)
    alert_steps = [
        step
        for user_id in sorted(owners - quiet)
        for step in alerts.steps(dialect, user_id, changes.get(user_id, rollup.Changes()), now)
    ]
    steps = [
        *first,
        *rollup_steps,
        *balances.steps(connection, moves),
        *changelog.steps(dialect, synced, bumps),
        *alert_steps,
        *totals_steps,
    ]
    pipeline.run(connection, steps, commit=True)


def _day_total_refusal(
    connection: Connection, user_id: uuid.UUID, change: rollup.Changes, day: dt.date, past: list[Any]
) -> Exception:
    """AMOUNT_LIMIT_EXCEEDED naming the day's total past the limit: from the guard's rows
    where they were read, else the committed totals plus what this write added."""
    if past:
        _day, kind, currency, _total = past[0]
    else:
        kind, currency = rollup.first_past(connection, user_id, day, change, money.MAX_DAY_TOTAL_MINOR)
    kind_name = "income" if kind == rollup.INCOME_AND_EXPENSE[0] else "expense"
    return money.limit_exceeded("day_total", day=str(day), kind=kind_name, currency_code=currency)


@functools.cache
def _version_bump(dialect: str) -> Any:
    """The version and sync-cursor upsert, built once per dialect (statement cache)."""
    statement = insert_for(dialect)(LedgerVersion).values(
        user_id=bindparam("user_id"), version=1, change_cursor=bindparam("b_changes")
    )
    return statement.on_conflict_do_update(
        index_elements=[LedgerVersion.user_id],
        set_={
            "version": LedgerVersion.version + bindparam("b_ledger"),
            "change_cursor": LedgerVersion.change_cursor + bindparam("b_changes"),
        },
    )


def _forget(session: Session, *_args: Any) -> None:
    for key in (_OWNERS, _CHANGES, _CATEGORIES, _QUIET):
        session.info.pop(key, None)
    balances.pending(session.info)
    pipeline.pending(session.info)
    changelog.after_rollback(session.info)


def install() -> None:
    """Hooks every ORM session of the process (idempotent)."""
    if not event.contains(Session, "before_flush", _note):
        event.listen(Session, "before_flush", _note)
        event.listen(Session, "before_commit", _bump)
        event.listen(Session, "after_rollback", _forget)
        event.listen(Session, "after_commit", changelog.after_commit)
