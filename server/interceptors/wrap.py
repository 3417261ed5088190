"""Wrap the behaviour of a unary-unary handler, the shape every RUPAYA RPC has."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

import grpc

Behavior = Callable[[Any, grpc.aio.ServicerContext], Awaitable[Any]]


def wrap_unary(
    handler: grpc.RpcMethodHandler | None, wrapper: Callable[[Behavior], Behavior]
) -> grpc.RpcMethodHandler | None:
    """The handler with its unary behaviour replaced by `wrapper(behaviour)`.

    Streaming handlers (reflection) pass through untouched."""
    if handler is None or handler.unary_unary is None:
        return handler
    return grpc.unary_unary_rpc_method_handler(
        wrapper(handler.unary_unary),
        request_deserializer=handler.request_deserializer,
        response_serializer=handler.response_serializer,
    )
