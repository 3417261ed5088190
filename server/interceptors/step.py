"""What every per-call step shares: the behaviour a step wraps, the Step protocol, the
trailers steps add together, and the status a failed call ended with."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol

import grpc

Behavior = Callable[[Any, grpc.aio.ServicerContext], Awaitable[Any]]


@dataclass(frozen=True)
class StreamEnd:
    """What a server-streaming call's behaviour returns once its last message is written."""

    messages: int


class Step(Protocol):
    def wrap(self, method: str, behavior: Behavior) -> Behavior:
        """`behavior` with this step around it, for calls of `method` ("/package.Service/Name")."""
        ...


def add_trailing_metadata(ctx: grpc.aio.ServicerContext, pairs: Sequence[tuple[str, str]]) -> None:
    """Steps share the trailers (request id, quota): each adds its own, none replaces another's."""
    ctx.set_trailing_metadata((*(ctx.trailing_metadata() or ()), *pairs))


def failure_code(ctx: grpc.aio.ServicerContext, error: BaseException) -> grpc.StatusCode:
    """The status a call that raised `error` ended with, for the access log and the metrics.

    A handler is cancelled when its client went away or its deadline passed: the client saw
    CANCELLED or DEADLINE_EXCEEDED, not a server error, and dashboards must not count one."""
    if isinstance(error, asyncio.CancelledError):
        remaining = ctx.time_remaining()
        expired = remaining is not None and remaining <= 0
        return grpc.StatusCode.DEADLINE_EXCEEDED if expired else grpc.StatusCode.CANCELLED
    code = ctx.code()
    return code if isinstance(code, grpc.StatusCode) else grpc.StatusCode.UNKNOWN


async def sent(send: Awaitable[None]) -> None:
    """A send on the call (headers, a streamed message). grpc fails it when the call is already
    over (the client cancelled, or its deadline passed before grpc cancelled the handler): the
    call then ends as cancelled, as the handler's cancellation would have ended it, and is
    logged as the client's CANCELLED or DEADLINE_EXCEEDED (`failure_code`), not as a server error."""
    try:
        await send
    except grpc.aio.InternalError as error:
        raise asyncio.CancelledError("the call was over before this was sent") from error
