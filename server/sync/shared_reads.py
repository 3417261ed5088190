"""One read shared by the streams that want the same thing at once: when a commit wakes the
100 streams of one user, they are all at the same cursor and would each read the same page of
the log; the first starts the read and the others wait for its answer.

A stream joins only a read that started after it last cleared its wake-up event: an older
read's snapshot could predate the commit that woke it, and the stream would then wait for the
next wake-up or heartbeat with that change unsent."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Awaitable, Callable, Hashable
from typing import Generic, TypeVar

T = TypeVar("T")


class SharedReads(Generic[T]):
    def __init__(self) -> None:
        self._ticks = itertools.count()
        self._reading: dict[Hashable, tuple[int, asyncio.Future[T]]] = {}

    def now(self) -> int:
        """A point in the order reads start in: take it when clearing the wake-up event."""
        return next(self._ticks)

    async def read(self, key: Hashable, since: int, read: Callable[[], Awaitable[T]]) -> T:
        """`read()`'s answer, from a read of `key` started at or after `since`, shared."""
        started, answer = self._reading.get(key, (-1, None))
        if answer is None or started < since:
            answer = asyncio.ensure_future(read())
            self._reading[key] = (self.now(), answer)
            answer.add_done_callback(lambda done: self._forget(key, done))
        # A stream that goes away must not cancel the read the others wait for.
        return await asyncio.shield(answer)

    def _forget(self, key: Hashable, done: asyncio.Future[T]) -> None:
        if self._reading.get(key, (0, None))[1] is done:
            del self._reading[key]
        if not done.cancelled():
            done.exception()  # retrieved: a failed read with no waiter left is not "never retrieved"
