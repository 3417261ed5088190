"""Throughput of an authenticated cheap RPC through the full interceptor chain, as a ratio to
a bare grpc.aio echo server on the same machine, for 1 and N worker processes (one run).

    make bench-ops            # or: python bench/ops.py --workers 2 --seconds 5

Both servers answer the same methods, so one client drives both: the echo server returns
an empty response with no interceptors and no work. On RUPAYA:
  whoami  AuthService/WhoAmI, the cheap authenticated RPC: request id + access log, metrics,
          error mapping, token verification with the live-session check (Redis), the rate
          limiter (Redis), validation; the answer comes from the verified token
  list    AccountService/ListAccounts: the same chain plus a real database read (empty list)
  health  grpc.health.v1 Check: request id + access log, metrics and error mapping only
Client and servers share the machine's cores, so figures are comparable only within a run.
"""

from __future__ import annotations

import argparse
import asyncio
import multiprocessing
import os
import pathlib
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc
from grpc_health.v1.health import aio as health_aio

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "gen" / "python")]

from rupaya.v1 import accounts_pb2, accounts_pb2_grpc, auth_pb2, auth_pb2_grpc  # noqa: E402
from tests.servers import Backend, free_port  # noqa: E402

RPCS = ("whoami", "list", "health")  # see the module docstring


async def _echo_server(port: int) -> None:
    async def list_accounts(request: bytes, context: grpc.aio.ServicerContext) -> bytes:
        return accounts_pb2.ListAccountsResponse().SerializeToString()

    async def who_am_i(request: bytes, context: grpc.aio.ServicerContext) -> bytes:
        return auth_pb2.WhoAmIResponse().SerializeToString()

    handlers = (
        grpc.method_handlers_generic_handler(
            "rupaya.v1.AccountService", {"ListAccounts": grpc.unary_unary_rpc_method_handler(list_accounts)}
        ),
        grpc.method_handlers_generic_handler(
            "rupaya.v1.AuthService", {"WhoAmI": grpc.unary_unary_rpc_method_handler(who_am_i)}
        ),
    )

    server = grpc.aio.server(options=[("grpc.so_reuseport", 1)])
    server.add_generic_rpc_handlers(handlers)
    health = health_aio.HealthServicer()
    health_pb2_grpc.add_HealthServicer_to_server(health, server)
    server.add_insecure_port(f"127.0.0.1:{port}")
    await server.start()
    await health.set("", health_pb2.HealthCheckResponse.SERVING)
    await server.wait_for_termination()


def wait_until_serving_target(target: str, timeout_s: float = 60) -> None:

    deadline = time.monotonic() + timeout_s
    with grpc.insecure_channel(target) as channel:
        stub = health_pb2_grpc.HealthStub(channel)
        while time.monotonic() < deadline:
            try:
                if stub.Check(health_pb2.HealthCheckRequest(), timeout=1).status == 1:
                    return
            except grpc.RpcError:
                pass
            time.sleep(0.2)
    raise RuntimeError(f"{target} not serving after {timeout_s}s")


def start_echo(port: int, workers: int) -> list[subprocess.Popen[bytes]]:
    return [
        subprocess.Popen([sys.executable, __file__, "echo", "--port", str(port)], cwd=ROOT)
        for _ in range(workers)
    ]


def start_rupaya(
    port: int, workers: int, data_dir: str, backend_env: dict[str, str]
) -> list[subprocess.Popen[bytes]]:
    env = {
        **os.environ,
        **backend_env,
        "RUPAYA_DATA_DIR": data_dir,
        "RUPAYA_GRPC_PORT": str(port),
        "RUPAYA_METRICS_PORT": str(free_port()),
        "RUPAYA_WORKERS": str(workers),
        "RUPAYA_LOG_FORMAT": "json",
        "RUPAYA_RATE_LIMIT_DEFAULT": "100000000/60",
        "RUPAYA_RATE_LIMIT_STRICT": "100000000/60",
        "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "gen" / "python")]),
    }
    log = open(os.path.join(data_dir, f"server-{workers}.log"), "wb")  # noqa: SIM115 (lives with the process)
    return [
        subprocess.Popen([sys.executable, "-m", "server", "serve"], cwd=ROOT, env=env, stdout=log, stderr=log)
    ]


def stop(processes: list[subprocess.Popen[bytes]]) -> None:
    for process in processes:
        process.send_signal(signal.SIGTERM)
    for process in processes:
        try:
            process.wait(timeout=20)
        except subprocess.TimeoutExpired:
            process.kill()


def sign_up(target: str) -> str:
    with grpc.insecure_channel(target) as channel:
        reply = auth_pb2_grpc.AuthServiceStub(channel).SignUp(
            auth_pb2.SignUpRequest(
                email=f"bench-{time.time_ns()}@example.com", password="correct horse battery staple"
            )
        )
    return reply.tokens.access_token


