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
import functools
import uuid
from collections.abc import Callable
from typing import Any

from sqlalchemy import (
    BigInteger,
    Boolean,
    SmallInteger,
    Table,
    Uuid,
    bindparam,
    case,
    cast,
    func,
    literal,
    select,
    true,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from rupaya.v1 import sync_pb2
from server.db.insert import insert_for
from server.db.pipeline import Step
from server.db.tables import (
    Account,
    Budget,
    Category,
    ExchangeRate,
    LedgerVersion,
    SyncChange,
    Transaction,
    User,
    UtcDateTime,
)
from server.db.tables import Session as DeviceSession

ACCOUNT = sync_pb2.ENTITY_TYPE_ACCOUNT
CATEGORY = sync_pb2.ENTITY_TYPE_CATEGORY
TRANSACTION = sync_pb2.ENTITY_TYPE_TRANSACTION
BUDGET = sync_pb2.ENTITY_TYPE_BUDGET
EXCHANGE_RATE = sync_pb2.ENTITY_TYPE_EXCHANGE_RATE
PROFILE = sync_pb2.ENTITY_TYPE_PROFILE
SESSION = sync_pb2.ENTITY_TYPE_SESSION

# The mapped class of each entity type; its `version` column is the etag ("v<n>").
MODELS: dict[int, type[Any]] = {
    ACCOUNT: Account,
    CATEGORY: Category,
    TRANSACTION: Transaction,
    BUDGET: Budget,
    EXCHANGE_RATE: ExchangeRate,
    PROFILE: User,
    SESSION: DeviceSession,
}
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
    On PostgreSQL a user's bump and changes are one statement: the bump runs as a CTE whose
    RETURNING cursor numbers one multi-row upsert, so the change log adds no statement to a
    write and the version row's lock is held no longer than the bump alone holds it."""
    now = dt.datetime.now(dt.UTC)
    by_user: dict[uuid.UUID, list[tuple[int, uuid.UUID, bool]]] = {}
    for (user_id, kind, entity_id), deleted in sorted(noted.items()):
        by_user.setdefault(user_id, []).append((kind, entity_id, deleted))
    result = []
    for user_id, bump in bumps.items():
        changes = by_user.get(user_id)
        if not changes:
            result.append(bump)
        elif dialect == "postgresql":
            result.append(
                Step(_bumped_with_changes(bump.statement), {**bump.params, **_arrays(changes, now)})
            )
        else:  # SQLite runs in-process: a statement more costs no round trip
            result.append(bump)
            result += [
                Step(
                    _upsert(dialect, kind),
                    {
                        "b_user": user_id,
                        "b_id": entity_id,
                        "b_back": len(changes) - i,
                        "b_deleted": deleted,
                        "b_now": now,
                    },
                )
                for i, (kind, entity_id, deleted) in enumerate(changes, 1)
            ]
    return result


def _arrays(changes: list[tuple[int, uuid.UUID, bool]], now: dt.datetime) -> dict[str, Any]:
    """A user's changes as the parameters of `_bumped_with_changes`: one array per column."""
    kinds, ids, deleted = zip(*changes, strict=True)
    backs = range(len(changes) - 1, -1, -1)  # the last change takes the bumped cursor itself
    return {
        "b_kinds": list(kinds),
        "b_ids": list(ids),
        "b_backs": list(backs),
        "b_deleted": list(deleted),
        "b_now": now,
    }


_UPSERTED = ("change_cursor", "deleted", "etag_version", "changed_at")
_KEY = (SyncChange.user_id, SyncChange.entity_type, SyncChange.entity_id)


@functools.cache
def _bumped_with_changes(bump: Any) -> Any:
    """PostgreSQL: WITH bumped AS (the version bump RETURNING the cursor) INSERT INTO
    sync_changes SELECT ... FROM bumped, unnest(the change arrays) ON CONFLICT DO UPDATE.
    Arrays keep the statement text one for any number of changes (prepared once)."""
    bumped = bump.returning(LedgerVersion.user_id, LedgerVersion.change_cursor).cte("bumped")
    changes = (
        func.unnest(
            cast(bindparam("b_kinds"), ARRAY(SmallInteger)),
            cast(bindparam("b_ids"), ARRAY(Uuid)),
            cast(bindparam("b_backs"), ARRAY(BigInteger)),
            cast(bindparam("b_deleted"), ARRAY(Boolean)),
        )
        .table_valued("kind", "id", "back", "deleted")
        .render_derived()
    )
    etags = {kind: _etag_version(model.__table__, changes.c.id) for kind, model in MODELS.items()}
    rows = select(
        bumped.c.user_id,
        changes.c.kind,
        changes.c.id,
        bumped.c.change_cursor - changes.c.back,
        changes.c.deleted,
        func.coalesce(case(etags, value=changes.c.kind), 0),
        bindparam("b_now", type_=UtcDateTime()),
    ).select_from(bumped.join(changes, true()))
    columns = [
        "user_id",
        "entity_type",
        "entity_id",
        "change_cursor",
        "deleted",
        "etag_version",
        "changed_at",
    ]
    statement = postgresql.insert(SyncChange).from_select(columns, rows).add_cte(bumped)
    return statement.on_conflict_do_update(
        index_elements=list(_KEY), set_={column: statement.excluded[column] for column in _UPSERTED}
    )


@functools.cache
def _upsert(dialect: str, kind: int) -> Any:
    """The change upsert of one entity of one type, built once per dialect (statement cache):
    its cursor counts back from the user's bumped cursor."""
    cursor = select(LedgerVersion.change_cursor).where(LedgerVersion.user_id == bindparam("b_user"))
    statement = insert_for(dialect)(SyncChange).values(
        user_id=bindparam("b_user"),
        entity_type=literal(kind),
        entity_id=bindparam("b_id"),
        change_cursor=cursor.scalar_subquery() - bindparam("b_back"),
        deleted=bindparam("b_deleted"),
        etag_version=func.coalesce(_etag_version(MODELS[kind].__table__, bindparam("b_id")), 0),
        changed_at=bindparam("b_now"),
    )
    return statement.on_conflict_do_update(
        index_elements=list(_KEY), set_={column: statement.excluded[column] for column in _UPSERTED}
    )


def _etag_version(table: Table, entity_id: Any) -> Any:
    """The entity's version as this write leaves it (0 for sessions, which have none)."""
    if "version" not in table.c:
        return literal(0)
    return select(table.c.version).where(table.c.id == entity_id).scalar_subquery()
