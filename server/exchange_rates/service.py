"""gRPC adapter for rupaya.v1.ExchangeRateService."""

from __future__ import annotations

import datetime as dt

import grpc
from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import exchange_rates_pb2 as pb
from rupaya.v1 import exchange_rates_pb2_grpc
from server import context, pagination
from server.calendar_days import to_date
from server.db.engine import Database
from server.exchange_rates import domain, repository
from server.exchange_rates.messages import to_proto
from server.idempotency import Idempotency


class ExchangeRateService(exchange_rates_pb2_grpc.ExchangeRateServiceServicer):
    def __init__(self, db: Database, idempotency: Idempotency) -> None:
        self._db = db
        self._idempotency = idempotency

    async def SetExchangeRate(
        self, request: pb.SetExchangeRateRequest, context_: grpc.aio.ServicerContext
    ) -> pb.SetExchangeRateResponse:
        user_id = context.principal().user_id
        effective_on = to_date(request.effective_date, "effective_date")

        async def set_rate(s: AsyncSession) -> pb.SetExchangeRateResponse:
            rate = await domain.set_rate(
                s,
                user_id,
                request.currency_code,
                request.base_currency_code,
                effective_on,
                request.rate,
                request.etag,
            )
            return pb.SetExchangeRateResponse(exchange_rate=to_proto(rate))

        return await self._idempotency.run(
            user_id, request.request_id, "SetExchangeRate", request, pb.SetExchangeRateResponse, set_rate
        )

    async def DeleteExchangeRate(
        self, request: pb.DeleteExchangeRateRequest, context_: grpc.aio.ServicerContext
    ) -> pb.DeleteExchangeRateResponse:
        user_id = context.principal().user_id

        async def delete(s: AsyncSession) -> pb.DeleteExchangeRateResponse:
            await domain.delete(s, user_id, request.id, request.etag)
            return pb.DeleteExchangeRateResponse()

        return await self._idempotency.run(
            user_id, request.request_id, "DeleteExchangeRate", request, pb.DeleteExchangeRateResponse, delete
        )

    async def ListExchangeRates(
        self, request: pb.ListExchangeRatesRequest, context_: grpc.aio.ServicerContext
    ) -> pb.ListExchangeRatesResponse:
        after = pagination.decode(request, _cursor)
        size = pagination.page_size(request.page_size)
        async with self._db.read() as s:
            rows = await repository.list_page(
                s, context.principal().user_id, request.base_currency_code, after, size + 1
            )
        page, token = pagination.split(
            rows, size, lambda r: [r.base_currency_code, r.currency_code, r.effective_on.isoformat()], request
        )
        return pb.ListExchangeRatesResponse(exchange_rates=[to_proto(r) for r in page], next_page_token=token)


def _cursor(last: list[str]) -> repository.Key:
    return last[0], last[1], dt.date.fromisoformat(last[2])
