"""What Database.read() and Database.snapshot() promise while another connection writes."""

from __future__ import annotations

import asyncio
import uuid

import pytest
import sqlalchemy
from sqlalchemy import text

from server.config import normalize_database_url
from server.db.engine import Database
from tests.servers import Backend, ServerProcess


@pytest.fixture
def probe_table(server: ServerProcess) -> tuple[Backend, sqlalchemy.Engine, str]:
    """A throw-away table in the server's (migrated) database, and a second writer for it."""
    backend = server.backend
    other = sqlalchemy.create_engine(
        backend.sync_db_url, connect_args={"timeout": 0.3} if "sqlite" in backend.sync_db_url else {}
    )
    table = f"probe_{uuid.uuid4().hex[:8]}"
    with other.begin() as c:
        c.execute(text(f"CREATE TABLE {table} (n INTEGER)"))
    yield backend, other, table
    with other.begin() as c:
        c.execute(text(f"DROP TABLE {table}"))
    other.dispose()


def _insert(other: sqlalchemy.Engine, table: str) -> None:
    with other.begin() as c:
        c.execute(text(f"INSERT INTO {table} (n) VALUES (1)"))


def test_snapshot_statements_agree_and_read_statements_see_each_commit(
    probe_table: tuple[Backend, sqlalchemy.Engine, str],
) -> None:
    backend, other, table = probe_table
    count = text(f"SELECT count(*) FROM {table}")

    async def run() -> None:
        db = Database(normalize_database_url(backend.sync_db_url))
        try:
            async with db.snapshot() as s:
                before = await s.scalar(count)
                # Commits between the snapshot's two statements: on SQLite too, where the
                # snapshot is a deferred (read) transaction and takes no write lock.
                _insert(other, table)
                assert await s.scalar(count) == before
            async with db.read() as s:
                before = await s.scalar(count)
                _insert(other, table)  # a read holds no lock and no snapshot
                assert await s.scalar(count) == before + 1
        finally:
            await db.close()

    asyncio.run(run())


def test_read_connection_sees_each_commit_and_gives_its_connection_back_transactional(
    probe_table: tuple[Backend, sqlalchemy.Engine, str],
) -> None:
    """Database.read_connection (the list's bare connection) reads in autocommit, as read()
    does, and the pooled connection it gives back still rolls a failed write back."""
    backend, other, table = probe_table
    count = text(f"SELECT count(*) FROM {table}")

    async def run() -> None:
        db = Database(normalize_database_url(backend.sync_db_url))
        try:
            async with db.read_connection() as c:
                before = await c.scalar(count)
                _insert(other, table)
                assert await c.scalar(count) == before + 1
            with pytest.raises(RuntimeError):
                async with db.transaction() as s:
                    await s.execute(text(f"INSERT INTO {table} (n) VALUES (2)"))
                    raise RuntimeError("rolled back")
            async with db.read_connection() as c:
                assert await c.scalar(count) == before + 1
        finally:
            await db.close()

    asyncio.run(run())


def test_psycopg_still_has_what_the_one_round_trip_batch_uses(server: ServerProcess) -> None:
    """server/db/pipeline.py sends a write's statements in one round trip through libpq's
    pipeline mode and psycopg internals (its query conversion, its generators), and quietly
    runs them one round trip each where those are missing: a psycopg that renamed them would
    make every write slower with nothing else failing."""
    if server.backend.name != "postgres":
        pytest.skip("the pipeline is PostgreSQL's")
    import psycopg

    from server.db import pipeline

    async def missing() -> list[str]:
        conn = await psycopg.AsyncConnection.connect(server.backend.sync_db_url.replace("+psycopg", ""))
        try:
            return [
                *([f"one of {pipeline._INTERNALS} or PostgresQuery"] if not pipeline.batches(conn) else []),
                *(
                    name
                    for name in (
                        "enter_pipeline_mode",
                        "send_prepare",
                        "send_query_prepared",
                        "pipeline_sync",
                    )
                    if not hasattr(conn.pgconn, name)
                ),
            ]
        finally:
            await conn.close()

    assert asyncio.run(missing()) == []


