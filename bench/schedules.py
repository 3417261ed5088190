"""Schedules benchmark (issue 19): what the scheduler costs CreateTransaction (the hot path must
stay within 15% of its figure before schedules), side by side with a checkout from before them.

    git archive 8841eb5 | tar -x -C /tmp/rupaya-before-sched   # main before schedules
    python -m bench.schedules [--seconds 5] [--rounds 3] [--against /tmp/rupaya-before-sched]

The scheduler runs every second here (30 s by default), with 50 daily schedules of another user
posting their catch-up while the creates run, so its rounds overlap the measured calls. On
PostgreSQL + Redis, each server on a fresh database. Not a test: figures go in docs/schedules.md."""

from __future__ import annotations

import argparse
import datetime as dt
import os
import pathlib
import uuid

import grpc

from bench import harness
from bench.sync import create_cost, new_server
from rupaya.v1 import accounts_pb2, schedules_pb2, schedules_pb2_grpc, transactions_pb2
from tests.ledger import GROCERIES, money
from tests.schedule_helpers import pb_date
from tests.servers import ROOT, Backend, ServerProcess

SCHEDULES = 50


def busy_schedules(server: ServerProcess, days_back: int) -> None:
    """Another user's daily schedules started `days_back` days ago: catch-up work for the scheduler."""
    with grpc.insecure_channel(server.target) as channel:
        _, metadata, account = harness.signed_up_with_account(
            channel, "Card", accounts_pb2.ACCOUNT_TYPE_CREDIT_CARD
        )
        stub = schedules_pb2_grpc.ScheduleServiceStub(channel)
        start = dt.datetime.now(dt.UTC).date() - dt.timedelta(days=days_back)
        for _ in range(SCHEDULES):
            schedule = schedules_pb2.Schedule(
                kind=transactions_pb2.TRANSACTION_KIND_EXPENSE,
                account_id=account.id,
                amount=money(100, account.currency_code),
                category_id=GROCERIES,
                frequency=schedules_pb2.SCHEDULE_FREQUENCY_DAILY,
                start_date=pb_date(start),
                time_zone="UTC",
            )
            stub.CreateSchedule(
                schedules_pb2.CreateScheduleRequest(request_id=str(uuid.uuid4()), schedule=schedule),
                metadata=metadata,
            )


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--seconds", type=float, default=5.0, help="per create measurement")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--days-back", type=int, default=300, help="catch-up per schedule")
    parser.add_argument("--against", type=pathlib.Path, help="a checkout from before schedules")
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}; load: {os.getloadavg()}; PostgreSQL + Redis", flush=True)
    backends: list[Backend] = []
    servers: dict[str, ServerProcess] = {}
    try:
        backend, server = new_server(ROOT, {"RUPAYA_SCHEDULER_INTERVAL": "1"})
        backends.append(backend)
        servers["with the scheduler"] = server
        busy_schedules(server, args.days_back)
        if args.against:
            backend, before = new_server(args.against.resolve(), {})
            backends.append(before.backend)
            servers[f"before ({args.against.name})"] = before
        print("CreateTransaction, 32 callers, one user:", flush=True)
        create_cost(servers, args.seconds, args.rounds, "with the scheduler / before schedules")
    finally:
        for process in servers.values():
            process.stop()
        for each in backends:
            each.drop()
    print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
