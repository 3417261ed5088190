"""grpc.health.v1 with every method answered: grpcio's servicer has no List (it would
answer INTERNAL), and its NOT_FOUND for an unknown service carries no ErrorInfo.

`rupaya.liveness` is SERVING for as long as the process answers at all, whatever PostgreSQL and
Redis do (readiness follows those): a liveness probe that failed with the database would restart
every replica during a database outage, which heals nothing."""

from __future__ import annotations

import grpc
from grpc_health.v1 import health_pb2
from grpc_health.v1.health import aio as health_aio

from server.errors import DomainError

LIVENESS = "rupaya.liveness"


class HealthServicer(health_aio.HealthServicer):
    def __init__(self) -> None:
        super().__init__()
        self._server_status[LIVENESS] = health_pb2.HealthCheckResponse.SERVING

    async def Check(  # noqa: N802 (the gRPC method's name)
        self, request: health_pb2.HealthCheckRequest, context: grpc.aio.ServicerContext
    ) -> health_pb2.HealthCheckResponse:
        status = self._server_status.get(request.service)
        if status is None:
            # The name is not echoed: a long one would push the reply past the client's header limit.
            raise DomainError("HEALTH_SERVICE_UNKNOWN")
        return health_pb2.HealthCheckResponse(status=status)

    async def List(  # noqa: N802
        self, request: health_pb2.HealthListRequest, context: grpc.aio.ServicerContext
    ) -> health_pb2.HealthListResponse:
        return health_pb2.HealthListResponse(
            statuses={
                service: health_pb2.HealthCheckResponse(status=status)
                for service, status in self._server_status.items()
            }
        )
