"""Authentication: an RPC not declared ACCESS_PUBLIC in the contract needs a live access token."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import grpc

from server import context
from server.auth.sessions import SessionGuard
from server.auth.tokens import AccessTokens
from server.errors import DomainError
from server.interceptors.wrap import Behavior, wrap_unary
from server.policy import INFRASTRUCTURE, Policy


def bearer_token(metadata: Any) -> str | None:
    for key, value in metadata or ():
        if key == "authorization" and isinstance(value, str):
            scheme, _, token = value.partition(" ")
            if scheme.lower() == "bearer" and token.strip():
                return token.strip()
    return None


class AuthInterceptor(grpc.aio.ServerInterceptor):
    def __init__(self, policies: dict[str, Policy], tokens: AccessTokens, guard: SessionGuard) -> None:
        self._policies = policies
        self._tokens = tokens
        self._guard = guard

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler | None:
        handler = await continuation(handler_call_details)
        policy = self._policies.get(handler_call_details.method, INFRASTRUCTURE)
        if policy.public:
            return handler
        token = bearer_token(handler_call_details.invocation_metadata)

        def wrapper(behavior: Behavior) -> Behavior:
            async def authenticated(request: Any, ctx: grpc.aio.ServicerContext) -> Any:
                if token is None:
                    raise DomainError("UNAUTHENTICATED")
                principal = await self._tokens.verify(token)
                if not await self._guard.is_active(principal.session_id):
                    raise DomainError("UNAUTHENTICATED")
                context.set_principal(principal)
                return await behavior(request, ctx)

            return authenticated

        return wrap_unary(handler, wrapper)
