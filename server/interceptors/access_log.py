"""Request id + one structured access-log line per RPC."""

from __future__ import annotations

import time
import uuid
from collections.abc import Awaitable, Callable
from typing import Any

import grpc
import structlog

from server import context
from server.interceptors.wrap import Behavior, wrap_unary

log = structlog.get_logger("rupaya.access")
REQUEST_ID_HEADER = "x-request-id"


def _incoming_request_id(metadata: Any) -> str:
    for key, value in metadata or ():
        # Only a sane, bounded id is echoed back; anything else gets a fresh one.
        if (
            key == REQUEST_ID_HEADER
            and isinstance(value, str)
            and 0 < len(value) <= 128
            and value.isprintable()
        ):
            return value
    return str(uuid.uuid4())


class AccessLogInterceptor(grpc.aio.ServerInterceptor):
    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler | None:
        method = handler_call_details.method
        rid = _incoming_request_id(handler_call_details.invocation_metadata)

        def wrapper(behavior: Behavior) -> Behavior:
            async def logged(request: Any, ctx: grpc.aio.ServicerContext) -> Any:
                context.request_id.set(rid)
                await ctx.send_initial_metadata(((REQUEST_ID_HEADER, rid),))
                started = time.perf_counter()
                code = grpc.StatusCode.OK
                try:
                    return await behavior(request, ctx)
                except BaseException:
                    code = ctx.code() or grpc.StatusCode.UNKNOWN
                    raise
                finally:
                    caller = context.current_principal()
                    log.info(
                        "rpc",
                        request_id=rid,
                        method=method,
                        code=code.name if isinstance(code, grpc.StatusCode) else str(code),
                        duration_ms=round((time.perf_counter() - started) * 1000, 2),
                        user_id=str(caller.user_id) if caller else None,
                        peer=ctx.peer(),
                    )

            return logged

        return wrap_unary(await continuation(handler_call_details), wrapper)
