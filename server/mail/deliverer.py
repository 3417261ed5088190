"""The deliverer: a background task of each server process that sends the outbox's due messages.

It wakes when a transaction that enqueued mail commits in this process, and polls on an
interval too, so retries and messages enqueued by other replicas go out. A failed send is
retried with exponential backoff and jitter, and given up after too many attempts or too long;
it never reaches the RPC that enqueued the message. Logs name the template and a masked
recipient, never a value (they carry tokens)."""

from __future__ import annotations

import asyncio
import contextlib
import datetime as dt
import random
import time

import structlog

from server import metrics
from server.crypto import DecryptionError
from server.db.engine import Database
from server.mail import outbox, repository
from server.mail.compose import compose
from server.mail.repository import Claimed
from server.mail.senders import Sender, SendFailure
from server.mail_config import MailSettings

log = structlog.get_logger("rupaya.mail")
PURGE_EVERY_S = 3600.0


def mask(address: str) -> str:
    """`alice@example.com` -> `a***@example.com`: enough to tell mailboxes apart in a log."""
    local, at, domain = address.rpartition("@")
    return f"{local[:1]}***{at}{domain}" if at else "***"


def retry_delay(settings: MailSettings, attempts: int) -> float:
    """Seconds before attempt `attempts + 1`: doubling from the base up to the cap, then a
    random half of it taken off, so messages failed together do not retry together."""
    ceiling = min(settings.retry_cap_s, settings.retry_base_s * 2.0 ** min(attempts - 1, 62))
    return ceiling * random.uniform(0.5, 1.0)


class Deliverer:
    def __init__(self, db: Database, sender: Sender, settings: MailSettings) -> None:
        self._db = db
        self._sender = sender
        self._settings = settings
        self._wake = asyncio.Event()
        self._stopping = False
        self._loop = asyncio.get_running_loop()
        self._task: asyncio.Task[None] | None = None
        self._next_purge = 0.0  # monotonic time of the next deletion of old finished rows

    def start(self) -> asyncio.Task[None]:
        self._task = asyncio.create_task(self._run())
        return self._task

    def wake(self) -> None:
        # A commit may end on another thread (a sync caller); the event belongs to this loop.
        self._loop.call_soon_threadsafe(self._wake.set)

    async def stop(self, timeout_s: float) -> None:
        """Lets the message being sent finish (so it is marked, not sent again), then ends."""
        self._stopping = True
        self._wake.set()
        if self._task:
            await asyncio.wait([self._task], timeout=timeout_s)

    async def _run(self) -> None:
        unregister = outbox.on_commit(self.wake)
        try:
            while not self._stopping:
                self._wake.clear()
                full = False
                try:
                    full = await self.deliver_due()
                    await self._observe_pending()
                    await self._forget_old()
                except Exception as error:  # the database is away: try again next round
                    log.warning("mail delivery round failed", error=type(error).__name__)
                if full or self._stopping:
                    continue  # a full batch: more may be due at once
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._wake.wait(), timeout=self._settings.poll_interval_s)
        finally:
            unregister()

    async def deliver_due(self) -> bool:
        """Claims and sends one batch; True when it was full."""
        s = self._settings
        now = dt.datetime.now(dt.UTC)
        async with self._db.transaction() as session:
            batch = await repository.claim(session, now, now + dt.timedelta(seconds=s.lease_s), s.batch_size)
        # Stop before a send could outlast the lease: past it another deliverer may claim the rest.
        lease_ends = time.monotonic() + s.lease_s - 15
        for message in batch:
            if self._stopping or time.monotonic() + s.smtp_timeout_s > lease_ends:
                break
            await self._deliver(message)
        return len(batch) == s.batch_size

    async def _deliver(self, message: Claimed) -> None:
        now = dt.datetime.now(dt.UTC)
        age_s = (now - message.created_at).total_seconds()
        if age_s > self._settings.give_up_after_s:
            await self._give_up(message, f"older than {self._settings.give_up_after_s:.0f}s")
            return
        try:
            values = outbox.decrypt_values(
                message.id, message.template, message.recipient, message.payload or b""
            )
        except (DecryptionError, ValueError):
            await self._give_up(message, "payload does not decrypt under this data key")
            return
        try:
            email = compose(
                message.template,
                values,
                message_id=message.id,
                sender=self._settings.mail_from,
                to=message.recipient,
                now=now,
            )
        except (KeyError, ValueError, OSError) as error:  # a template this build lacks or cannot fill
            await self._give_up(message, f"cannot compose: {type(error).__name__}")
            return
        try:
            async with asyncio.timeout(self._settings.smtp_timeout_s):
                await self._sender.send(email)
        except TimeoutError:
            await self._failed(message, SendFailure("timeout", "whole send"))
        except SendFailure as failure:
            await self._failed(message, failure)
        else:
            async with self._db.transaction() as session:
                await repository.mark_sent(session, message, dt.datetime.now(dt.UTC))
            metrics.MAIL_SENT.labels(message.template).inc()
            log.info(
                "mail sent", template=message.template, to=mask(message.recipient), attempt=message.attempts
            )

    async def _failed(self, message: Claimed, failure: SendFailure) -> None:
        metrics.MAIL_SEND_FAILURES.labels(failure.kind).inc()
        error = f"{failure.kind}: {failure.detail}"
        if failure.permanent or message.attempts >= self._settings.max_attempts:
            await self._give_up(message, error)
            return
        delay = retry_delay(self._settings, message.attempts)
        async with self._db.transaction() as session:
            at = dt.datetime.now(dt.UTC) + dt.timedelta(seconds=delay)
            await repository.mark_retry(session, message, at, error)
        log.warning(
            "mail send failed; will retry",
            template=message.template,
            to=mask(message.recipient),
            attempt=message.attempts,
            error=error,
            retry_in_s=round(delay, 1),
        )

    async def _give_up(self, message: Claimed, error: str) -> None:
        async with self._db.transaction() as session:
            await repository.mark_given_up(session, message, dt.datetime.now(dt.UTC), error)
        metrics.MAIL_GIVEN_UP.labels(message.template).inc()
        log.error(
            "mail given up",
            template=message.template,
            to=mask(message.recipient),
            attempts=message.attempts,
            error=error,
        )

    async def _observe_pending(self) -> None:
        async with self._db.read() as session:
            count, oldest = await repository.pending(session)
        metrics.MAIL_PENDING.set(count)
        age = (dt.datetime.now(dt.UTC) - oldest).total_seconds() if oldest else 0.0
        metrics.MAIL_OLDEST_PENDING_AGE.set(max(age, 0.0))

    async def _forget_old(self) -> None:
        """Deletes finished rows past the retention, at most hourly (any replica may do it)."""
        if time.monotonic() < self._next_purge:
            return
        self._next_purge = time.monotonic() + PURGE_EVERY_S
        before = dt.datetime.now(dt.UTC) - dt.timedelta(seconds=self._settings.retention_s)
        async with self._db.transaction() as session:
            deleted = await repository.delete_finished_before(session, before)
        if deleted:
            log.info("old mail rows deleted", count=deleted)
