"""Rate limiter: GCRA (a token bucket kept as one timestamp) in Redis, or in-process.

In Redis the whole decision is one Lua script, so it is atomic and one round trip, and it
reads Redis's clock, so replicas with skewed clocks still share one limit. The same script
can first check a guard key of the shared cache (the caller's session marker): an
authenticated call then learns "session live" and "quota left" in that one round trip, and a
call whose guard does not hold takes no quota.
"""

from __future__ import annotations

import hashlib
import math
import time
from dataclasses import dataclass
from typing import Protocol

import redis.exceptions

from server.config import RateLimit
from server.redis_mux import MuxConnection


@dataclass(frozen=True)
class Decision:
    allowed: bool
    limit: int
    remaining: int  # calls still allowed right now, after this one
    retry_after_s: float  # when a refused call may be retried
    reset_after_s: float  # until the bucket is full again


@dataclass(frozen=True)
class GuardFailed:
    """The guard key did not hold the expected value; no quota was taken."""

    found: bytes | None  # what it held instead (None: absent)


class Limiter(Protocol):
    async def acquire(
        self,
        key: str,
        limit: RateLimit,
        guard: tuple[str, bytes] | None = None,
        seed_guard_s: float | None = None,
    ) -> Decision | GuardFailed:
        """Takes one call from `key`'s bucket. With `guard` = (cache key, value), only if that
        key of the shared cache holds that value; a limiter that cannot see the cache (the
        in-process one) ignores the guard, so `checks_guard` says whether it was honoured.
        With `seed_guard_s`, the guard key is first given its value for that long where it
        holds none (never over another value: a revocation written meanwhile stays)."""
        ...

    checks_guard: bool

    async def close(self) -> None: ...


def _interval_ms(limit: RateLimit) -> int:
    return max(1, round(limit.period_s * 1000 / limit.count))


def _decide(now_ms: int, tat_ms: int | None, limit: RateLimit) -> tuple[Decision, int | None]:
    """GCRA: the decision and the new theoretical arrival time (None when refused)."""
    interval = _interval_ms(limit)
    tat = max(tat_ms or now_ms, now_ms)
    new_tat = tat + interval
    allow_at = new_tat - interval * limit.count
    if now_ms < allow_at:
        return Decision(False, limit.count, 0, (allow_at - now_ms) / 1000, (tat - now_ms) / 1000), None
    remaining = (now_ms - allow_at) // interval
    return Decision(True, limit.count, remaining, 0.0, (new_tat - now_ms) / 1000), new_tat


class InProcessLimiter:
    """One process only: right for the embedded default, not for replicas."""

    checks_guard = False

    def __init__(self) -> None:
        self._tats: dict[str, int] = {}

    async def acquire(
        self,
        key: str,
        limit: RateLimit,
        guard: tuple[str, bytes] | None = None,
        seed_guard_s: float | None = None,
    ) -> Decision | GuardFailed:
        now = time.monotonic_ns() // 1_000_000
        if len(self._tats) > 100_000:
            self._tats = {k: tat for k, tat in self._tats.items() if tat > now}
        decision, new_tat = _decide(now, self._tats.get(key), limit)
        if new_tat is not None:
            self._tats[key] = new_tat
        return decision

    async def close(self) -> None:
        self._tats.clear()


# KEYS[1] bucket key; ARGV[1] emission interval (ms); ARGV[2] burst (calls); optionally
# KEYS[2] guard key and ARGV[3] the value it must hold, and ARGV[4] how long (ms) to give it
# that value first where it holds none.
# Returns {allowed, remaining, retry_after_ms, reset_after_ms}, same arithmetic as _decide,
# or {-1, value found} when the guard does not hold.
_GCRA = """
if KEYS[2] then
  if ARGV[4] then redis.call('SET', KEYS[2], ARGV[3], 'PX', ARGV[4], 'NX') end
  local found = redis.call('GET', KEYS[2])
  if found ~= ARGV[3] then return {-1, found} end
end
local t = redis.call('TIME')
local now = tonumber(t[1]) * 1000 + math.floor(tonumber(t[2]) / 1000)
local interval = tonumber(ARGV[1])
local tat = tonumber(redis.call('GET', KEYS[1]) or now)
if tat < now then tat = now end
local new_tat = tat + interval
local allow_at = new_tat - interval * tonumber(ARGV[2])
if now < allow_at then
  return {0, 0, allow_at - now, tat - now}
end
redis.call('SET', KEYS[1], new_tat, 'PX', new_tat - now)
return {1, math.floor((now - allow_at) / interval), 0, new_tat - now}
"""


class RedisLimiter:
    """Shared by every replica that uses the same Redis and key prefix."""

    def __init__(self, url: str, prefix: str) -> None:
        self._prefix = prefix
        # A short timeout: a limiter that hangs would stall every call it guards.
        self._redis = MuxConnection(url, timeout_s=0.5)
        self._sha = hashlib.sha1(_GCRA.encode()).hexdigest()

    checks_guard = True

    async def acquire(
        self,
        key: str,
        limit: RateLimit,
        guard: tuple[str, bytes] | None = None,
        seed_guard_s: float | None = None,
    ) -> Decision | GuardFailed:
        keys, args = [f"{self._prefix}ratelimit:{key}"], [_interval_ms(limit), limit.count]
        if guard is not None:
            keys.append(self._prefix + guard[0])  # the cache shares the prefix
            args.append(guard[1])
            if seed_guard_s is not None:
                args.append(max(1, round(seed_guard_s * 1000)))
        try:
            reply = await self._redis.execute("EVALSHA", self._sha, len(keys), *keys, *args)
        except redis.exceptions.NoScriptError:  # Redis restarted: EVAL caches the script again
            reply = await self._redis.execute("EVAL", _GCRA, len(keys), *keys, *args)
        if reply[0] == -1:
            return GuardFailed(reply[1] if len(reply) > 1 else None)  # Lua drops a trailing nil
        allowed, remaining, retry_ms, reset_ms = reply
        return Decision(bool(allowed), limit.count, int(remaining), retry_ms / 1000, reset_ms / 1000)

    async def close(self) -> None:
        await self._redis.close()


def make_limiter(redis_url: str, prefix: str) -> Limiter:
    return RedisLimiter(redis_url, prefix) if redis_url else InProcessLimiter()


def reset_header(decision: Decision) -> str:
    """Whole seconds until the bucket is full again (RateLimit-Reset header style)."""
    return str(math.ceil(decision.reset_after_s))
