"""Uncached month dashboard at 1 caller on PostgreSQL + Redis (not a test): calls/s, the
server's CPU per call, and the ratio to a bare grpc.aio echo call at 1 caller.

CPU per call (utime + stime of the server process from /proc, over the calls) is the figure
to compare between versions on a shared, noisy machine; calls/s moves with the load.
Each call asks for another day, so its cache key (ledger version, base currency, request
with the day) is new: an honest miss that computes the whole month.

    python -m bench.dashboard_cpu [--rows 14000] [--calls 400] [--rounds 3]
"""

from __future__ import annotations

import argparse
import datetime as dt
import statistics
from collections.abc import Iterator

import grpc

from bench import harness
from bench.analytics import seed
from rupaya.v1 import analytics_pb2 as an
from rupaya.v1 import analytics_pb2_grpc
from tests.ledger import day


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=14_000)
    parser.add_argument("--calls", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    with harness.running() as bench:
        seed(bench.backend, bench.user_id, bench.account.id, args.rows)
        stub = analytics_pb2_grpc.AnalyticsServiceStub(bench.channel)
        echo = grpc.insecure_channel(f"127.0.0.1:{bench.echo_port}").unary_unary("/bench.Echo/Echo")
        days: Iterator[dt.date] = (dt.date(2022, 1, 1) + dt.timedelta(days=i) for i in range(100_000))

        def dashboard() -> an.GetDashboardResponse:
            request = an.GetDashboardRequest(
                period=an.ANALYTICS_PERIOD_MONTH, date=day(next(days).isoformat())
            )
            return stub.GetDashboard(request, metadata=bench.metadata)

        harness.per_s(dashboard, 30)  # warm: connections, plans, statement caches
        pid = bench.server.process.pid
        rates, cpu_ms, echoes = [], [], []
        for _ in range(args.rounds):  # alternating, so both see the same load
            echoes.append(harness.per_s(lambda: echo(b"x" * 120), args.calls))
            before = harness.cpu_s(pid)
            rates.append(harness.per_s(dashboard, args.calls))
            cpu_ms.append((harness.cpu_s(pid) - before) / args.calls * 1000)
        print(f"{args.rows:,} transactions; {args.calls} uncached month dashboards x {args.rounds} rounds")
        for name, values in (
            ("dashboards/s", rates),
            ("server CPU ms/call", cpu_ms),
            ("echo calls/s", echoes),
        ):
            print(
                f"{name:20s} median {statistics.median(values):8.2f}  range {min(values):.2f}-{max(values):.2f}"
            )
        print(f"dashboard / echo     {statistics.median(rates) / statistics.median(echoes):.3f}")


if __name__ == "__main__":
    main()
