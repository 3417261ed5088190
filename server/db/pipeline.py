"""Several statements in one round trip: libpq's pipeline mode on PostgreSQL, one after
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

import asyncio
import functools
from collections.abc import Callable, Generator, Sequence
from dataclasses import dataclass, field
from typing import Any

import psycopg
from psycopg import generators, pq
from sqlalchemy import Connection, Dialect, bindparam, exc, exists, func, literal, select
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import Compiled
from sqlalchemy.sql.expression import Executable
from sqlalchemy.util import await_only

from server.db import bind

try:  # psycopg's conversion of a query for the server and its prepared-statement states (3.3)
    from psycopg._preparing import Prepare
    from psycopg._queries import PostgresQuery
except ImportError:  # pragma: no cover - a psycopg without them runs statements one by one
    PostgresQuery = None

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
    driver = connection.connection.driver_connection
    if connection.dialect.name != "postgresql" or not batches(driver):
        return [_one_by_one(connection, step) for step in steps]
    queries = [_driver_query(connection, i, step) for i, step in enumerate(steps)]
    try:
        return await_only(_one_round_trip(driver, queries, commit))
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


# What _one_round_trip uses of psycopg beyond its documented API (psycopg 3.3): the
# connection's lock, wait(), prepared-statement manager and BEGIN (with the isolation level
# SQLAlchemy set on the connection), and the generators it reads with.
_INTERNALS = (
    ("lock", "wait", "pgconn", "_prepared", "_get_tx_start_command"),
    ("get", "maybe_add_to_cache", "validate", "maintain_gen"),
    ("send", "fetch_many"),
)


def batches(driver: Any) -> bool:
    """Whether psycopg has what _one_round_trip uses; where it does not, steps run one by one
    through SQLAlchemy, as on SQLite (a round trip each)."""
    connection_names, manager_names, generator_names = _INTERNALS
    return (
        PostgresQuery is not None
        and all(hasattr(driver, name) for name in connection_names)
        and all(hasattr(getattr(driver, "_prepared", None), name) for name in manager_names)
        and all(hasattr(generators, name) for name in generator_names)
    )


async def _one_round_trip(
    driver: Any, queries: list[tuple[str, dict[str, Any]]], commit: bool
) -> list[Outcome]:
    """The statements (after the transaction's BEGIN when none is open, before its COMMIT with
    `commit`) in libpq's pipeline mode: queued in libpq's buffer, sent in one write with one
    Sync, every answer read after it. psycopg's pipeline object does the same through layers
    of Python bookkeeping per statement (a cursor each, a result queue, command callbacks)
    that cost several times the CPU of the round trip itself. Parameters are bound on the
    server, and statements are prepared as psycopg's own execute() prepares them, through its
    manager (after 5 runs; never with prepare_threshold=None, for a transaction pooler;
    forgotten, with the server's, at a rollback). PostgreSQL runs the statements in order;
    after an error it skips the rest and the transaction fails."""
    begin = not driver.autocommit and driver.pgconn.transaction_status == pq.TransactionStatus.IDLE
    adapt = psycopg.adapt.Transformer(driver)
    converted = []
    for sql, params in queries:
        query = PostgresQuery(adapt)
        query.convert(sql, params)
        converted.append(query)
    # A call cancelled meanwhile (its client gone, its deadline passed) must leave the exchange
    # to finish, so that no connection is left with answers unread: shielded (the session's
    # rollback then waits for the connection's lock). A commit's batch runs inside the
    # session's end, which engine._session shields already (a shield costs ~25 µs).
    exchange = _exchange(driver, converted, begin, commit)
    results, answers = await (exchange if commit else asyncio.shield(exchange))
    for answer in results:
        if _failed(answer):
            raise psycopg.errors.error_from_result(answer[0], encoding=adapt.encoding)
    return [_outcome(adapt, results[at]) for at in answers]


async def _exchange(
    driver: Any, queries: list[Any], begin: bool, commit: bool
) -> tuple[list[list[Any]], list[int]]:
    """Every answer to the batch, and where each statement's is among them."""
    prepared = driver._prepared
    pgconn = driver.pgconn
    sent: list[tuple[int, Any, Any, bytes]] = []  # per statement: its answer, cache key, Prepare, name
    answers = 0
    async with driver.lock:
        pgconn.enter_pipeline_mode()
        try:
            if begin:  # as psycopg begins: its isolation level, read-only and deferrable
                pgconn.send_query_params(driver._get_tx_start_command(), None)
                answers += 1
            for query in queries:
                prepare, name = prepared.get(query)
                if prepare is Prepare.SHOULD:
                    pgconn.send_prepare(name, query.query, query.types)
                    answers += 1
                if prepare is Prepare.NO:
                    pgconn.send_query_params(query.query, query.params, query.types, query.formats)
                else:
                    pgconn.send_query_prepared(name, query.params, query.formats)
                sent.append((answers, prepared.maybe_add_to_cache(query, prepare, name), prepare, name))
                answers += 1
            if commit:
                pgconn.send_query_params(b"COMMIT", None)
            pgconn.pipeline_sync()
            results = await driver.wait(_sent_and_read(pgconn))
        except BaseException:
            # The connection broke mid-batch (answers may be left unread, so it cannot leave
            # pipeline mode): closed, the pool drops it when it comes back.
            pgconn.finish()
            raise
        pgconn.exit_pipeline_mode()
        for at, key, prepare, name in sent:
            if key is not None:  # first seen: kept for counting, or not, by how it ran
                prepared.validate(key, prepare, name, results[at])
        if not any(_failed(answer) for answer in results):  # as psycopg: none in a failed transaction
            await driver.wait(prepared.maintain_gen(driver))  # statements the manager evicted
    return results, [at for at, *_ in sent]


def _failed(answer: list[Any]) -> bool:
    return bool(answer) and answer[0].status == pq.ExecStatus.FATAL_ERROR


def _sent_and_read(pgconn: Any) -> Generator[Any, Any, list[list[Any]]]:
    """Every statement's results, up to the Sync's."""
    yield from generators.send(pgconn)
    results = []
    while True:
        answer = yield from generators.fetch_many(pgconn)
        if answer and answer[0].status == pq.ExecStatus.PIPELINE_SYNC:
            return results
        results.append(answer)


def _outcome(adapt: Any, answer: list[Any]) -> Outcome:
    result = answer[-1]
    if result.status != pq.ExecStatus.TUPLES_OK:
        return Outcome(result.command_tuples if result.command_tuples is not None else -1, [])
    adapt.set_pgresult(result)
    return Outcome(result.command_tuples or 0, adapt.load_rows(0, result.ntuples, tuple))


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
