"""Password reset. No gRPC here.

RequestPasswordReset does the same work for every address, known or not: one rate-limit
step under a keyed hash of the address and one INSERT into the queue; it answers before
anything about the address is looked up. The resolver (resolver.py) then finds the account and
sends the message, only to a verified address. So neither the answer, its timing nor the
statements it ran tell whether the address has an account.

ResetPassword spends the token, replaces the password if it is still the version the token was
made for, ends every session (refresh tokens with them; the session guard refuses their access
tokens at once), clears sign-in lockouts and records the event. With MFA on, the token alone is
not enough: a current TOTP code or an unused backup code goes with it, and a token dies after
MAX_WRONG_CODES wrong ones."""

from __future__ import annotations

import datetime as dt

from server import audit, notices
from server.auth.domain import normalize_email, revoke_sessions
from server.auth.lockout import Lockout
from server.auth.mfa import Mfa
from server.auth.password_policy import enforce_password_policy, personal_words
from server.auth.passwords import hash_password
from server.auth.recovery import repository
from server.auth.recovery.mail_limit import MailLimit
from server.auth.recovery.tokens import PASSWORD_RESET, AccountTokens
from server.auth.sessions import SessionGuard
from server.cache import Cache
from server.db.engine import Database
from server.db.tables import AccountToken, PasswordResetRequest
from server.errors import DomainError
from server.ids import uuid7

MAX_WRONG_CODES = 5


class PasswordReset:
    def __init__(
        self,
        db: Database,
        tokens: AccountTokens,
        limit: MailLimit,
        *,
        mfa: Mfa,
        guard: SessionGuard,
        lockout: Lockout,
        cache: Cache,
        ttl_s: int,
    ) -> None:
        self._db = db
        self._tokens = tokens
        self._limit = limit
        self._mfa = mfa
        self._guard = guard
        self._lockout = lockout
        self._cache = cache
        self._ttl_s = ttl_s

    async def request(self, email: str, peer: str) -> None:
        email = normalize_email(email)
        await self._limit.take(b"address:" + email.encode())
        row = PasswordResetRequest(
            id=uuid7(), email=email, peer_address=peer[:128], created_at=dt.datetime.now(dt.UTC)
        )
        async with self._db.transaction() as s:
            await repository.add(s, row)

    async def reset(self, token: str, new_password: str, mfa_code: str, peer: str) -> None:
        async with self._db.transaction() as s:
            found = await self._tokens.find_live(s, token, PASSWORD_RESET)
            user = await repository.lock_user(s, found.user_id)
            if user is None or user.password_version != found.password_version:
                raise DomainError("TOKEN_INVALID")
            mfa_on = await self._mfa.enabled(s, user.id)
            email, words = user.email, personal_words(user.email, user.display_name)
        if mfa_on and not mfa_code:
            raise DomainError("MFA_REQUIRED")
        await enforce_password_policy(new_password, "new_password", words)
        new_hash = await hash_password(new_password)
        actor = audit.Actor(peer=peer)
        now = dt.datetime.now(dt.UTC)
        try:
            async with self._db.transaction() as s:
                await self._tokens.spend(s, found)
                # Asked again under the lock MFA changes take (turned on meanwhile: a code is due);
                # verified in this transaction, so a refused reset keeps its backup code.
                if await self._mfa.enabled(s, found.user_id):
                    if not mfa_code:
                        raise DomainError("MFA_REQUIRED")
                    await self._mfa.verify(s, found.user_id, mfa_code, actor)
                if not await repository.replace_password(
                    s, found.user_id, found.password_version, new_hash, now
                ):
                    raise DomainError("TOKEN_INVALID")
                await audit.record(s, found.user_id, audit.Action.AUDIT_ACTION_PASSWORD_RESET, actor)
                ended = await revoke_sessions(s, found.user_id, now, "password_reset", actor)
                await notices.password_changed(s, found.user_id)
        except DomainError as error:
            if error.reason == "MFA_CODE_INVALID":
                await self._wrong_code(found)
            raise
        for session_id in ended:
            await self._guard.mark_revoked(session_id)
        await self._lockout.clear(email)

    async def _wrong_code(self, found: AccountToken) -> None:
        """Counts a wrong MFA code against the token; it dies after MAX_WRONG_CODES."""
        key = "recovery:reset-wrong-codes:" + found.token_hash.hex()
        if await self._cache.incr(key, self._ttl_s) >= MAX_WRONG_CODES:
            async with self._db.transaction() as s:
                await repository.spend_token(s, found.id, dt.datetime.now(dt.UTC))
