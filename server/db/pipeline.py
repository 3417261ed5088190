"""Several statements in one round trip: psycopg's pipeline mode on PostgreSQL, one after
another elsewhere (SQLite runs in-process, where a statement costs no round trip).

For the end of a ledger write, whose statements take the row locks every writer of a user
queues on: sent together with the COMMIT, those locks are held for the time PostgreSQL takes
to run them, not for round trips to a busy server process. So a step that decides whether
the write may commit (a balance that may not move, an idempotency key already recorded) is a
guard run by PostgreSQL itself: it raises an error that turns the COMMIT into a rollback,
and `refusal()` says why. Statements are SQLAlchemy Core constructs without expanding
(IN-list) parameters, compiled once per dialect; each runs as its own statement, in order,
so a later one sees what an earlier one changed."""

from __future__ import annotations

import contextlib
import functools
from collections.abc import Callable, Generator, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any

from psycopg.waiting import Wait
from sqlalchemy import Connection, Dialect, bindparam, exc, exists, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import Compiled
from sqlalchemy.sql.expression import Executable
from sqlalchemy.util import await_only

from server.db import bind

# The error of rupaya_refuse() (migration 0010): a guard step refused the write.
REFUSED = "RY001"


@dataclass(frozen=True)
class Step:
    statement: Executable
    params: dict[str, Any] = field(default_factory=dict)
    # A guard: the statement must return a row (no row, when `refused_on_rows`), else the
    # write rolls back and the exception `refusal(rows)` makes is raised; `rows` are the
    # guard's rows where they can be read (SQLite), else empty (they stay in PostgreSQL's
    # failed transaction).
    refusal: Callable[[list[tuple[Any, ...]]], Exception] | None = None
    refused_on_rows: bool = False


@dataclass(frozen=True)
class Outcome:
    rowcount: int
    rows: list[tuple[Any, ...]]


_AT_COMMIT = "pipeline_at_commit"


def at_commit(session: Session, step: Step) -> None:
    """Runs `step` with the statements that end the session's write (server/ledger_version.py)."""
    session.info.setdefault(_AT_COMMIT, []).append(step)


def pending(info: dict[str, Any]) -> list[Step]:
    """The steps noted for the commit of a session (`info`), forgotten there."""
    steps: list[Step] = info.pop(_AT_COMMIT, [])
    return steps


def run(connection: Connection, steps: Sequence[Step], *, commit: bool = False) -> list[Outcome]:
    """The steps' outcomes. With `commit`, PostgreSQL also commits in the same round trip
    (elsewhere the session commits afterwards, as usual)."""
    if not steps:
        return []
    if connection.dialect.name != "postgresql":
        return [_one_by_one(connection, step) for step in steps]
    queries = [_driver_query(connection, i, step) for i, step in enumerate(steps)]
    driver = connection.connection.driver_connection
    cursors = _cursors(connection.connection.info, driver, queries)
    try:
        return await_only(_pipelined(driver, cursors, queries, commit))
    except connection.dialect.loaded_dbapi.Error as error:
        if getattr(error, "sqlstate", None) == REFUSED:
            await_only(driver.rollback())  # the transaction failed; what `refusal` reads runs anew
            refusal = steps[int(error.diag.message_primary)].refusal
            assert refusal is not None
            raise refusal([]) from None
        sql, params = queries[0]
        raise exc.DBAPIError.instance(
            sql, params, error, connection.dialect.loaded_dbapi.Error, dialect=connection.dialect
        ) from error


def _one_by_one(connection: Connection, step: Step) -> Outcome:
    result = connection.execute(step.statement, step.params)
    outcome = Outcome(result.rowcount, [tuple(row) for row in result] if result.returns_rows else [])
    if step.refusal is not None and bool(outcome.rows) == step.refused_on_rows:
        raise step.refusal(outcome.rows)
    return outcome


# Cursors kept with a driver connection (in its pool record's info, which the pool clears when
# it replaces the connection), by statement and how often it came before in the same batch.
_CURSORS = "pipeline_cursors"
_KEPT_REPEATS = 4  # a batch's further repeats of a statement (split lines, tags) get new ones


def _cursors(info: dict[str, Any], driver: Any, queries: list[tuple[str, dict[str, Any]]]) -> list[Any]:
    """A cursor per statement, the one that ran the same SQL in an earlier batch where there is
    one: psycopg keeps a cursor's adaptation state (its Transformer, the dumpers it looked up)
    while it runs the same query again, where a new cursor builds it anew for every statement."""
    kept: dict[tuple[str, int], Any] = info.setdefault(_CURSORS, {})
    repeats: dict[str, int] = {}
    cursors = []
    for sql, _params in queries:
        key = (sql, repeats.get(sql, 0))
        repeats[sql] = key[1] + 1
        cursor = kept.get(key)
        if cursor is None or cursor.connection is not driver:
            cursor = driver.cursor()
            if key[1] < _KEPT_REPEATS:
                kept[key] = cursor
        cursors.append(cursor)
    return cursors


