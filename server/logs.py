"""structlog set-up: JSON lines in production, readable console lines in development.

Every line passes `redact_secrets`, so a password, token, TOTP code or key that reaches a log
call by mistake is written as [REDACTED]."""

from __future__ import annotations

import functools
import logging
import os
import re
import sys
import time
from collections.abc import MutableMapping
from typing import Any, BinaryIO

import orjson
import structlog

REDACTED = "[REDACTED]"
# Field names that carry credentials anywhere in the contract or the server.
_SECRET_KEY = re.compile(
    r"password|passwd|token|secret|totp|otp|backup_code|authorization|api_key|private_key|pem",
    re.IGNORECASE,
)
# Credentials that end up inside free text (an exception message, a repr).
_SECRET_TEXT = re.compile(r"(?i)(bearer\s+)[\w.~+/=-]+|\beyJ[\w-]+\.[\w-]+\.[\w-]+")


@functools.lru_cache(maxsize=4096)  # log field names are few; this runs for every field of every line
def _secret_key(key: str) -> bool:
    return _SECRET_KEY.search(key) is not None


def _scrub(value: Any) -> Any:
    if isinstance(value, str):
        lowered = value.lower()  # _SECRET_TEXT matches nothing without one of these: skip its scan
        if "bearer" not in lowered and "eyj" not in lowered:
            return value
        return _SECRET_TEXT.sub(lambda m: (m.group(1) or "") + REDACTED, value)
    if isinstance(value, dict):
        return {k: REDACTED if _secret_key(str(k)) else _scrub(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_scrub(v) for v in value]
    return value


# Fields the server computes itself on every line (the access line's included): no text from
# a caller can reach them, so they skip the scrubbing that runs on every other value.
_OWN_FIELDS = frozenset(
    {"timestamp", "level", "pid", "method", "code", "duration_ms", "user_id", "peer", "trace_id", "span_id"}
)


def redact_secrets(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    for key, value in event.items():  # values replaced in place: the keys stay as they are
        if key in _OWN_FIELDS:
            continue
        if _secret_key(key):
            event[key] = REDACTED
        elif isinstance(value, str | dict | list | tuple):
            event[key] = _scrub(value)
    return event


def add_trace_id(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """trace_id/span_id of the current OpenTelemetry span (only installed with tracing on)."""
    from opentelemetry import trace

    span_context = trace.get_current_span().get_span_context()
    if span_context.is_valid:
        event["trace_id"] = format(span_context.trace_id, "032x")
        event["span_id"] = format(span_context.span_id, "016x")
    return event


def add_pid(_: Any, __: str, event: MutableMapping[str, Any]) -> MutableMapping[str, Any]:
    """Which worker process wrote the line (`serve --workers N`)."""
    event["pid"] = os.getpid()
    return event


class _AccessLine:
    """The one line per RPC. In JSON mode (tracing off) it is serialized straight to bytes,
    with the fields and redaction structlog would give it: structlog's processor chain costs
    several times the line itself, and this line is written on every call. Otherwise it goes
    through structlog like any other line."""

    def __init__(self) -> None:
        self._json_out: BinaryIO | None = None
        self._second = -1
        self._second_text = ""

    def direct_to(self, out: BinaryIO | None) -> None:
        self._json_out = out

    def write(self, **fields: Any) -> None:
        out = self._json_out
        if out is None:
            _access_log.info("rpc", **fields)
            return
        event = {
            "event": "rpc",
            **fields,
            "level": "info",
            "timestamp": self._timestamp(),
            "pid": os.getpid(),
        }
        out.write(orjson.dumps(redact_secrets(None, "info", event)) + b"\n")
        out.flush()

    def _timestamp(self) -> str:
        """structlog's ISO UTC form ("...T12:00:00.123456Z"), the date part formatted once a second."""
        now = time.time()
        second = int(now)
        if second != self._second:
            self._second, self._second_text = second, time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(second))
        return f"{self._second_text}.{int((now - second) * 1_000_000):06d}Z"


_access_log = structlog.get_logger("rupaya.access")
access_line = _AccessLine()


def configure(log_format: str, tracing: bool = False) -> None:
    shared: list[structlog.typing.Processor] = [
        structlog.processors.add_log_level,
        structlog.processors.TimeStamper(fmt="iso", utc=True),
        add_pid,
        *([add_trace_id] if tracing else []),
        structlog.processors.StackInfoRenderer(),
        structlog.processors.format_exc_info,
        redact_secrets,
    ]
    if log_format == "json":
        # structlog's fast path (orjson straight to bytes): an access line is written per RPC.
        # Library records go through `logging`, which wants text: same fields, stdlib json.
        _route_stdlib_logging(shared, structlog.processors.JSONRenderer())
        renderer: structlog.typing.Processor = structlog.processors.JSONRenderer(serializer=orjson.dumps)
        factory: Any = structlog.BytesLoggerFactory(file=sys.stderr.buffer)
        access_line.direct_to(None if tracing else sys.stderr.buffer)  # trace ids come from a processor
    else:
        renderer = structlog.dev.ConsoleRenderer(colors=sys.stderr.isatty())
        _route_stdlib_logging(shared, renderer)
        factory = structlog.PrintLoggerFactory(file=sys.stderr)
        access_line.direct_to(None)
    structlog.configure(
        processors=[*shared, renderer],
        wrapper_class=structlog.make_filtering_bound_logger(logging.INFO),
        logger_factory=factory,
        cache_logger_on_first_use=True,
    )


def _undeliverable_reply(record: logging.LogRecord) -> bool:
    """grpc logs an error with a traceback when a reply cannot be sent because the call is
    already over (the client cancelled, or its deadline passed): the client's doing, already
    in the access line. One warning line without the traceback is enough."""
    if record.name == "grpc._cython.cygrpc" and "ExecuteBatchError" in record.getMessage():
        record.levelno, record.levelname, record.exc_info, record.exc_text = (
            logging.WARNING,
            "WARNING",
            None,
            None,
        )
        record.msg, record.args = (
            "reply not delivered: the call was already over (cancelled or past its deadline)",
            (),
        )
    return True


def _route_stdlib_logging(
    shared: list[structlog.typing.Processor], renderer: structlog.typing.Processor
) -> None:
    """Libraries' warnings (logging, warnings) come out in the same format, redacted too."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(
        structlog.stdlib.ProcessorFormatter(
            foreign_pre_chain=[structlog.stdlib.add_logger_name, *shared],
            processors=[structlog.stdlib.ProcessorFormatter.remove_processors_meta, renderer],
        )
    )
    handler.addFilter(_undeliverable_reply)
    root = logging.getLogger()
    root.handlers = [handler]
    root.setLevel(logging.WARNING)
    logging.captureWarnings(True)
