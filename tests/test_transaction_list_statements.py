"""How many SQL statements a ListTransactions page costs: the service runs in-process on the
test server's (migrated) database; what reaches PostgreSQL is read on the wire by a proxy
(bench/statements.py: hot reads run on the driver's connection, past SQLAlchemy's events), and
on SQLite the engine's events count what reaches the driver.
A page is one statement (its rows with their split lines and tags, and the user's ledger
version it is cached under); the same page asked again is stored in the reply cache, and from
then on it is the version alone."""

from __future__ import annotations

import asyncio
import uuid

from sqlalchemy import event

from bench.statements import CountingProxy
from rupaya.v1 import transactions_pb2 as tx
from server import context, pagination
from server.config import normalize_database_url
from server.db.engine import Database
from server.reply_cache import BoundedLocalCache, ReplyCache
from server.transactions.service import TransactionService
from tests.ledger import DINING, GROCERIES, day, expense_request, money, open_account, record
from tests.servers import Connection, ServerProcess


def test_a_page_with_split_lines_and_tags_is_read_in_one_statement(
    server: ServerProcess, conn: Connection
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=100_000)
    for i in range(6):
        request = expense_request(account, 900, category_id="", occurred_on=day(f"2026-05-0{1 + i}"))
        request.splits.extend(
            [
                tx.SplitLine(category_id=DINING, amount=money(400)),
                tx.SplitLine(category_id=GROCERIES, amount=money(500)),
            ]
        )
        request.tags.extend(["one", "two", "three"])
        record(client, request)
    statements: list[str] = []
    url = normalize_database_url(server.backend.sync_db_url)
    proxy = None
    if server.backend.name == "postgres":
        proxy = CountingProxy("127.0.0.1", 5432, record=True)
        url = url.replace("127.0.0.1:5432/", f"127.0.0.1:{proxy.port}/")

    def taken() -> list[str]:
        return proxy.take_texts() if proxy is not None else statements

    async def run() -> list[tuple[tx.ListTransactionsResponse, list[str], list[str]]]:
        db = Database(
            url, prepared_statements=proxy is None
        )  # unprepared: every statement's text on the wire
        event.listen(db.engine.sync_engine, "before_cursor_execute", lambda *a: statements.append(a[2]))
        pagination.install(pagination.PageTokens(b"k" * 32, 60))
        context.set_principal(context.Principal(uuid.UUID(client.user_id), uuid.uuid4()))
        replies = ReplyCache(BoundedLocalCache(1 << 20), 60)
        service = TransactionService(db, idempotency=None, replies=replies)  # type: ignore[arg-type]

        async def list_(request: tx.ListTransactionsRequest) -> tuple[tx.ListTransactionsResponse, list[str]]:
            taken().clear()
            reply = await service.ListTransactions(request, None)  # type: ignore[arg-type]
            return tx.ListTransactionsResponse.FromString(reply), list(taken())

        pages = []
        try:
            await list_(tx.ListTransactionsRequest(page_size=1))  # connects
            token = ""
            for _ in range(2):
                page, read = await list_(tx.ListTransactionsRequest(page_size=4, page_token=token))
                again, stored = await list_(tx.ListTransactionsRequest(page_size=4, page_token=token))
                third, cached = await list_(tx.ListTransactionsRequest(page_size=4, page_token=token))
                assert again == page and third == page and len(stored) == 1, stored
                pages.append((page, read, cached))
                token = page.next_page_token
            return pages
        finally:
            await db.close()

    (first, first_statements, first_cached), (second, second_statements, second_cached) = asyncio.run(run())
    assert len(first.transactions) == 4 and len(second.transactions) == 2
    listed = [*first.transactions, *second.transactions]
    assert all(len(t.splits) == 2 and list(t.tags) == ["one", "three", "two"] for t in listed)
    assert len(first_statements) == 1, first_statements
    assert len(second_statements) == 1, second_statements
    for cached in (first_cached, second_cached):
        assert len(cached) == 1 and "transaction" not in cached[0].replace("ledger_versions", ""), cached
