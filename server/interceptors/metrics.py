"""Prometheus counters, latency histogram and in-flight gauge for every unary RPC."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import grpc

from server import metrics
from server.interceptors.wrap import Behavior, wrap_unary


def _measure(labels: tuple[str, str, str]) -> Callable[[Behavior], Behavior]:
    def wrapper(behavior: Behavior) -> Behavior:
        async def measured(request: Any, ctx: grpc.aio.ServicerContext) -> Any:
            metrics.STARTED.labels(*labels).inc()
            metrics.MSG_RECEIVED.labels(*labels).inc()
            in_flight = metrics.IN_FLIGHT.labels(*labels)
            in_flight.inc()
            started = time.perf_counter()
            code = grpc.StatusCode.OK
            try:
                response = await behavior(request, ctx)
                metrics.MSG_SENT.labels(*labels).inc()
                return response
            except asyncio.CancelledError:
                code = grpc.StatusCode.CANCELLED
                raise
            except BaseException:
                code = ctx.code() or grpc.StatusCode.UNKNOWN
                raise
            finally:
                in_flight.dec()
                metrics.HANDLING_SECONDS.labels(*labels).observe(time.perf_counter() - started)
                name = code.name if isinstance(code, grpc.StatusCode) else str(code)
                metrics.HANDLED.labels(*labels, name).inc()

        return measured

    return wrapper


class MetricsInterceptor(grpc.aio.ServerInterceptor):
    async def intercept_service(
        self,
        continuation: Callable[[grpc.HandlerCallDetails], Awaitable[grpc.RpcMethodHandler]],
        handler_call_details: grpc.HandlerCallDetails,
    ) -> grpc.RpcMethodHandler | None:
        labels = metrics.method_labels(handler_call_details.method)
        return wrap_unary(await continuation(handler_call_details), _measure(labels))
