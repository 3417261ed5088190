"""Sync benchmark (issue 18): ListChanges of 10,000 changes in pages of 500, WatchChanges fan-out
from commit to client with 100 open streams, and what writing the change log costs
CreateTransaction, side by side with a checkout from before the change log.

    git archive 065ccd1 | tar -x -C /tmp/rupaya-before   # the commit before the change log
    python -m bench.sync [--changes 10000] [--streams 100] [--seconds 5] [--rounds 3] [--against /tmp/rupaya-before]

On PostgreSQL + Redis; each server gets a fresh database (an older checkout cannot serve a
database migrated past its own history). Not a test: figures go in docs/benchmarks.md."""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import os
import pathlib
import statistics
import tempfile
import time
import uuid

import grpc
import psycopg

from bench import harness, load
from bench.load import MakeCall
from rupaya.v1 import accounts_pb2, common_pb2, sync_pb2, sync_pb2_grpc, transactions_pb2_grpc
from rupaya.v1 import transactions_pb2 as tx
from tests.ledger import GROCERIES, day
from tests.servers import PG_ADMIN_URL, ROOT, Backend, ServerProcess, start_server

CALLERS = 32
PIDS = "SELECT pid FROM pg_stat_activity WHERE datname = %s"
PAGE = 500


def creates(account_id: str, metadata: list[tuple[str, str]]) -> MakeCall:
    """Expenses of one user on one account (every writer on one account row: the hardest case)."""

    def make(channel: grpc.aio.Channel) -> load.Call:
        create = transactions_pb2_grpc.TransactionServiceStub(channel).CreateTransaction

        def call() -> object:
            request = tx.CreateTransactionRequest(
                request_id=str(uuid.uuid4()),
                kind=tx.TRANSACTION_KIND_EXPENSE,
                account_id=account_id,
                amount=common_pb2.Money(amount_minor=1234, currency_code="INR"),
                category_id=GROCERIES,
                occurred_on=day("2026-03-15"),
                payee="Bench Mart",
            )
            return create(request, metadata=metadata)

        return call

    return make


def new_server(root: pathlib.Path, extra_env: dict[str, str]) -> tuple[Backend, ServerProcess]:
    backend = Backend.postgres()
    # The production intervals, not the tests' 1 s (start_server's): a prune every second is
    # work the checkout from before the change log does not do.
    env = {
        **harness.UNLIMITED,
        "RUPAYA_SYNC_PRUNE_INTERVAL": "3600",
        "RUPAYA_SYNC_HEARTBEAT": "15",
        **extra_env,
    }
    logs = pathlib.Path(tempfile.mkdtemp(prefix="rupaya-bench-"))
    return backend, start_server(backend, logs, extra_env=env, root=root)


def user_on(server: ServerProcess) -> tuple[grpc.Channel, list[tuple[str, str]], accounts_pb2.Account]:
    channel = grpc.insecure_channel(server.target)
    _, metadata, account = harness.signed_up_with_account(
        channel, "Card", accounts_pb2.ACCOUNT_TYPE_CREDIT_CARD
    )
    return channel, metadata, account


def list_changes(server: ServerProcess, changes: int, rounds: int) -> None:
    channel, metadata, account = user_on(server)
    print(f"ListChanges: writing {changes} transactions ...", flush=True)
    made = load.drive_calls(server.target, creates(account.id, metadata), changes)
    stub = sync_pb2_grpc.SyncServiceStub(channel)
    for round_ in range(rounds):
        pages, total, started, page_ms = 0, 0, time.perf_counter(), []
        cursor, more = 0, True
        while more:
            page_started = time.perf_counter()
            reply = stub.ListChanges(
                sync_pb2.ListChangesRequest(cursor=cursor, page_size=PAGE), metadata=metadata
            )
            page_ms.append((time.perf_counter() - page_started) * 1000)
            pages, total, cursor, more = (
                pages + 1,
                total + len(reply.changes),
                reply.next_cursor,
                reply.has_more,
            )
        elapsed = time.perf_counter() - started
        print(
            f"  round {round_ + 1}: {total} changes ({made} transactions written) in {pages} pages of {PAGE}: "
            f"{elapsed:.2f} s, {total / elapsed:,.0f} changes/s, page p50 {statistics.median(page_ms):.1f} ms, "
            f"max {max(page_ms):.1f} ms",
            flush=True,
        )
    channel.close()


