"""One Redis connection shared by every in-flight call of a process (multiplexed).

The rate-limit script runs on every authenticated RPC. redis-py's asyncio client takes a
pooled connection per command (one socket, read wake-up and timeout timer each; it refuses
past 100 concurrent commands) and costs about ten times the CPU of writing the command to
one shared connection and matching replies in order, which Redis guarantees (measured:
docs/operations.md). So the hot path uses this; everything else keeps redis-py.

hiredis packs commands and parses replies; this module only orders them. Failures are
redis-py's exception types, so callers' fail-open/closed handling is unchanged: a lost
connection fails every pending call with ConnectionError and the next call reconnects;
a reply later than `timeout_s` means Redis hangs, so the connection is dropped the same way.
"""

from __future__ import annotations

import asyncio
import collections
import ssl
import time
from typing import Any

import hiredis
import redis.exceptions
from redis.asyncio.connection import SSLConnection, parse_url

_ERRORS = {"NOSCRIPT": redis.exceptions.NoScriptError}


def _reply_error(error: hiredis.ReplyError) -> redis.exceptions.ResponseError:
    message = str(error)
    return _ERRORS.get(message.split(" ", 1)[0], redis.exceptions.ResponseError)(message)


class _Protocol(asyncio.Protocol):
    def __init__(self, timeout_s: float) -> None:
        self._reader = hiredis.Reader()
        self._pending: collections.deque[tuple[asyncio.Future[Any], float]] = collections.deque()
        self._timeout_s = timeout_s
        self._watchdog: asyncio.TimerHandle | None = None
        self._transport: asyncio.Transport | None = None
        self.closed = asyncio.get_running_loop().create_future()

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        assert isinstance(transport, asyncio.Transport)
        self._transport = transport

    def send(self, args: tuple[Any, ...]) -> asyncio.Future[Any]:
        if self.closed.done() or self._transport is None:
            raise redis.exceptions.ConnectionError("Redis connection closed")
        loop = asyncio.get_running_loop()
        reply = loop.create_future()
        # Written at once: at these rates a command rarely has company to wait for (measured:
        # holding commands for the next loop iteration or for the previous replies averaged
        # 1.0-1.1 commands a write), so waiting would only add a callback.
        self._transport.write(hiredis.pack_command(args))
        self._pending.append((reply, time.monotonic() + self._timeout_s))
        if self._watchdog is None:
            self._watchdog = loop.call_later(self._timeout_s, self._check_overdue)
        return reply

    def data_received(self, data: bytes) -> None:
        self._reader.feed(data)
        while (reply := self._reader.gets()) is not False:
            waiter, _ = self._pending.popleft()
            if waiter.done():  # the caller was cancelled
                continue
            if isinstance(reply, hiredis.ReplyError):
                waiter.set_exception(_reply_error(reply))
            else:
                waiter.set_result(reply)

    def _check_overdue(self) -> None:
        self._watchdog = None
        if not self._pending:
            return
        _, deadline = self._pending[0]  # replies come in order: the oldest is the first due
        now = time.monotonic()
        if now >= deadline:
            self._fail(redis.exceptions.TimeoutError(f"no reply from Redis within {self._timeout_s:g} s"))
            return
        self._watchdog = asyncio.get_running_loop().call_later(deadline - now, self._check_overdue)

    def connection_lost(self, exc: Exception | None) -> None:
        self._fail(redis.exceptions.ConnectionError(f"Redis connection lost: {exc or 'closed'}"))

    def close(self) -> None:
        self._fail(redis.exceptions.ConnectionError("Redis connection closed"))

    def _fail(self, error: redis.exceptions.RedisError) -> None:
        if not self.closed.done():
            self.closed.set_result(None)
        if self._watchdog is not None:
            self._watchdog.cancel()
            self._watchdog = None
        while self._pending:
            waiter, _ = self._pending.popleft()
            if not waiter.done():
                waiter.set_exception(error)
        if self._transport is not None:
            self._transport.abort()


class MuxConnection:
    """Commands from any number of tasks over one connection to `url` (redis://, rediss://,
    unix://; password, username and database taken from the URL, as redis-py does)."""

    def __init__(self, url: str, timeout_s: float = 0.5) -> None:
        self._options = parse_url(url)
        self._timeout_s = timeout_s
        self._protocol: _Protocol | None = None
        self._connecting: asyncio.Task[_Protocol] | None = None

    async def execute(self, *args: Any) -> Any:
        protocol = self._protocol
        if protocol is None or protocol.closed.done():
            protocol = await self._connected()
        return await protocol.send(args)

    async def _connected(self) -> _Protocol:
        if self._connecting is None or self._connecting.done():
            self._connecting = asyncio.ensure_future(self._connect())
        try:
            return await asyncio.shield(self._connecting)
        except (OSError, TimeoutError) as error:
            raise redis.exceptions.ConnectionError(f"cannot connect to Redis: {error}") from error

    async def _connect(self) -> _Protocol:
        loop, options = asyncio.get_running_loop(), self._options
        async with asyncio.timeout(self._timeout_s):
            if "path" in options:
                _, protocol = await loop.create_unix_connection(
                    lambda: _Protocol(self._timeout_s), options["path"]
                )
            else:
                _, protocol = await loop.create_connection(
                    lambda: _Protocol(self._timeout_s),
                    options.get("host", "localhost"),
                    options.get("port", 6379),
                    ssl=self._tls_context() if options.get("connection_class") is SSLConnection else None,
                )
            try:
                if options.get("password"):
                    auth = (options["username"],) if options.get("username") else ()
                    await protocol.send(("AUTH", *auth, options["password"]))
                if options.get("db"):
                    await protocol.send(("SELECT", options["db"]))
            except redis.exceptions.ResponseError as refused:  # wrong password or database
                protocol.close()
                raise redis.exceptions.AuthenticationError(str(refused)) from refused
        self._protocol = protocol
        return protocol

    def _tls_context(self) -> ssl.SSLContext:
        context = ssl.create_default_context(cafile=self._options.get("ssl_ca_certs"))
        if self._options.get("ssl_cert_reqs") in ("none", ssl.CERT_NONE):
            context.check_hostname = False
            context.verify_mode = ssl.CERT_NONE
        return context

    async def close(self) -> None:
        if self._connecting is not None and not self._connecting.done():
            self._connecting.cancel()
        if self._protocol is not None:
            self._protocol.close()
            self._protocol = None
