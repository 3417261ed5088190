"""The background step that resolves queued password-reset requests: for each, the account
with that address, if any, gets a token and its message, but only when the address is
verified. Runs in every serving process; replicas share the queue without taking a request
twice (repository.claim_reset_requests)."""

from __future__ import annotations

import asyncio

import structlog
from sqlalchemy.ext.asyncio import AsyncSession

from server import audit, notices
from server.auth.recovery import repository
from server.auth.recovery.tokens import PASSWORD_RESET, AccountTokens
from server.db.engine import Database
from server.db.tables import PasswordResetRequest
from server.mail import outbox

log = structlog.get_logger("rupaya.recovery")
BATCH = 50


class ResetResolver:
    def __init__(self, db: Database, tokens: AccountTokens, ttl_s: int) -> None:
        self._db = db
        self._tokens = tokens
        self._ttl_s = ttl_s

    async def run_forever(self, interval_s: float) -> None:
        while True:
            try:
                while await self.resolve_batch() == BATCH:
                    pass
            except asyncio.CancelledError:
                raise
            except Exception:  # a database hiccup: the requests stay queued for the next round
                log.exception("password-reset requests not resolved this round")
            await asyncio.sleep(interval_s)

    async def resolve_batch(self) -> int:
        async with self._db.read() as s:  # most rounds find nothing: no write lock for those (SQLite)
            if not await repository.reset_requests_waiting(s):
                return 0
        async with self._db.transaction() as s:
            requests = await repository.claim_reset_requests(s, BATCH)
            for request in requests:
                await self._resolve(s, request)
        return len(requests)

    async def _resolve(self, s: AsyncSession, request: PasswordResetRequest) -> None:
        user = await repository.find_user_by_email(s, request.email)
        if user is None or user.email_verified_at is None:
            return  # nothing is sent, and nothing says so
        issued = await self._tokens.issue(s, user, PASSWORD_RESET, self._ttl_s)
        outbox.enqueue(
            s,
            to=user.email,
            template="password_reset",
            values={
                "display_name": notices.greeting_name(user),
                "link": issued.link,
                "token": issued.token,
                "expires_in": notices.expires_in(self._ttl_s),
            },
        )
        actor = audit.Actor(peer=request.peer_address)
        await audit.record(s, user.id, audit.Action.AUDIT_ACTION_PASSWORD_RESET_REQUESTED, actor)
