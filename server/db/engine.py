"""Async engine and transactions for PostgreSQL (psycopg) or the embedded SQLite file."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable, Iterable
from contextlib import AbstractAsyncContextManager
from typing import Any, Protocol, TypeVar

from sqlalchemy import event, text
from sqlalchemy.ext.asyncio import (
    AsyncConnection,
    AsyncEngine,
    AsyncSession,
    async_sessionmaker,
    create_async_engine,
)
from sqlalchemy.orm import Session

from server.ids import uuid7

T = TypeVar("T")
S = TypeVar("S", AsyncSession, AsyncConnection)
# How a block of reads opens its database: Database.read, .snapshot or .read_connection.
Opens = Callable[["Database"], AbstractAsyncContextManager[S]]
# session.info key: the users whose ledger a write changed (server/ledger_version.py), whose
# next reads must see it (read-your-writes with a read replica, server/db/replica.py).
_WROTE = "rupaya_wrote_users"

# Execution option of snapshot(): a read-only transaction, begun without the write lock.
_SQLITE_READ_ONLY = "rupaya_sqlite_read_only"


def note_writers(session: Session, users: Iterable[uuid.UUID]) -> None:
    """The users whose ledger the session's write changes: once it commits, their reads stay
    on the primary until a read replica surely has the write."""
    session.info.setdefault(_WROTE, set()).update(users)


class ReadRouting(Protocol):
    """Where a user's reads go when a read replica is configured (server/db/replica.py)."""

    async def wrote(self, users: Iterable[uuid.UUID]) -> None: ...

    async def run(
        self,
        user_id: uuid.UUID,
        body: Callable[[S], Awaitable[T]],
        opens: Opens[S],
        primary: Database,
    ) -> tuple[T, bool]: ...

    async def close(self) -> None: ...


class Database:
    def __init__(
        self, url: str, *, prepared_statements: bool = True, connect_timeout_s: int | None = None
    ) -> None:
        """`prepared_statements=False`: psycopg never prepares a statement on the server, for a
        pooler that hands each transaction another server connection without them
        (RUPAYA_DATABASE_PREPARED_STATEMENTS). `connect_timeout_s`: how long a new connection
        may take (PostgreSQL only; a read replica's, so a replica away fails fast)."""
        self.url = url
        self.engine: AsyncEngine = create_async_engine(
            url, **_engine_options(url, prepared_statements, connect_timeout_s)
        )
        # The read replica some user reads may go to (RUPAYA_DATABASE_READ_URL), else None.
        self.replica: ReadRouting | None = None
        if url.startswith("sqlite"):
            _serialize_sqlite_writers(self.engine)
        self._sessions = async_sessionmaker(self.engine, expire_on_commit=False)
        # Same pool; the connection is in autocommit while it serves a read() block.
        self._autocommit = self.engine.execution_options(isolation_level="AUTOCOMMIT")
        self._reads = async_sessionmaker(self._autocommit, expire_on_commit=False)
        # On SQLite a deferred BEGIN is one snapshot already (WAL): it needs no write lock, so a
        # dashboard neither waits for writers nor makes them wait.
        self._snapshots = async_sessionmaker(
            self.engine.execution_options(isolation_level="REPEATABLE READ")
            if self.engine.dialect.name == "postgresql"
            else self.engine.execution_options(**{_SQLITE_READ_ONLY: True}),
            expire_on_commit=False,
        )

    @contextlib.asynccontextmanager
    async def transaction(self) -> AsyncIterator[AsyncSession]:
        """One database transaction: committed on success, rolled back on any error."""
        async with _session(self._sessions, begin=True) as session:
            yield session
        if self.replica is not None:  # committed: the writers' next reads stay on the primary
            # Shielded as the commit is: a call cancelled now has still written.
            await asyncio.shield(self.replica.wrote(session.info.pop(_WROTE, ())))

    @contextlib.asynccontextmanager
    async def read(self) -> AsyncIterator[AsyncSession]:
        """Reads that need no transaction around them: one statement, or several where each
        may see its own snapshot. In autocommit there is no BEGIN/COMMIT round trip on
        PostgreSQL and no write lock taken on SQLite, so the hot reads of every call (lists,
        gets, the analytics cache version) stay cheap. Never write through it."""
        async with _session(self._reads, begin=False) as session:
            yield session

    @contextlib.asynccontextmanager
    async def read_connection(self) -> AsyncIterator[AsyncConnection]:
        """read()'s connection with no session around it, for the hottest reads, whose
        statements run on the driver (server/db/driver.py): the session's transaction
        bookkeeping, connection proxy and close cost more CPU than the statement's own
        Python (in-process ~85 µs a call, a quarter of a one-row read). Closed shielded, as a
        session is (see _session)."""
        connection = await self._autocommit.connect().start()
        try:
            yield connection
        finally:
            await asyncio.shield(connection.close())

    @contextlib.asynccontextmanager
    async def snapshot(self) -> AsyncIterator[AsyncSession]:
        """Reads that must agree with each other (a dashboard's current and previous period,
        a report's totals and its rows): every statement sees the same committed state. On
        PostgreSQL a REPEATABLE READ transaction, where READ COMMITTED would give each
        statement its own snapshot and a write landing between them could be half counted."""
        async with _session(self._snapshots, begin=True) as session:
            yield session

    def reads_for(self, user_id: uuid.UUID) -> Reads:
        """Reads of `user_id`'s ledger that may go to the read replica (lists, analytics),
        when one is configured and has the user's last write (server/db/replica.py)."""
        return Reads(self, user_id)

    async def ping(self) -> None:
        async with self.engine.connect() as conn:
            await conn.execute(text("SELECT 1"))

    async def close(self) -> None:
        if self.replica is not None:
            await self.replica.close()
        await self.engine.dispose()


