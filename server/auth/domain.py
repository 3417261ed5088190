"""Sign-up, sign-in (with lockout and the MFA challenge), refresh rotation, sign-out and
password change. No gRPC, no SQL here."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass
from typing import Protocol

from sqlalchemy.ext.asyncio import AsyncSession

from server import audit, notices
from server.auth import repository
from server.auth.challenges import MfaChallenges, Pending
from server.auth.lockout import Lockout
from server.auth.mfa import Mfa
from server.auth.password_policy import enforce_password_policy, personal_words
from server.auth.passwords import hash_password, verify_password
from server.auth.sessions import SessionGuard
from server.auth.tokens import AccessTokens, hash_refresh_token, new_refresh_token
from server.context import Principal
from server.db.engine import Database
from server.db.tables import RefreshToken, Session, User
from server.errors import DomainError
from server.ids import uuid7

Action = audit.Action


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


@dataclass(frozen=True)
class MfaChallenge:
    """The password was right; tokens come after CompleteMfaSignIn with this challenge."""

    user_id: uuid.UUID
    challenge: str
    expires: dt.datetime


def normalize_email(email: str) -> str:
    return email.strip().lower()


class SendsVerification(Protocol):
    """What sign-up needs of e-mail verification (server/auth/recovery/verification.py, which
    builds on this module): a verification message for the new account, in its transaction."""

    async def send(self, s: AsyncSession, user: User, address: str) -> None: ...


class Authenticator:
    def __init__(
        self,
        db: Database,
        tokens: AccessTokens,
        guard: SessionGuard,
        refresh_ttl_s: int,
        *,
        lockout: Lockout,
        challenges: MfaChallenges,
        mfa: Mfa,
        verification: SendsVerification,
    ) -> None:
        self._db = db
        self._tokens = tokens
        self._guard = guard
        self._refresh_ttl = dt.timedelta(seconds=refresh_ttl_s)
        self._lockout = lockout
        self._challenges = challenges
        self._mfa = mfa
        self._verification = verification

    async def sign_up(
        self, email: str, password: str, display_name: str, device: Device, peer: str
    ) -> IssuedTokens:
        email = normalize_email(email)
        await enforce_password_policy(password, "password", personal_words(email, display_name))
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
            issued, session_id = await self._open_session(s, user.id, device, now)
            await audit.record(s, user.id, Action.AUDIT_ACTION_SIGNED_UP, _actor(peer, device, session_id))
            await self._verification.send(s, user, email)
            return issued

    async def sign_in(
        self, email: str, password: str, device: Device, peer: str
    ) -> IssuedTokens | MfaChallenge:
        email = normalize_email(email)
        locked = await self._lockout.is_locked(email)
        async with self._db.transaction() as s:
            user = await repository.find_user_by_email(s, email)
        # Always verify, also when locked or unknown, so timing tells nothing either.
        ok = await verify_password(user.password_hash if user else None, password)
        if locked or user is None or not ok:
            if not locked:
                await self._lockout.record_failure(email)
            if user is not None:
                async with self._db.transaction() as s:
                    detail = "locked" if locked else "wrong_password"
                    await audit.record(
                        s, user.id, Action.AUDIT_ACTION_SIGN_IN_FAILED, _actor(peer, device), detail
                    )
            raise DomainError("INVALID_CREDENTIALS")
        async with self._db.transaction() as s:
            mfa_on = await self._mfa.enabled(s, user.id)
        if mfa_on:
            pending = Pending(user.id, device.device_id, device.device_name, device.platform)
            challenge, expires = await self._challenges.open(pending)
            return MfaChallenge(user.id, challenge, expires)
        await self._lockout.reset(email)
        async with self._db.transaction() as s:
            issued, session_id = await self._open_signed_in_session(s, user.id, device, peer)
            await audit.record(
                s, user.id, Action.AUDIT_ACTION_SIGN_IN_SUCCEEDED, _actor(peer, device, session_id)
            )
            return issued

    async def complete_mfa_sign_in(self, challenge: str, code: str, peer: str) -> IssuedTokens:
        pending = await self._challenges.find(challenge)
        if pending is None:
            raise DomainError("MFA_CHALLENGE_INVALID")
        device = Device(pending.device_id, pending.device_name, pending.platform)
        try:
            async with self._db.transaction() as s:
                await self._mfa.verify(s, pending.user_id, code, _actor(peer, device))
        except DomainError:
            await self._challenges.wrong_code(challenge)
            async with self._db.transaction() as s:
                user = await repository.find_user(s, pending.user_id)
                if user is not None:
                    await self._lockout.record_failure(user.email)
                    actor = _actor(peer, device)
                    await audit.record(
                        s, user.id, Action.AUDIT_ACTION_SIGN_IN_FAILED, actor, "wrong_mfa_code"
                    )
            raise
        if not await self._challenges.consume(challenge):
            raise DomainError("MFA_CHALLENGE_INVALID")
        async with self._db.transaction() as s:
            user = await repository.find_user(s, pending.user_id)
            if user is None:
                raise DomainError("MFA_CHALLENGE_INVALID")
            issued, session_id = await self._open_signed_in_session(s, user.id, device, peer)
            actor = _actor(peer, device, session_id)
            await audit.record(s, user.id, Action.AUDIT_ACTION_SIGN_IN_SUCCEEDED, actor, "mfa")
            email = user.email
        await self._lockout.reset(email)
        return issued

    async def refresh(self, refresh_token: str, peer: str) -> IssuedTokens:
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
            actor = audit.Actor(peer=peer, session_id=session.id)
            await audit.record(s, session.user_id, Action.AUDIT_ACTION_REFRESH_TOKEN_REUSED, actor)
            await notices.session_family_revoked(s, session.user_id, session.device_name)
            reused_session = session.id
        await self._guard.mark_revoked(reused_session)
        raise DomainError("REFRESH_TOKEN_INVALID")

    async def sign_out(self, principal: Principal, peer: str) -> None:
        async with self._db.transaction() as s:
            await repository.revoke_session(s, principal.session_id, _now(), "sign_out")
            actor = audit.Actor(peer=peer, session_id=principal.session_id)
            await audit.record(s, principal.user_id, Action.AUDIT_ACTION_SESSION_REVOKED, actor, "sign_out")
        await self._guard.mark_revoked(principal.session_id)

    async def reauthenticate(self, user_id: uuid.UUID, password: str) -> User:
        """Re-authentication for sensitive changes: the user, if `password` is theirs."""
        async with self._db.transaction() as s:
            user = await repository.find_user(s, user_id)
        if not await verify_password(user.password_hash if user else None, password) or user is None:
            raise DomainError("INVALID_CREDENTIALS")
        return user

    async def change_password(self, principal: Principal, current: str, new: str, peer: str) -> None:
        """Needs the current password; every other session of the user ends."""
        user = await self.reauthenticate(principal.user_id, current)
        await enforce_password_policy(new, "new_password", personal_words(user.email, user.display_name))
        new_hash = await hash_password(new)
        now = _now()
        async with self._db.transaction() as s:
            await repository.set_password_hash(s, user.id, new_hash, now)
            actor = audit.Actor(peer=peer, session_id=principal.session_id)
            await audit.record(s, user.id, Action.AUDIT_ACTION_PASSWORD_CHANGED, actor)
            await notices.password_changed(s, user.id)
            ended = await revoke_sessions(
                s, user.id, now, "password_changed", actor, keep=principal.session_id
            )
        for session_id in ended:
            await self._guard.mark_revoked(session_id)

    async def _open_signed_in_session(
        self, s: AsyncSession, user_id: uuid.UUID, device: Device, peer: str
    ) -> tuple[IssuedTokens, uuid.UUID]:
        """A session for a sign-in; a device this user never signed in on gets them a notice."""
        seen = await repository.device_seen(s, user_id, device.device_id[:128])
        opened = await self._open_session(s, user_id, device, _now())
        if not seen:
            await notices.new_device(s, user_id, device.device_name, device.platform, peer)
        return opened

    async def _open_session(
        self, s: AsyncSession, user_id: uuid.UUID, device: Device, now: dt.datetime
    ) -> tuple[IssuedTokens, uuid.UUID]:
        session = Session(
            id=uuid7(),
            user_id=user_id,
            device_id=device.device_id[:128],
            device_name=device.device_name[:128],
            platform=device.platform,
            created_at=now,
            last_used_at=now,
            expires_at=now + self._refresh_ttl,
            revoked_reason="",
        )
        await repository.add(s, session)
        return await self._issue(s, session, now), session.id

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


async def revoke_sessions(
    s: AsyncSession,
    user_id: uuid.UUID,
    now: dt.datetime,
    reason: str,
    actor: audit.Actor,
    keep: uuid.UUID | None = None,
) -> list[uuid.UUID]:
    """Revokes the user's live sessions except `keep`, auditing each; returns their ids.

    The caller marks them revoked in the SessionGuard after the transaction commits."""
    ended = [x.id for x in await repository.live_sessions(s, user_id, now) if x.id != keep]
    for session_id in ended:
        await repository.revoke_session(s, session_id, now, reason)
        await audit.record(s, user_id, Action.AUDIT_ACTION_SESSION_REVOKED, actor, f"{reason} {session_id}")
    return ended


def _actor(peer: str, device: Device, session_id: uuid.UUID | None = None) -> audit.Actor:
    return audit.Actor(peer=peer, session_id=session_id, device_id=device.device_id)


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)
