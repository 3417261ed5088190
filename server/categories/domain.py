"""Category rules: one level of nesting, kinds match their parent, system ones are read only,
and a category in use is only deleted by reassigning what uses it."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from server import audit, quotas
from server.categories import repository
from server.db.tables import Category
from server.errors import DomainError, check_etag, invalid, not_found
from server.ids import require_uuid, uuid7

UPDATABLE = frozenset({"name", "icon", "color", "archived"})


@dataclass(frozen=True)
class NewCategory:
    name: str
    kind: int
    parent_id: str
    icon: str
    color: str


def etag(category: Category) -> str:
    return f"v{category.version}"


async def get(s: AsyncSession, user_id: uuid.UUID, id_text: str, field: str = "id") -> Category:
    category = await repository.get(s, user_id, require_uuid(id_text, field))
    if category is None:
        raise not_found("CATEGORY_NOT_FOUND", id_text)
    return category


async def _own(s: AsyncSession, user_id: uuid.UUID, id_text: str, given_etag: str, field: str) -> Category:
    category = await get(s, user_id, id_text, field)
    if category.user_id is None:
        raise DomainError("CATEGORY_READ_ONLY", metadata={"id": id_text})
    check_etag(given_etag, etag(category), "categories", id_text)
    return category


async def create(s: AsyncSession, user_id: uuid.UUID, new: NewCategory) -> Category:
    parent_id = None
    if new.parent_id:
        parent = await get(s, user_id, new.parent_id, "parent_id")
        if parent.parent_id is not None:
            raise invalid("parent_id", "sub-categories cannot have sub-categories (one level only)")
        if parent.kind != new.kind:
            raise invalid("kind", "must match the parent category's kind")
        parent_id = parent.id
    if not new.name.strip():
        raise invalid("name", "must not be blank")
    await quotas.ensure_room(s, user_id, "categories", repository.count_own, quotas.MAX_CATEGORIES)
    now = dt.datetime.now(dt.UTC)
    category = Category(
        id=uuid7(),
        user_id=user_id,
        parent_id=parent_id,
        name=new.name.strip(),
        kind=new.kind,
        icon=new.icon,
        color=new.color,
        archived=False,
        version=1,
        created_at=now,
        updated_at=now,
    )
    s.add(category)
    await s.flush()
    return category


async def update(
    s: AsyncSession,
    user_id: uuid.UUID,
    id_text: str,
    given_etag: str,
    paths: Sequence[str],
    values: Mapping[str, Any],
) -> Category:
    if not paths or set(paths) - UPDATABLE:
        raise invalid("update_mask", f"paths must be among {sorted(UPDATABLE)}")
    category = await _own(s, user_id, id_text, given_etag, "category.id")
    if "name" in paths and not str(values["name"]).strip():
        raise invalid("category.name", "must not be blank")
    for path in paths:
        setattr(category, path, values[path].strip() if path == "name" else values[path])
    category.version += 1
    category.updated_at = dt.datetime.now(dt.UTC)
    await s.flush()
    return category


async def delete(s: AsyncSession, user_id: uuid.UUID, id_text: str, given_etag: str, reassign_to: str) -> int:
    category = await _own(s, user_id, id_text, given_etag, "id")
    if await repository.has_children(s, category.id):
        raise DomainError("CATEGORY_HAS_CHILDREN", metadata={"id": id_text})
    in_use = await repository.usage_count(s, user_id, category.id)
    facts = {"category_id": str(category.id), "name": category.name}
    moved = repository.Reassigned(0, 0, 0)
    if reassign_to:
        target = await get(s, user_id, reassign_to, "reassign_to_category_id")
        if target.id == category.id or target.kind != category.kind:
            raise invalid("reassign_to_category_id", "must be another category of the same kind")
        moved = await repository.reassign(s, user_id, category.id, target.id)
        facts.update(
            reassigned_to_category_id=str(target.id),
            transactions=str(moved.transactions),
            split_lines=str(moved.split_lines),
            budgets=str(moved.budgets),
        )
    elif in_use:
        raise DomainError("CATEGORY_IN_USE", metadata={"id": id_text, "uses": str(in_use)})
    await s.delete(category)
    await s.flush()
    await audit.record_change(s, user_id, audit.Action.AUDIT_ACTION_CATEGORY_DELETED, **facts)
    return moved.total
