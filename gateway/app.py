"""The gateway as a raw ASGI app: route, transcode, call the gRPC upstream, answer JSON.

Every call is a real gRPC call to the server, so it passes the server's interceptor chain
(request id, access log, metrics, rate limit, authentication, validation) exactly once, as a
gRPC client's would. Forwarded: Authorization, x-request-id (made here if absent, always
returned), Accept-Language, If-Match (as the request's etag), and X-Forwarded-For with the HTTP
client's address appended (the server decides which hops to trust: server/client_address.py).
Returned: the request id and rate-limit quota trailers as headers, and ETag when the reply's
resource carries one. Browser clients may keep the refresh token in a cookie instead of the
JSON (gateway/cookies.py). Server-streaming RPCs are relayed by gateway/streaming.py (a download,
SSE or NDJSON), with the quota the server also sends up front for a stream.
"""

from __future__ import annotations

import pathlib
import uuid
from typing import Any
from urllib.parse import parse_qsl

import grpc
import structlog
from google.rpc import status_pb2

from gateway import errors, streaming
from gateway.cookies import Credentials
from gateway.routes import Route, RouteTable, build_routes
from gateway.transcode import MalformedRequest, read_etag, request_message, response_json, write_etag
from gateway.upstream import open_channel
from server.tls_config import UpstreamTls

log = structlog.get_logger("rupaya.gateway")

Scope = dict[str, Any]
Receive = streaming.Receive
Send = streaming.Send

# Request headers forwarded as gRPC metadata, as they are.
FORWARDED_HEADERS = (b"authorization", b"accept-language")
# Trailers the server sets that an HTTP client needs as headers.
RETURNED_TRAILERS = ("x-request-id", *streaming.QUOTA_HEADERS)
REQUEST_ID = b"x-request-id"
MAX_REQUEST_ID = 128
# A browser call has no deadline of its own; one that hangs upstream ends here. A client may ask
# for less with a `Grpc-Timeout` header in gRPC's format (e.g. 500m, 5S), as grpc-gateway reads it.
CALL_TIMEOUT_S = 30.0
TIMEOUT_UNITS_S = {"H": 3600.0, "M": 60.0, "S": 1.0, "m": 1e-3, "u": 1e-6, "n": 1e-9}
JSON = (b"content-type", b"application/json")
# The committed OpenAPI 3.1 document (gen/openapi, drift-checked against the contract): served
# as it is, since generating it needs the build tools.
OPENAPI_PATH = "/openapi.json"
OPENAPI_FILE = pathlib.Path(__file__).resolve().parent.parent / "gen" / "openapi" / "rupaya.v1.openapi.json"


def _if_match(value: str) -> str:
    """`W/"abc"` or `"abc"` -> abc: the etag the contract carries."""
    value = value.strip().removeprefix("W/")
    return value[1:-1] if len(value) >= 2 and value[0] == value[-1] == '"' else value


