"""ListTransactions, newest 50 of an account (split lines and tags on some), on PostgreSQL +
Redis (not a test): the server's CPU per call at 1 and 32 callers, calls/s, and the ratio to
a bare grpc.aio echo server driven the same way just before.

CPU per call (utime + stime of the server process from /proc over the calls) is the figure to
compare between versions on a shared, noisy machine; calls/s moves with the load. The user is
seeded as `make bench` seeds its busy user: 14,000 transactions over a year.

    python -m bench.list_cpu [--calls 400] [--seconds 3] [--rounds 3] [--py-spy]
"""

from __future__ import annotations

import argparse
import os
import statistics

import grpc
import psycopg

from bench import everyday, harness, load
from rupaya.v1 import transactions_pb2 as tx
from rupaya.v1 import transactions_pb2_grpc


def seed(bench: harness.Bench) -> None:
    user = everyday.BenchUser(bench.user_id, "", bench.account.id)
    with psycopg.connect(harness.psycopg_url(bench.backend), autocommit=True) as conn:
        everyday.seed_year(conn, user, everyday.LEDGER_ROWS)
        everyday.follow_balances(conn, [user.account_id])
        for table in ("transactions", "transaction_splits", "transaction_tags"):
            conn.execute(f"VACUUM ANALYZE {table}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=400, help="calls per round at 1 caller")
    parser.add_argument("--seconds", type=float, default=3.0, help="per round at 32 callers")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--py-spy", action="store_true", help="then profile the server at 32 callers")
    args = parser.parse_args()
    with harness.running() as bench:
        seed(bench)
        request = tx.ListTransactionsRequest(page_size=50, account_id=bench.account.id)
        stub = transactions_pb2_grpc.TransactionServiceStub(bench.channel)
        page = stub.ListTransactions(request, metadata=bench.metadata)
        assert len(page.transactions) == 50 and any(t.splits for t in page.transactions)
        echo = grpc.insecure_channel(f"127.0.0.1:{bench.echo_port}").unary_unary("/bench.Echo/Echo")
        echo_target = f"127.0.0.1:{bench.echo_port}"

        def make(channel: grpc.aio.Channel) -> load.Call:
            aio_stub = transactions_pb2_grpc.TransactionServiceStub(channel)
            return lambda: aio_stub.ListTransactions(request, metadata=bench.metadata)

        harness.per_s(lambda: stub.ListTransactions(request, metadata=bench.metadata), 50)  # warm
        pid = bench.server.process.pid
        figures: dict[str, list[float]] = {}
        for _ in range(args.rounds):  # alternating, so both see the same load
            figures.setdefault("1 caller: echo calls/s", []).append(
                harness.per_s(lambda: echo(b"x" * 120), args.calls)
            )
            before = harness.cpu_s(pid)
            rate = harness.per_s(lambda: stub.ListTransactions(request, metadata=bench.metadata), args.calls)
            figures.setdefault("1 caller: lists/s", []).append(rate)
            figures.setdefault("1 caller: server CPU ms/call", []).append(
                (harness.cpu_s(pid) - before) / args.calls * 1000
            )
            echo_run = load.drive(echo_target, everyday.echo_call, 32, args.seconds)
            figures.setdefault("32 callers: echo calls/s", []).append(echo_run.per_second)
            before = harness.cpu_s(pid)
            run = load.drive(bench.server.target, make, 32, args.seconds)
            spent = harness.cpu_s(pid) - before  # over the warm-up's calls too
            figures.setdefault("32 callers: lists/s", []).append(run.per_second)
            figures.setdefault("32 callers: server CPU ms/call", []).append(
                spent / (run.calls + run.warm_up_calls) * 1000
            )
            figures.setdefault("32 callers: x echo", []).append(run.per_second / echo_run.per_second)
            assert run.errors == 0, run.first_error
        print(f"load average before the report: {os.getloadavg()[0]:.2f}")
        print(f"ListTransactions, newest 50 of 14,000; {args.rounds} rounds")
        for name, values in figures.items():
            print(
                f"{name:32s} median {statistics.median(values):9.3f}  range {min(values):.3f}-{max(values):.3f}"
            )
        if args.py_spy:
            for line in everyday.py_spy_profile(bench.server, make, args.seconds, "lists (32 callers)"):
                print(line)


if __name__ == "__main__":
    main()
