"""What every benchmark starts from: a RUPAYA server on a fresh PostgreSQL database (+ Redis),
the bare grpc.aio echo server it is compared with, and one signed-in user with a credit-card
account (a liability: bulk-seeded spending never hits the overdraft rule); plus what several
benchmarks read: the daily rollup rebuilt from the rows, access tokens minted with the server's
signing key, and the memory and CPU time of the server's processes."""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import os
import pathlib
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass

import grpc
import jwt
import psycopg

from rupaya.v1 import accounts_pb2, accounts_pb2_grpc, auth_pb2, auth_pb2_grpc
from tests.servers import (
    PASSWORD,
    ROOT,
    Backend,
    ServerProcess,
    free_port,
    postgres_and_redis_reachable,
    start_server,
)

# Rate limits far above any benchmark's load: the limiter still runs, it just never refuses.
UNLIMITED = {f"RUPAYA_RATE_LIMIT_{bucket}": "100000000/60" for bucket in ("DEFAULT", "STRICT", "BULK")}


@dataclass
class Bench:
    backend: Backend
    server: ServerProcess
    echo_port: int
    channel: grpc.Channel
    user_id: str
    metadata: list[tuple[str, str]]
    account: accounts_pb2.Account


@contextlib.contextmanager
def running() -> Iterator[Bench]:
    why = postgres_and_redis_reachable()
    if why:
        sys.exit(f"needs PostgreSQL and Redis: {why}")
    backend = Backend.postgres()
    server = start_server(backend, pathlib.Path(tempfile.mkdtemp(prefix="rupaya-bench-")))
    channel = grpc.insecure_channel(server.target)
    try:
        with echo_server() as echo_port:
            signed, metadata, account = signed_up_with_account(
                channel, "Card", accounts_pb2.ACCOUNT_TYPE_CREDIT_CARD
            )
            yield Bench(backend, server, echo_port, channel, signed.user_id, metadata, account)
    finally:
        channel.close()
        server.stop()
        backend.drop()


@contextlib.contextmanager
def echo_server() -> Iterator[int]:
    """The bare grpc.aio echo server (bench/echo.py) in its own process; yields its port."""
    port = free_port()
    echo = subprocess.Popen([sys.executable, "-m", "bench.echo", str(port)], cwd=ROOT, stdout=subprocess.PIPE)
    try:
        assert echo.stdout is not None and echo.stdout.readline().strip() == b"echo ready"
        yield port
    finally:
        echo.terminate()
        echo.wait()


def serve(backend: Backend, workers: int, extra_env: dict[str, str] | None = None) -> ServerProcess:
    """`serve --workers N` on `backend`, rate limits out of the way; a new signing key each time."""
    env = {**UNLIMITED, "RUPAYA_WORKERS": str(workers), **(extra_env or {})}
    return start_server(backend, pathlib.Path(tempfile.mkdtemp(prefix="rupaya-bench-")), extra_env=env)


def psycopg_url(backend: Backend) -> str:
    return backend.sync_db_url.replace("postgresql+psycopg://", "postgresql://")


def access_token(server: ServerProcess, user_id: str, session_id: str, ttl_s: int = 4 * 3600) -> str:
    """An access token as the server would issue it for a session that exists in the database
    (the live-session check still runs): signed with the key the server was started with.
    Minting skips argon2, which would make seeding a thousand signed-in users take minutes."""
    now = int(dt.datetime.now(dt.UTC).timestamp())
    claims = {
        "iss": "rupaya",
        "aud": "rupaya-api",
        "sub": user_id,
        "sid": session_id,
        "typ": "access",
        "iat": now,
        "exp": now + ttl_s,
    }
    return jwt.encode(claims, server.signing_key, algorithm="EdDSA", headers={"kid": server.key_id})


