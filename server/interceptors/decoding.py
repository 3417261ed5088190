"""Request bodies that are not the method's protobuf message (truncated, corrupt wire format,
invalid UTF-8 in a string) become INVALID_ARGUMENT / MALFORMED_REQUEST.

grpc decodes the body before any handler runs; a decoder that raises there answers UNKNOWN
with the decoder's own message and logs a traceback per request (a cheap way to fill the
logs). So every method's decoder is made tolerant: it hands the steps a `MalformedRequest`
instead, and `DecodingStep` refuses it like any other bad input, after admission, so a
malformed body is still authenticated, rate limited, logged and counted. Operators get at
most one warning line per interval, with how many were refused since the last one."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import grpc
import structlog

from server.errors import DomainError
from server.interceptors.step import Behavior

log = structlog.get_logger("rupaya.decoding")

Deserializer = Callable[[bytes], Any]
WARNING_INTERVAL_S = 60.0


@dataclass(frozen=True)
class MalformedRequest:
    """What a tolerant decoder returns for bytes it could not parse."""

    error: str


def tolerant(deserializer: Deserializer | None) -> Deserializer | None:
    if deserializer is None:
        return None

    def decode(body: bytes) -> Any:
        try:
            return deserializer(body)
        except Exception as error:  # DecodeError, and whatever else a decoder may raise
            return MalformedRequest(f"{type(error).__name__}: {error}")

    return decode


class _Warnings:
    """One warning line per interval, not one per malformed request."""

    def __init__(self, interval_s: float) -> None:
        self._interval_s = interval_s
        self._next_at = 0.0
        self._suppressed = 0

    def malformed(self, method: str, error: str) -> None:
        now = time.monotonic()
        if now < self._next_at:
            self._suppressed += 1
            return
        log.warning(
            "malformed request body refused", method=method, error=error[:200], since_last=self._suppressed
        )
        self._next_at, self._suppressed = now + self._interval_s, 0


class DecodingStep:
    def __init__(self, warning_interval_s: float = WARNING_INTERVAL_S) -> None:
        self._warnings = _Warnings(warning_interval_s)

    def wrap(self, method: str, behavior: Behavior) -> Behavior:
        async def decoded(request: Any, ctx: grpc.aio.ServicerContext) -> Any:
            if isinstance(request, MalformedRequest):
                self._warnings.malformed(method, request.error)
                raise DomainError("MALFORMED_REQUEST", metadata={"method": method})
            return await behavior(request, ctx)

        return decoded
