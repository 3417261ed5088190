"""What a browser needs from the gateway, as an ASGI layer around it: CORS, secure headers,
HEAD and OPTIONS, gzip, and the signing keys at the well-known JWKS path.

CORS: an allowed origin (RUPAYA_CORS_ORIGINS, server/config.py) gets its preflight answered
and `Access-Control-Allow-Origin` on every response; any other origin's preflight is refused
with 403 and no CORS headers, and its other calls carry none (the browser then hides the
reply). Credentials mode (`Access-Control-Allow-Credentials: true`) for allowed origins only:
a web app on another origin needs it to receive and send the refresh-token cookie
(gateway/cookies.py); any other origin's replies stay unreadable and its preflights refused.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from typing import Any

import grpc
from google.rpc import status_pb2

from gateway.app import OPENAPI_PATH, Gateway, Receive, Scope, Send, send_error

# Every response: JSON is never rendered, framed, sniffed, cached or referred.
SECURE_HEADERS = [
    (b"x-content-type-options", b"nosniff"),
    (b"content-security-policy", b"default-src 'none'; frame-ancestors 'none'"),
    (b"x-frame-options", b"DENY"),
    (b"referrer-policy", b"no-referrer"),
    (b"cache-control", b"no-store"),  # money data must not sit in a shared cache
]
# Only on HTTPS responses: browsers then refuse plaintext to this host for a year.
HSTS = (b"strict-transport-security", b"max-age=31536000; includeSubDomains")
ALLOWED_HEADERS = (
    b"authorization, content-type, if-match, if-none-match, grpc-timeout, x-request-id, accept-language, "
    b"x-rupaya-credentials, x-csrf-token"  # the cookie opt-in and its CSRF echo (gateway/cookies.py)
)
EXPOSED_HEADERS = (
    b"x-request-id, ratelimit-limit, ratelimit-remaining, ratelimit-reset, etag, retry-after, x-csrf-token"
)
PREFLIGHT_MAX_AGE = b"600"
# Smaller bodies fit in a packet or two anyway; gzip would cost more than it saves.
GZIP_MIN_BYTES = 1024
# Standard paths served by an RPC's own (variable-free) GET route: path -> gRPC method.
WELL_KNOWN = {"/.well-known/jwks.json": "/rupaya.v1.AuthService/GetJwks"}


class Origins:
    """Exact origins, and `scheme://host:*` for that host on any port."""

    def __init__(self, allowed: Iterable[str]) -> None:
        allowed = tuple(allowed)
        self.exact = {origin for origin in allowed if not origin.endswith(":*")}
        self.any_port = tuple(origin[:-1] for origin in allowed if origin.endswith(":*"))

    def allows(self, origin: str) -> bool:
        if origin in self.exact:
            return True
        for prefix in self.any_port:  # "http://localhost:" + digits, or no port at all
            if origin == prefix[:-1] or (origin.startswith(prefix) and origin[len(prefix) :].isdigit()):
                return True
        return False


class Browser:
    def __init__(self, gateway: Gateway, cors_origins: Iterable[str] = ()) -> None:
        self.gateway = gateway
        self.origins = Origins(cors_origins)
        self.aliases = {
            path: route.path.template
            for path, grpc_method in WELL_KNOWN.items()
            for route in gateway.table.routes
            if route.grpc_method == grpc_method and route.http_method == "GET"
        }

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.gateway(scope, receive, send)
            return
        headers = dict(scope["headers"])
        origin = headers.get(b"origin", b"").decode("latin-1")
        allowed_origin = bool(origin) and self.origins.allows(origin)
        added = [*SECURE_HEADERS, (b"vary", b"Origin, Accept-Encoding")]
        if scope.get("scheme") == "https":  # over plaintext HSTS means nothing (RFC 6797 8.1)
            added.append(HSTS)
        if allowed_origin:
            added += [
                (b"access-control-allow-origin", origin.encode()),
                (b"access-control-allow-credentials", b"true"),
            ]
        method = scope["method"]
        path = self.aliases.get(scope["path"], scope["path"])
        methods = _methods(self._allowed(path)) if method == "OPTIONS" else b""
        if methods:  # OPTIONS on a path with routes; on any other path the gateway's 404
            if b"access-control-request-method" not in headers:
                await _empty(send, [*added, (b"allow", methods)])
            elif allowed_origin:
                await _empty(
                    send,
                    [
                        *added,
                        (b"access-control-allow-methods", methods),
                        (b"access-control-allow-headers", ALLOWED_HEADERS),
                        (b"access-control-max-age", PREFLIGHT_MAX_AGE),
                    ],
                )
            else:
                await _refuse(send, added)
            return
        if allowed_origin:
            added.append((b"access-control-expose-headers", EXPOSED_HEADERS))
        inner = {**scope, "path": path, "method": "GET" if method == "HEAD" else method}
        gzip_ok = _accepts_gzip(headers.get(b"accept-encoding", b""))
        await self.gateway(inner, receive, _Reply(send, added, gzip_ok, head=method == "HEAD"))

    def _allowed(self, path: str) -> list[str]:
        """The methods of the routes at `path`; the OpenAPI document is read with GET."""
        return ["GET"] if path == OPENAPI_PATH else self.gateway.table.find("", path)[2]


def _methods(allowed: list[str]) -> bytes:
    """The methods a path answers: its routes', HEAD where GET is, and OPTIONS ("" if none)."""
    if not allowed:
        return b""
    methods = set(allowed) | {"OPTIONS"} | ({"HEAD"} if "GET" in allowed else set())
    return ", ".join(sorted(methods)).encode()


