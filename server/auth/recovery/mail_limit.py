"""How many recovery messages one account (resend, change of address) or one address (reset)
may cause per window, on top of the strict bucket per caller: nobody fills a mailbox through
us. Counted in the shared rate limiter under a keyed hash, so the keys name no address."""

from __future__ import annotations

from server.cache_failsoft import REDIS_DOWN
from server.config import RateLimit
from server.crypto import DataKey
from server.errors import DomainError
from server.ratelimit import Decision, Limiter

BUCKET = "recovery_mail"


class MailLimit:
    def __init__(self, limiter: Limiter, limit: RateLimit, data_key: DataKey, fail_open: bool) -> None:
        self._limiter = limiter
        self._limit = limit
        self._key = data_key
        self._fail_open = fail_open

    async def take(self, subject: bytes) -> None:
        """One message for `subject` (b"account:<id>", b"address:<email>"); RATE_LIMITED past the limit."""
        key = f"{BUCKET}:{self._key.keyed_hash(b'recovery mail ' + subject).hex()}"
        try:
            decision = await self._limiter.acquire(key, self._limit)
        except REDIS_DOWN:
            if self._fail_open:
                return
            raise
        assert isinstance(decision, Decision)  # no guard given
        if not decision.allowed:
            raise DomainError(
                "RATE_LIMITED",
                metadata={
                    "bucket": BUCKET,
                    "limit": str(self._limit.count),
                    "period_s": f"{self._limit.period_s:g}",
                },
                retry_after_s=decision.retry_after_s,
            )
