"""An authenticated read, GetAccount, over HTTP/JSON through the gateway and over direct gRPC,
side by side in one run, at 1 and 32 concurrent callers, driven by the same C load generator
(h2load: `--h1` to the gateway, HTTP/2 with a framed gRPC body to the server).

    make bench-gateway        # or: python -m bench.gateway --seconds 5 --rounds 3 --backend embedded

The gateway is the one `serve` runs in the server's process (the `make run` shape), so the
server-side CPU per call (utime + stime of that process from /proc, before/after each run,
divided by the calls completed) covers the whole path: HTTP parsing, transcoding, the gRPC
call through the interceptor chain and the answer. h2load's own CPU is not in it. h2load sees
only HTTP statuses (gRPC answers 200 with a grpc-status trailer), so every run's calls are
also counted on the server's Prometheus counter grpc_server_handled_total{grpc_code="OK"}:
a run whose calls did not all succeed is an error, not a figure. Rounds alternate which side
goes first; the medians are printed, with the ratios gateway / direct.
Targets: throughput at 32 callers >= 0.5 of direct, CPU per call <= 2x.
"""

from __future__ import annotations

import argparse
import os
import pathlib
import re
import statistics
import subprocess
import sys
import tempfile
import urllib.request
from dataclasses import dataclass

ROOT = pathlib.Path(__file__).resolve().parent.parent
sys.path[:0] = [str(ROOT), str(ROOT / "gen" / "python")]

import grpc  # noqa: E402

from bench.harness import signed_up_with_account  # noqa: E402
from rupaya.v1 import accounts_pb2, accounts_pb2_grpc  # noqa: E402
from tests.servers import (  # noqa: E402
    Backend,
    ServerProcess,
    postgres_and_redis_reachable,
    start_server,
)

H2LOAD_DIR = ROOT / "build" / "h2load"  # the Makefile's $(H2LOAD) rule unpacks Debian's nghttp2-client here
H2LOAD = H2LOAD_DIR / "usr" / "bin" / "h2load"
CALLERS = (1, 32)
METHOD = "rupaya.v1.AccountService/GetAccount"
CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


@dataclass
class Run:
    side: str  # "gateway" or "direct"
    callers: int
    calls: int
    per_second: float
    cpu_ms_per_call: float


def cpu_seconds(pid: int) -> float:
    """utime + stime of the process (all its threads), from /proc/<pid>/stat."""
    fields = pathlib.Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / CLOCK_TICKS


def handled_ok(server: ServerProcess) -> int:
    """GetAccount calls the server completed with OK (its Prometheus counter)."""
    text = (
        urllib.request.urlopen(f"http://127.0.0.1:{server.metrics_port}/metrics", timeout=10).read().decode()
    )
    pattern = r"grpc_server_handled_total\{([^}]*)\} ([0-9.e+]+)"
    return sum(
        int(float(value))
        for labels, value in re.findall(pattern, text)
        if 'grpc_method="GetAccount"' in labels and 'grpc_code="OK"' in labels
    )


def h2load_env() -> dict[str, str]:
    libs = [str(p) for p in (H2LOAD_DIR / "usr" / "lib").glob("*-linux-gnu")]
    return {**os.environ, "LD_LIBRARY_PATH": os.pathsep.join(libs)}


def h2load(args: list[str], calls: int) -> tuple[int, float]:
    """(calls done, calls/s) of one h2load run of `calls` calls (a count, not a duration, so the
    server's counter must match it exactly); exits on any failed or non-2xx request."""
    out = subprocess.run(
        [str(H2LOAD), "-n", str(calls), *args], env=h2load_env(), capture_output=True, text=True, timeout=600
    )
    text = out.stdout + out.stderr
    done = re.search(
        r"requests: \d+ total, \d+ started, (\d+) done, (\d+) succeeded, (\d+) failed, (\d+) errored", text
    )
    rate = re.search(r"finished in [0-9.]+\w+, ([0-9.]+) req/s", text)
    codes = re.search(r"status codes: (\d+) 2xx, (\d+) 3xx, (\d+) 4xx, (\d+) 5xx", text)
    if out.returncode != 0 or not (done and rate and codes):
        sys.exit(f"h2load failed:\n{text}")
    if int(done.group(3)) or int(done.group(4)) or int(codes.group(1)) != int(done.group(2)):
        sys.exit(f"h2load saw failed or non-2xx requests:\n{text}")
    return int(done.group(2)), float(rate.group(1))


@dataclass
class Target:
    server: ServerProcess
    account_id: str
    token: str
    body_file: pathlib.Path

    def args(self, side: str, callers: int) -> list[str]:
        auth = ["-H", f"authorization: Bearer {self.token}"]
        common = ["-c", str(callers), "-m", "1", "-t", "1", *auth]
        if side == "gateway":
            return [*common, "--h1", f"{self.server.http_url}/v1/accounts/{self.account_id}"]
        grpc_headers = ["-H", "content-type: application/grpc", "-H", "te: trailers"]
        url = f"http://{self.server.target}/{METHOD}"
        return [*common, *grpc_headers, "-d", str(self.body_file), url]

    def measure(self, side: str, callers: int, calls: int) -> Run:
        ok_before = handled_ok(self.server)
        cpu_before = cpu_seconds(self.server.process.pid)
        done, per_second = h2load(self.args(side, callers), calls)
        cpu = cpu_seconds(self.server.process.pid) - cpu_before
        ok = handled_ok(self.server) - ok_before
        if not done == ok == calls:  # a gRPC error is HTTP 200 to h2load: the server's count decides
            sys.exit(
                f"{side}, {callers} callers: {calls} calls sent, h2load saw {done} done, the server {ok} OK"
            )
        return Run(side, callers, calls, per_second, cpu / calls * 1000)