class Gateway:
    def __init__(
        self,
        upstream: str,
        max_body_bytes: int = 4 * 1024 * 1024,
        routes: list[Route] | None = None,
        upstream_tls: UpstreamTls | None = None,
        heartbeat_s: float = streaming.DEFAULT_HEARTBEAT_S,
    ) -> None:
        self.upstream = upstream
        self.upstream_tls = upstream_tls
        self.max_body_bytes = max_body_bytes
        self.heartbeat_s = heartbeat_s
        self.table = RouteTable(build_routes() if routes is None else routes)
        self.credentials = Credentials(self.table.routes)  # browser cookies: gateway/cookies.py
        self._channel: grpc.aio.Channel | None = None
        self._calls: dict[str, Any] = {}
        self._openapi = OPENAPI_FILE.read_bytes()

    def _call(self, route: Route) -> Any:
        """The route's multicallable: unary-unary, or unary-stream for a server-streaming RPC."""
        if self._channel is None:  # made in the serving loop: grpc.aio binds a channel to it
            self._channel = open_channel(self.upstream, self.upstream_tls)
        call = self._calls.get(route.grpc_method)
        if call is None:
            kind = self._channel.unary_stream if route.method.server_streaming else self._channel.unary_unary
            call = kind(
                route.grpc_method,
                request_serializer=route.request_class.SerializeToString,
                response_deserializer=route.response_class.FromString,
            )
            self._calls[route.grpc_method] = call
        return call

    async def close(self) -> None:
        if self._channel is not None:
            await self._channel.close()
            self._channel = None

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] == "lifespan":
            await self._lifespan(receive, send)
        elif scope["type"] == "http":
            started = False

            async def tracked(message: dict[str, Any]) -> None:
                nonlocal started
                started = True
                await send(message)

            try:
                await self._http(scope, receive, tracked)
            except Exception:
                log.exception("gateway error", path=scope["path"])
                if not started:  # a Status body like every other error; no trace leaves
                    await send_error(send, 500, [], errors.gateway_status("INTERNAL"))

    async def _lifespan(self, receive: Receive, send: Send) -> None:
        while True:
            message = await receive()
            if message["type"] == "lifespan.startup":
                await send({"type": "lifespan.startup.complete"})
            elif message["type"] == "lifespan.shutdown":
                await self.close()
                await send({"type": "lifespan.shutdown.complete"})
                return

    async def _http(self, scope: Scope, receive: Receive, send: Send) -> None:
        headers = dict(scope["headers"])  # lower-case names; a repeated header keeps its last
        request_id = headers.get(REQUEST_ID, b"").decode("latin-1")
        if not 0 < len(request_id) <= MAX_REQUEST_ID or not _metadata_safe(request_id):
            request_id = str(uuid.uuid4())
        reply_headers = [(REQUEST_ID, request_id.encode())]
        if scope["path"] == OPENAPI_PATH and scope["method"] == "GET":
            await _respond(send, 200, [*reply_headers, JSON], self._openapi)
            return
        route, variables, allowed = self.table.find(scope["method"], scope["path"])
        if route is None:
            if allowed:
                reply_headers.append((b"allow", ", ".join(sorted(set(allowed))).encode()))
                await send_error(send, 405, reply_headers, _no_route(grpc.StatusCode.UNIMPLEMENTED, "method"))
            else:
                await send_error(send, 404, reply_headers, _no_route(grpc.StatusCode.NOT_FOUND, "path"))
            return
        body = await _read_body(receive, self.max_body_bytes)
        if body is None:
            status = errors.gateway_status(
                "MALFORMED_REQUEST", {"where": "body", "limit": str(self.max_body_bytes)}
            )
            await send_error(send, 413, reply_headers, status)
            return
        try:
            request = request_message(
                route,
                variables,
                parse_qsl(scope["query_string"].decode("latin-1"), keep_blank_values=True),
                body,
            )
        except MalformedRequest as error:
            await send_error(send, 400, reply_headers, errors.malformed(error.where, str(error)))
            return
        refused = self.credentials.take(route, headers, scope["headers"], request)
        if refused is not None:
            await send_error(send, 403, reply_headers, refused)
            return
        timeout = _timeout(headers.get(b"grpc-timeout"))
        if timeout is None:
            where, message = "grpc-timeout", "Grpc-Timeout is 1-8 digits and a unit: H, M, S, m, u or n."
            await send_error(send, 400, reply_headers, errors.malformed(where, message))
            return
        if_match = headers.get(b"if-match")
        if if_match is not None and (
            if_match.strip() == b"*" or not write_etag(request, _if_match(if_match.decode("latin-1")))
        ):
            if_match = None  # "*" (any version), or an RPC without an etag: nothing to check
        metadata = [("x-request-id", request_id)]
        metadata += [
            (name.decode(), value)
            for name in FORWARDED_HEADERS
            if name in headers and _metadata_safe(value := headers[name].decode("latin-1"))
        ]
        if scope.get("client"):  # without it the chain would end in whatever the caller wrote
            metadata.append(("x-forwarded-for", _forwarded_for(scope)))
        if route.method.server_streaming:  # no deadline: a long export runs while the client reads
            framing = streaming.Framing.chosen(
                headers.get(b"accept", b"").decode("latin-1"), route.response_class.DESCRIPTOR
            )
            call = self._call(route)(request, metadata=tuple(metadata))
            try:
                await streaming.relay(call, framing, reply_headers, send, receive, self.heartbeat_s)
            except grpc.aio.AioRpcError as error:  # raised only before anything was sent
                await _failed(send, error, reply_headers, if_match is not None)
            return
        call = self._call(route)(request, metadata=tuple(metadata), timeout=timeout)
        try:
            reply = await call
        except grpc.aio.AioRpcError as error:
            await _failed(send, error, reply_headers, if_match is not None)
            return
        reply_headers = _returned(await call.trailing_metadata(), reply_headers)
        reply_headers += self.credentials.give(route, headers, scope["headers"], reply)
        etag = read_etag(reply)
        if etag:
            reply_headers.append((b"etag", f'"{etag}"'.encode()))
            if route.http_method == "GET" and _none_match(headers.get(b"if-none-match"), etag):
                # The client's copy is current: headers only (no length, so nothing buffers a body).
                await send({"type": "http.response.start", "status": 304, "headers": reply_headers})
                await send({"type": "http.response.body", "body": b""})
                return
        await _respond(send, 200, [*reply_headers, JSON], response_json(route, reply))


