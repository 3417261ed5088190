"""Audit trail: security-relevant and destructive actions, written in the transaction of the
action itself. A destructive action (a delete, an archive, a bulk move) records what it changed
as metadata: the ids it acted on and counts (`record_change`, for any domain).

Each event is also logged (structlog "audit" line), so the operator trail survives the
erasure of a deleted user's rows. Events never carry secrets: no passwords, codes or tokens."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Mapping
from dataclasses import dataclass

import structlog
from sqlalchemy import select
from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import users_pb2
from server import context
from server.db.tables import AuditEvent, Session
from server.ids import uuid7

log = structlog.get_logger("rupaya.audit")
Action = users_pb2.AuditAction


@dataclass(frozen=True)
class Actor:
    """Who acts: the client's network address and, when known, its session and device."""

    peer: str = ""
    session_id: uuid.UUID | None = None
    device_id: str = ""


def caller() -> Actor:
    """The client of the current call: its address and session."""
    principal = context.current_principal()
    return Actor(peer=context.client_address.get(), session_id=principal.session_id if principal else None)


async def record_change(s: AsyncSession, user_id: uuid.UUID, action: int, **metadata: str) -> None:
    """A destructive action of the calling client and what it changed, e.g.
    `record_change(s, user_id, Action.AUDIT_ACTION_BUDGET_DELETED, budget_id=str(budget.id))`."""
    await record(s, user_id, action, caller(), metadata=metadata)


async def record(
    s: AsyncSession,
    user_id: uuid.UUID | None,
    action: int,
    actor: Actor,
    detail: str = "",
    metadata: Mapping[str, str] | None = None,
) -> None:
    device_id = actor.device_id
    if not device_id and actor.session_id is not None:
        device_id = await s.scalar(select(Session.device_id).where(Session.id == actor.session_id)) or ""
    s.add(
        AuditEvent(
            id=uuid7(),
            user_id=user_id,
            action=action,
            session_id=actor.session_id,
            device_id=device_id[:128],
            peer_address=actor.peer[:128],
            detail=detail[:128],
            metadata_json=json.dumps(dict(metadata or {}), sort_keys=True),
            created_at=dt.datetime.now(dt.UTC),
        )
    )
    await s.flush()
    log_only(user_id, action, actor, detail, device_id, metadata)


def log_only(
    user_id: uuid.UUID | None,
    action: int,
    actor: Actor,
    detail: str = "",
    device_id: str = "",
    metadata: Mapping[str, str] | None = None,
) -> None:
    log.info(
        "audit",
        action=Action.Name(action).removeprefix("AUDIT_ACTION_").lower(),
        user_id=str(user_id) if user_id else None,
        session_id=str(actor.session_id) if actor.session_id else None,
        device_id=device_id or actor.device_id,
        peer=actor.peer,
        detail=detail,
        **({"metadata": dict(metadata)} if metadata else {}),
    )
