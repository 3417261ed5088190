"""Uncached month dashboard at 1 caller on PostgreSQL + Redis (not a test): calls/s, the
server's CPU per call, and the ratio to a bare grpc.aio echo call at 1 caller.

CPU per call (utime + stime of the server process from /proc, over the calls) is the figure
to compare between versions on a shared, noisy machine; calls/s moves with the load.
Each call asks for another day, so its cache key (ledger version, base currency, request
with the day) is new: an honest miss that computes the whole month.

`--against DIR` also serves the same database from another checkout's code and measures the
two alternately, round by round (bench/list_cpu.py: the same pattern).

    python -m bench.dashboard_cpu [--rows 14000] [--calls 400] [--rounds 3] [--against DIR]
"""

from __future__ import annotations

import argparse
import datetime as dt
import pathlib
from collections.abc import Callable, Iterator

import grpc

from bench import harness
from bench.analytics import seed
from bench.list_cpu import Side, report, serve_against
from rupaya.v1 import analytics_pb2 as an
from rupaya.v1 import analytics_pb2_grpc
from tests.ledger import day


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=14_000)
    parser.add_argument("--calls", type=int, default=400)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--against", type=pathlib.Path, help="another checkout's server, measured alternately"
    )
    args = parser.parse_args()
    with harness.running() as bench:
        seed(bench.backend, bench.user_id, bench.account.id, args.rows)
        sides = [Side("this checkout", bench.server)]
        if args.against:
            sides.append(Side(f"{args.against}", serve_against(bench, args.against)))
        try:
            run_rounds(bench, sides, args)
        finally:
            for side in sides[1:]:
                side.server.stop()


def run_rounds(bench: harness.Bench, sides: list[Side], args: argparse.Namespace) -> None:
    echo = grpc.insecure_channel(f"127.0.0.1:{bench.echo_port}").unary_unary("/bench.Echo/Echo")
    days: Iterator[dt.date] = (dt.date(2022, 1, 1) + dt.timedelta(days=i) for i in range(100_000))

    def caller(side: Side) -> Callable[[], an.GetDashboardResponse]:
        stub = analytics_pb2_grpc.AnalyticsServiceStub(grpc.insecure_channel(side.server.target))

        def dashboard() -> an.GetDashboardResponse:
            request = an.GetDashboardRequest(
                period=an.ANALYTICS_PERIOD_MONTH, date=day(next(days).isoformat())
            )
            return stub.GetDashboard(request, metadata=bench.metadata)

        return dashboard

    calls = {side.name: caller(side) for side in sides}
    for side in sides:
        harness.per_s(calls[side.name], 30)  # warm: connections, plans, statement caches
    echoes: dict[str, list[float]] = {"1 caller": []}
    for round_ in range(args.rounds):  # alternating, so all see the same load
        echoes["1 caller"].append(harness.per_s(lambda: echo(b"x" * 120), args.calls))
        for side in sides if round_ % 2 == 0 else sides[::-1]:
            before = harness.cpu_s(side.server.process.pid)
            rate = harness.per_s(calls[side.name], args.calls)
            side.note("dashboards/s", rate)
            side.note(
                "server CPU ms/call", (harness.cpu_s(side.server.process.pid) - before) / args.calls * 1000
            )
            side.note("x echo", rate / echoes["1 caller"][-1])
    report(
        sides,
        echoes,
        f"{args.rows:,} transactions; {args.calls} uncached month dashboards x {args.rounds} rounds",
        ("server CPU ms/call",),
    )


if __name__ == "__main__":
    main()
