"""One read shared by the streams that want the same thing at once: when a commit wakes the
100 streams of one user, they are all at the same cursor and would each read the same page of
the log; the first starts the read and the others wait for its answer.

A stream joins only a read that had not begun when it last cleared its wake-up event (the read
then takes its snapshot after that): an earlier snapshot could predate the commit that woke the
stream, which would then wait for the next wake-up or heartbeat with that change unsent."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable, Hashable
from dataclasses import dataclass, field
from typing import Generic, TypeVar

T = TypeVar("T")


@dataclass
class _Read(Generic[T]):
    begun: int | None = None  # the tick at which the read began (None: not yet)
    answer: asyncio.Future[T] = field(init=False)


class SharedReads(Generic[T]):
    def __init__(self) -> None:
        self._ticks = itertools.count()
        self._reading: dict[Hashable, _Read[T]] = {}

    def now(self) -> int:
        """A point in the order reads begin in: take it when clearing the wake-up event."""
        return next(self._ticks)

    async def read(self, key: Hashable, since: int, read: Callable[[], Awaitable[T]]) -> T:
        """`read()`'s answer, from a read of `key` begun after `since`, shared."""
        shared = self._reading.get(key)
        if shared is None or (shared.begun is not None and shared.begun < since):
            shared = _Read()
            shared.answer = asyncio.ensure_future(self._begin(shared, read))
            self._reading[key] = shared
            shared.answer.add_done_callback(lambda _done: self._forget(key, shared))
        # A stream that goes away must not cancel the read the others wait for.
        return await asyncio.shield(shared.answer)

    async def _begin(self, shared: _Read[T], read: Callable[[], Awaitable[T]]) -> T:
        shared.begun = self.now()
        return await read()

    def _forget(self, key: Hashable, shared: _Read[T]) -> None:
        if self._reading.get(key) is shared:
            del self._reading[key]
        if not shared.answer.cancelled():
            shared.answer.exception()  # retrieved: a failed read nobody waits for is not "never retrieved"
