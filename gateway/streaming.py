"""Server-streaming RPCs over HTTP, relayed message by message as they arrive (never buffered).

How a stream is framed, by the request's Accept header:
- `text/event-stream`: Server-Sent Events, one `data:` event per message in protobuf JSON, a
  `: heartbeat` comment after `heartbeat_s` without a message (proxies and browsers keep the
  connection), and `event: error` with the google.rpc.Status JSON if the stream fails after it
  started.
- `application/x-ndjson`: one message per line in protobuf JSON; a failure after the start is
  a last line `{"error": <Status>}`.
- anything else: a response shaped like google.api.HttpBody (`content_type` + `data`, e.g.
  ExportTransactions) is a file download: its bytes as they are, with the first message's media
  type and `file_name` as `Content-Disposition: attachment`; a failure after the start cuts the
  connection, so the client sees a truncated transfer rather than a short file that looks whole.
  Other streams are NDJSON.
An error before the first message is the gateway's ordinary JSON error reply (the caller
raises it on). A client that disconnects cancels the upstream gRPC call at once, so the server
stops reading rows.
"""

from __future__ import annotations

import asyncio
import contextlib
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from typing import Any

import grpc
import orjson
from google.protobuf import json_format
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from gateway import errors

Headers = list[tuple[bytes, bytes]]
Receive = Callable[[], Awaitable[dict[str, Any]]]
Send = Callable[[dict[str, Any]], Awaitable[None]]

EVENT_STREAM = "text/event-stream"
NDJSON = "application/x-ndjson"
DEFAULT_HEARTBEAT_S = 15.0
# The server sends a stream's rate-limit quota as initial metadata too (its trailers come after
# the body has started), so a stream's reply has the same quota headers as any other.
QUOTA_HEADERS = ("ratelimit-limit", "ratelimit-remaining", "ratelimit-reset")
_SAFE_FILE_NAME = re.compile(r"[^A-Za-z0-9._-]")
_SAFE_MEDIA_TYPE = re.compile(
    r"[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+(; ?[A-Za-z0-9_-]+=[A-Za-z0-9_.-]+)?"
)


def is_http_body(message: Descriptor) -> bool:
    """Shaped like google.api.HttpBody: a string `content_type` and a bytes `data`."""
    fields = message.fields_by_name
    return (
        "content_type" in fields
        and fields["content_type"].type == FieldDescriptor.TYPE_STRING
        and "data" in fields
        and fields["data"].type == FieldDescriptor.TYPE_BYTES
    )


def _accepts(accept: str, media_type: str) -> bool:
    for item in accept.lower().split(","):
        name, _, params = item.partition(";")
        if name.strip() == media_type:
            return params.strip().replace(" ", "") not in ("q=0", "q=0.0")
    return False


def _json(message: Message) -> bytes:
    return orjson.dumps(json_format.MessageToDict(message))


@dataclass(frozen=True)
class Framing:
    """How one message, the idle heartbeat and a late error travel in an HTTP body."""

    kind: str  # "sse", "ndjson" or "download"

    @classmethod
    def chosen(cls, accept: str, response: Descriptor) -> Framing:
        if _accepts(accept, EVENT_STREAM):
            return cls("sse")
        if _accepts(accept, NDJSON) or not is_http_body(response):
            return cls("ndjson")
        return cls("download")

    @property
    def heartbeat(self) -> bool:
        return self.kind == "sse"

    def headers(self, first: Message | None) -> Headers:
        if self.kind == "sse":
            return [(b"content-type", EVENT_STREAM.encode()), (b"x-accel-buffering", b"no")]
        if self.kind == "ndjson":
            return [(b"content-type", NDJSON.encode())]
        media_type = getattr(first, "content_type", "") if first is not None else ""
        if not _SAFE_MEDIA_TYPE.fullmatch(media_type):
            media_type = "application/octet-stream"
        name = _SAFE_FILE_NAME.sub("_", getattr(first, "file_name", ""))[:128].lstrip(".") or "download"
        return [
            (b"content-type", media_type.encode()),
            (b"content-disposition", f'attachment; filename="{name}"'.encode()),
        ]

    def frame(self, message: Message) -> bytes:
        if self.kind == "sse":
            return b"data: " + _json(message) + b"\n\n"
        if self.kind == "ndjson":
            return _json(message) + b"\n"
        return bytes(getattr(message, "data", b""))

    def failure(self, status_json: bytes) -> bytes | None:
        """The body's last words after a failure; None: cut the connection instead."""
        if self.kind == "sse":
            return b"event: error\ndata: " + status_json + b"\n\n"
        if self.kind == "ndjson":
            return b'{"error":' + status_json + b"}\n"
        return None


HEARTBEAT = b": heartbeat\n\n"


async def relay(
    call: grpc.aio.UnaryStreamCall,
    framing: Framing,
    headers: Headers,
    send: Send,
    receive: Receive,
    heartbeat_s: float = DEFAULT_HEARTBEAT_S,
) -> None:
    """Relays `call` until it ends or the client leaves (then the call is cancelled).
    Raises the call's AioRpcError when it fails before anything was sent."""
    pump = asyncio.ensure_future(_pump(call, framing, headers, send, heartbeat_s))
    watcher = asyncio.ensure_future(_disconnect(receive))
    try:
        await asyncio.wait({pump, watcher}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        if not pump.done():  # the client left (or we are cancelled): stop the server's work
            call.cancel()
            pump.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await pump
        watcher.cancel()
    if not pump.cancelled():  # cancelled: the client left, and nobody is there to answer
        pump.result()


async def _disconnect(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _pump(
    call: grpc.aio.UnaryStreamCall, framing: Framing, headers: Headers, send: Send, heartbeat_s: float
) -> None:
    started = False

    async def start(first: Message | None) -> None:
        nonlocal started
        started = True
        quota = [
            (key.encode(), str(value).encode())
            for key, value in await call.initial_metadata() or ()
            if key in QUOTA_HEADERS
        ]
        await send(
            {
                "type": "http.response.start",
                "status": 200,
                "headers": [*headers, *quota, *framing.headers(first)],
            }
        )

    reading: asyncio.Future[Any] = asyncio.ensure_future(call.read())
    try:
        while True:
            done, _ = await asyncio.wait({reading}, timeout=heartbeat_s if framing.heartbeat else None)
            if not done:  # idle: an SSE comment keeps the connection (and starts the stream)
                if not started:
                    await start(None)
                await send({"type": "http.response.body", "body": HEARTBEAT, "more_body": True})
                continue
            try:
                message = reading.result()
            except grpc.aio.AioRpcError as error:
                if not started:
                    raise  # the ordinary JSON error reply
                last = framing.failure(errors.render(errors.from_rpc_error(error))[2])
                if last is not None:
                    await send({"type": "http.response.body", "body": last})
                return  # a download stays incomplete: the server closes the connection
            if message is grpc.aio.EOF:
                if not started:
                    await start(None)
                await send({"type": "http.response.body", "body": b""})
                return
            if not started:
                await start(message)
            await send({"type": "http.response.body", "body": framing.frame(message), "more_body": True})
            reading = asyncio.ensure_future(call.read())
    finally:
        reading.cancel()
