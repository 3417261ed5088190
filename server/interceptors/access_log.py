"""Request id + one structured access-log line per RPC.

The request id goes back to the caller as trailing metadata: sending it as initial metadata
would cost the call a batch of its own (grpc.aio sends initial metadata set by a handler at
once), and trailers reach every gRPC client, on success and on error alike."""

from __future__ import annotations

import random
import time
from typing import Any

import grpc

from server import context
from server.interceptors.step import Behavior, add_trailing_metadata, failure_code
from server.logs import access_line

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
    # 128 random bits as 32 hex digits. Random, not secret: the generator's bits are enough
    # and skip a system call per RPC.
    return f"{random.getrandbits(128):032x}"


class AccessLogStep:
    def wrap(self, method: str, behavior: Behavior) -> Behavior:
        async def logged(request: Any, ctx: grpc.aio.ServicerContext) -> Any:
            rid = _incoming_request_id(ctx.invocation_metadata())
            context.request_id.set(rid)
            add_trailing_metadata(ctx, ((REQUEST_ID_HEADER, rid),))
            started = time.perf_counter()
            code = grpc.StatusCode.OK
            try:
                return await behavior(request, ctx)
            except BaseException as error:
                code = failure_code(ctx, error)
                raise
            finally:
                caller = context.current_principal()
                access_line.write(
                    request_id=rid,
                    method=method,
                    code=code.name,
                    duration_ms=round((time.perf_counter() - started) * 1000, 2),
                    user_id=str(caller.user_id) if caller else None,
                    peer=ctx.peer(),
                    client=context.client_address.get() or None,  # the peer, or whom a trusted proxy named
                )

        return logged
