"""Prometheus counters, latency histogram and in-flight gauge for every RPC that takes one
request (unary, or server-streaming: each message it wrote counts as sent)."""

from __future__ import annotations

import time
from typing import Any

import grpc
from prometheus_client import Counter

from server import metrics
from server.interceptors.step import Behavior, StreamEnd, failure_code


class _MethodSeries:
    """One method's labelled series, looked up once (the chain wraps each method once)."""

    def __init__(self, full_method: str) -> None:
        labels = metrics.method_labels(full_method)
        self.started = metrics.STARTED.labels(*labels)
        self.received = metrics.MSG_RECEIVED.labels(*labels)
        self.sent = metrics.MSG_SENT.labels(*labels)
        self.in_flight = metrics.IN_FLIGHT.labels(*labels)
        self.seconds = metrics.HANDLING_SECONDS.labels(*labels)
        self._labels = labels
        self._handled: dict[str, Counter] = {}

    def handled(self, code: str) -> Counter:
        counter = self._handled.get(code)
        if counter is None:
            counter = self._handled[code] = metrics.HANDLED.labels(*self._labels, code)
        return counter


def _measure(series: _MethodSeries, behavior: Behavior) -> Behavior:
    async def measured(request: Any, ctx: grpc.aio.ServicerContext) -> Any:
        series.started.inc()
        series.received.inc()
        series.in_flight.inc()
        started = time.perf_counter()
        code = grpc.StatusCode.OK
        try:
            response = await behavior(request, ctx)
            series.sent.inc(response.messages if isinstance(response, StreamEnd) else 1)
            return response
        except BaseException as error:
            code = failure_code(ctx, error)
            raise
        finally:
            series.in_flight.dec()
            series.seconds.observe(time.perf_counter() - started)
            series.handled(code.name).inc()

    return measured


class MetricsStep:
    def wrap(self, method: str, behavior: Behavior) -> Behavior:
        return _measure(_MethodSeries(method), behavior)
