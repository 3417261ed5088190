"""`python -m server healthcheck`: the container's HEALTHCHECK, one probe and an exit code.

The gRPC probe asks grpc.health.v1 what load balancers and Kubernetes ask (SERVING or not);
the HTTP probe, for the gateway's container, GETs a public route that goes through to gRPC, so
a gateway whose upstream is gone is unhealthy too. Plaintext only, like Kubernetes' own gRPC
probe: in a container the probe dials the process beside it."""

from __future__ import annotations

import urllib.error
import urllib.request

import grpc
from grpc_health.v1 import health_pb2, health_pb2_grpc


def grpc_serving(target: str, service: str = "", timeout_s: float = 3.0) -> bool:
    with grpc.insecure_channel(target) as channel:
        try:
            reply = health_pb2_grpc.HealthStub(channel).Check(
                health_pb2.HealthCheckRequest(service=service), timeout=timeout_s
            )
        except grpc.RpcError:
            return False
    return bool(reply.status == health_pb2.HealthCheckResponse.SERVING)


def http_ok(url: str, timeout_s: float = 3.0) -> bool:
    try:
        with urllib.request.urlopen(url, timeout=timeout_s) as reply:  # noqa: S310 (our own URL)
            return 200 <= reply.status < 300
    except (urllib.error.URLError, OSError):
        return False
