"""E-mail verification and change of address. No gRPC here.

A sign-up's address gets a verification message; VerifyEmail proves it. A change of address
keeps the old (sign-in) address until the new one is verified; only then is the new one checked
for uniqueness, so asking to change to an address tells nothing about whether it has an account
(the owner of that mailbox, who alone can verify, is refused with the generic TOKEN_INVALID)."""

from __future__ import annotations

import datetime as dt
import uuid

from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from server import audit, notices
from server.auth import repository as auth_rows
from server.auth.domain import normalize_email
from server.auth.passwords import verify_password
from server.auth.recovery import repository
from server.auth.recovery.mail_limit import MailLimit
from server.auth.recovery.tokens import VERIFY_EMAIL, AccountTokens
from server.db.engine import Database
from server.db.tables import User
from server.errors import DomainError, invalid
from server.mail import outbox


class EmailVerification:
    def __init__(self, db: Database, tokens: AccountTokens, ttl_s: int, limit: MailLimit) -> None:
        self._db = db
        self._tokens = tokens
        self._ttl_s = ttl_s
        self._limit = limit

    async def send(self, s: AsyncSession, user: User, address: str) -> None:
        """A verification message for `address` (the user's, or the one they change to), in `s`."""
        issued = await self._tokens.issue(s, user, VERIFY_EMAIL, self._ttl_s, email=address)
        outbox.enqueue(
            s,
            to=address,
            template="verify_email",
            values={
                "display_name": notices.greeting_name(user),
                "email": address,
                "link": issued.link,
                "token": issued.token,
                "expires_in": notices.expires_in(self._ttl_s),
            },
        )

    async def resend(self, user_id: uuid.UUID) -> None:
        """Again to the address waiting for verification; nothing when none is."""
        await self._limit.take(b"account:" + user_id.bytes)
        async with self._db.transaction() as s:
            user = await repository.lock_user(s, user_id)
            if user is None:
                raise DomainError("UNAUTHENTICATED")
            address = user.pending_email or (user.email if user.email_verified_at is None else None)
            if address:
                await self.send(s, user, address)

    async def verify(self, token: str, peer: str) -> None:
        try:
            async with self._db.transaction() as s:
                await self._verify(s, token, peer)
        except IntegrityError:  # the new address was taken between our check and the commit
            raise DomainError("TOKEN_INVALID") from None

    async def _verify(self, s: AsyncSession, token: str, peer: str) -> None:
        found = await self._tokens.find_live(s, token, VERIFY_EMAIL)
        user = await repository.lock_user(s, found.user_id)
        if user is None:
            raise DomainError("TOKEN_INVALID")
        now = dt.datetime.now(dt.UTC)
        detail = ""
        if found.email == user.pending_email:
            if await auth_rows.email_taken(s, found.email):
                raise DomainError("TOKEN_INVALID")
            user.email, user.pending_email, detail = found.email, None, "changed"
        elif found.email != user.email:  # an address the account no longer has or wants
            raise DomainError("TOKEN_INVALID")
        await self._tokens.spend(s, found)
        if user.email_verified_at is None or detail:
            user.email_verified_at = now
        user.version += 1
        user.updated_at = now
        await s.flush()
        await audit.record(
            s, user.id, audit.Action.AUDIT_ACTION_EMAIL_VERIFIED, audit.Actor(peer=peer), detail
        )

    async def change_email(
        self, user_id: uuid.UUID, session_id: uuid.UUID, new_email: str, password: str, peer: str
    ) -> None:
        new_email = normalize_email(new_email)
        async with self._db.read() as s:
            current = await auth_rows.find_user(s, user_id)
        if current is None or not await verify_password(current.password_hash, password):
            raise DomainError("INVALID_CREDENTIALS")
        if new_email == current.email:
            raise invalid("new_email", "is already the account's address")
        await self._limit.take(b"account:" + user_id.bytes)
        async with self._db.transaction() as s:
            user = await repository.lock_user(s, user_id)
            if user is None:
                raise DomainError("UNAUTHENTICATED")
            user.pending_email = new_email
            user.version += 1
            user.updated_at = dt.datetime.now(dt.UTC)
            await s.flush()
            await self.send(s, user, new_email)
            await notices.security_notice(s, user.id, "email_change_notice", new_email=new_email)
            actor = audit.Actor(peer=peer, session_id=session_id)
            await audit.record(s, user.id, audit.Action.AUDIT_ACTION_EMAIL_CHANGE_REQUESTED, actor)
