"""RUPAYA's per-call steps (the interceptors), composed once per method at registration.

Each concern (access log, metrics, error mapping, admission, validation, tracing) is a Step
that wraps a method's behaviour. A grpc.aio ServerInterceptor would run as a coroutine of
its own on every call and rebuild the method handler each time; on a cheap RPC that cost
more than the work it wrapped. So the servicers are registered through `ChainedServer`,
which wraps every handler that takes one request once, outermost step first; grpc then finds
the wrapped handler by its registered method. A server-streaming handler (ExportTransactions)
is first turned into one awaitable that writes each message with `ctx.write`, so every step
wraps it as it wraps a unary call: admission and validation run before the first message,
an error mid-stream is mapped like any other, and the access log and metrics see the call end
(CANCELLED when the client went away). Client-streaming handlers (reflection) pass through
untouched. Every such decoder is made tolerant (decoding.py), so a body that does not decode
is refused by a step, not by grpc. Steps read per-call metadata from the call's context; what
they share is in step.py.
"""

from __future__ import annotations

import inspect
from collections.abc import AsyncIterator, Callable, Iterable, Sequence
from typing import Any

import grpc

from server.interceptors.decoding import tolerant
from server.interceptors.step import Behavior, Step, StreamEnd, sent

StreamBehavior = Callable[[Any, grpc.aio.ServicerContext], AsyncIterator[Any]]


def _writing(stream: StreamBehavior | Behavior) -> Behavior:
    """A server-streaming handler as one awaitable: an async generator's messages are written
    as they come (grpc.aio's flow control holds each write until the client takes it, so a slow
    reader slows the producer instead of filling memory). A handler that writes for itself
    (health Watch) is already that."""
    if not inspect.isasyncgenfunction(stream):
        return stream  # type: ignore[return-value]

    async def written(request: Any, ctx: grpc.aio.ServicerContext) -> StreamEnd:
        messages = 0
        async for message in stream(request, ctx):  # type: ignore[attr-defined]
            await sent(ctx.write(message))
            messages += 1
        return StreamEnd(messages)

    return written


def _finished(behavior: Behavior) -> Behavior:
    """grpc.aio wants None back from a handler that wrote its messages itself."""

    async def finished(request: Any, ctx: grpc.aio.ServicerContext) -> None:
        await behavior(request, ctx)

    return finished


def _passing_bytes(serialize: Callable[[Any], bytes] | None) -> Callable[[Any], bytes]:
    """A reply already serialized (a reply cache's bytes, transactions/service.py) goes out as
    it is, with no parse and re-serialization; a message is serialized as before."""

    def serialized(reply: Any) -> bytes:
        if isinstance(reply, bytes):
            return reply
        return serialize(reply) if serialize is not None else reply  # type: ignore[no-any-return]

    return serialized


class Chain:
    def __init__(self, steps: Sequence[Step]) -> None:
        self._innermost_first = tuple(reversed(steps))

    def wrap(self, method: str, handler: grpc.RpcMethodHandler) -> grpc.RpcMethodHandler:
        if handler.unary_unary is not None:
            kind, behavior = "unary_unary", handler.unary_unary
        elif handler.unary_stream is not None:
            kind, behavior = "unary_stream", _writing(handler.unary_stream)
        else:
            return handler
        for step in self._innermost_first:
            behavior = step.wrap(method, behavior)
        if kind == "unary_stream":
            behavior = _finished(behavior)
        # A body that does not decode reaches the steps as a MalformedRequest (decoding.py).
        return handler._replace(  # type: ignore[attr-defined]
            **{kind: behavior},
            request_deserializer=tolerant(handler.request_deserializer),
            response_serializer=_passing_bytes(handler.response_serializer),
        )


class _ChainedGenericHandler(grpc.GenericRpcHandler):
    """A generic handler whose unary handlers are wrapped, each once, when first looked up."""

    def __init__(self, inner: grpc.GenericRpcHandler, chain: Chain) -> None:
        self._inner = inner
        self._chain = chain
        self._wrapped: dict[str, grpc.RpcMethodHandler] = {}

    def service(self, handler_call_details: grpc.HandlerCallDetails) -> grpc.RpcMethodHandler | None:
        method = handler_call_details.method
        if method not in self._wrapped:
            handler = self._inner.service(handler_call_details)
            if handler is None:
                return None  # not this service's method: nothing to remember
            self._wrapped[method] = self._chain.wrap(method, handler)
        return self._wrapped[method]


class ChainedServer:
    """Stands in for the grpc.aio server in the generated `add_*Servicer_to_server` functions."""

    def __init__(self, server: grpc.aio.Server, chain: Chain) -> None:
        self._server = server
        self._chain = chain

    def add_generic_rpc_handlers(self, handlers: Iterable[grpc.GenericRpcHandler]) -> None:
        self._server.add_generic_rpc_handlers(tuple(_ChainedGenericHandler(h, self._chain) for h in handlers))

    def add_registered_method_handlers(
        self, service: str, method_handlers: dict[str, grpc.RpcMethodHandler]
    ) -> None:
        self._server.add_registered_method_handlers(
            service,
            {name: self._chain.wrap(f"/{service}/{name}", h) for name, h in method_handlers.items()},
        )
