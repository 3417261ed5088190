"""The cached "session live" marker: a revocation is never overwritten by a read that started
before it, and calls that find the marker expired at once share one database read.

Real database (the server's, migrated) and real cache (Redis under PostgreSQL, in-process
on the embedded default); only the timing of the concurrent revocation is arranged."""

from __future__ import annotations

import asyncio
import secrets
import uuid
from collections.abc import AsyncIterator, Awaitable, Callable
from contextlib import asynccontextmanager
from typing import Any

import jwt
import pytest

from server.auth import repository
from server.auth.sessions import ACTIVE, REVOKED, SessionGuard
from server.cache import Cache, make_cache
from server.config import RateLimit, normalize_database_url
from server.db.engine import Database
from server.ratelimit import Decision, GuardFailed, RedisLimiter
from tests.servers import REDIS_URL, Connection, ServerProcess


@asynccontextmanager
async def _guard(server: ServerProcess) -> AsyncIterator[tuple[SessionGuard, Cache]]:
    backend = server.backend
    db = Database(normalize_database_url(backend.sync_db_url))
    redis_url = REDIS_URL if backend.name == "postgres" else ""
    cache = make_cache(redis_url, f"rupaya_test_marker_{secrets.token_hex(4)}:")
    try:
        yield SessionGuard(db, cache, revoked_ttl_s=60), cache
    finally:
        await cache.close()
        await db.close()


def _live_session(conn: Connection) -> uuid.UUID:
    client = conn.client().sign_up()
    return uuid.UUID(jwt.decode(client.token, options={"verify_signature": False})["sid"])


def _reads_counted(
    monkeypatch: pytest.MonkeyPatch, then: Callable[[], Awaitable[None]] | None = None
) -> list[uuid.UUID]:
    """Counts database reads of session state; `then` runs after each read, before its answer is used."""
    reads: list[uuid.UUID] = []
    real = repository.session_is_active

    async def counted(s: Any, session_id: uuid.UUID, now: Any) -> bool:
        active = await real(s, session_id, now)
        reads.append(session_id)
        await asyncio.sleep(0.05)  # long enough for every concurrent caller to arrive
        if then is not None:
            await then()
        return active

    monkeypatch.setattr(repository, "session_is_active", counted)
    return reads


def test_a_revocation_during_the_read_is_not_overwritten(
    conn: Connection, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    session_id = _live_session(conn)

    async def run() -> tuple[bool, bytes | None]:
        async with _guard(server) as (guard, cache):
            _reads_counted(monkeypatch, then=lambda: guard.mark_revoked(session_id))
            live = await guard.settle(session_id, None)  # the read saw it live; then it was revoked
            return live, await cache.get(f"session:{session_id}")

    live, marker = asyncio.run(run())
    assert live  # the call that began before the revocation
    assert marker == REVOKED  # every later call on any replica is refused


def test_calls_finding_the_marker_gone_share_one_database_read(
    conn: Connection, server: ServerProcess, monkeypatch: pytest.MonkeyPatch
) -> None:
    live_session, unknown_session = _live_session(conn), uuid.uuid4()

    async def run() -> tuple[list[bool], list[bool], bytes | None, bytes | None]:
        async with _guard(server) as (guard, cache):
            live = await asyncio.gather(*(guard.settle(live_session, None) for _ in range(50)))
            unknown = await asyncio.gather(*(guard.settle(unknown_session, None) for _ in range(50)))
            return (
                live,
                unknown,
                await cache.get(f"session:{live_session}"),
                await cache.get(f"session:{unknown_session}"),
            )

    reads = _reads_counted(monkeypatch)
    live, unknown, live_marker, unknown_marker = asyncio.run(run())
    assert live == [True] * 50 and unknown == [False] * 50
    assert sorted(map(str, reads)) == sorted([str(live_session), str(unknown_session)])  # one each
    assert (live_marker, unknown_marker) == (ACTIVE, REVOKED)


def test_the_limiter_writes_a_missing_live_marker_with_the_quota_but_never_over_a_revocation(
    server: ServerProcess,
) -> None:
    """Admission's call after a database read found the session live (server/interceptors/
    admission.py): the marker goes in with the quota in one script, only where none is."""
    if server.backend.name != "postgres":
        pytest.skip("the in-process limiter does not see the cache (it checks no marker)")
    live, revoked = f"session:{uuid.uuid4()}", f"session:{uuid.uuid4()}"

    async def run() -> tuple[Any, Any, Any, bytes | None, bytes | None]:
        prefix = f"rupaya_test_marker_{secrets.token_hex(4)}:"
        limiter, cache = RedisLimiter(REDIS_URL, prefix), make_cache(REDIS_URL, prefix)
        try:
            await cache.set(revoked, REVOKED, 60)  # revoked while the database read ran
            unseeded = await limiter.acquire("default:user:a", LIMIT, (live, ACTIVE))
            seeded = await limiter.acquire("default:user:a", LIMIT, (live, ACTIVE), seed_guard_s=30)
            refused = await limiter.acquire("default:user:b", LIMIT, (revoked, ACTIVE), seed_guard_s=30)
            return unseeded, seeded, refused, await cache.get(live), await cache.get(revoked)
        finally:
            await limiter.close()
            await cache.close()

    unseeded, seeded, refused, live_marker, revoked_marker = asyncio.run(run())
    assert unseeded == GuardFailed(None)  # without seeding, an absent marker fails the guard
    assert isinstance(seeded, Decision) and seeded.allowed and seeded.remaining == LIMIT.count - 1
    assert refused == GuardFailed(REVOKED)
    assert (live_marker, revoked_marker) == (ACTIVE, REVOKED)


LIMIT = RateLimit(600, 60)
