"""Several statements in one round trip: psycopg's pipeline mode on PostgreSQL, one after
another elsewhere (SQLite runs in-process, where a statement costs no round trip).

For the end of a ledger write, whose statements take the row locks every writer of a user
queues on: sent together, those locks are held for one round trip and the COMMIT instead of
one round trip per statement. Statements are SQLAlchemy Core constructs without expanding
(IN-list) parameters, compiled once per dialect; each still runs as its own statement, in
order, so a later one sees what an earlier one changed."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, exc
from sqlalchemy.orm import Session
from sqlalchemy.sql.compiler import Compiled
from sqlalchemy.sql.expression import Executable
from sqlalchemy.util import await_only

Step = tuple[Executable, dict[str, Any]]


_AT_COMMIT = "pipeline_at_commit"


def at_commit(session: Session, step: Step, check: Callable[[Outcome], None] | None = None) -> None:
    """Runs `step` with the statements that end the session's write (server/ledger_version.py),
    then `check` on its outcome, which may raise to roll the write back."""
    session.info.setdefault(_AT_COMMIT, []).append((step, check))


def pending(info: dict[str, Any]) -> list[tuple[Step, Callable[[Outcome], None] | None]]:
    """The steps (and their checks) noted for the commit of a session (`info`), forgotten there."""
    noted: list[tuple[Step, Callable[[Outcome], None] | None]] = info.pop(_AT_COMMIT, [])
    return noted


@dataclass(frozen=True)
class Outcome:
    rowcount: int
    rows: list[tuple[Any, ...]]


def run(connection: Connection, steps: Sequence[Step]) -> list[Outcome]:
    if not steps:
        return []
    if connection.dialect.name != "postgresql":
        outcomes = []
        for statement, params in steps:
            result = connection.execute(statement, params)
            rows = [tuple(row) for row in result] if result.returns_rows else []
            outcomes.append(Outcome(result.rowcount, rows))
        return outcomes
    queries = [_driver_query(connection, statement, params) for statement, params in steps]
    driver = connection.connection.driver_connection
    try:
        return await_only(_pipelined(driver, queries))
    except connection.dialect.loaded_dbapi.Error as error:
        sql, params = queries[0]
        raise exc.DBAPIError.instance(
            sql, params, error, connection.dialect.loaded_dbapi.Error, dialect=connection.dialect
        ) from error


async def _pipelined(driver: Any, queries: list[tuple[str, dict[str, Any]]]) -> list[Outcome]:
    cursors = []
    async with driver.pipeline() as pipeline:
        for sql, params in queries:
            cursor = driver.cursor()
            await cursor.execute(sql, params)
            cursors.append(cursor)
        await pipeline.sync()
    outcomes = []
    for cursor in cursors:
        rows = [tuple(row) for row in await cursor.fetchall()] if cursor.description else []
        outcomes.append(Outcome(cursor.rowcount, rows))
        await cursor.close()
    return outcomes


_compiled: dict[tuple[int, str], tuple[Executable, Compiled]] = {}


def _driver_query(
    connection: Connection, statement: Executable, params: dict[str, Any]
) -> tuple[str, dict[str, Any]]:
    """The statement's SQL for the driver, and its parameters as the driver takes them."""
    key = (id(statement), connection.dialect.name)
    cached = _compiled.get(key)
    if cached is None or cached[0] is not statement:
        cached = _compiled[key] = (statement, statement.compile(dialect=connection.dialect))  # type: ignore[attr-defined]
    compiled = cached[1]
    values = compiled.construct_params(params)
    processors = compiled._bind_processors  # type conversions, e.g. UtcDateTime
    return compiled.string, {
        name: processors[name](value) if name in processors else value for name, value in values.items()
    }