def _accepts_gzip(value: bytes) -> bool:
    for coding in value.decode("latin-1").lower().split(","):
        name, _, params = coding.partition(";")
        if name.strip() == "gzip":
            q = params.strip().removeprefix("q=")
            return not params.strip() or _quality(q) > 0
    return False


def _quality(value: str) -> float:
    try:
        return float(value)
    except ValueError:
        return 0.0


async def _refuse(send: Send, headers: list[tuple[bytes, bytes]]) -> None:
    """403 for another origin's preflight: a Status body, and no CORS headers to act on."""
    code = grpc.StatusCode.PERMISSION_DENIED.value[0]
    await send_error(
        send, 403, headers, status_pb2.Status(code=code, message="This origin may not call the API.")
    )


async def _empty(send: Send, headers: list[tuple[bytes, bytes]]) -> None:
    await send({"type": "http.response.start", "status": 204, "headers": headers})
    await send({"type": "http.response.body", "body": b""})


class _Reply:
    """The gateway's `send`, buffered to one body: headers added, gzip applied, and for HEAD
    the body dropped (its length stays what GET's would be). A reply without a length is a
    stream (gateway/streaming.py): it passes chunk by chunk, headers added, never gzipped or
    held back (a download or event stream must reach the client as it is produced). For HEAD a
    stream ends with its headers, which tells the gateway the client is done (it cancels the
    upstream call instead of producing a body nobody reads)."""

    def __init__(self, send: Send, added: list[tuple[bytes, bytes]], gzip_ok: bool, head: bool) -> None:
        self.send, self.added, self.gzip_ok, self.head = send, added, gzip_ok, head
        self.start: dict[str, Any] = {}
        self.chunks: list[bytes] = []
        self.streaming = False

    async def __call__(self, message: dict[str, Any]) -> None:
        if message["type"] == "http.response.start":
            self.start = message
            self.streaming = all(name != b"content-length" for name, _ in message["headers"])
            if self.streaming:
                await self.send({**message, "headers": [*message["headers"], *self.added]})
                if self.head:
                    await self.send({"type": "http.response.body", "body": b""})
            return
        if self.streaming:
            if not self.head:
                await self.send(message)
            return
        self.chunks.append(message.get("body", b""))
        if message.get("more_body", False):
            return
        body = b"".join(self.chunks)
        headers = [(name, value) for name, value in self.start["headers"] if name != b"content-length"]
        if b"allow" in dict(headers):  # a 405: also HEAD and OPTIONS, which this layer answers
            allowed = dict(headers)[b"allow"].decode().split(", ")
            headers = [(n, v) for n, v in headers if n != b"allow"] + [(b"allow", _methods(allowed))]
        if self.gzip_ok and len(body) > GZIP_MIN_BYTES:
            body = gzip.compress(body, compresslevel=6, mtime=0)
            headers.append((b"content-encoding", b"gzip"))
        headers += [*self.added, (b"content-length", str(len(body)).encode())]
        await self.send({**self.start, "headers": headers})
        await self.send({"type": "http.response.body", "body": b"" if self.head else body})
