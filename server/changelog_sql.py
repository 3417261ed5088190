"""The statements that write the change log at the end of a write (server/changelog.py).

On PostgreSQL a user's version bump and changes are one statement, sent in the commit's
pipelined batch:

    WITH bumped AS (<the version bump> RETURNING user_id, change_cursor)
    INSERT INTO sync_changes SELECT ... FROM bumped ... ON CONFLICT DO UPDATE

so the log adds no statement to a write and the version row's lock is held no longer than for
the bump alone. Each change's cursor counts back from the bumped one. The shape matters for
PostgreSQL's plan cache: a prepared statement whose generic plan is estimated dearer than its
custom plans is planned anew at every execution (here that cost more than the writes). With
the entity types and positions fixed in the text and only ids and flags as parameters, both
estimates agree and the generic plan is kept; a statement is built once per sequence of entity
types (a handful in practice: e.g. account + transaction for a create). Writes with more
changes than `FIXED_ROWS` (imports) take one statement with arrays, planned per execution,
which their many rows amortise."""

from __future__ import annotations

import datetime as dt
import functools
import uuid
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
    union_all,
)
from sqlalchemy.dialects import postgresql
from sqlalchemy.dialects.postgresql import ARRAY

from server.db.insert import insert_for
from server.db.tables import LedgerVersion, SyncChange, UtcDateTime
from server.synced import MODELS

Change = tuple[int, uuid.UUID, bool]  # entity type, id, deleted
FIXED_ROWS = 8
_COLUMNS = ("user_id", "entity_type", "entity_id", "change_cursor", "deleted", "etag_version", "changed_at")
_UPSERTED = ("change_cursor", "deleted", "etag_version", "changed_at")
_KEY = [SyncChange.user_id, SyncChange.entity_type, SyncChange.entity_id]


def bumped_with_changes(bump: Any, changes: list[Change], now: dt.datetime) -> tuple[Any, dict[str, Any]]:
    """PostgreSQL: the statement that runs `bump` and upserts one user's `changes`, with its
    parameters (beside the bump's own)."""
    if len(changes) <= FIXED_ROWS:
        params: dict[str, Any] = {"b_now": now}
        for i, (_kind, entity_id, deleted) in enumerate(changes):
            params[f"b_id{i}"], params[f"b_deleted{i}"] = entity_id, deleted
        return _fixed(bump, tuple(kind for kind, _id, _deleted in changes)), params
    kinds, ids, deleted = zip(*changes, strict=True)
    backs = range(len(changes) - 1, -1, -1)  # the last change takes the bumped cursor itself
    arrays = {"b_kinds": list(kinds), "b_ids": list(ids), "b_backs": list(backs), "b_deleted": list(deleted)}
    return _arrays(bump), {**arrays, "b_now": now}


@functools.cache
def _fixed(bump: Any, kinds: tuple[int, ...]) -> Any:
    """One SELECT per change from the bumped row, its type and cursor offset as constants."""
    bumped = _bumped(bump)
    rows = [
        select(
            bumped.c.user_id,
            literal(kind, SmallInteger),
            bindparam(f"b_id{i}", type_=Uuid),
            bumped.c.change_cursor - (len(kinds) - 1 - i),
            bindparam(f"b_deleted{i}", type_=Boolean),
            func.coalesce(_etag_version(MODELS[kind].__table__, bindparam(f"b_id{i}", type_=Uuid)), 0),
            bindparam("b_now", type_=UtcDateTime()),
        )
        for i, kind in enumerate(kinds)
    ]
    return _upserted(union_all(*rows) if len(rows) > 1 else rows[0], bumped)


@functools.cache
def _arrays(bump: Any) -> Any:
    """The changes as arrays, unnested; the etag's table chosen per row."""
    bumped = _bumped(bump)
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
    return _upserted(rows, bumped)


def _bumped(bump: Any) -> Any:
    return bump.returning(LedgerVersion.user_id, LedgerVersion.change_cursor).cte("bumped")


def _upserted(rows: Any, bumped: Any) -> Any:
    statement = postgresql.insert(SyncChange).from_select(list(_COLUMNS), rows).add_cte(bumped)
    return statement.on_conflict_do_update(
        index_elements=_KEY, set_={column: statement.excluded[column] for column in _UPSERTED}
    )


def one_by_one(
    user_id: uuid.UUID, changes: list[Change], now: dt.datetime
) -> list[tuple[int, dict[str, Any]]]:
    """Elsewhere (SQLite): each change's type and the parameters of its `upsert_one`, to run
    after the bump."""
    return [
        (
            kind,
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


@functools.cache
def upsert_one(dialect: str, kind: int) -> Any:
    """The upsert of one change of one type; its cursor counts back from the user's bumped one."""
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
        index_elements=_KEY, set_={column: statement.excluded[column] for column in _UPSERTED}
    )


def _etag_version(table: Table, entity_id: Any) -> Any:
    """The entity's version as this write leaves it (0 for sessions, which have none)."""
    if "version" not in table.c:
        return literal(0)
    return select(table.c.version).where(table.c.id == entity_id).scalar_subquery()
