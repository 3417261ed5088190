"""The gateway's channel to its gRPC upstream: plaintext, or TLS trusting the configured CA and,
for mutual TLS, presenting the gateway's own certificate (server/tls.py).

gRPC reads channel credentials once, so a renewed client certificate (or CA) needs a new
channel: `RenewingChannel` looks at the files at most once a second and, when they changed,
sends new calls through a channel made from them while calls in flight finish on the old one."""

from __future__ import annotations

import asyncio
import time
from typing import Any

import grpc
import structlog

from server import tls
from server.tls_config import UpstreamTls

log = structlog.get_logger("rupaya.gateway")

CHECK_INTERVAL_S = 1.0
# Calls in flight on a replaced channel get this long to finish (the gateway's call timeout).
RETIRE_GRACE_S = 30.0


def open_channel(target: str, upstream_tls: UpstreamTls | None) -> grpc.aio.Channel:
    if upstream_tls is None:
        return grpc.aio.insecure_channel(target)
    return RenewingChannel(target, upstream_tls)


def _secure_channel(target: str, upstream_tls: UpstreamTls) -> grpc.aio.Channel:
    return grpc.aio.secure_channel(
        target, tls.channel_credentials(upstream_tls), options=tls.channel_options(upstream_tls)
    )


class RenewingChannel(grpc.aio.Channel):
    """A TLS channel whose credentials follow their files. Multicallables made from it resolve
    the current channel on each call, so the gateway can keep them as it keeps any."""

    def __init__(self, target: str, upstream_tls: UpstreamTls) -> None:
        self.target, self.upstream_tls = target, upstream_tls
        self.watched = tls.WatchedFiles(upstream_tls.ca_file, upstream_tls.cert_file, upstream_tls.key_file)
        self.channel = _secure_channel(target, upstream_tls)
        self.next_check = time.monotonic() + CHECK_INTERVAL_S
        self.retiring: set[asyncio.Task[None]] = set()

    def current(self) -> grpc.aio.Channel:
        now = time.monotonic()
        if now >= self.next_check:
            self.next_check = now + CHECK_INTERVAL_S
            renewed = self.watched.reload("gateway upstream", self._renew)
            if renewed is not None:
                old, self.channel = self.channel, renewed
                task = asyncio.ensure_future(old.close(RETIRE_GRACE_S))
                self.retiring.add(task)
                task.add_done_callback(self.retiring.discard)
        return self.channel

    def _renew(self) -> grpc.aio.Channel:
        return _secure_channel(self.target, self.upstream_tls)  # raises if a file does not read

    def _multicallable(self, kind: str, method: str, *args: Any, **kwargs: Any) -> Any:
        return _Method(self, kind, method, args, kwargs)

    def unary_unary(self, method: str, *args: Any, **kwargs: Any) -> Any:
        return self._multicallable("unary_unary", method, *args, **kwargs)

    def unary_stream(self, method: str, *args: Any, **kwargs: Any) -> Any:
        return self._multicallable("unary_stream", method, *args, **kwargs)

    def stream_unary(self, method: str, *args: Any, **kwargs: Any) -> Any:
        return self._multicallable("stream_unary", method, *args, **kwargs)

    def stream_stream(self, method: str, *args: Any, **kwargs: Any) -> Any:
        return self._multicallable("stream_stream", method, *args, **kwargs)

    async def close(self, grace: float | None = None) -> None:
        await self.channel.close(grace)
        await asyncio.gather(*self.retiring, return_exceptions=True)

    async def __aenter__(self) -> RenewingChannel:
        return self

    async def __aexit__(self, *_: object) -> None:
        await self.close()

    def get_state(self, try_to_connect: bool = False) -> grpc.ChannelConnectivity:
        return self.current().get_state(try_to_connect)

    async def wait_for_state_change(self, last_observed_state: grpc.ChannelConnectivity) -> None:
        await self.current().wait_for_state_change(last_observed_state)

    async def channel_ready(self) -> None:
        await self.current().channel_ready()


class _Method:
    """A multicallable of whichever channel is current when it is called."""

    def __init__(self, owner: RenewingChannel, kind: str, method: str, args: Any, kwargs: Any) -> None:
        self.owner, self.kind, self.method, self.args, self.kwargs = owner, kind, method, args, kwargs
        self.bound: grpc.aio.Channel | None = None
        self.call: Any = None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        channel = self.owner.current()
        if channel is not self.bound:
            self.bound = channel
            self.call = getattr(channel, self.kind)(self.method, *self.args, **self.kwargs)
        return self.call(*args, **kwargs)
