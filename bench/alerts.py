"""Budget-alert benchmark (issue 19): what the alert check costs CreateTransaction, side by side
with a checkout from before it, alternating rounds.

    git archive 8841eb5 | tar -x -C /tmp/rupaya-before-alerts   # the commit before budget alerts
    python -m bench.alerts [--seconds 5] [--rounds 3] [--callers 32] --against /tmp/rupaya-before-alerts

The user has the hardest case for the check: expenses dated today in a category that a monthly
budget (crossed at once, so every write then finds its alerts claimed) and a yearly rollover
budget on its parent watch, with 32 callers on one account. On PostgreSQL + Redis, each server
on a fresh database. Not a test: figures go in docs/notifications.md."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pathlib
import statistics
import time
import uuid

import grpc
import sqlalchemy

from bench import load
from bench.load import MakeCall
from bench.sync import new_server, user_on
from rupaya.v1 import (
    budgets_pb2,
    budgets_pb2_grpc,
    common_pb2,
    transactions_pb2_grpc,
    users_pb2,
    users_pb2_grpc,
)
from rupaya.v1 import transactions_pb2 as tx
from server.analytics import rollup
from server.notifications import alerts
from tests.ledger import DINING, RESTAURANTS, day
from tests.servers import ROOT, Backend, ServerProcess

CALLERS = 32


def creates(account_id: str, metadata: list[tuple[str, str]]) -> MakeCall:
    today = day(dt.datetime.now(dt.UTC).date().isoformat())

    def make(channel: grpc.aio.Channel) -> load.Call:
        create = transactions_pb2_grpc.TransactionServiceStub(channel).CreateTransaction

        def call() -> object:
            request = tx.CreateTransactionRequest(
                request_id=str(uuid.uuid4()),
                kind=tx.TRANSACTION_KIND_EXPENSE,
                account_id=account_id,
                amount=common_pb2.Money(amount_minor=1234, currency_code="INR"),
                category_id=RESTAURANTS,
                occurred_on=today,
                payee="Bench Bistro",
            )
            return create(request, metadata=metadata)

        return call

    return make


def harness_user_id(channel: grpc.Channel, metadata: list[tuple[str, str]]) -> str:
    profile = users_pb2_grpc.UserServiceStub(channel).GetProfile(
        users_pb2.GetProfileRequest(), metadata=metadata
    )
    return str(profile.profile.id)


def with_budgets(server: ServerProcess) -> tuple[list[tuple[str, str]], str, str]:
    channel, metadata, account = user_on(server)
    stub = budgets_pb2_grpc.BudgetServiceStub(channel)
    for category, period, amount, rollover in (
        (RESTAURANTS, budgets_pb2.BUDGET_PERIOD_MONTHLY, 1_000, False),
        (DINING, budgets_pb2.BUDGET_PERIOD_YEARLY, 10**12, True),
    ):
        stub.CreateBudget(
            budgets_pb2.CreateBudgetRequest(
                request_id=str(uuid.uuid4()),
                category_id=category,
                amount=common_pb2.Money(amount_minor=amount, currency_code="INR"),
                period=period,
                rollover=rollover,
                alert_threshold_percent=80,
            ),
            metadata=metadata,
        )
    user_id = harness_user_id(channel, metadata)
    channel.close()
    return metadata, account.id, user_id


def statement_cost(backend: Backend, user_id: str, repeats: int = 300) -> None:
    """Milliseconds PostgreSQL takes for the statements the check adds to one write, run alone
    on the benchmarked user's data (each time rolled back, so every run claims nothing new)."""
    engine = sqlalchemy.create_engine(backend.sync_db_url, poolclass=sqlalchemy.pool.NullPool)
    changes = rollup.Changes()
    today = dt.datetime.now(dt.UTC).date()
    changes.add(iter([((today, alerts.EXPENSE, "INR", uuid.UUID(RESTAURANTS)), 1234)]), +1)
    steps = alerts.steps("postgresql", uuid.UUID(user_id), changes, dt.datetime.now(dt.UTC))
    timings: list[float] = []
    trips: list[float] = []  # as many round trips of SELECT 1: what the network part costs here
    with engine.connect() as connection:
        for _ in range(repeats):
            started = time.perf_counter()
            for step in steps:
                connection.execute(step.statement, step.params)
            middle = time.perf_counter()
            for _step in steps:
                connection.execute(sqlalchemy.text("SELECT 1"))
            trips.append((time.perf_counter() - middle) * 1000)
            timings.append((middle - started) * 1000)
            connection.rollback()
    engine.dispose()
    print(
        f"  the check's {len(steps)} statements, alone: median {statistics.median(timings):.3f} ms, "
        f"{len(steps)} x SELECT 1: {statistics.median(trips):.3f} ms (in a write they travel with its COMMIT)",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="per measurement")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--callers", type=int, default=CALLERS, help="concurrent CreateTransaction callers")
    parser.add_argument("--against", type=pathlib.Path, required=True, help="a checkout from before alerts")
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}; load: {os.getloadavg()}; PostgreSQL + Redis", flush=True)
    backends: list[Backend] = []
    servers: dict[str, ServerProcess] = {}
    try:
        for name, root in (("with alerts", ROOT), (f"before ({args.against.name})", args.against.resolve())):
            backend, server = new_server(root, {})
            backends.append(backend)
            servers[name] = server
        users = {name: with_budgets(server) for name, server in servers.items()}
        rates: dict[str, list[float]] = {name: [] for name in servers}
        print(f"CreateTransaction, {args.callers} callers, one user with two alerting budgets:", flush=True)
        for round_ in range(args.rounds):
            for name, server in servers.items():
                metadata, account_id, _user = users[name]
                run = load.drive(server.target, creates(account_id, metadata), args.callers, args.seconds)
                rates[name].append(run.per_second)
                print(
                    f"  round {round_ + 1} {name:>28}: {run.per_second:6.1f} creates/s, "
                    f"p50 {run.percentile(50):.1f} ms, p99 {run.percentile(99):.1f} ms, errors {run.errors}",
                    flush=True,
                )
        (_, now), (_, before) = rates.items()
        for name, values in rates.items():
            print(f"  {name:>28}: median {load.ratio_text(values, 1)} creates/s")
        ratios = [a / b for a, b in zip(now, before, strict=True)]
        print(f"  with alerts / before: {load.ratio_text(ratios)} (per round, alternating)")
        statement_cost(backends[0], users["with alerts"][2])
    finally:
        for server in servers.values():
            server.stop()
        for backend in backends:
            backend.drop()
    print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
