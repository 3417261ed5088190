"""Sign-up, sign-in, refresh rotation and sign-out rules. No gRPC, no SQL here."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from server.auth import repository
from server.auth.passwords import hash_password, verify_password
from server.auth.sessions import SessionGuard
from server.auth.tokens import AccessTokens, hash_refresh_token, new_refresh_token
from server.context import Principal
from server.db.engine import Database
from server.db.tables import RefreshToken, Session, User
from server.errors import DomainError
from server.ids import uuid7


@dataclass(frozen=True)
class Device:
    device_id: str = ""
    device_name: str = ""
    platform: int = 0


@dataclass(frozen=True)
class IssuedTokens:
    user_id: uuid.UUID
    access_token: str
    access_expires: dt.datetime
    refresh_token: str
    refresh_expires: dt.datetime


def normalize_email(email: str) -> str:
    return email.strip().lower()


class Authenticator:
    def __init__(self, db: Database, tokens: AccessTokens, guard: SessionGuard, refresh_ttl_s: int) -> None:
        self._db = db
        self._tokens = tokens
        self._guard = guard
        self._refresh_ttl = dt.timedelta(seconds=refresh_ttl_s)

    async def sign_up(self, email: str, password: str, display_name: str, device: Device) -> IssuedTokens:
        email = normalize_email(email)
        password_hash = await hash_password(password)
        now = _now()
        async with self._db.transaction() as s:
            if await repository.email_taken(s, email):
                # Same reason and message whatever the cause, so sign-up is no
                # cheap oracle for which e-mails have accounts.
                raise DomainError("SIGN_UP_FAILED")
            user = User(
                id=uuid7(),
                email=email,
                password_hash=password_hash,
                display_name=display_name,
                created_at=now,
                updated_at=now,
            )
            await repository.add(s, user)
            return await self._open_session(s, user.id, device, now)

    async def sign_in(self, email: str, password: str, device: Device) -> IssuedTokens:
        async with self._db.transaction() as s:
            user = await repository.find_user_by_email(s, normalize_email(email))
        ok = await verify_password(user.password_hash if user else None, password)
        if user is None or not ok:
            raise DomainError("INVALID_CREDENTIALS")
        async with self._db.transaction() as s:
            return await self._open_session(s, user.id, device, _now())

    async def refresh(self, refresh_token: str) -> IssuedTokens:
        now = _now()
        reused_session: uuid.UUID | None = None
        async with self._db.transaction() as s:
            found = await repository.find_refresh_token(s, hash_refresh_token(refresh_token))
            if found is None:
                raise DomainError("REFRESH_TOKEN_INVALID")
            token, session = found
            if session.revoked_at is not None or session.expires_at <= now or token.expires_at <= now:
                raise DomainError("REFRESH_TOKEN_INVALID")
            if token.used_at is None and await repository.spend_refresh_token(s, token.id, now):
                # Sliding expiry: a session lives while it is used at least once per refresh TTL.
                await repository.touch_session(s, session.id, now, now + self._refresh_ttl)
                return await self._issue(s, session, now)
            # A rotated token came back: it leaked, or a thief already used it.
            # End the whole family; the legitimate holder signs in again.
            await repository.revoke_session(s, session.id, now, "refresh_token_reuse")
            reused_session = session.id
        await self._guard.mark_revoked(reused_session)
        raise DomainError("REFRESH_TOKEN_INVALID")

    async def sign_out(self, principal: Principal) -> None:
        async with self._db.transaction() as s:
            await repository.revoke_session(s, principal.session_id, _now(), "sign_out")
        await self._guard.mark_revoked(principal.session_id)

    async def _open_session(
        self, s: AsyncSession, user_id: uuid.UUID, device: Device, now: dt.datetime
    ) -> IssuedTokens:
        session = Session(
            id=uuid7(),
            user_id=user_id,
            device_id=device.device_id,
            device_name=device.device_name,
            platform=device.platform,
            created_at=now,
            last_used_at=now,
            expires_at=now + self._refresh_ttl,
            revoked_reason="",
        )
        await repository.add(s, session)
        return await self._issue(s, session, now)

    async def _issue(self, s: AsyncSession, session: Session, now: dt.datetime) -> IssuedTokens:
        refresh, refresh_hash = new_refresh_token()
        refresh_expires = now + self._refresh_ttl
        await repository.add(
            s,
            RefreshToken(
                id=uuid7(),
                session_id=session.id,
                token_hash=refresh_hash,
                created_at=now,
                expires_at=refresh_expires,
            ),
        )
        access, access_expires = self._tokens.issue(Principal(session.user_id, session.id), now)
        return IssuedTokens(session.user_id, access, access_expires, refresh, refresh_expires)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
