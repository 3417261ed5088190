"""Ledger benchmark (not a test): one user with 1,000,000 transactions on PostgreSQL.

Reports, measured side by side in one run:
  - ListTransactions latency of page 1 and page 1,000 (50 rows a page) and their ratio
    (keyset pagination target: below 1.5);
  - CreateTransaction throughput at 32 concurrent clients, as a ratio of a bare grpc.aio
    echo server's throughput under the same client on the same machine.

    python -m bench.ledger [--rows 1000000] [--seconds 10]
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import time
import uuid

import grpc
import psycopg

from bench import harness
from rupaya.v1 import (
    common_pb2,
    transactions_pb2_grpc,
)
from rupaya.v1 import transactions_pb2 as tx
from tests.ledger import GROCERIES, day
from tests.servers import Backend

CONCURRENCY = 32


def seed(backend: Backend, user_id: str, account_id: str, rows: int) -> None:
    """Bulk-insert `rows` expenses over five years straight in SQL (an RPC each would take
    hours), and move the balance by their sum so the ledger invariant still holds."""
    url = backend.sync_db_url.replace("postgresql+psycopg://", "postgresql://")
    with psycopg.connect(url, autocommit=True) as conn:
        conn.execute(
            """
            INSERT INTO transactions (id, user_id, kind, account_id, amount_minor, currency_code,
                category_id, occurred_on, payee, description, notes, version, created_at, updated_at)
            SELECT gen_random_uuid(), %(user)s, 2, %(account)s, 100 + (g %% 5000), 'INR',
                %(category)s, DATE '2021-11-27' + (g %% 1826), 'Payee ' || (g %% 500), 'seeded', '', 1, now(), now()
            FROM generate_series(1, %(rows)s) AS g
            """,
            {"user": user_id, "account": account_id, "category": GROCERIES, "rows": rows},
        )
        conn.execute(
            "UPDATE accounts SET current_balance_minor = opening_balance_minor - "
            "(SELECT sum(amount_minor) FROM transactions WHERE account_id = %(a)s) WHERE id = %(a)s",
            {"a": account_id},
        )
        conn.execute("VACUUM ANALYZE transactions")


def timed_calls(call: object, request: object, metadata: list[tuple[str, str]], n: int) -> list[float]:
    samples = []
    for _ in range(n):
        started = time.perf_counter()
        call(request, metadata=metadata)  # type: ignore[operator]
        samples.append((time.perf_counter() - started) * 1000)
    return samples


async def throughput(target: str, make_call: object, seconds: float) -> float:
    """Calls per second from CONCURRENCY concurrent callers on one aio channel."""
    async with grpc.aio.insecure_channel(target) as channel:
        call = make_call(channel)  # type: ignore[operator]
        await call()
        done = 0
        deadline = time.perf_counter() + seconds

        async def worker() -> None:
            nonlocal done
            while time.perf_counter() < deadline:
                await call()
                done += 1

        started = time.perf_counter()
        await asyncio.gather(*(worker() for _ in range(CONCURRENCY)))
        return done / (time.perf_counter() - started)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--seconds", type=float, default=10.0)
    args = parser.parse_args()
    with harness.running() as bench:
        run(bench, args)


def run(bench: harness.Bench, args: argparse.Namespace) -> None:
    backend, server, channel, md, account = (
        bench.backend,
        bench.server,
        bench.channel,
        bench.metadata,
        bench.account,
    )
    started = time.perf_counter()
    print(f"seeding {args.rows:,} transactions ...", flush=True)
    seed(backend, bench.user_id, account.id, args.rows)
    print(f"seeded in {time.perf_counter() - started:.1f} s", flush=True)

    stub = transactions_pb2_grpc.TransactionServiceStub(channel)
    first = tx.ListTransactionsRequest(page_size=50)
    token = ""
    for page in range(999):
        token = stub.ListTransactions(
            tx.ListTransactionsRequest(page_size=50, page_token=token), metadata=md
        ).next_page_token
        if page % 200 == 199:
            print(f"  walked {page + 1} pages", flush=True)
    thousandth = tx.ListTransactionsRequest(page_size=50, page_token=token)
    page1, page1000 = [], []
    for _ in range(5):  # interleaved rounds, so machine noise hits both alike
        page1 += timed_calls(stub.ListTransactions, first, md, 20)
        page1000 += timed_calls(stub.ListTransactions, thousandth, md, 20)
    p1, p1000 = statistics.median(page1), statistics.median(page1000)

    def create_call(ch: grpc.aio.Channel) -> object:
        create = transactions_pb2_grpc.TransactionServiceStub(ch).CreateTransaction

        async def call() -> None:
            await create(
                tx.CreateTransactionRequest(
                    request_id=str(uuid.uuid4()),
                    kind=tx.TRANSACTION_KIND_EXPENSE,
                    account_id=account.id,
                    amount=common_pb2.Money(amount_minor=1234, currency_code="INR"),
                    category_id=GROCERIES,
                    occurred_on=day("2026-11-27"),
                ),
                metadata=md,
            )

        return call

    def echo_call(ch: grpc.aio.Channel) -> object:
        method = ch.unary_unary("/bench.Echo/Echo")
        payload = b"x" * 120

        async def call() -> None:
            await method(payload)

        return call

    echo_rps = asyncio.run(throughput(f"127.0.0.1:{bench.echo_port}", echo_call, args.seconds))
    create_rps = asyncio.run(throughput(server.target, create_call, args.seconds))
    check = backend.check_ledger()
    print()
    print(f"rows: {args.rows:,} transactions for one user (PostgreSQL), page size 50")
    print(f"ListTransactions page 1     median {p1:7.2f} ms")
    print(
        f"ListTransactions page 1,000 median {p1000:7.2f} ms   ratio page1000/page1 = {p1000 / p1:.2f} (target < 1.5)"
    )
    print(f"echo (bare grpc.aio)        {echo_rps:8.0f} calls/s at {CONCURRENCY} concurrent")
    print(
        f"CreateTransaction           {create_rps:8.0f} calls/s at {CONCURRENCY} concurrent   ratio to echo = {create_rps / echo_rps:.3f}"
    )
    print(f"ledger invariant after the run: {check.stdout.strip().splitlines()[-1]}")


if __name__ == "__main__":
    main()
