"""The progressive lockout schedule (5 -> 15 min, 10 -> 1 h, 20 -> 24 h) on the real Redis
that replicas share, read back from Redis the way an operator would."""

from __future__ import annotations

import asyncio
import secrets

import pytest
import redis

from server.auth.lockout import Lockout
from server.cache import RedisCache
from server.crypto import DataKey
from tests.servers import REDIS_URL, postgres_and_redis_reachable

pytestmark = pytest.mark.skipif(postgres_and_redis_reachable() is not None, reason="needs Redis")


def lock_ttl_after(failures: int) -> tuple[bool, float]:
    """(locked?, seconds the lock has left) after `failures` failed sign-ins of one e-mail."""
    prefix = f"rupaya_test_lockout_{secrets.token_hex(4)}:"

    async def run() -> bool:
        cache = RedisCache(REDIS_URL, prefix)
        lockout = Lockout(cache, DataKey.generate())
        try:
            for _ in range(failures):
                await lockout.record_failure("victim@example.com")
            return await lockout.is_locked("victim@example.com")
        finally:
            await cache.close()

    locked = asyncio.run(run())
    client = redis.Redis.from_url(REDIS_URL)
    try:
        keys = list(client.scan_iter(f"{prefix}lockout:until:*"))
        ttl = client.pttl(keys[0]) / 1000 if keys else 0.0
        failures_keys = list(client.scan_iter(f"{prefix}lockout:failures:*"))
        assert not failures or 0 < client.pttl(failures_keys[0]) <= 24 * 3600 * 1000  # the window expires
        for key in client.scan_iter(f"{prefix}*"):
            client.delete(key)
    finally:
        client.close()
    return locked, ttl


@pytest.mark.parametrize(
    ("failures", "locked", "lock_s"),
    [(4, False, 0), (5, True, 15 * 60), (9, True, 15 * 60), (10, True, 3600), (20, True, 24 * 3600)],
)
def test_lock_grows_with_failures(failures: int, locked: bool, lock_s: int) -> None:
    is_locked, ttl = lock_ttl_after(failures)
    assert is_locked == locked
    assert lock_s - 5 < ttl <= lock_s if locked else ttl == 0
