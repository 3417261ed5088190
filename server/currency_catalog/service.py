"""gRPC adapter for rupaya.v1.CurrencyService: the fixed table, built into one reply once."""

from __future__ import annotations

import grpc

from rupaya.v1 import currencies_pb2 as pb
from rupaya.v1 import currencies_pb2_grpc
from server import currencies


class CurrencyService(currencies_pb2_grpc.CurrencyServiceServicer):
    def __init__(self) -> None:
        # The table only changes with a release, so the reply is built once per process.
        self._reply = pb.ListCurrenciesResponse(
            currencies=[
                pb.Currency(code=c.code, numeric_code=c.numeric_code, name=c.name, exponent=c.exponent)
                for c in currencies.table()
            ]
        )

    async def ListCurrencies(
        self, request: pb.ListCurrenciesRequest, context_: grpc.aio.ServicerContext
    ) -> pb.ListCurrenciesResponse:
        return self._reply
