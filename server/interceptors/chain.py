"""The server's one grpc.aio interceptor: RUPAYA's per-call steps, composed once per call.

grpc.aio runs each interceptor as its own coroutine and each one had to rebuild the method
handler on every call; on a cheap RPC six interceptors cost more than the work they wrapped.
So each concern (access log, metrics, error mapping, admission, validation, tracing) is a
Step that wraps the handler's behaviour, and this interceptor applies them all, outermost
first. Streaming handlers (reflection) pass through untouched.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Sequence
from typing import Any, Protocol

import grpc

Behavior = Callable[[Any, grpc.aio.ServicerContext], Awaitable[Any]]


class Step(Protocol):
    def wrap(self, details: grpc.HandlerCallDetails, behavior: Behavior) -> Behavior:
        """`behavior` with this step around it, for the call `details` describes."""
        ...


class Chain(grpc.aio.ServerInterceptor):
    def __init__(self, steps: Sequence[Step]) -> None:
        self._innermost_first = tuple(reversed(steps))

    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler | None:
        handler = await continuation(handler_call_details)
        if handler is None or handler.unary_unary is None:
            return handler
        behavior = handler.unary_unary
        for step in self._innermost_first:
            behavior = step.wrap(handler_call_details, behavior)
        return grpc.unary_unary_rpc_method_handler(
            behavior,
            request_deserializer=handler.request_deserializer,
            response_serializer=handler.response_serializer,
        )
