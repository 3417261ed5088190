"""Refuses the RPCs the contract marks `requires_verified_email` (turning MFA on) to a
caller whose e-mail address is not verified: FAILED_PRECONDITION / EMAIL_NOT_VERIFIED.
Other methods pass untouched; the marked ones are rare, so one indexed read per call is cheap."""

from __future__ import annotations

from typing import Any

import grpc

from server import context
from server.db.engine import Database
from server.errors import DomainError
from server.interceptors.step import Behavior
from server.policy import INFRASTRUCTURE, Policy
from server.users import repository


class VerifiedEmailStep:
    def __init__(self, policies: dict[str, Policy], db: Database) -> None:
        self._policies = policies
        self._db = db

    def wrap(self, method: str, behavior: Behavior) -> Behavior:
        if not self._policies.get(method, INFRASTRUCTURE).requires_verified_email:
            return behavior

        async def verified_only(request: Any, ctx: grpc.aio.ServicerContext) -> Any:
            async with self._db.read() as s:
                verified = await repository.email_verified(s, context.principal().user_id)
            if not verified:
                raise DomainError("EMAIL_NOT_VERIFIED")
            return await behavior(request, ctx)

        return verified_only
