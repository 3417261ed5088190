"""The asyncio load generator: N callers in one process, each making one call after another
for a fixed time, spread over a few channels (one TCP connection each, so a multi-worker
server's SO_REUSEPORT gets several connections to share out). The echo server and RUPAYA are
driven by this same code, so their figures compare."""

from __future__ import annotations

import asyncio
import statistics
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import grpc

CHANNELS = 8
WARM_UP_S = 0.5  # not counted: connections, caches, plans

Call = Callable[[], Awaitable[object]]
MakeCall = Callable[[grpc.aio.Channel], Call]


@dataclass
class Run:
    calls: int
    errors: int
    seconds: float
    latencies_ms: list[float] = field(repr=False)
    first_error: str = ""
    warm_up_calls: int = 0  # made before the counted ones (for CPU per call over the whole drive)

    @property
    def per_second(self) -> float:
        return self.calls / self.seconds

    def percentile(self, p: float) -> float:
        if not self.latencies_ms:
            return float("nan")
        ordered = sorted(self.latencies_ms)
        return ordered[min(len(ordered) - 1, int(p / 100 * len(ordered)))]


def drive(target: str, make_call: MakeCall, callers: int, seconds: float) -> Run:
    return asyncio.run(_drive(target, make_call, callers, seconds))


async def _drive(target: str, make_call: MakeCall, callers: int, seconds: float) -> Run:
    options = [("grpc.use_local_subchannel_pool", 1)]  # a connection of its own per channel
    channels = [grpc.aio.insecure_channel(target, options=options) for _ in range(min(callers, CHANNELS))]
    calls = [make_call(channel) for channel in channels]
    latencies: list[float] = []
    errors: list[str] = []
    warm_up_calls = 0

    async def caller(call: Call, until: float, counted: bool) -> None:
        nonlocal warm_up_calls
        while (started := time.perf_counter()) < until:
            try:
                await call()
            except grpc.aio.AioRpcError as error:
                if counted:
                    errors.append(f"{error.code().name}: {error.details()}")
                continue
            if counted:
                latencies.append((time.perf_counter() - started) * 1000)
            else:
                warm_up_calls += 1

    try:
        warm_until = time.perf_counter() + WARM_UP_S
        await asyncio.gather(*(caller(calls[i % len(calls)], warm_until, False) for i in range(callers)))
        started = time.perf_counter()
        until = started + seconds
        await asyncio.gather(*(caller(calls[i % len(calls)], until, True) for i in range(callers)))
        elapsed = time.perf_counter() - started
    finally:
        for channel in channels:
            await channel.close()
    return Run(len(latencies), len(errors), elapsed, latencies, errors[0] if errors else "", warm_up_calls)


def median_and_range(values: list[float]) -> tuple[float, float, float]:
    return statistics.median(values), min(values), max(values)


def ratio_text(values: list[float], digits: int = 3) -> str:
    """'0.123 (0.110-0.130)': the median and the range over rounds."""
    middle, low, high = median_and_range(values)
    return f"{middle:.{digits}f} ({low:.{digits}f}-{high:.{digits}f})"


def drive_calls(target: str, make_call: MakeCall, calls: int) -> int:
    """`calls` calls one after another (for counting what each costs); how many succeeded."""

    async def run() -> int:
        async with grpc.aio.insecure_channel(target) as channel:
            call, ok = make_call(channel), 0
            for _ in range(calls):
                try:
                    await call()
                    ok += 1
                except grpc.aio.AioRpcError:
                    pass
            return ok

    return asyncio.run(run())
