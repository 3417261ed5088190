"""The change feed's rules: pages of each entity's latest change after a cursor, in cursor
order, read in one snapshot so every entity's form is the one its latest change left."""

from __future__ import annotations

import uuid
from collections import defaultdict
from dataclasses import dataclass
from typing import Any

from sqlalchemy.ext.asyncio import AsyncSession

from server.db.tables import SyncChange
from server.errors import DomainError
from server.sync import repository
from server.synced import PROFILE
from server.users import repository as users_repository
from server.users.domain import ProfileView

DEFAULT_PAGE_SIZE = 50


@dataclass(frozen=True)
class FeedChange:
    change: SyncChange
    # The entity as it is now, for an upsert; None for a tombstone.
    current: Any | None


@dataclass(frozen=True)
class FeedPage:
    changes: list[FeedChange]
    next_cursor: int
    has_more: bool


async def changes_after(s: AsyncSession, user_id: uuid.UUID, cursor: int, page_size: int) -> FeedPage:
    """`s` must be a snapshot (Database.snapshot): the log and the entities of one moment."""
    pruned = await repository.horizon(s, user_id)
    if 0 < cursor < pruned:  # deletes after the cursor were pruned: the device cannot catch up
        raise DomainError(
            "SYNC_CURSOR_EXPIRED", metadata={"cursor": str(cursor), "oldest_cursor": str(pruned)}
        )
    size = page_size or DEFAULT_PAGE_SIZE
    rows = list(await repository.changes_after(s, user_id, cursor, size + 1))
    has_more = len(rows) > size
    rows = rows[:size]
    wanted: defaultdict[int, list[uuid.UUID]] = defaultdict(list)
    for row in rows:
        if not row.deleted:
            wanted[row.entity_type].append(row.entity_id)
    current = {
        (kind, entity_id): entity
        for kind, ids in wanted.items()
        for entity_id, entity in (await repository.current_rows(s, user_id, kind, ids)).items()
    }
    profile = current.get((PROFILE, user_id))
    if profile is not None:  # the profile shows whether MFA is on, kept beside the user's row
        current[(PROFILE, user_id)] = ProfileView(profile, await users_repository.mfa_enabled(s, user_id))
    changes = [FeedChange(row, current.get((row.entity_type, row.entity_id))) for row in rows]
    return FeedPage(changes, rows[-1].change_cursor if rows else cursor, has_more)
