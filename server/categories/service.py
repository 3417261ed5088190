"""gRPC adapter for rupaya.v1.CategoryService."""

from __future__ import annotations

import grpc
from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import categories_pb2 as pb
from rupaya.v1 import categories_pb2_grpc
from server import context, pagination
from server.categories import domain, repository
from server.categories.messages import to_proto
from server.db.engine import Database
from server.idempotency import Idempotency


class CategoryService(categories_pb2_grpc.CategoryServiceServicer):
    def __init__(self, db: Database, idempotency: Idempotency) -> None:
        self._db = db
        self._idempotency = idempotency

    async def CreateCategory(
        self, request: pb.CreateCategoryRequest, context_: grpc.aio.ServicerContext
    ) -> pb.CreateCategoryResponse:
        user_id = context.principal().user_id
        new = domain.NewCategory(request.name, request.kind, request.parent_id, request.icon, request.color)

        async def create(s: AsyncSession) -> pb.CreateCategoryResponse:
            return pb.CreateCategoryResponse(category=to_proto(await domain.create(s, user_id, new)))

        return await self._idempotency.run(
            user_id, request.request_id, "CreateCategory", request, pb.CreateCategoryResponse, create
        )

    async def GetCategory(
        self, request: pb.GetCategoryRequest, context_: grpc.aio.ServicerContext
    ) -> pb.GetCategoryResponse:
        async with self._db.read() as s:
            category = await domain.get(s, context.principal().user_id, request.id)
        return pb.GetCategoryResponse(category=to_proto(category))

    async def ListCategories(
        self, request: pb.ListCategoriesRequest, context_: grpc.aio.ServicerContext
    ) -> pb.ListCategoriesResponse:
        after = pagination.decode(request, pagination.by_id)
        size = pagination.page_size(request.page_size)
        user_id = context.principal().user_id
        rows = await self._db.reads_for(user_id).run(
            lambda s: repository.list_page(
                s, user_id, after, size + 1, request.kind, request.include_archived
            )
        )
        page, token = pagination.split(rows, size, lambda c: [str(c.id)], request)
        return pb.ListCategoriesResponse(categories=[to_proto(c) for c in page], next_page_token=token)

    async def UpdateCategory(
        self, request: pb.UpdateCategoryRequest, context_: grpc.aio.ServicerContext
    ) -> pb.UpdateCategoryResponse:
        patch = request.category
        paths = list(request.update_mask.paths)
        values = {path: getattr(patch, path) for path in paths if path in domain.UPDATABLE}
        user_id = context.principal().user_id

        async def update(s: AsyncSession) -> pb.UpdateCategoryResponse:
            category = await domain.update(s, user_id, patch.id, patch.etag, paths, values)
            return pb.UpdateCategoryResponse(category=to_proto(category))

        return await self._idempotency.run(
            user_id, request.request_id, "UpdateCategory", request, pb.UpdateCategoryResponse, update
        )

    async def DeleteCategory(
        self, request: pb.DeleteCategoryRequest, context_: grpc.aio.ServicerContext
    ) -> pb.DeleteCategoryResponse:
        user_id = context.principal().user_id

        async def delete(s: AsyncSession) -> pb.DeleteCategoryResponse:
            moved = await domain.delete(s, user_id, request.id, request.etag, request.reassign_to_category_id)
            return pb.DeleteCategoryResponse(reassigned_count=moved)

        return await self._idempotency.run(
            user_id, request.request_id, "DeleteCategory", request, pb.DeleteCategoryResponse, delete
        )
