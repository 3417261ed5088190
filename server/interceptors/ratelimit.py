"""Rate limit per the contract's bucket, keyed by the verified user or else the peer address.

It sits after authentication in the chain: the key of an authenticated call must be the
user id the token verification proved, never a claim read from an unverified token (or one
user could spend another's quota). Calls to public methods (sign-in, sign-up) have no user
and are keyed by the client address. Unauthenticated calls to private methods are refused
by authentication before they get here; that check costs one signature verification.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import grpc
import redis.exceptions
import structlog

from server import context, metrics
from server.config import RateLimit
from server.errors import DomainError
from server.interceptors.wrap import Behavior, wrap_unary
from server.policy import Policy
from server.ratelimit import Decision, Limiter, reset_header

log = structlog.get_logger("rupaya.ratelimit")

LIMIT_HEADER, REMAINING_HEADER, RESET_HEADER = "ratelimit-limit", "ratelimit-remaining", "ratelimit-reset"


def peer_address(peer: str) -> str:
    """ "ipv4:10.0.0.7:51234" -> "10.0.0.7", "ipv6:[::1]:5" -> "::1": one key per host, not per port."""
    kind, _, rest = peer.partition(":")
    if kind == "ipv6":
        return rest.rpartition("]")[0].lstrip("[") or rest
    if kind == "ipv4":
        return rest.rpartition(":")[0] or rest
    return peer


def quota_metadata(decision: Decision) -> tuple[tuple[str, str], ...]:
    return (
        (LIMIT_HEADER, str(decision.limit)),
        (REMAINING_HEADER, str(decision.remaining)),
        (RESET_HEADER, reset_header(decision)),
    )


class RateLimitInterceptor(grpc.aio.ServerInterceptor):
    def __init__(
        self, policies: dict[str, Policy], limits: dict[str, RateLimit], limiter: Limiter, fail_open: bool
    ) -> None:
        self._policies = policies
        self._limits = limits
        self._limiter = limiter
        self._fail_open = fail_open
        self._limiter_down = False  # log state changes, not every failing call

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler | None:
        handler = await continuation(handler_call_details)
        policy = self._policies.get(handler_call_details.method)
        if policy is None:
            return handler  # health checks and reflection are not our contract's to limit
        bucket = policy.rate_limit_bucket

        def wrapper(behavior: Behavior) -> Behavior:
            async def limited(request: Any, ctx: grpc.aio.ServicerContext) -> Any:
                limit = self._limits[bucket]
                decision = await self._acquire(bucket, limit, ctx)
                if decision is not None:
                    ctx.set_trailing_metadata(quota_metadata(decision))
                    if not decision.allowed:
                        metrics.RATE_LIMITED.labels(bucket).inc()
                        raise DomainError(
                            "RATE_LIMITED",
                            metadata={
                                "bucket": bucket,
                                "limit": str(limit.count),
                                "period_s": f"{limit.period_s:g}",
                            },
                            retry_after_s=decision.retry_after_s,
                        )
                return await behavior(request, ctx)

            return limited

        return wrap_unary(handler, wrapper)

    async def _acquire(self, bucket: str, limit: RateLimit, ctx: grpc.aio.ServicerContext) -> Decision | None:
        """The decision, or None when the limiter is unreachable and we fail open."""
        caller = context.current_principal()
        subject = f"user:{caller.user_id}" if caller else f"peer:{peer_address(ctx.peer())}"
        try:
            decision = await self._limiter.acquire(f"{bucket}:{subject}", limit)
        except (redis.exceptions.ConnectionError, redis.exceptions.TimeoutError):
            metrics.REDIS_ERRORS.labels("ratelimit").inc()
            if not self._limiter_down:
                self._limiter_down = True
                log.error("rate limiter unreachable", fail_open=self._fail_open, exc_info=True)
            if not self._fail_open:
                raise  # error mapping answers UNAVAILABLE
            return None
        if self._limiter_down:
            self._limiter_down = False
            log.info("rate limiter reachable again")
        return decision
