"""The per-user change log, written in the transaction of every change a device syncs.

A write notes what it changes (ORM rows at each flush via server/ledger_version.py, rows
written without the ORM where they are written); at the commit the same pipelined batch that
ends every ledger write bumps the user's `change_cursor` by the number of changed entities
(on the ledger version's row, whose lock hands turns out in commit order) and upserts one
`sync_changes` row per entity with its cursor. A transaction that commits later thus always
has larger cursors, and a reader never skips a change that was still in flight: its cursor did
not exist before it committed."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy.orm import Session

from server import changelog_sql
from server.db.pipeline import Step
from server.db.tables import Session as DeviceSession

# The entity types, named here too for the writers that note them.
from server.synced import ACCOUNT as ACCOUNT
from server.synced import BUDGET as BUDGET
from server.synced import CATEGORY as CATEGORY
from server.synced import EXCHANGE_RATE as EXCHANGE_RATE
from server.synced import MODELS as MODELS
from server.synced import NOTIFICATION as NOTIFICATION
from server.synced import PROFILE as PROFILE
from server.synced import SESSION as SESSION
from server.synced import TRANSACTION as TRANSACTION

_TYPES = {model: kind for kind, model in MODELS.items()}
_NOTED = "sync_changes_noted"
_COMMITTING = "sync_changes_committing"
# Told the users whose changes just committed (server/sync/signals.py wakes their streams).
_listeners: list[Callable[[set[uuid.UUID]], None]] = []
Noted = dict[tuple[uuid.UUID, int, uuid.UUID], bool]  # (user, entity type, id) -> deleted


def note(
    session: Session, user_id: uuid.UUID, kind: int, entity_id: uuid.UUID, *, deleted: bool = False
) -> None:
    """Records that the write changes an entity (its latest state in this write wins)."""
    noted: Noted = session.info.setdefault(_NOTED, {})
    noted[(user_id, kind, entity_id)] = deleted


def note_rows(session: Session) -> None:
    """Notes the synced ORM rows a flush is about to write."""
    for row in (*session.new, *session.dirty, *session.deleted):
        kind = _TYPES.get(type(row))
        if kind is None or (row in session.dirty and not session.is_modified(row)):
            continue
        if kind == PROFILE:
            if row not in session.deleted:  # a user deleted: nothing of theirs is synced any more
                note(session, row.id, PROFILE, row.id)
        elif row.user_id is not None:  # system categories are fixed, not per-user changes
            note(session, row.user_id, kind, _entity_id(row), deleted=_gone(session, row))


def _entity_id(row: Any) -> uuid.UUID:
    entity_id: uuid.UUID = row.id
    return entity_id


def _gone(session: Session, row: Any) -> bool:
    if row in session.deleted:
        return True
    if isinstance(row, DeviceSession):
        return row.revoked_at is not None
    return getattr(row, "deleted_at", None) is not None


def forget_user(session: Session, user_id: uuid.UUID) -> None:
    """The user is being deleted in this write: their changes go with them."""
    noted: Noted = session.info.get(_NOTED, {})
    for key in [key for key in noted if key[0] == user_id]:
        del noted[key]


def pending(info: dict[str, Any]) -> Noted:
    """The changes noted in a session (`info`), forgotten there."""
    noted: Noted = info.pop(_NOTED, None) or {}
    return noted


def listen(listener: Callable[[set[uuid.UUID]], None]) -> None:
    """`listener` hears of every commit that changed synced entities (the latest one set wins)."""
    _listeners[:] = [listener]


def committing(info: dict[str, Any], users: set[uuid.UUID]) -> None:
    """The users whose changes the write commits, to tell the listener once it has."""
    if users:
        info[_COMMITTING] = users


def after_commit(session: Session) -> None:
    users: set[uuid.UUID] | None = session.info.pop(_COMMITTING, None)
    if users:
        for listener in _listeners:
            listener(users)


def after_rollback(info: dict[str, Any]) -> None:
    info.pop(_NOTED, None)
    info.pop(_COMMITTING, None)


def counts(noted: Noted) -> dict[uuid.UUID, int]:
    """How far each user's cursor moves: one per changed entity."""
    moved: dict[uuid.UUID, int] = {}
    for user_id, _kind, _id in noted:
        moved[user_id] = moved.get(user_id, 0) + 1
    return moved


def steps(dialect: str, noted: Noted, bumps: dict[uuid.UUID, Step]) -> list[Step]:
    """Each user's version bump (`bumps`, which moves the cursor by the user's `counts`), then
    the user's changes, which take the cursors the bump just moved past, in (type, id) order.
    On PostgreSQL a user's bump and changes are one statement (server/changelog_sql.py), so
    the change log adds no statement to a write."""
    now = dt.datetime.now(dt.UTC)
    by_user: dict[uuid.UUID, list[changelog_sql.Change]] = {}
    for (user_id, kind, entity_id), deleted in sorted(noted.items()):
        by_user.setdefault(user_id, []).append((kind, entity_id, deleted))
    result = []
    for user_id, bump in bumps.items():
        changes = by_user.get(user_id)
        if not changes:
            result.append(bump)
        elif dialect == "postgresql":
            statement, params = changelog_sql.bumped_with_changes(bump.statement, changes, now)
            result.append(Step(statement, {**bump.params, **params}))
        else:  # SQLite runs in-process: a statement more costs no round trip
            result.append(bump)
            result += [
                Step(changelog_sql.upsert_one(dialect, kind), params)
                for kind, params in changelog_sql.one_by_one(user_id, changes, now)
            ]
    return result