def fan_out_user(server: ServerProcess) -> tuple[list[tuple[str, str]], str, int]:
    """A new user's bearer metadata, account id and current cursor (made before the event loop
    starts: blocking calls inside it would stall the streams)."""
    channel, metadata, account = user_on(server)
    stub, cursor, more = sync_pb2_grpc.SyncServiceStub(channel), 0, True
    while more:  # the streams start from now: what is timed is live delivery, not the backlog
        reply = stub.ListChanges(
            sync_pb2.ListChangesRequest(cursor=cursor, page_size=PAGE), metadata=metadata
        )
        cursor, more = reply.next_cursor, reply.has_more
    channel.close()
    return metadata, account.id, cursor


async def fan_out(
    server: ServerProcess, user: tuple[list[tuple[str, str]], str, int], streams: int, writes: int
) -> list[float]:
    """Latency (ms) from each create's reply (its commit is behind it) to each stream's message."""
    metadata, account_id, cursor = user
    arrived: dict[str, list[float]] = {}
    ready = asyncio.Semaphore(0)

    async def watch(channel: grpc.aio.Channel) -> None:
        call = sync_pb2_grpc.SyncServiceStub(channel).WatchChanges(
            sync_pb2.WatchChangesRequest(cursor=cursor), metadata=metadata
        )
        first = True
        async for message in call:
            if first:
                ready.release()
                first = False
            now = time.perf_counter()
            for change in message.changes:
                arrived.setdefault(change.entity_id, []).append(now)

    # Channels with the same target and options share one HTTP/2 connection, which the server
    # lets hold 100 streams at once (app.channel_options): with 100 streams open, a create on it
    # would wait for a free slot forever. Each channel gets its own connection, and the creates
    # one of their own.
    own = [("grpc.use_local_subchannel_pool", 1)]
    channels = [grpc.aio.insecure_channel(server.target, options=own) for _ in range(11)]
    tasks = [asyncio.create_task(watch(channels[1 + i % 10])) for i in range(streams)]
    for _ in range(streams):
        await asyncio.wait_for(ready.acquire(), 30)
    latencies: list[float] = []
    create = creates(account_id, metadata)(channels[0])
    for _ in range(writes):
        reply = await create()  # type: ignore[misc]
        committed = time.perf_counter()
        made = reply.transaction.id
        deadline = committed + 10
        while len(arrived.get(made, [])) < streams and time.perf_counter() < deadline:
            await asyncio.sleep(0.001)
        latencies += [max(t - committed, 0.0) * 1000 for t in arrived.get(made, [])]
    for task in tasks:
        task.cancel()
    await asyncio.gather(*tasks, return_exceptions=True)
    for channel in channels:
        await channel.close()
    return latencies


def fan_out_rounds(servers: dict[str, ServerProcess], streams: int, writes: int, rounds: int) -> None:
    """Fan-out latency of each server, alternating rounds (side by side when there are two)."""
    print(f"WatchChanges: {streams} streams of one user, {writes} creates a round ...", flush=True)
    users = {name: fan_out_user(server) for name, server in servers.items()}
    for round_ in range(rounds):
        for name, server in servers.items():
            latencies = asyncio.run(fan_out(server, users[name], streams, writes))
            print(
                f"  round {round_ + 1} {name:>22}: commit -> client p50 {percentile(latencies, 50):.1f} ms, "
                f"p99 {percentile(latencies, 99):.1f} ms ({len(latencies)} deliveries, {streams * writes} "
                f"expected; load {os.getloadavg()[0]:.1f})",
                flush=True,
            )
            users[name] = fan_out_user(server)  # a fresh user a round: streams start from its cursor


def percentile(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def postgres_cpu_s(server: ServerProcess) -> float:
    """CPU time of the PostgreSQL backends serving the server's database (they are processes
    on this host, so /proc has their times; the server's pool keeps them open)."""
    database = server.backend.env["RUPAYA_DATABASE_URL"].rsplit("/", 1)[1]
    with psycopg.connect(PG_ADMIN_URL, autocommit=True) as connection:
        pids = [row[0] for row in connection.execute(PIDS, (database,))]
    ticks = 0
    for pid in pids:
        with contextlib.suppress(FileNotFoundError):  # a backend that just ended
            fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])
    return ticks / harness.TICKS_PER_S


