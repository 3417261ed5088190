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


def test_psycopgs_pipeline_still_has_what_the_batched_pipeline_stands_in_for(server: ServerProcess) -> None:
    """server/db/pipeline.py sends a write's statements in one round trip by standing in for
    psycopg pipeline internals, and quietly runs psycopg's own way where they are missing: a
    psycopg that renamed them would make every write slower with nothing else failing."""
    if server.backend.name != "postgres":
        pytest.skip("the pipeline is PostgreSQL's")
    import psycopg

    from server.db import pipeline

    async def missing() -> list[str]:
        conn = await psycopg.AsyncConnection.connect(server.backend.sync_db_url.replace("+psycopg", ""))
        try:
            connection_names, cursor_names = pipeline._QUEUE_INTERNALS
            cursor = conn.cursor()
            async with conn.pipeline() as batch:
                return [
                    *(name for name in pipeline._PIPELINE_INTERNALS if not hasattr(batch, name)),
                    *(name for name in connection_names if not hasattr(conn, name)),
                    *(name for name in cursor_names if not hasattr(cursor, name)),
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
