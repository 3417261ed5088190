"""gRPC adapter for rupaya.v1.BudgetService."""

from __future__ import annotations

import grpc
from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import budgets_pb2 as pb
from rupaya.v1 import budgets_pb2_grpc
from server import calendar_days, context, money, pagination
from server.budgets import domain, repository
from server.budgets.messages import to_proto
from server.calendar_days import to_date
from server.db.engine import Database
from server.idempotency import Idempotency
from server.users import repository as users


class BudgetService(budgets_pb2_grpc.BudgetServiceServicer):
    def __init__(self, db: Database, idempotency: Idempotency) -> None:
        self._db = db
        self._idempotency = idempotency

    async def CreateBudget(
        self, request: pb.CreateBudgetRequest, context_: grpc.aio.ServicerContext
    ) -> pb.CreateBudgetResponse:
        user_id = context.principal().user_id
        new = domain.NewBudget(
            category_id=request.category_id,
            amount=money.AmountInput.of(request.amount),
            period=request.period,
            rollover=request.rollover,
            alert_threshold_percent=request.alert_threshold_percent,
            start_date=to_date(request.start_date, "start_date") if request.HasField("start_date") else None,
        )

        async def create(s: AsyncSession) -> pb.CreateBudgetResponse:
            return pb.CreateBudgetResponse(budget=to_proto(await domain.create(s, user_id, new)))

        return await self._idempotency.run(
            user_id, request.request_id, "CreateBudget", request, pb.CreateBudgetResponse, create
        )

    async def GetBudget(
        self, request: pb.GetBudgetRequest, context_: grpc.aio.ServicerContext
    ) -> pb.GetBudgetResponse:
        async with self._db.read() as s:
            return pb.GetBudgetResponse(
                budget=to_proto(await domain.get(s, context.principal().user_id, request.id))
            )

    async def ListBudgets(
        self, request: pb.ListBudgetsRequest, context_: grpc.aio.ServicerContext
    ) -> pb.ListBudgetsResponse:
        after = pagination.decode(request, pagination.by_id)
        size = pagination.page_size(request.page_size)
        user_id = context.principal().user_id

        async def read(s: AsyncSession) -> pb.ListBudgetsResponse:
            rows = await repository.list_page(s, user_id, after, size + 1)
            page, token = pagination.split(rows, size, lambda b: [str(b.id)], request)
            return pb.ListBudgetsResponse(budgets=[to_proto(b) for b in page], next_page_token=token)

        return await self._db.reads_for(user_id).run(read)

    async def UpdateBudget(
        self, request: pb.UpdateBudgetRequest, context_: grpc.aio.ServicerContext
    ) -> pb.UpdateBudgetResponse:
        user_id = context.principal().user_id
        patch = request.budget

        async def update(s: AsyncSession) -> pb.UpdateBudgetResponse:
            budget = await domain.update(
                s,
                user_id,
                patch.id,
                patch.etag,
                list(request.update_mask.paths),
                money.AmountInput.of(patch.amount),
                patch.rollover,
                patch.alert_threshold_percent,
            )
            return pb.UpdateBudgetResponse(budget=to_proto(budget))

        return await self._idempotency.run(
            user_id, request.request_id, "UpdateBudget", request, pb.UpdateBudgetResponse, update
        )

    async def DeleteBudget(
        self, request: pb.DeleteBudgetRequest, context_: grpc.aio.ServicerContext
    ) -> pb.DeleteBudgetResponse:
        user_id = context.principal().user_id

        async def delete(s: AsyncSession) -> pb.DeleteBudgetResponse:
            await domain.delete(s, user_id, request.id, request.etag)
            return pb.DeleteBudgetResponse()

        return await self._idempotency.run(
            user_id, request.request_id, "DeleteBudget", request, pb.DeleteBudgetResponse, delete
        )

    async def GetBudgetProgress(
        self, request: pb.GetBudgetProgressRequest, context_: grpc.aio.ServicerContext
    ) -> pb.GetBudgetProgressResponse:
        user_id = context.principal().user_id
        async with self._db.transaction() as s:
            if request.HasField("date"):
                day = to_date(request.date, "date")
            else:
                user = await users.get(s, user_id)
                day = domain.today_in(request.time_zone or (user.time_zone if user else "UTC"))
            p = await domain.progress(s, user_id, request.id, day)
        currency = p.budget.currency_code
        return pb.GetBudgetProgressResponse(
            budget_id=str(p.budget.id),
            period_start=calendar_days.to_proto(p.start),
            period_end=calendar_days.to_proto(p.end),
            limit=money.to_proto(p.limit, currency),
            rolled_over=money.to_proto(p.rolled_over, currency),
            spent=money.to_proto(p.spent, currency),
            remaining=money.to_proto(p.remaining, currency),
            spent_basis_points=p.spent_basis_points,
            alert=p.alert,
        )