def create_cost(
    servers: dict[str, ServerProcess],
    seconds: float,
    rounds: int,
    label: str = "with the change log / before it",
) -> None:
    """CreateTransaction at 32 callers, one user, alternating between the servers: creates/s,
    and CPU per create of the server and of its PostgreSQL backends. On a busy shared host the
    rate follows whoever else runs; CPU per create hardly does, so its ratio is the steadier."""
    users = {name: user_on(server) for name, server in servers.items()}
    rates: dict[str, list[float]] = {name: [] for name in servers}
    cpu_ms: dict[str, list[float]] = {name: [] for name in servers}
    for round_ in range(rounds):
        for name, server in servers.items():
            _, metadata, account = users[name]
            cpu_before = harness.cpu_s(server.process.pid) + postgres_cpu_s(server)
            run = load.drive(server.target, creates(account.id, metadata), CALLERS, seconds)
            cpu = harness.cpu_s(server.process.pid) + postgres_cpu_s(server) - cpu_before
            rates[name].append(run.per_second)
            cpu_ms[name].append(cpu / (run.calls + run.warm_up_calls) * 1000)
            print(
                f"  round {round_ + 1} {name:>22}: {run.per_second:6.1f} creates/s, p50 {run.percentile(50):.1f} ms, "
                f"p99 {run.percentile(99):.1f} ms, errors {run.errors}; CPU {cpu_ms[name][-1]:.2f} ms/create "
                f"(load {os.getloadavg()[0]:.1f})",
                flush=True,
            )
    for name in servers:
        print(
            f"  {name:>22}: median {load.ratio_text(rates[name], 1)} creates/s, "
            f"{load.ratio_text(cpu_ms[name], 2)} ms CPU/create (server + PostgreSQL)"
        )
    if len(rates) == 2:
        (_, now), (_, before) = rates.items()
        ratios = [a / b for a, b in zip(now, before, strict=True)]
        print(f"  {label}: {load.ratio_text(ratios)} creates/s (per round, alternating)")
        (_, now), (_, before) = cpu_ms.items()
        ratios = [b / a for a, b in zip(now, before, strict=True)]
        print(f"  CPU per create, as throughput ({label}): {load.ratio_text(ratios)} (if CPU-bound)")


def main() -> None:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--changes", type=int, default=10_000)
    parser.add_argument("--streams", type=int, default=100)
    parser.add_argument("--writes", type=int, default=50, help="creates whose fan-out is timed")
    parser.add_argument("--seconds", type=float, default=5.0, help="per create measurement")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--against", type=pathlib.Path, help="a checkout from before the change log")
    parser.add_argument(
        "--fan-out-against",
        type=pathlib.Path,
        help="a checkout whose WatchChanges fan-out to time beside this one",
    )
    args = parser.parse_args()
    print(f"cores: {os.cpu_count()}; load: {os.getloadavg()}; PostgreSQL + Redis", flush=True)
    streams_env = {"RUPAYA_SYNC_STREAMS_PER_USER": str(max(args.streams, 1))}
    backends: list[Backend] = []
    servers: dict[str, ServerProcess] = {}
    try:
        backend, server = new_server(ROOT, streams_env)
        backends.append(backend)
        servers["with the change log"] = server
        if args.streams:
            fan_outs = {"this checkout": server}
            if args.fan_out_against:
                backend, other = new_server(args.fan_out_against.resolve(), streams_env)
                backends.append(backend)
                servers["fan-out against"] = fan_outs[args.fan_out_against.name] = other
            fan_out_rounds(fan_outs, args.streams, args.writes, args.rounds if args.fan_out_against else 1)
            if args.fan_out_against:
                servers.pop("fan-out against").stop()
        list_changes(server, args.changes, args.rounds)
        if args.against:
            backend, before = new_server(args.against.resolve(), {})
            backends.append(backend)
            servers[f"before ({args.against.name})"] = before
        print(f"CreateTransaction, {CALLERS} callers, one user:", flush=True)
        create_cost(servers, args.seconds, args.rounds)
    finally:
        for server in servers.values():
            server.stop()
        for backend in backends:
            backend.drop()
    print(f"load after: {os.getloadavg()}")


if __name__ == "__main__":
    main()
