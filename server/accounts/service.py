"""gRPC adapter for rupaya.v1.AccountService: proto in -> domain call -> proto out."""

from __future__ import annotations

import grpc
from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import accounts_pb2, accounts_pb2_grpc
from server import context, money, pagination
from server.accounts import domain, repository
from server.accounts.messages import to_proto
from server.db.engine import Database
from server.idempotency import Idempotency


class AccountService(accounts_pb2_grpc.AccountServiceServicer):
    def __init__(self, db: Database, idempotency: Idempotency) -> None:
        self._db = db
        self._idempotency = idempotency

    async def CreateAccount(
        self, request: accounts_pb2.CreateAccountRequest, context_: grpc.aio.ServicerContext
    ) -> accounts_pb2.CreateAccountResponse:
        user_id = context.principal().user_id
        new = domain.NewAccount(
            name=request.name,
            type=request.type,
            currency_code=request.currency_code,
            opening_balance=money.AmountInput.of(request.opening_balance),
            is_default=request.is_default,
            icon=request.icon,
            color=request.color,
            allow_overdraft=request.allow_overdraft,
        )

        async def create(s: AsyncSession) -> accounts_pb2.CreateAccountResponse:
            return accounts_pb2.CreateAccountResponse(account=to_proto(await domain.create(s, user_id, new)))

        return await self._idempotency.run(
            user_id,
            request.request_id,
            "CreateAccount",
            request,
            accounts_pb2.CreateAccountResponse,
            create,
        )

    async def GetAccount(
        self, request: accounts_pb2.GetAccountRequest, context_: grpc.aio.ServicerContext
    ) -> accounts_pb2.GetAccountResponse:
        async with self._db.read() as s:
            account = await domain.get(s, context.principal().user_id, request.id)
        return accounts_pb2.GetAccountResponse(account=to_proto(account))

    async def ListAccounts(
        self, request: accounts_pb2.ListAccountsRequest, context_: grpc.aio.ServicerContext
    ) -> accounts_pb2.ListAccountsResponse:
        after = pagination.decode(request, pagination.by_id)
        size = pagination.page_size(request.page_size)
        user_id = context.principal().user_id
        rows = await self._db.reads_for(user_id).run(
            lambda s: repository.list_page(s, user_id, after, size + 1, request.include_archived)
        )
        page, token = pagination.split(rows, size, lambda a: [str(a.id)], request)
        return accounts_pb2.ListAccountsResponse(accounts=[to_proto(a) for a in page], next_page_token=token)

    async def UpdateAccount(
        self, request: accounts_pb2.UpdateAccountRequest, context_: grpc.aio.ServicerContext
    ) -> accounts_pb2.UpdateAccountResponse:
        user_id = context.principal().user_id
        patch = request.account
        values = {path: getattr(patch, path) for path in request.update_mask.paths if hasattr(patch, path)}
        for path in ("opening_balance", "reconciled_balance"):
            if path in values:
                values[path] = money.AmountInput.of(values[path])

        async def update(s: AsyncSession) -> accounts_pb2.UpdateAccountResponse:
            account = await domain.update(
                s, user_id, patch.id, patch.etag, list(request.update_mask.paths), values
            )
            return accounts_pb2.UpdateAccountResponse(account=to_proto(account))

        return await self._idempotency.run(
            user_id,
            request.request_id,
            "UpdateAccount",
            request,
            accounts_pb2.UpdateAccountResponse,
            update,
        )

    async def DeleteAccount(
        self, request: accounts_pb2.DeleteAccountRequest, context_: grpc.aio.ServicerContext
    ) -> accounts_pb2.DeleteAccountResponse:
        user_id = context.principal().user_id

        async def delete(s: AsyncSession) -> accounts_pb2.DeleteAccountResponse:
            await domain.delete(s, user_id, request.id, request.etag)
            return accounts_pb2.DeleteAccountResponse()

        return await self._idempotency.run(
            user_id, request.request_id, "DeleteAccount", request, accounts_pb2.DeleteAccountResponse, delete
        )
