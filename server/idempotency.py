"""Idempotent mutations (AIP-155): the first response to a (user, request_id) is stored in
the same database transaction as the change it reports, and replayed to every retry within
the retention window (RUPAYA_IDEMPOTENCY_RETENTION, 7 days by default: long enough for a
phone that was offline for days to replay its queued writes safely). The store is the
database, so the guarantee holds across replicas."""

from __future__ import annotations

import datetime as dt
import hashlib
import uuid
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from google.protobuf.message import Message
from sqlalchemy import bindparam, delete, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from server.db import pipeline
from server.db.engine import Database
from server.db.tables import IdempotencyRecord
from server.errors import DomainError, invalid

ResponseT = TypeVar("ResponseT", bound=Message)


def fingerprint(method: str, request: Message) -> bytes:
    return hashlib.sha256(method.encode() + b"\0" + request.SerializeToString(deterministic=True)).digest()


class Idempotency:
    def __init__(self, db: Database, retention: dt.timedelta) -> None:
        self._db = db
        self._retention = retention

    async def run(
        self,
        user_id: uuid.UUID,
        request_id: str,
        method: str,
        request: Message,
        response_type: type[ResponseT],
        action: Callable[[AsyncSession], Awaitable[ResponseT]],
    ) -> ResponseT:
        """`action(session)` once per (user, request_id); its response for every retry."""
        if not request_id:
            async with self._db.transaction() as s:
                return await action(s)
        try:
            key = uuid.UUID(request_id)
        except ValueError:
            raise invalid("request_id", "must be a UUID") from None
        digest = fingerprint(method, request)
        for _ in range(3):
            try:
                async with self._db.transaction() as s:
                    stored = await self._lookup(s, user_id, key, dt.datetime.now(dt.UTC))
                    if stored is not None:
                        if stored.fingerprint != digest:
                            raise DomainError("IDEMPOTENCY_KEY_REUSED", metadata={"request_id": request_id})
                        return response_type.FromString(stored.response)
                    response = await action(s)
                    record = {
                        "user_id": user_id,
                        "request_id": key,
                        "method": method,
                        "fingerprint": digest,
                        "response": response.SerializeToString(deterministic=True),
                        "created_at": dt.datetime.now(dt.UTC),
                    }
                    # Sent with the statements that end the write (one round trip on PostgreSQL).
                    pipeline.at_commit(s.sync_session, (_RECORD, record))
                return response
            except IntegrityError:
                # A concurrent twin committed first; our transaction (and its change)
                # rolled back. Loop to replay the twin's stored response.
                continue
            except DomainError:
                # Each statement sees what is committed when it runs (READ COMMITTED), so the
                # action may see a twin that committed after our lookup and refuse what the
                # twin did (EXTERNAL_ID_TAKEN by itself): the twin's response is the answer.
                replay = await self._twin_response(user_id, key, digest)
                if replay is None:
                    raise
                return response_type.FromString(replay)
        raise DomainError("SERVICE_UNAVAILABLE", "request could not be recorded; retry")

    async def _twin_response(self, user_id: uuid.UUID, key: uuid.UUID, digest: bytes) -> bytes | None:
        async with self._db.read() as s:
            stored = (await s.execute(_STORED, {"b_user": user_id, "b_key": key})).first()
        return stored.response if stored is not None and stored.fingerprint == digest else None

    async def _lookup(self, s: AsyncSession, user_id: uuid.UUID, key: uuid.UUID, now: dt.datetime) -> Any:
        """The stored (fingerprint, response, created_at) of the request, if any and not expired."""
        one = {"b_user": user_id, "b_key": key}
        stored = (await s.execute(_STORED, one)).first()
        if stored is not None and stored.created_at < now - self._retention:
            await s.execute(_EXPIRED, one)
            return None
        return stored


# Built once (statement cache); rows, not ORM objects: nothing here is updated through them.
R = IdempotencyRecord
_ONE = (R.user_id == bindparam("b_user"), R.request_id == bindparam("b_key"))
_STORED = select(R.fingerprint, R.response, R.created_at).where(*_ONE)
_EXPIRED = delete(R).where(*_ONE)
_RECORD = insert(R)
