"""The gateway's channel to its gRPC upstream: plaintext, or TLS trusting the configured CA
and, for mutual TLS, presenting the gateway's own certificate (server/tls.py)."""

from __future__ import annotations

import grpc

from server import tls
from server.tls_config import UpstreamTls


def open_channel(target: str, upstream_tls: UpstreamTls | None) -> grpc.aio.Channel:
    if upstream_tls is None:
        return grpc.aio.insecure_channel(target)
    return grpc.aio.secure_channel(
        target, tls.channel_credentials(upstream_tls), options=tls.channel_options(upstream_tls)
    )
