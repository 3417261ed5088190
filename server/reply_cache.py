"""Serialized replies cached under the caller's ledger version (analytics, transaction lists).

Every write that changes what a ledger read shows bumps the user's version in the write's own
database transaction (server/ledger_version.py), and the reader reads the version before it
reads the figures, in a statement of its own. So a reply stored under version v was read at v
or later, never earlier: a reply found under the version the caller just read is never older
than the caller's last committed write, on every replica sharing the database. The key also
holds the user id, so no user's reply is ever found under another's key.

A cache that fails (Redis away) is a miss or a skipped store: the database stays the truth.
"""

from __future__ import annotations

import hashlib
import time
import uuid
from collections import OrderedDict
from typing import Protocol

import redis
import structlog
from google.protobuf.message import Message

from server.config import Settings

log = structlog.get_logger("rupaya.reply_cache")


def request_digest(request: Message) -> str:
    return hashlib.sha256(request.SerializeToString(deterministic=True)).hexdigest()


def key_of(kind: str, user_id: uuid.UUID, version: int, *parts: str) -> str:
    return ":".join((kind, str(user_id), str(version), *parts))


class Store(Protocol):
    """What a reply cache needs of its store: server/cache.py's Cache, or BoundedLocalCache."""

    async def get(self, key: str) -> bytes | None: ...
    async def set(self, key: str, value: bytes, ttl_s: float) -> None: ...


class ReplyCache:
    def __init__(self, cache: Store, ttl_s: float) -> None:
        self._cache = cache
        self._ttl_s = ttl_s

    async def get(self, key: str) -> bytes | None:
        try:
            return await self._cache.get(key)
        except (redis.RedisError, OSError) as error:
            log.warning("reply cache unavailable; computing", key=key.split(":", 1)[0], error=str(error))
            return None

    async def put(self, key: str, reply: bytes) -> None:
        try:
            await self._cache.set(key, reply, self._ttl_s)
        except (redis.RedisError, OSError) as error:
            log.warning("reply cache unavailable; not stored", key=key.split(":", 1)[0], error=str(error))


SEEN = -1  # a VersionHints value: asked once, nothing stored yet


class VersionHints:
    """For each (user, request) this process answered lately, the version its reply was cached
    under, or SEEN: least recently used out first. A reply is stored on a request's second
    sight only, so the many pages asked once (a scroll, a search being typed) cost no cache
    write and take no cache memory. Without a version here a list goes straight to its page
    statement, which reads the version too; with one it reads the version first and looks in
    the cache. A guess only: it never decides what is served."""

    def __init__(self, max_items: int) -> None:
        self._max_items = max_items
        self._items: OrderedDict[str, int] = OrderedDict()

    def get(self, key: str) -> int | None:
        version = self._items.get(key)
        if version is not None:
            self._items.move_to_end(key)
        return version

    def note(self, key: str, version: int) -> None:
        self._items[key] = version
        self._items.move_to_end(key)
        if len(self._items) > self._max_items:
            del self._items[next(iter(self._items))]


class BoundedLocalCache:
    """The embedded default's store for replies: in-process, least recently used out first,
    bounded in bytes. Replies are large and each write makes the user's older ones unreachable,
    so the shared in-process cache (which only drops expired items) would grow with traffic.
    Per process is correct here: the version comes from the shared database, not from the
    cache, so workers of one embedded database never serve each other's stale replies."""

    def __init__(self, max_bytes: int) -> None:
        self._max_bytes = max_bytes
        self._bytes = 0
        self._items: OrderedDict[str, tuple[float, bytes]] = OrderedDict()

    async def get(self, key: str) -> bytes | None:
        item = self._items.get(key)
        if item is None:
            return None
        if item[0] < time.monotonic():
            self._drop(key)
            return None
        self._items.move_to_end(key)
        return item[1]

    async def set(self, key: str, value: bytes, ttl_s: float) -> None:
        if key in self._items:
            self._drop(key)
        if len(value) > self._max_bytes:
            return
        self._items[key] = (time.monotonic() + ttl_s, value)
        self._bytes += len(value)
        while self._bytes > self._max_bytes:
            self._drop(next(iter(self._items)))

    def _drop(self, key: str) -> None:
        self._bytes -= len(self._items.pop(key)[1])


# Lists: the embedded store's bound, and how long a page is kept: ten minutes (a list is re-read
# soon or not at all, and each write strands the user's older pages, which then only take room),
# and never more than a tenth of a page token's lifetime: the next_page_token in a page was
# sealed when the page was read, and one served from the cache still opens for 9/10 of it.
LIST_CACHE_BYTES = 32 * 1024 * 1024
LIST_CACHE_TTL_S = 600.0


def for_lists(shared: Store, settings: Settings) -> ReplyCache:
    """Redis when configured (every replica's lists in one place), else this process's own."""
    store = shared if settings.redis_url else BoundedLocalCache(LIST_CACHE_BYTES)
    return ReplyCache(store, min(LIST_CACHE_TTL_S, settings.page_token_ttl_s / 10))
