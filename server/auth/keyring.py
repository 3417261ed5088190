"""The JWT signing keyring, shared by every replica through the signing_keys table.

The newest key that is not retired signs; every key that is not retired verifies, so a
rotation logs nobody out. Private keys are stored AES-GCM encrypted under the data key.
Each replica reloads the ring periodically, and at once (throttled) when a token names
a key id it does not know, so a key added on one replica is honoured by all."""

from __future__ import annotations

import asyncio
import base64
import datetime as dt
import secrets
import time

import structlog
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from sqlalchemy import select, update
from sqlalchemy.ext.asyncio import AsyncSession

from server import audit, metrics
from server.auth.signing_key import SigningKey
from server.auth.tokens import ALGORITHM
from server.crypto import DataKey, DecryptionError
from server.db.engine import Database
from server.db.insert import insert_for
from server.db.tables import SigningKeyRow

log = structlog.get_logger("rupaya.keyring")
UNKNOWN_KID_RELOAD_S = 1.0  # at most one reload per second for unknown key ids


def _raw_public(key: Ed25519PublicKey) -> bytes:
    return key.public_bytes(serialization.Encoding.Raw, serialization.PublicFormat.Raw)


def _values(key: SigningKey, data_key: DataKey, now: dt.datetime) -> dict[str, object]:
    """A signing_keys row for `key`, its private half encrypted under the data key."""
    private_raw = key.private_key.private_bytes(
        serialization.Encoding.Raw, serialization.PrivateFormat.Raw, serialization.NoEncryption()
    )
    return {
        "kid": key.key_id,
        "private_key_encrypted": data_key.encrypt(private_raw, key.key_id.encode()),
        "public_key": _raw_public(key.private_key.public_key()),
        "created_at": now,
    }


def _utc(moment: dt.datetime) -> dt.datetime:
    """SQLite gives back naive datetimes; they were written in UTC."""
    return moment if moment.tzinfo else moment.replace(tzinfo=dt.UTC)


class Keyring:
    def __init__(self, db: Database, data_key: DataKey, refresh_s: float) -> None:
        self._db = db
        self._data_key = data_key
        self._refresh_s = refresh_s
        self._signer: SigningKey | None = None
        self._public: dict[str, Ed25519PublicKey] = {}
        self._loaded_at = 0.0

    async def bootstrap(self, key: SigningKey) -> None:
        """Adds the configured key to the ring unless its kid is known (then the ring wins)."""
        values = _values(key, self._data_key, dt.datetime.now(dt.UTC))
        async with self._db.transaction() as s:
            # Workers of one `serve --workers N` start together with the same key: the first
            # insert wins, the others find it there.
            insert = insert_for(s.get_bind().dialect.name)
            await s.execute(
                insert(SigningKeyRow).values(**values).on_conflict_do_nothing(index_elements=["kid"])
            )
        await self.load()
        if self._signer is None and key.key_id in self._public:
            # The ring was written under another data key (e.g. a deleted development key file).
            self._signer = key

    async def load(self) -> None:
        # One read: no transaction, so on SQLite it never queues for the write lock behind writers.
        async with self._db.read() as s:
            rows = (
                await s.scalars(
                    select(SigningKeyRow)
                    .where(SigningKeyRow.retired_at.is_(None))
                    .order_by(SigningKeyRow.created_at.desc(), SigningKeyRow.kid)
                )
            ).all()
        self._public = {row.kid: Ed25519PublicKey.from_public_bytes(row.public_key) for row in rows}
        self._signer = next((key for row in rows if (key := self._private(row)) is not None), self._signer)
        self._loaded_at = time.monotonic()
        signing = next((row for row in rows if self._signer and row.kid == self._signer.key_id), None)
        if signing is not None:  # its age is what the rotation alert watches
            metrics.SIGNING_KEY_CREATED.set(_utc(signing.created_at).timestamp())

    def _private(self, row: SigningKeyRow) -> SigningKey | None:
        try:
            raw = self._data_key.decrypt(row.private_key_encrypted, row.kid.encode())
        except DecryptionError:
            log.warning("signing key not decryptable with this RUPAYA_DATA_KEY; verify only", kid=row.kid)
            return None
        return SigningKey(row.kid, Ed25519PrivateKey.from_private_bytes(raw))

    def signer(self) -> SigningKey:
        if self._signer is None or self._signer.key_id not in self._public:
            raise RuntimeError("no usable signing key in the keyring")
        return self._signer

    async def public_key(self, kid: str) -> Ed25519PublicKey | None:
        if kid not in self._public and time.monotonic() - self._loaded_at > UNKNOWN_KID_RELOAD_S:
            await self.load()
        return self._public.get(kid)

    def verifies(self, kid: str) -> bool:
        """Whether `kid` is still an active key as of the last load (no reload)."""
        return kid in self._public

    def jwks(self) -> list[dict[str, str]]:
        return [
            {
                "kty": "OKP",
                "crv": "Ed25519",
                "x": base64.urlsafe_b64encode(_raw_public(key)).decode().rstrip("="),
                "kid": kid,
                "alg": ALGORITHM,
                "use": "sig",
            }
            for kid, key in self._public.items()
        ]

    async def refresh_forever(self) -> None:
        while True:
            await asyncio.sleep(self._refresh_s)
            try:
                await self.load()
            except Exception as error:  # the next refresh retries; one line, no traceback, per miss
                log.warning(
                    "keyring refresh failed; keeping the keys already loaded", error=repr(error)[:300]
                )


async def rotate(db: Database, data_key: DataKey) -> str:
    """Adds a new signing key (it signs from the next reload on); the old keys keep verifying."""
    key = SigningKey(
        f"k-{dt.datetime.now(dt.UTC):%Y%m%d}-{secrets.token_hex(4)}", Ed25519PrivateKey.generate()
    )
    async with db.transaction() as s:
        s.add(SigningKeyRow(**_values(key, data_key, dt.datetime.now(dt.UTC))))
        await _audit(s, f"added {key.key_id}")
    return key.key_id


async def retire(db: Database, kid: str) -> None:
    """Stops a key from verifying (and signing); refuses to retire the last active key."""
    async with db.transaction() as s:
        active = (await s.scalars(select(SigningKeyRow.kid).where(SigningKeyRow.retired_at.is_(None)))).all()
        if kid not in active:
            raise LookupError(f"no active signing key {kid!r}")
        if len(active) == 1:
            raise ValueError("refusing to retire the last active signing key; rotate first")
        await s.execute(
            update(SigningKeyRow).where(SigningKeyRow.kid == kid).values(retired_at=dt.datetime.now(dt.UTC))
        )
        await _audit(s, f"retired {kid}")


async def _audit(s: AsyncSession, detail: str) -> None:
    await audit.record(
        s, None, audit.Action.AUDIT_ACTION_SIGNING_KEY_ROTATED, audit.Actor(peer="cli"), detail
    )