def _call(channel: grpc.aio.Channel, rpc: str, token: str) -> Callable[[], Awaitable[object]]:
    if rpc == "health":
        health = health_pb2_grpc.HealthStub(channel)
        check = health_pb2.HealthCheckRequest()
        return lambda: health.Check(check)
    metadata = (("authorization", f"Bearer {token}"),)
    if rpc == "whoami":
        auth = auth_pb2_grpc.AuthServiceStub(channel)
        who = auth_pb2.WhoAmIRequest()
        return lambda: auth.WhoAmI(who, metadata=metadata)
    accounts = accounts_pb2_grpc.AccountServiceStub(channel)
    request = accounts_pb2.ListAccountsRequest()
    return lambda: accounts.ListAccounts(request, metadata=metadata)


async def _drive(target: str, rpc: str, token: str, seconds: float, channels: int, concurrency: int) -> int:
    opened = [grpc.aio.insecure_channel(target) for _ in range(channels)]
    calls = [_call(c, rpc, token) for c in opened]
    done = 0
    counting = False

    async def loop(call: Callable[[], Awaitable[object]], until: float) -> None:
        nonlocal done
        while time.monotonic() < until:
            await call()
            if counting:
                done += 1

    warm_until = time.monotonic() + 1.0
    await asyncio.gather(*(loop(calls[i % channels], warm_until) for i in range(concurrency)))
    counting = True
    until = time.monotonic() + seconds
    await asyncio.gather(*(loop(calls[i % channels], until) for i in range(concurrency)))
    for channel in opened:
        await channel.close()
    return done


def _client(args: tuple[str, str, str, float, int, int]) -> int:
    return asyncio.run(_drive(*args))


def measure(target: str, rpc: str, token: str, seconds: float, clients: int) -> float:
    """Calls per second, driven by `clients` processes with 4 channels x 32 calls in flight each."""
    with multiprocessing.get_context("spawn").Pool(clients) as pool:
        counts = pool.map(_client, [(target, rpc, token, seconds, 4, 32)] * clients)
    return sum(counts) / seconds


@dataclass(frozen=True)
class Row:
    workers: int
    rpc: str
    bare: list[float]  # calls/s per round
    full: list[float]

    def ratios(self) -> list[float]:
        return sorted(f / b for b, f in zip(self.bare, self.full, strict=True))


def run(workers: int, seconds: float, clients: int, rounds: int, backend_env: dict[str, str]) -> list[Row]:
    """For 1 and `workers` processes and each of RPCS: echo and RUPAYA measured alternately,
    `rounds` times each, so load drifting on a shared machine hits both alike."""
    rows = []
    for n in sorted({1, workers}):
        echo_port, rupaya_port = free_port(), free_port()
        with tempfile.TemporaryDirectory(prefix="rupaya-bench-") as data_dir:
            echo = start_echo(echo_port, n)
            server = start_rupaya(rupaya_port, n, data_dir, backend_env)
            try:
                echo_target, target = f"127.0.0.1:{echo_port}", f"127.0.0.1:{rupaya_port}"
                wait_until_serving_target(echo_target)
                try:
                    wait_until_serving_target(target)
                except RuntimeError:
                    sys.stderr.write(pathlib.Path(data_dir, f"server-{n}.log").read_text()[-3000:])
                    raise
                token = sign_up(target)
                for rpc in RPCS:
                    bare, full = [], []
                    for _ in range(rounds):
                        bare.append(measure(echo_target, rpc, "", seconds, clients))
                        full.append(measure(target, rpc, token, seconds, clients))
                    rows.append(Row(n, rpc, bare, full))
                    print_row(rows[-1])
            finally:
                stop(server)
                stop(echo)
    return rows


def print_row(row: Row) -> None:
    ratios = row.ratios()
    print(
        f"{row.workers:>7}  {row.rpc:<6}  {statistics.median(row.bare):>17,.0f}  "
        f"{statistics.median(row.full):>14,.0f}  {statistics.median(ratios):>5.2f}  "
        f"{ratios[0]:.2f}-{ratios[-1]:.2f}",
        flush=True,
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command")
    echo = sub.add_parser("echo")
    echo.add_argument("--port", type=int, required=True)
    parser.add_argument("--workers", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--seconds", type=float, default=3.0)
    parser.add_argument("--rounds", type=int, default=5, help="alternating echo/RUPAYA measurements")
    parser.add_argument("--clients", type=int, default=2, help="load-generating processes")
    parser.add_argument(
        "--backend",
        choices=("postgres", "embedded"),
        default="postgres",
        help="postgres: a throw-away database + Redis",
    )
    args = parser.parse_args()
    if args.command == "echo":
        asyncio.run(_echo_server(args.port))
        return
    print(
        f"cores: {os.cpu_count()}, client processes: {args.clients}, {args.seconds:g} s per measurement, "
        f"{args.rounds} alternating rounds (medians)"
    )
    print(f"backend: {args.backend}; target: whoami ratio >= 0.5")
    print(
        f"{'workers':>7}  {'rpc':<6}  {'bare echo calls/s':>17}  {'RUPAYA calls/s':>14}  {'ratio':>5}  range",
        flush=True,
    )
    backend = Backend.postgres() if args.backend == "postgres" else None
    try:
        run(args.workers, args.seconds, args.clients, args.rounds, backend.env if backend else {})
    finally:
        if backend:
            backend.drop()


if __name__ == "__main__":
    main()