def rollup_sql() -> str:
    """The migration's statement that builds the daily rollup from existing transactions."""
    path = ROOT / "server" / "db" / "migrations" / "versions" / "0005_analytics.py"
    spec = importlib.util.spec_from_file_location("migration_0005", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return str(module.ROLLUP_ALL)


def rebuild_rollup(backend: Backend) -> None:
    """ledger_daily recomputed from every live transaction, as after bulk inserts in SQL."""
    with psycopg.connect(psycopg_url(backend), autocommit=True) as conn:
        conn.execute("DELETE FROM ledger_daily")
        conn.execute(rollup_sql())


def rollup_drift(backend: Backend) -> int:
    """Rollup rows that differ from a fresh recomputation from the transactions (0 = consistent);
    rows that net to nothing are ignored, as an incremental rollup may leave them behind."""
    fresh = rollup_sql().split("\n", 2)[2]  # the SELECT, without the INSERT line
    stored = (
        "SELECT user_id, occurred_on, kind, currency_code, category_id, amount_minor, line_count "
        "FROM ledger_daily WHERE line_count <> 0 OR amount_minor <> 0"
    )
    with psycopg.connect(psycopg_url(backend)) as conn:
        row = conn.execute(
            f"SELECT (SELECT count(*) FROM (({stored}) EXCEPT ALL ({fresh})) a) "
            f"+ (SELECT count(*) FROM (({fresh}) EXCEPT ALL ({stored})) b)"
        ).fetchone()
    assert row is not None
    return int(row[0])


def process_tree(pid: int) -> list[int]:
    """`pid` and all its descendants (a multi-worker server's supervisor and workers)."""
    children: dict[int, list[int]] = {}
    for stat in pathlib.Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue  # exited meanwhile
        children.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    tree, todo = [], [pid]
    while todo:
        current = todo.pop()
        tree.append(current)
        todo.extend(children.get(current, []))
    return tree


def rss_mb(pid: int) -> tuple[float, float]:
    """(current, peak) resident set size of a process, MB."""
    fields = dict(
        line.split(":", 1)
        for line in pathlib.Path(f"/proc/{pid}/status").read_text().splitlines()
        if ":" in line
    )
    return int(fields["VmRSS"].split()[0]) / 1024, int(fields["VmHWM"].split()[0]) / 1024


def reset_peak_rss(pid: int) -> None:
    """From now on VmHWM is the peak since this call (the kernel resets it to VmRSS)."""
    pathlib.Path(f"/proc/{pid}/clear_refs").write_text("5")


def signed_up_with_account(
    channel: grpc.Channel, name: str, account_type: int
) -> tuple[auth_pb2.SignUpResponse, list[tuple[str, str]], accounts_pb2.Account]:
    """A new user (their sign-up reply and bearer metadata) with one INR account."""
    signed = auth_pb2_grpc.AuthServiceStub(channel).SignUp(
        auth_pb2.SignUpRequest(email=f"bench-{uuid.uuid4().hex[:8]}@example.com", password=PASSWORD)
    )
    metadata = [("authorization", f"Bearer {signed.tokens.access_token}")]
    request = accounts_pb2.CreateAccountRequest(
        request_id=str(uuid.uuid4()), name=name, type=account_type, currency_code="INR"
    )
    account = accounts_pb2_grpc.AccountServiceStub(channel).CreateAccount(request, metadata=metadata).account
    return signed, metadata, account


TICKS_PER_S = os.sysconf("SC_CLK_TCK")


def cpu_s(pid: int) -> float:
    """utime + stime of a process and its children (the workers of `serve --workers N`)."""
    pids = [pid]
    children = pathlib.Path(f"/proc/{pid}/task/{pid}/children")
    if children.exists():
        pids += [int(p) for p in children.read_text().split()]
    ticks = 0
    for p in pids:
        fields = pathlib.Path(f"/proc/{p}/stat").read_text().rsplit(")", 1)[1].split()
        ticks += int(fields[11]) + int(fields[12])
    return ticks / TICKS_PER_S


def per_s(call: Callable[[], object], n: int) -> float:
    started = time.perf_counter()
    for _ in range(n):
        call()
    return n / (time.perf_counter() - started)
