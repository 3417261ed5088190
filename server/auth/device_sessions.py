"""A user's sessions, one per signed-in device: list, revoke one, revoke all others.

Revocation is written to the database and then to the shared cache the SessionGuard reads,
so every replica refuses the session's access tokens at once (Redis) and its refresh
token always (database)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from server import audit
from server.auth import repository
from server.auth.domain import revoke_sessions
from server.auth.sessions import SessionGuard
from server.context import Principal
from server.db.engine import Database
from server.db.tables import Session
from server.errors import not_found
from server.ids import parse_uuid


class DeviceSessions:
    def __init__(self, db: Database, guard: SessionGuard) -> None:
        self._db = db
        self._guard = guard

    async def list(self, principal: Principal) -> Sequence[Session]:
        async with self._db.transaction() as s:
            return await repository.live_sessions(s, principal.user_id, dt.datetime.now(dt.UTC))

    async def revoke(self, principal: Principal, session_id_text: str, peer: str) -> None:
        session_id = parse_uuid(session_id_text)
        now = dt.datetime.now(dt.UTC)
        async with self._db.transaction() as s:
            session = await repository.find_session(s, principal.user_id, session_id) if session_id else None
            if session is None or session.revoked_at is not None:
                raise not_found("SESSION_NOT_FOUND", session_id_text)
            await repository.revoke_session(s, session.id, now, "revoked_by_user")
            actor = audit.Actor(peer=peer, session_id=principal.session_id)
            await audit.record(
                s,
                principal.user_id,
                audit.Action.AUDIT_ACTION_SESSION_REVOKED,
                actor,
                f"revoked {session.id}",
            )
        await self._guard.mark_revoked(session.id)

    async def revoke_others(self, principal: Principal, peer: str) -> int:
        async with self._db.transaction() as s:
            actor = audit.Actor(peer=peer, session_id=principal.session_id)
            ended = await revoke_sessions(
                s,
                principal.user_id,
                dt.datetime.now(dt.UTC),
                "revoked_others",
                actor,
                keep=principal.session_id,
            )
        for session_id in ended:
            await self._guard.mark_revoked(session_id)
        return len(ended)
