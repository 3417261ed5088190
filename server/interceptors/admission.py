"""Admission: who is calling (access token + live session) and whether they may call now
(the contract's rate-limit bucket), in one step and, with Redis, one round trip.

An RPC not declared ACCESS_PUBLIC needs a valid access token whose session is live. The
rate-limit key is the user the token verification proved, never a claim read from an
unverified token (or one user could spend another's quota); public calls (sign-in, sign-up)
are keyed by the client address (client_address.py: the peer, or behind a trusted proxy the
address it forwarded), which this step also keeps for the call's audit records. With Redis the limiter's script also checks the session's
live marker, so a call costs one round trip; a missing or revoked marker is settled by
SessionGuard (database) and takes no quota. Health checks and reflection pass untouched.
"""

from __future__ import annotations

from typing import Any

import grpc
import structlog

from server import context, metrics
from server.auth.sessions import ACTIVE_TTL_S, SessionGuard
from server.auth.tokens import AccessTokens
from server.cache_failsoft import REDIS_DOWN
from server.client_address import ClientAddresses
from server.config import RateLimit
from server.context import Principal
from server.errors import DomainError
from server.interceptors.step import Behavior, add_trailing_metadata, sent
from server.policy import Policy
from server.ratelimit import Decision, GuardFailed, Limiter, reset_header

log = structlog.get_logger("rupaya.admission")

LIMIT_HEADER, REMAINING_HEADER, RESET_HEADER = "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"


def bearer_token(metadata: Any) -> str | None:
    for key, value in metadata or ():
        if key == "authorization" and isinstance(value, str):
            scheme, _, token = value.partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return token.strip()
    return None


def quota_metadata(decision: Decision) -> tuple[tuple[str, str], ...]:
    return (
        (LIMIT_HEADER, str(decision.limit)),
        (REMAINING_HEADER, str(decision.remaining)),
        (RESET_HEADER, reset_header(decision)),
    )


def _require_live(live: bool) -> None:
    if not live:
        raise DomainError("UNAUTHENTICATED")


class AdmissionStep:
    def __init__(
        self,
        policies: dict[str, Policy],
        tokens: AccessTokens,
        guard: SessionGuard,
        limits: dict[str, RateLimit],
        limiter: Limiter,
        fail_open: bool,
        addresses: ClientAddresses,
    ) -> None:
        self._policies = policies
        self._tokens = tokens
        self._guard = guard
        self._limits = limits
        self._limiter = limiter
        self._fail_open = fail_open
        self._addresses = addresses
        self._limiter_down = False  # log state changes, not every failing call

    def wrap(self, method: str, behavior: Behavior) -> Behavior:
        policy = self._policies.get(method)
        if policy is None:
            return behavior  # health checks: not our contract's to guard

        async def admitted(request: Any, ctx: grpc.aio.ServicerContext) -> Any:
            context.client_address.set(self._addresses.of(ctx.peer() or "", ctx.invocation_metadata()))
            principal = None
            if not policy.public:
                token = bearer_token(ctx.invocation_metadata())
                if token is None:
                    raise DomainError("UNAUTHENTICATED")
                principal = await self._tokens.verify(token)
            decision = await self._admit(policy.rate_limit_bucket, principal, ctx)
            if principal is not None:
                context.set_principal(principal)
            if decision is not None:
                add_trailing_metadata(ctx, quota_metadata(decision))
                if not decision.allowed:
                    self._refuse(policy.rate_limit_bucket, decision)
                if policy.server_streaming:  # also up front: a download's trailers come too late to use
                    await sent(ctx.send_initial_metadata(quota_metadata(decision)))
            return await behavior(request, ctx)

        return admitted

    async def _admit(
        self, bucket: str, principal: Principal | None, ctx: grpc.aio.ServicerContext
    ) -> Decision | None:
        """The rate-limit decision once the caller's session (if any) is known live; None when
        the limiter is unreachable and we fail open. UNAUTHENTICATED for a session not live."""
        subject = f"user:{principal.user_id}" if principal else f"peer:{context.client_address.get()}"
        key, limit = f"{bucket}:{subject}", self._limits[bucket]
        guard = None
        if principal is not None:
            if self._limiter.checks_guard:
                guard = self._guard.live_marker(principal.session_id)
            else:
                _require_live(await self._guard.is_active(principal.session_id))
        try:
            outcome = await self._limiter.acquire(key, limit, guard)
            if isinstance(outcome, GuardFailed):  # marker revoked, or absent (expired)
                assert principal is not None
                session_id = principal.session_id
                _require_live(await self._guard.settle(session_id, outcome.found, mark_live=False))
                # The live marker goes in with the quota, in one round trip; a revocation that
                # wrote its marker since the database read is seen (and refused) here.
                outcome = await self._limiter.acquire(key, limit, guard, seed_guard_s=ACTIVE_TTL_S)
                if isinstance(outcome, GuardFailed):
                    raise DomainError("UNAUTHENTICATED")
        except REDIS_DOWN:
            self._limiter_failed()
            if not self._fail_open:
                raise  # error mapping answers UNAVAILABLE
            if principal is not None and guard is not None:  # the guard falls back to the database
                _require_live(await self._guard.is_active(principal.session_id))
            return None
        if self._limiter_down:
            self._limiter_down = False
            log.info("rate limiter reachable again")
        assert isinstance(outcome, Decision)
        return outcome

    def _limiter_failed(self) -> None:
        metrics.REDIS_ERRORS.labels("ratelimit").inc()
        if not self._limiter_down:
            self._limiter_down = True
            log.error("rate limiter unreachable", fail_open=self._fail_open, exc_info=True)

    def _refuse(self, bucket: str, decision: Decision) -> None:
        metrics.RATE_LIMITED.labels(bucket).inc()
        limit = self._limits[bucket]
        raise DomainError(
            "RATE_LIMITED",
            metadata={"bucket": bucket, "limit": str(limit.count), "period_s": f"{limit.period_s:g}"},
            retry_after_s=decision.retry_after_s,
        )
