"""MFA sign-in challenges: the short-lived, single-use ticket between the password step
and the code step. Kept in the shared cache (Redis across replicas), by hash only."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import secrets
import uuid
from dataclasses import dataclass

from server.cache import Cache

TTL_S = 300
MAX_WRONG_CODES = 5


@dataclass(frozen=True)
class Pending:
    user_id: uuid.UUID
    device_id: str
    device_name: str
    platform: int


def _key(challenge: str) -> str:
    return "mfa:challenge:" + hashlib.sha256(challenge.encode()).hexdigest()


class MfaChallenges:
    def __init__(self, cache: Cache) -> None:
        self._cache = cache

    async def open(self, pending: Pending) -> tuple[str, dt.datetime]:
        challenge = secrets.token_urlsafe(32)
        body = {**pending.__dict__, "user_id": str(pending.user_id)}
        await self._cache.set(_key(challenge), json.dumps(body).encode(), TTL_S)
        return challenge, dt.datetime.now(dt.UTC) + dt.timedelta(seconds=TTL_S)

    async def find(self, challenge: str) -> Pending | None:
        raw = await self._cache.get(_key(challenge))
        if raw is None:
            return None
        body = json.loads(raw)
        return Pending(uuid.UUID(body["user_id"]), body["device_id"], body["device_name"], body["platform"])

    async def wrong_code(self, challenge: str) -> None:
        """Counts a wrong code; the challenge dies after MAX_WRONG_CODES (no brute force)."""
        if await self._cache.incr(_key(challenge) + ":wrong", TTL_S) >= MAX_WRONG_CODES:
            await self._cache.delete(_key(challenge))

    async def consume(self, challenge: str) -> bool:
        """True for exactly one caller, even when two replicas race with the same challenge."""
        first = await self._cache.incr(_key(challenge) + ":used", TTL_S) == 1
        await self._cache.delete(_key(challenge))
        return first
