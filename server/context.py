"""Per-call state set by interceptors and read by services (contextvars, one per call)."""

from __future__ import annotations

import contextvars
import uuid
from dataclasses import dataclass

from server.errors import DomainError


@dataclass(frozen=True)
class Principal:
    """The authenticated caller: who, and through which session."""

    user_id: uuid.UUID
    session_id: uuid.UUID
    token_expires_at: int = 0  # the access token's `exp` (Unix seconds); 0 before one is issued


request_id: contextvars.ContextVar[str] = contextvars.ContextVar("request_id", default="")
# The caller's host (client_address.py), set by admission: per-address limits and audit records.
client_address: contextvars.ContextVar[str] = contextvars.ContextVar("client_address", default="")
_principal: contextvars.ContextVar[Principal | None] = contextvars.ContextVar("principal", default=None)


def set_principal(principal: Principal) -> None:
    _principal.set(principal)


def principal() -> Principal:
    """The caller of an authenticated RPC (the auth interceptor guarantees one)."""
    current = _principal.get()
    if current is None:
        raise DomainError("UNAUTHENTICATED")
    return current


def current_principal() -> Principal | None:
    """The caller if the call was authenticated, for logs and metrics."""
    return _principal.get()
