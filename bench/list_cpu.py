"""ListTransactions, newest 50 of an account (split lines and tags on some), on PostgreSQL +
Redis (not a test): the server's CPU per call at 1 and 32 callers, calls/s, and the ratio to
a bare grpc.aio echo server driven the same way just before.

CPU per call (utime + stime of the server process from /proc over the calls) is the figure to
compare between versions on a shared, noisy machine; calls/s moves with the load. The user is
seeded as `make bench` seeds its busy user: 14,000 transactions over a year.

`--against DIR` also serves the same database from another checkout's code (e.g. an older
commit unpacked with `git archive <commit> | tar -x -C DIR`), checks that both servers return
the same page, and measures the two alternately, round by round, so both see the same load.

The same request again and again is answered from the list reply cache; `--new-pages` makes
every call name a to_date after the seeded year no call named before (the same 50 rows), so
every call misses it and reads the page.

    python -m bench.list_cpu [--calls 400] [--seconds 3] [--rounds 3] [--against DIR] [--new-pages] [--py-spy]
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import os
import pathlib
import statistics
import tempfile

import grpc
import psycopg

from bench import everyday, harness, load
from rupaya.v1 import transactions_pb2 as tx
from rupaya.v1 import transactions_pb2_grpc
from tests.ledger import day
from tests.servers import ServerProcess, start_server

_ASKED = itertools.count(1)  # to_dates never named before, across the servers measured


def seed(bench: harness.Bench) -> None:
    user = everyday.BenchUser(bench.user_id, "", bench.account.id)
    with psycopg.connect(harness.psycopg_url(bench.backend), autocommit=True) as conn:
        everyday.seed_year(conn, user, everyday.LEDGER_ROWS)
        everyday.follow_balances(conn, [user.account_id])
        for table in ("transactions", "transaction_splits", "transaction_tags"):
            conn.execute(f"VACUUM ANALYZE {table}")


class Side:
    """One server measured alternately with others, and its figures round by round."""

    def __init__(self, name: str, server: ServerProcess) -> None:
        self.name, self.server = name, server
        self.figures: dict[str, list[float]] = {}

    def note(self, name: str, value: float) -> None:
        self.figures.setdefault(name, []).append(value)

    def drive(self, label: str, make: load.MakeCall, callers: int, seconds: float, echo_per_s: float) -> None:
        """`callers` concurrent callers for `seconds`: calls/s, server CPU per call (over the
        warm-up's calls too, as the CPU is) and the ratio to the echo run just before."""
        before = harness.cpu_s(self.server.process.pid)
        run = load.drive(self.server.target, make, callers, seconds)
        spent = harness.cpu_s(self.server.process.pid) - before
        assert run.errors == 0, run.first_error
        self.note(f"{label}: calls/s", run.per_second)
        self.note(f"{label}: server CPU ms/call", spent / (run.calls + run.warm_up_calls) * 1000)
        self.note(f"{label}: x echo", run.per_second / echo_per_s)


def serve_against(
    bench: harness.Bench, checkout: pathlib.Path, extra_env: dict[str, str] | None = None
) -> ServerProcess:
    """Another checkout's server on the same database and Redis, verifying the same tokens."""
    return start_server(
        bench.backend,
        pathlib.Path(tempfile.mkdtemp(prefix="rupaya-bench-")),
        signing_key=bench.server.signing_key,
        extra_env=extra_env,
        root=checkout.resolve(),
    )


def report(sides: list[Side], echoes: dict[str, list[float]], title: str, compared: tuple[str, ...]) -> None:
    """Medians and ranges per side, and this checkout's CPU per call over each other side's."""
    print(f"load average after the rounds: {' '.join(f'{n:.2f}' for n in os.getloadavg())}")
    print(title)
    for name, values in echoes.items():
        print(
            f"  echo, {name + ': calls/s':38s} {statistics.median(values):9.3f}  ({min(values):.3f}-{max(values):.3f})"
        )
    for side in sides:
        print(f"{side.name}:")
        for name, values in side.figures.items():
            print(f"  {name:44s} {statistics.median(values):9.3f}  ({min(values):.3f}-{max(values):.3f})")
    for other in sides[1:]:
        for name in compared:
            ratio = statistics.median(sides[0].figures[name]) / statistics.median(other.figures[name])
            per_round = [a / b for a, b in zip(sides[0].figures[name], other.figures[name], strict=True)]
            print(
                f"this checkout / {other.name}, {name}: {ratio:.2f} "
                f"(per round: {', '.join(f'{r:.2f}' for r in per_round)})"
            )


class Lists(Side):
    """The benchmark's ListTransactions call against one server."""

    def __init__(self, name: str, server: ServerProcess, bench: harness.Bench, new_pages: bool) -> None:
        super().__init__(name, server)
        self.request = tx.ListTransactionsRequest(page_size=50, account_id=bench.account.id)
        self.new_pages = new_pages
        self.metadata = bench.metadata
        stub = transactions_pb2_grpc.TransactionServiceStub(grpc.insecure_channel(server.target))
        self.call = lambda: stub.ListTransactions(self.next_request(), metadata=self.metadata)

    def next_request(self) -> tx.ListTransactionsRequest:
        if not self.new_pages:
            return self.request
        request = tx.ListTransactionsRequest()
        request.CopyFrom(self.request)
        after = dt.date(everyday.YEAR_START.year + 1, 12, 31) + dt.timedelta(days=next(_ASKED))
        request.to_date.CopyFrom(day(after.isoformat()))
        return request

    def make(self, channel: grpc.aio.Channel) -> load.Call:
        stub = transactions_pb2_grpc.TransactionServiceStub(channel)
        return lambda: stub.ListTransactions(self.next_request(), metadata=self.metadata)

    def one_caller(self, calls: int) -> None:
        before = harness.cpu_s(self.server.process.pid)
        self.note("1 caller: lists/s", harness.per_s(self.call, calls))
        self.note(
            "1 caller: server CPU ms/call", (harness.cpu_s(self.server.process.pid) - before) / calls * 1000
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--calls", type=int, default=400, help="calls per round at 1 caller")
    parser.add_argument("--seconds", type=float, default=3.0, help="per round at 32 callers")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument(
        "--against", type=pathlib.Path, help="another checkout's server, measured alternately"
    )
    parser.add_argument("--new-pages", action="store_true", help="every call a page never asked before")
    parser.add_argument(
        "--py-spy", action="store_true", help="then profile this checkout's server at 32 callers"
    )
    args = parser.parse_args()
    with harness.running() as bench:
        seed(bench)
        measured = [Lists("this checkout", bench.server, bench, args.new_pages)]
        if args.against:
            other = serve_against(bench, args.against)
            measured.append(Lists(f"{args.against}", other, bench, args.new_pages))
        try:
            run_rounds(bench, measured, args)
        finally:
            for lists in measured[1:]:
                lists.server.stop()
            print(f"list reply cache entries left, deleted: {everyday.drop_list_keys(bench.server)}")
        if args.py_spy:
            for line in everyday.py_spy_profile(
                bench.server, measured[0].make, args.seconds, "lists (32 callers)"
            ):
                print(line)


def run_rounds(bench: harness.Bench, measured: list[Lists], args: argparse.Namespace) -> None:
    pages = [lists.call() for lists in measured]
    assert len(pages[0].transactions) == 50 and any(t.splits for t in pages[0].transactions)
    if len(pages) > 1:
        same = all(page.transactions == pages[0].transactions for page in pages[1:])
        print(f"the servers' pages hold equal transactions: {same}")
    for lists in measured:
        harness.per_s(lists.call, 50)  # warm: connections, plans, statement caches
    echo = grpc.insecure_channel(f"127.0.0.1:{bench.echo_port}").unary_unary("/bench.Echo/Echo")
    echoes: dict[str, list[float]] = {"1 caller": [], "32 callers": []}
    for round_ in range(args.rounds):  # alternating, so all see the same load
        order = measured if round_ % 2 == 0 else measured[::-1]
        echoes["1 caller"].append(harness.per_s(lambda: echo(b"x" * 120), args.calls))
        for lists in order:
            lists.one_caller(args.calls)
        echo_run = load.drive(f"127.0.0.1:{bench.echo_port}", everyday.echo_call, 32, args.seconds)
        echoes["32 callers"].append(echo_run.per_second)
        for lists in order:
            lists.drive("32 callers", lists.make, 32, args.seconds, echo_run.per_second)
    report(
        measured,
        echoes,
        f"ListTransactions, newest 50 of {everyday.LEDGER_ROWS:,}; {args.rounds} rounds; medians and ranges",
        ("1 caller: server CPU ms/call", "32 callers: server CPU ms/call"),
    )


if __name__ == "__main__":
    main()
