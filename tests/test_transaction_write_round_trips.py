"""How many round trips a CreateTransaction makes to PostgreSQL, read on the wire by a proxy
(bench/statements.py) in front of the test server's (migrated) database, the service running
in-process: two (the reads that check it, pipelined with its BEGIN; then its writes with the
COMMIT: server/db/pipeline.py), on whatever connection of the pool it gets."""

from __future__ import annotations

import asyncio
import datetime as dt
import uuid

import pytest
from sqlalchemy import text

from bench.statements import CountingProxy
from server import context, ledger_version
from server.config import normalize_database_url
from server.db.engine import Database
from server.idempotency import Idempotency
from server.reply_cache import BoundedLocalCache, ReplyCache
from server.transactions.service import TransactionService
from tests.ledger import expense_request, open_account
from tests.servers import Connection, ServerProcess


def test_a_create_reaches_postgresql_in_two_round_trips_on_every_pooled_connection(
    server: ServerProcess, conn: Connection
) -> None:
    if server.backend.name != "postgres":
        pytest.skip("round trips are PostgreSQL's (SQLite runs in-process)")
    client = conn.client().sign_up()
    account = open_account(client, balance=100_000)
    proxy = CountingProxy("127.0.0.1", 5432)
    url = normalize_database_url(server.backend.sync_db_url).replace(
        "127.0.0.1:5432/", f"127.0.0.1:{proxy.port}/"
    )

    async def run() -> list[int]:
        ledger_version.install()
        db = Database(url)
        context.set_principal(context.Principal(uuid.UUID(client.user_id), uuid.uuid4()))
        replies = ReplyCache(BoundedLocalCache(1 << 20), 60)
        service = TransactionService(db, Idempotency(db, dt.timedelta(days=1)), replies)

        async def reads() -> None:
            # Reads in autocommit and in a snapshot first: each leaves an isolation level set on
            # its driver connection (SQLAlchemy sets it back to the default, by name, on return),
            # which the write's BEGIN must state as psycopg's own would.
            async with db.read() as s:
                await s.execute(text("SELECT 1"))
            async with db.snapshot() as s:
                await s.execute(text("SELECT 1"))

        try:
            await asyncio.gather(*(reads() for _ in range(20)))  # every connection of the pool
            trips = []
            for _ in range(25):  # sequential calls rotate through the pool's connections
                before = proxy.snapshot()
                await service.CreateTransaction(expense_request(account, 100), None)  # type: ignore[arg-type]
                trips.append((proxy.snapshot() - before).round_trips)
            return trips
        finally:
            await db.close()

    assert asyncio.run(run()) == [2] * 25