async def _pipelined(
    driver: Any, cursors: list[Any], queries: list[tuple[str, dict[str, Any]]], commit: bool
) -> list[Outcome]:
    async with driver.pipeline() as pipeline:
        with _batched(pipeline):
            await _queue(driver, cursors, queries, commit)
    # The pipeline's end sent the batch with one Sync and read every answer (_batched). A
    # cursor holds nothing to release (no server-side cursor): it is left to the collector.
    return [
        Outcome(
            cursor.rowcount, [tuple(row) for row in await cursor.fetchall()] if cursor.description else []
        )
        for cursor in cursors
    ]


# What _queue calls on psycopg's AsyncConnection and AsyncCursor (psycopg 3.3).
_QUEUE_INTERNALS = (("lock", "wait", "_commit_gen"), ("_execute_gen",))


async def _queue(
    driver: Any, cursors: list[Any], queries: list[tuple[str, dict[str, Any]]], commit: bool
) -> None:
    """The statements, then the COMMIT, queued in the pipeline under one hold of the
    connection's lock and in one generator psycopg runs, where `cursor.execute()` takes the
    lock and waits on a generator for each statement. Where psycopg's internals are not what
    it expects, it executes as usual."""
    connection_names, cursor_names = _QUEUE_INTERNALS
    if not all(hasattr(driver, name) for name in connection_names) or not all(
        hasattr(cursors[0], name) for name in cursor_names
    ):
        for cursor, (sql, params) in zip(cursors, queries, strict=True):
            await cursor.execute(sql, params)
        if commit:
            await driver.commit()
        return
    async with driver.lock:
        await driver.wait(_queued(driver, cursors, queries, commit))


def _queued(
    driver: Any, cursors: list[Any], queries: list[tuple[str, dict[str, Any]]], commit: bool
) -> Generator[Any, Any, None]:
    for cursor, (sql, params) in zip(cursors, queries, strict=True):
        yield from cursor._execute_gen(sql, params)
    if commit:
        yield from driver._commit_gen()  # queued after the statements


# What _batched replaces or calls on psycopg's AsyncPipeline (psycopg 3.3).
_PIPELINE_INTERNALS = (
    "_communicate_gen",
    "_sync_gen",
    "_exit_gen",
    "_enqueue_sync",
    "_fetch_gen",
    "command_queue",
    "pgconn",
)


@contextlib.contextmanager
def _batched(pipeline: Any) -> Iterator[None]:
    """The batch in one socket write and one round trip. psycopg's pipeline writes each
    statement to the socket as it is queued (PostgreSQL wakes up for each), sends a Sync after
    the implicit BEGIN of a transaction's first statement and waits for its answer, and sends
    one more Sync when the pipeline ends and waits again. Here, while the batch is queued,
    statements (the BEGIN first) only go into libpq's output buffer; the pipeline's end then
    sends them with a single Sync and reads every answer. PostgreSQL (or a pooler) receives
    the same messages in the same order, less two Syncs. It stands in for psycopg internals
    (pyproject pins psycopg to 3.3.x); where they are not what it expects, the pipeline runs as
    psycopg made it."""
    if not all(hasattr(pipeline, name) for name in _PIPELINE_INTERNALS):
        yield
        return
    pipeline._communicate_gen = pipeline._sync_gen = functools.partial(_into_libpq, pipeline)
    pipeline._exit_gen = functools.partial(_send_and_read, pipeline)
    try:
        yield
    finally:
        del pipeline._communicate_gen, pipeline._sync_gen


def _into_libpq(pipeline: Any) -> Generator[Any, Any, None]:
    """Commands queued in psycopg's pipeline passed on to libpq, which buffers them (a queued
    BEGIN is then seen, so the next statement starts no transaction of its own)."""
    queue = pipeline.command_queue
    while queue:
        queue.popleft()()
    return
    yield  # a generator, as the methods it stands in for


def _send_and_read(pipeline: Any) -> Generator[Any, Any, None]:
    """psycopg's end of a pipeline (a Sync, then every answer), with the batch sent at once."""
    pipeline._enqueue_sync()
    yield from _into_libpq(pipeline)
    try:
        yield from type(pipeline)._communicate_gen(pipeline)  # one flush: nothing left to queue
        while pipeline.pgconn.flush():  # the socket took only part of the batch
            yield Wait.W
    finally:
        yield from pipeline._fetch_gen(flush=False)


def _driver_query(connection: Connection, index: int, step: Step) -> tuple[str, dict[str, Any]]:
    """The step's SQL for the driver (a guard wrapped around it), and its parameters as the
    driver takes them."""
    guarded = step.refusal is not None
    compiled = _compiled(step.statement, guarded, step.refused_on_rows, connection.dialect)
    return compiled.string, bind.driver_params(
        compiled, {**step.params, "b_guard": str(index)} if guarded else step.params
    )


@functools.cache  # statements are module-level constructs: compiled once per process
def _compiled(statement: Any, guarded: bool, refused_on_rows: bool, dialect: Dialect) -> Compiled:
    wrapped = _guard(statement, refused_on_rows) if guarded else statement
    compiled: Compiled = wrapped.compile(dialect=dialect)
    return compiled


def _guard(statement: Any, refused_on_rows: bool) -> Any:
    """WITH guarded AS (statement) SELECT rupaya_refuse(step) WHERE [NOT] EXISTS (its rows)."""
    rows = statement.cte("guarded")
    found = exists(select(literal(1)).select_from(rows))
    return select(func.rupaya_refuse(bindparam("b_guard"))).where(found if refused_on_rows else ~found)