class Reads:
    """One call's reads of a user's ledger, all on one server: the replica while it serves
    them, the primary from the first read it does not (never back). So a version read first
    (the key of a cached reply) is never newer than the figures read after it."""

    def __init__(self, db: Database, user_id: uuid.UUID) -> None:
        self._db = db
        self._user_id = user_id
        self._on_primary = db.replica is None

    async def run(self, body: Callable[[AsyncSession], Awaitable[T]], *, snapshot: bool = False) -> T:
        """`body`'s result, read in autocommit (`snapshot`: in one REPEATABLE READ snapshot).
        `body` only reads: it may run twice, the second time on the primary."""
        return await self._run(body, Database.snapshot if snapshot else Database.read)

    async def run_on_connection(self, body: Callable[[AsyncConnection], Awaitable[T]]) -> T:
        """run()'s, on a bare connection in autocommit (Database.read_connection)."""
        return await self._run(body, Database.read_connection)

    async def _run(self, body: Callable[[S], Awaitable[T]], opens: Opens[S]) -> T:
        replica = self._db.replica
        if replica is None or self._on_primary:
            async with opens(self._db) as s:
                return await body(s)
        result, self._on_primary = await replica.run(self._user_id, body, opens, self._db)
        return result


@contextlib.asynccontextmanager
async def _session(sessions: async_sessionmaker[AsyncSession], *, begin: bool) -> AsyncIterator[AsyncSession]:
    """A session (in a transaction when `begin`: committed on success, rolled back on any
    error) whose end cannot be interrupted. A call cancelled while its transaction ends or its
    connection is reset (the client went away, its deadline passed) would otherwise stop that
    work half-way: SQLAlchemy logs an error with a traceback for the client's doing and throws
    the connection away. Shielded, the end runs to completion although the call is over."""
    session = sessions()
    finished = False
    try:
        if begin:
            # No connection is taken yet (that waits for the first statement): nothing to
            # await, so no greenlet is spawned for it as AsyncSession.begin() would.
            session.sync_session.begin()
        yield session
        finished = True
    finally:
        await asyncio.shield(_end(session, commit=begin and finished))


async def _end(session: AsyncSession, *, commit: bool) -> None:
    try:
        if commit:
            await session.commit()
    finally:
        if session.sync_session.in_transaction():
            await session.close()  # rolls back whatever was not committed, returns the connection
        else:  # committed: the connection is back in the pool, closing awaits nothing
            session.sync_session.close()


def _engine_options(url: str, prepared_statements: bool, connect_timeout_s: int | None) -> dict[str, Any]:
    if url.startswith("sqlite"):
        # A writer waits up to 30 s for another one instead of failing at once.
        return {"connect_args": {"timeout": 30}}
    # No pre-ping: it would cost a round trip on every checkout. A connection found dead
    # (PostgreSQL restarted) fails its call with UNAVAILABLE and SQLAlchemy then discards
    # every pooled connection older than it, so the calls after it reconnect.
    # Up to 20 connections per process, all kept open: an overflow connection (beyond
    # pool_size) is closed when it comes back, so a burst above the pool size would open a new
    # PostgreSQL connection (a backend process) for a share of its calls; at 32 concurrent
    # lists with 10 + 10 overflow, one call in ten did. Calls beyond 20 wait for a connection.
    connect: dict[str, Any] = {}
    if not prepared_statements:
        # psycopg prepares a statement (by name, on the server connection) once it has run 5
        # times; a transaction pooler may run the next one on a connection without it.
        connect["prepare_threshold"] = None
    if connect_timeout_s is not None:
        connect["connect_timeout"] = connect_timeout_s
    return {"pool_size": 20, "max_overflow": 0, "connect_args": connect}


def _uuid7_hex() -> str:
    return uuid7().hex  # how a UUID column stores it on SQLite


def _serialize_sqlite_writers(engine: AsyncEngine) -> None:
    """SQLite upgrades a read lock to a write lock lazily and then fails with "database is
    locked" under concurrency; taking the write lock up front (BEGIN IMMEDIATE) makes
    concurrent transactions queue instead. WAL lets readers in other processes proceed."""

    @event.listens_for(engine.sync_engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.close()
        # What migration 0015 creates on PostgreSQL: ids made by a statement (budget alerts).
        dbapi_connection.create_function("rupaya_uuid7", 0, _uuid7_hex)

    @event.listens_for(engine.sync_engine, "begin")
    def _on_begin(conn: Any) -> None:
        options = conn.get_execution_options()
        if options.get("isolation_level") == "AUTOCOMMIT":  # read(): no transaction, no lock
            return
        conn.exec_driver_sql("BEGIN" if options.get(_SQLITE_READ_ONLY) else "BEGIN IMMEDIATE")
