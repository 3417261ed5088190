"""Single-use tokens sent by e-mail: random (256 bits), stored only as their SHA-256 (a
database dump opens nothing), short-lived, bound to a user and to what they prove (an address,
or the password version a reset may replace). Spent by one conditional UPDATE, so of two
concurrent uses at most one succeeds."""

from __future__ import annotations

import datetime as dt
import hashlib
import secrets
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from server.auth.recovery import repository
from server.db.tables import AccountToken, User
from server.errors import DomainError
from server.ids import uuid7

VERIFY_EMAIL = "verify_email"
PASSWORD_RESET = "password_reset"
# Where the web app opens each kind of link; the token travels in the fragment, which
# browsers never send to a server (no access logs, no Referer).
LINK_PATHS = {VERIFY_EMAIL: "/verify-email", PASSWORD_RESET: "/reset-password"}


def hash_token(token: str) -> bytes:
    return hashlib.sha256(token.encode()).digest()


@dataclass(frozen=True)
class Issued:
    token: str
    link: str


class AccountTokens:
    def __init__(self, public_web_url: str) -> None:
        self._web = public_web_url

    async def issue(
        self, s: AsyncSession, user: User, purpose: str, ttl_s: int, *, email: str = ""
    ) -> Issued:
        token = secrets.token_urlsafe(32)
        now = dt.datetime.now(dt.UTC)
        await repository.add(
            s,
            AccountToken(
                id=uuid7(),
                user_id=user.id,
                purpose=purpose,
                token_hash=hash_token(token),
                email=email,
                password_version=user.password_version,
                created_at=now,
                expires_at=now + dt.timedelta(seconds=ttl_s),
            ),
        )
        return Issued(token, f"{self._web}{LINK_PATHS[purpose]}#token={token}")

    async def find_live(self, s: AsyncSession, token: str, purpose: str) -> AccountToken:
        """The unexpired, unused token; else TOKEN_INVALID, one reason for every cause."""
        found = await repository.find_token(s, hash_token(token), purpose)
        if found is None or found.used_at is not None or found.expires_at <= dt.datetime.now(dt.UTC):
            raise DomainError("TOKEN_INVALID")
        return found

    async def spend(self, s: AsyncSession, found: AccountToken) -> None:
        if not await repository.spend_token(s, found.id, dt.datetime.now(dt.UTC)):
            raise DomainError("TOKEN_INVALID")