def _timeout(value: bytes | None) -> float | None:
    """The call's deadline in seconds: the client's Grpc-Timeout capped at CALL_TIMEOUT_S, or None
    when the header is malformed."""
    if value is None:
        return CALL_TIMEOUT_S
    text = value.decode("latin-1").strip()
    digits, unit = text[:-1], text[-1:]
    if not (0 < len(digits) <= 8 and digits.isascii() and digits.isdigit() and unit in TIMEOUT_UNITS_S):
        return None
    return min(int(digits) * TIMEOUT_UNITS_S[unit], CALL_TIMEOUT_S)


def _none_match(value: bytes | None, etag: str) -> bool:
    """If-None-Match names the current version (a list of entity tags, or "*")."""
    if value is None:
        return False
    tags = [_if_match(tag) for tag in value.decode("latin-1").split(",")]
    return "*" in tags or etag in tags


def _metadata_safe(value: str) -> bool:
    """gRPC metadata values are printable ASCII; anything else fails the call in grpcio (a 500
    schemathesis found). Such a header cannot be a token or a language tag: it is not forwarded."""
    return value.isascii() and value.isprintable()


async def _failed(
    send: Send, error: grpc.aio.AioRpcError, headers: list[tuple[bytes, bytes]], if_match: bool
) -> None:
    headers = _returned(error.trailing_metadata(), headers)
    status, extra, payload = errors.render(errors.from_rpc_error(error), if_match)
    await _respond(send, status, [*headers, *extra, JSON], payload)


def _returned(trailers: Any, headers: list[tuple[bytes, bytes]]) -> list[tuple[bytes, bytes]]:
    """`headers` plus the server's trailers worth returning; the server's request id replaces
    the gateway's (they are the same unless the server refused ours)."""
    returned = [
        (key.encode(), str(value).encode()) for key, value in trailers or () if key in RETURNED_TRAILERS
    ]
    if any(key == REQUEST_ID for key, _ in returned):
        headers = [header for header in headers if header[0] != REQUEST_ID]
    return [*headers, *returned]


def _forwarded_for(scope: Scope) -> str:
    """The incoming chain (every X-Forwarded-For header, in order) with the address this
    connection came from appended, as a proxy does. A chain that is not printable ASCII could
    not travel as gRPC metadata and names no address anyway: it is dropped."""
    chain = [v.decode("latin-1").strip() for k, v in scope["headers"] if k == b"x-forwarded-for"]
    if not all(hop.isascii() and hop.isprintable() for hop in chain):
        chain = []
    return ", ".join([*(hop for hop in chain if hop), scope["client"][0]])


def _no_route(code: grpc.StatusCode, what: str) -> status_pb2.Status:
    return status_pb2.Status(code=code.value[0], message=f"No RPC is bound to this {what}.")


async def _read_body(receive: Receive, limit: int) -> bytes | None:
    """The whole body, or None once it passes `limit` (nothing more is buffered)."""
    chunks, size = [], 0
    while True:
        message = await receive()
        if message["type"] == "http.disconnect":
            return b""
        chunk = message.get("body", b"")
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
        if not message.get("more_body", False):
            return b"".join(chunks)


async def send_error(
    send: Send, status: int, headers: list[tuple[bytes, bytes]], body: status_pb2.Status
) -> None:
    _, extra, payload = errors.render(body)
    await _respond(send, status, [*headers, *extra, JSON], payload)


async def _respond(send: Send, status: int, headers: list[tuple[bytes, bytes]], body: bytes) -> None:
    headers.append((b"content-length", str(len(body)).encode()))
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": body})
