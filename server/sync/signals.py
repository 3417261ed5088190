"""Wake-ups for change streams: after a write with synced changes commits, every stream of
that user on every replica re-reads the log from its cursor. The signal carries no data (the
log does), so a lost or doubled signal costs a read, never a gap or a duplicate; streams also
re-read at each heartbeat, which covers a Redis outage or workers of one embedded database.

In-process on the embedded default; Redis pub/sub between replicas (one channel, each message
the ids of users whose changes committed, one subscriber connection per process)."""

from __future__ import annotations

import asyncio
import contextlib
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Iterable

import redis.asyncio
import structlog

from server.errors import DomainError
from server.redis_mux import MuxConnection

log = structlog.get_logger("rupaya.sync")
RECONNECT_S = 1.0
RETRY_BUSY_S = 5.0  # the RetryInfo delay when the process holds all the streams it may


class ChangeSignals:
    def __init__(
        self,
        max_streams_per_user: int,
        redis_url: str = "",
        channel: str = "rupaya:sync",
        *,
        max_streams: int = 10_000,  # all users together
    ) -> None:
        self._max = max_streams_per_user
        self._max_open = max_streams
        self._open = 0
        self._streams: defaultdict[uuid.UUID, set[asyncio.Event]] = defaultdict(set)
        self._redis = redis.asyncio.from_url(redis_url) if redis_url else None
        # Publishing is on every write's path: the multiplexed connection, as rate limits use.
        self._publisher = MuxConnection(redis_url) if redis_url else None
        self._channel = channel
        self._unsent: set[uuid.UUID] = set()
        self._publishing: asyncio.Task[None] | None = None
        self.closing = False

    def committed(self, user_ids: Iterable[uuid.UUID]) -> None:
        """Called right after a commit (in the event loop): wakes the users' streams everywhere.
        Commits that land while a signal is being published share the next one (one PUBLISH
        for a burst of writes, however many users they touch)."""
        if self._publisher is None:
            self._wake(user_ids)
            return
        self._unsent.update(user_ids)
        if self._publishing is None or self._publishing.done():
            self._publishing = asyncio.get_running_loop().create_task(self._publish())

    async def _publish(self) -> None:
        assert self._publisher is not None
        while self._unsent:
            users, self._unsent = self._unsent, set()
            try:
                await self._publisher.execute("PUBLISH", self._channel, " ".join(u.hex for u in users))
            except Exception:  # Redis away: other replicas' streams catch up at their next heartbeat
                log.warning("change signal not published; streams catch up at their heartbeat")
                self._wake(users)

    def _wake(self, users: Iterable[uuid.UUID]) -> None:
        for user_id in users:
            for event in self._streams.get(user_id, ()):
                event.set()

    async def listen_forever(self) -> None:
        """Relays the replicas' signals to this process's streams (Redis only)."""
        if self._redis is None:
            return
        while True:
            try:
                async with self._redis.pubsub() as pubsub:
                    await pubsub.subscribe(self._channel)
                    async for message in pubsub.listen():
                        if message["type"] == "message":
                            self._wake(uuid.UUID(user) for user in message["data"].decode().split())
            except asyncio.CancelledError:
                raise
            except Exception:
                log.warning("change signal subscription lost; reconnecting")
                await asyncio.sleep(RECONNECT_S)

    @contextlib.asynccontextmanager
    async def stream(self, user_id: uuid.UUID) -> AsyncIterator[asyncio.Event]:
        """An event set when the user's changes may have moved; refuses past the per-user limit."""
        if self.closing:
            raise DomainError("SYNC_STREAM_CLOSED")
        if self._open >= self._max_open:  # another replica may have room: retryable
            raise DomainError(
                "SYNC_STREAMS_BUSY", metadata={"limit": str(self._max_open)}, retry_after_s=RETRY_BUSY_S
            )
        streams = self._streams[user_id]
        if len(streams) >= self._max:
            raise DomainError("SYNC_STREAM_LIMIT", metadata={"limit": str(self._max)})
        event = asyncio.Event()
        streams.add(event)
        self._open += 1
        try:
            yield event
        finally:
            self._open -= 1
            streams.discard(event)
            if not streams:
                del self._streams[user_id]

    def close(self) -> None:
        """Shutdown: every stream wakes, sees `closing` and ends with a status to retry on."""
        self.closing = True
        for streams in self._streams.values():
            for event in streams:
                event.set()

    async def aclose(self) -> None:
        if self._publishing is not None:
            await asyncio.wait([self._publishing], timeout=1)
        if self._publisher is not None:
            await self._publisher.close()
        if self._redis is not None:
            await self._redis.aclose()