def setup(server: ServerProcess, work: pathlib.Path) -> Target:
    with grpc.insecure_channel(server.target) as channel:
        signed, metadata, account = signed_up_with_account(
            channel, "Everyday", accounts_pb2.ACCOUNT_TYPE_CHECKING
        )
        accounts = accounts_pb2_grpc.AccountServiceStub(channel)
        request = accounts_pb2.GetAccountRequest(id=account.id)
        # The very call h2load repeats, checked once through grpcio for its grpc-status.
        assert accounts.GetAccount(request, metadata=metadata).account.id == account.id
    payload = request.SerializeToString()
    body = work / "get-account.grpc"
    body.write_bytes(b"\x00" + len(payload).to_bytes(4, "big") + payload)  # gRPC's 5-byte frame
    return Target(server, account.id, signed.tokens.access_token, body)


def median_of(runs: list[Run], side: str, callers: int) -> Run:
    mine = [r for r in runs if r.side == side and r.callers == callers]
    return Run(
        side,
        callers,
        int(statistics.median(r.calls for r in mine)),
        statistics.median(r.per_second for r in mine),
        statistics.median(r.cpu_ms_per_call for r in mine),
    )


def report(runs: list[Run], rounds: int) -> None:
    print(f"\nGetAccount, medians of {rounds} rounds (server-side CPU per call from /proc)")
    print(f"{'callers':>7}  {'side':<8} {'calls/s':>9} {'CPU ms/call':>12}")
    for callers in CALLERS:
        for side in ("gateway", "direct"):
            m = median_of(runs, side, callers)
            print(f"{callers:>7}  {side:<8} {m.per_second:>9.0f} {m.cpu_ms_per_call:>12.3f}")
    for callers in CALLERS:
        gw, direct = median_of(runs, "gateway", callers), median_of(runs, "direct", callers)
        print(
            f"{callers:>2} callers: gateway / direct throughput {gw.per_second / direct.per_second:.2f}, "
            f"CPU per call {gw.cpu_ms_per_call / direct.cpu_ms_per_call:.2f}x"
        )
    gw, direct = median_of(runs, "gateway", 32), median_of(runs, "direct", 32)
    print(
        f"targets at 32 callers: throughput ratio >= 0.5: {gw.per_second / direct.per_second:.2f}; "
        f"CPU per call <= 2x: {gw.cpu_ms_per_call / direct.cpu_ms_per_call:.2f}x"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--seconds", type=int, default=5, help="about how long each measured run lasts")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--backend", choices=("postgres", "embedded"), default="postgres")
    args = parser.parse_args()
    if not H2LOAD.exists():
        sys.exit(f"no h2load at {H2LOAD}: run `make bench-gateway` (fetches it into build/)")
    work = pathlib.Path(tempfile.mkdtemp(prefix="rupaya-bench-gateway-"))
    if args.backend == "postgres":
        why = postgres_and_redis_reachable()
        if why:
            sys.exit(f"needs PostgreSQL and Redis ({why}); or --backend embedded")
        backend = Backend.postgres()
    else:
        backend = Backend.embedded(work)
    unlimited = {f"RUPAYA_RATE_LIMIT_{b}": "100000000/60" for b in ("DEFAULT", "STRICT", "BULK")}
    server = start_server(backend, work, extra_env={**unlimited, "RUPAYA_LOG_FORMAT": "json"})
    try:
        target = setup(server, work)
        print(f"backend {backend.name}; server pid {server.process.pid}; h2load {H2LOAD}")
        # Warm up (connections, caches, code paths) and size each run to about --seconds.
        calls = {}
        for side in ("gateway", "direct"):
            for callers in CALLERS:
                _, per_second = h2load(target.args(side, callers), 500)
                calls[side, callers] = max(500, int(per_second * args.seconds) // callers * callers)
        runs = []
        for round_ in range(args.rounds):
            for callers in CALLERS:
                sides = ("gateway", "direct") if round_ % 2 == 0 else ("direct", "gateway")
                for side in sides:
                    run = target.measure(side, callers, calls[side, callers])
                    runs.append(run)
                    print(
                        f"round {round_ + 1}: {side:<8} {callers:>2} callers: {run.calls:>6} calls, "
                        f"{run.per_second:>7.0f}/s, {run.cpu_ms_per_call:.3f} ms CPU per call",
                        flush=True,
                    )
        report(runs, args.rounds)
    finally:
        server.stop()
        backend.drop()


if __name__ == "__main__":
    main()
