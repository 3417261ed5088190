"""A category as its protobuf message: used by the domain's gRPC service and by the sync feed
(server/sync/), which sends the same form."""

from __future__ import annotations

from google.protobuf.timestamp_pb2 import Timestamp

from rupaya.v1 import categories_pb2 as pb
from server.categories import domain
from server.db.tables import Category


def to_proto(category: Category) -> pb.Category:
    created, updated = Timestamp(), Timestamp()
    created.FromDatetime(category.created_at)
    updated.FromDatetime(category.updated_at)
    return pb.Category(
        id=str(category.id),
        name=category.name,
        kind=category.kind,  # type: ignore[arg-type]
        parent_id=str(category.parent_id) if category.parent_id else "",
        icon=category.icon,
        color=category.color,
        is_system=category.user_id is None,
        archived=category.archived,
        create_time=created,
        update_time=updated,
        etag=domain.etag(category),
    )