def test_pipelined_parameters_are_what_sqlalchemy_would_bind() -> None:
    """server/db/bind.py reads a compiled statement's bind parameters once, from attributes
    SQLAlchemy keeps on it: if they went missing every write would quietly fall back to the
    slower path; if they changed meaning, the values would differ from SQLAlchemy's."""
    import datetime as dt

    from sqlalchemy.dialects import postgresql

    from server.db import bind
    from server.db.tables import Transaction
    from server.transactions import repository

    compiled = repository._INSERT_TRANSACTION.compile(dialect=postgresql.dialect())
    assert [name for name in bind._COMPILED_INTERNALS if not hasattr(compiled, name)] == []
    assert bind._binds(compiled) is not None
    given = {c.key: None for c in Transaction.__table__.columns}
    given.update(id=uuid.uuid4(), created_at=dt.datetime.now(dt.UTC), payee="Bench Mart")
    processors = compiled._bind_processors
    expected = {
        name: processors[name](value) if name in processors else value
        for name, value in compiled.construct_params(given).items()
    }
    assert bind.driver_params(compiled, given) == expected
    with pytest.raises(sqlalchemy.exc.InvalidRequestError):
        bind.driver_params(sqlalchemy.select(sqlalchemy.bindparam("b_required")).compile(), {})


def test_a_write_batch_cancelled_midway_runs_to_its_end_and_its_connection_serves_on(
    probe_table: tuple[Backend, sqlalchemy.Engine, str],
) -> None:
    """server/db/pipeline.py sends a batch and reads every answer in one exchange, shielded: a
    call cancelled meanwhile (its client gone) must neither leave answers unread on a pooled
    connection nor throw the connection away; its write rolls back as any failed write does."""
    backend, _other, table = probe_table
    if backend.name != "postgres":
        pytest.skip("the one-round-trip batch is PostgreSQL's")
    from sqlalchemy import event

    from server.db import pipeline

    slow = pipeline.Step(text(f"INSERT INTO {table} (n) SELECT 7 FROM pg_sleep(0.3)"))
    quick = pipeline.Step(text(f"INSERT INTO {table} (n) VALUES (1)"))
    count = text(f"SELECT count(*) FILTER (WHERE n = 7), count(*) FILTER (WHERE n = 1) FROM {table}")

    async def run() -> None:
        db = Database(normalize_database_url(backend.sync_db_url))
        invalidated: list[object] = []
        event.listen(db.engine.sync_engine.pool, "invalidate", lambda *args: invalidated.append(args))
        try:

            async def write(step: pipeline.Step) -> None:
                async with db.transaction() as s:
                    await s.run_sync(lambda session: pipeline.run(session.connection(), [step]))

            cancelled = asyncio.create_task(write(slow))
            await asyncio.sleep(0.1)  # the batch is on the wire, PostgreSQL sleeping in it
            cancelled.cancel()
            with pytest.raises(asyncio.CancelledError):
                await cancelled
            for _ in range(25):  # more than the pool's 20: the cancelled call's connection among them
                await write(quick)
            async with db.read() as s:
                assert tuple((await s.execute(count)).one()) == (0, 25)
            assert invalidated == []
        finally:
            await db.close()

    asyncio.run(run())


def test_a_batch_that_begins_the_transaction_keeps_the_sessions_isolation_level(
    server: ServerProcess,
) -> None:
    """The batch sends the transaction's BEGIN itself (server/db/pipeline.py): a snapshot's must
    still be REPEATABLE READ and a write's the default, READ COMMITTED."""
    if server.backend.name != "postgres":
        pytest.skip("the one-round-trip batch is PostgreSQL's")
    from server.db import pipeline

    isolation = pipeline.Step(text("SELECT current_setting('transaction_isolation')"))

    async def run() -> list[str]:
        db = Database(normalize_database_url(server.backend.sync_db_url))
        seen = []
        try:
            for opens in (Database.snapshot, Database.transaction, Database.snapshot, Database.transaction):
                async with opens(db) as s:
                    outcome = await s.run_sync(
                        lambda session: pipeline.run(session.connection(), [isolation])
                    )
                    seen.append(outcome[0].rows[0][0])
            return seen
        finally:
            await db.close()

    assert asyncio.run(run()) == ["repeatable read", "read committed"] * 2
