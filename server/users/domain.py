"""Profile rules and account deletion. No gRPC, no SQL here."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from server import audit, currencies
from server.auth.domain import Authenticator
from server.auth.mfa import Mfa
from server.auth.sessions import SessionGuard
from server.context import Principal
from server.db.engine import Database
from server.db.tables import User
from server.errors import DomainError, check_etag, invalid
from server.users import repository

UPDATABLE = frozenset({"display_name", "base_currency", "time_zone", "locale", "budget_alert_emails"})


@dataclass(frozen=True)
class ProfileView:
    user: User
    mfa_enabled: bool


def etag(user: User) -> str:
    return f"v{user.version}"


def _check(path: str, value: str | bool) -> None:
    if isinstance(value, bool):  # budget_alert_emails: either value is fine
        return
    if path == "base_currency" and not currencies.is_known(value):
        raise invalid("profile.base_currency", "not a known ISO 4217 currency code")
    if path == "time_zone":
        try:
            zoneinfo.ZoneInfo(value)
        except (zoneinfo.ZoneInfoNotFoundError, ValueError):
            raise invalid("profile.time_zone", "not an IANA time zone (e.g. Asia/Kolkata)") from None
    if path == "locale" and not value:
        raise invalid("profile.locale", "must not be empty")


class Users:
    def __init__(self, db: Database, authenticator: Authenticator, mfa: Mfa, guard: SessionGuard) -> None:
        self._db = db
        self._auth = authenticator
        self._mfa = mfa
        self._guard = guard

    async def profile(self, user_id: uuid.UUID) -> ProfileView:
        async with self._db.snapshot() as s:  # the etag and mfa_enabled of one moment
            user = await repository.get(s, user_id)
            if user is None:
                raise DomainError("UNAUTHENTICATED")
            return ProfileView(user, await repository.mfa_enabled(s, user_id))

    async def update_profile(
        self,
        s: AsyncSession,
        user_id: uuid.UUID,
        given_etag: str,
        paths: Sequence[str],
        values: Mapping[str, str | bool],
    ) -> ProfileView:
        """Changes the masked fields in `s`, the caller's transaction (idempotency records
        the response in it)."""
        if not paths:
            raise invalid("update_mask", "name at least one field")
        for path in paths:
            if path not in UPDATABLE:
                raise invalid("update_mask", f"{path} cannot be updated")
            _check(path, values[path])
        user = await repository.get(s, user_id, for_update=True)
        if user is None:
            raise DomainError("UNAUTHENTICATED")
        check_etag(given_etag, etag(user), "users", str(user_id))
        for path in paths:
            setattr(user, path, values[path])
        user.version += 1
        user.updated_at = dt.datetime.now(dt.UTC)
        await s.flush()
        # Not locked: an MFA change takes this user row's lock to bump the version, so it
        # commits wholly before or wholly after this update, never half-seen.
        return ProfileView(user, await repository.mfa_enabled(s, user_id))

    async def delete(self, principal: Principal, password: str, totp_code: str, peer: str) -> None:
        """Erases the user and every row of their data, and ends all their sessions."""
        user = await self._auth.reauthenticate(principal.user_id, password)
        actor = audit.Actor(peer=peer, session_id=principal.session_id)
        async with self._db.transaction() as s:
            if await self._mfa.enabled(s, user.id):
                if not totp_code:
                    raise DomainError("MFA_CODE_INVALID")
                await self._mfa.verify(s, user.id, totp_code, actor, allow_backup=False)
            sessions = await repository.session_ids(s, user.id)
            await repository.delete_user(s, user.id)
        for session_id in sessions:
            await self._guard.mark_revoked(session_id)
        # The user's audit rows are erased with everything else; the operator log keeps the fact.
        audit.log_only(user.id, audit.Action.AUDIT_ACTION_ACCOUNT_DELETED, actor)
