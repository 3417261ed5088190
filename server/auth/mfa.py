"""TOTP multi-factor authentication (RFC 6238 via pyotp) with one-time backup codes.

The TOTP secret is stored AES-GCM encrypted (bound to the user id); backup codes only as
keyed hashes. A TOTP code is accepted at most once: the highest accepted time step is
stored, and a code for that step or an earlier one is refused (no replay in its window)."""

from __future__ import annotations

import datetime as dt
import hmac
import io
import secrets
import uuid
from dataclasses import dataclass

import pyotp
from sqlalchemy.ext.asyncio import AsyncSession

from server import audit, notices
from server.auth import repository
from server.crypto import DataKey
from server.db.tables import BackupCode, MfaCredential
from server.errors import DomainError
from server.ids import uuid7

ISSUER = "RUPAYA"
BACKUP_CODE_COUNT = 10
VALID_WINDOW = 1  # steps either side of now, for clock drift between phone and server
_BACKUP_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789"  # no 0/o, 1/l/i look-alikes


@dataclass(frozen=True)
class Enrolment:
    secret: str
    otpauth_uri: str
    qr_png: bytes


def matching_step(secret: str, code: str, now: dt.datetime) -> int | None:
    """The time step whose code `code` is, within the drift window; None if none."""
    totp = pyotp.TOTP(secret)
    current = totp.timecode(now)
    for step in range(current - VALID_WINDOW, current + VALID_WINDOW + 1):
        if hmac.compare_digest(totp.generate_otp(step), code):
            return step
    return None


def _new_backup_code() -> str:
    chars = "".join(secrets.choice(_BACKUP_ALPHABET) for _ in range(10))  # ~49 bits
    return f"{chars[:5]}-{chars[5:]}"


def _normalize_backup_code(code: str) -> str:
    return code.strip().lower().replace("-", "").replace(" ", "")


class Mfa:
    def __init__(self, data_key: DataKey) -> None:
        self._key = data_key

    def _backup_hash(self, user_id: uuid.UUID, code: str) -> bytes:
        return self._key.keyed_hash(user_id.bytes + _normalize_backup_code(code).encode())

    def _secret(self, credential: MfaCredential) -> str:
        return self._key.decrypt(credential.secret_encrypted, credential.user_id.bytes).decode()

    async def enabled(self, s: AsyncSession, user_id: uuid.UUID) -> bool:
        credential = await repository.find_mfa(s, user_id)
        return credential is not None and credential.confirmed_at is not None

    async def enroll(self, s: AsyncSession, user_id: uuid.UUID) -> Enrolment:
        user = await repository.find_user(s, user_id)
        if user is None:
            raise DomainError("UNAUTHENTICATED")
        credential = await repository.find_mfa(s, user_id)
        if credential is not None and credential.confirmed_at is not None:
            raise DomainError("MFA_ALREADY_ENABLED")
        secret = pyotp.random_base32()
        encrypted = self._key.encrypt(secret.encode(), user_id.bytes)
        if credential is None:
            s.add(
                MfaCredential(
                    user_id=user_id,
                    secret_encrypted=encrypted,
                    last_used_step=0,
                    created_at=dt.datetime.now(dt.UTC),
                )
            )
        else:
            credential.secret_encrypted, credential.last_used_step = encrypted, 0
        await s.flush()
        uri = pyotp.TOTP(secret).provisioning_uri(name=user.email, issuer_name=ISSUER)
        import segno  # here, not at start: only enrolment draws a QR code (~0.8 MB resident)

        png = io.BytesIO()
        segno.make(uri, error="m").save(png, kind="png", scale=5)
        return Enrolment(secret, uri, png.getvalue())

    async def confirm(self, s: AsyncSession, user_id: uuid.UUID, code: str, actor: audit.Actor) -> list[str]:
        credential = await repository.find_mfa(s, user_id)
        if credential is None:
            raise DomainError("MFA_NOT_ENABLED")
        if credential.confirmed_at is not None:
            raise DomainError("MFA_ALREADY_ENABLED")
        await self._accept_totp(s, credential, code)
        credential.confirmed_at = dt.datetime.now(dt.UTC)
        await repository.bump_profile_version(s, user_id)
        codes = await self._replace_backup_codes(s, user_id)
        await audit.record(s, user_id, audit.Action.AUDIT_ACTION_MFA_ENABLED, actor)
        await notices.mfa_changed(s, user_id, "two-step sign-in was turned on")
        return codes

    async def verify(
        self, s: AsyncSession, user_id: uuid.UUID, code: str, actor: audit.Actor, *, allow_backup: bool = True
    ) -> None:
        """Accepts a fresh TOTP code or (if allowed) an unused backup code; else MFA_CODE_INVALID."""
        credential = await repository.find_mfa(s, user_id)
        if credential is None or credential.confirmed_at is None:
            raise DomainError("MFA_NOT_ENABLED")
        if code.isdigit() and len(code) == 6:
            await self._accept_totp(s, credential, code)
            return
        if allow_backup and await repository.spend_backup_code(
            s, user_id, self._backup_hash(user_id, code), dt.datetime.now(dt.UTC)
        ):
            await audit.record(s, user_id, audit.Action.AUDIT_ACTION_BACKUP_CODE_USED, actor)
            return
        raise DomainError("MFA_CODE_INVALID")

    async def disable(self, s: AsyncSession, user_id: uuid.UUID, code: str, actor: audit.Actor) -> None:
        await self.verify(s, user_id, code, actor)
        await repository.delete_mfa(s, user_id)
        await repository.bump_profile_version(s, user_id)
        await audit.record(s, user_id, audit.Action.AUDIT_ACTION_MFA_DISABLED, actor)
        await notices.mfa_changed(s, user_id, "two-step sign-in was turned off")

    async def regenerate_backup_codes(
        self, s: AsyncSession, user_id: uuid.UUID, code: str, actor: audit.Actor
    ) -> list[str]:
        await self.verify(s, user_id, code, actor, allow_backup=False)
        codes = await self._replace_backup_codes(s, user_id)
        await audit.record(s, user_id, audit.Action.AUDIT_ACTION_BACKUP_CODES_REGENERATED, actor)
        await notices.mfa_changed(s, user_id, "new backup codes were made; the old ones stopped working")
        return codes

    async def _accept_totp(self, s: AsyncSession, credential: MfaCredential, code: str) -> None:
        step = matching_step(self._secret(credential), code, dt.datetime.now(dt.UTC))
        if step is None or not await repository.advance_totp_step(s, credential.user_id, step):
            raise DomainError("MFA_CODE_INVALID")

    async def _replace_backup_codes(self, s: AsyncSession, user_id: uuid.UUID) -> list[str]:
        await repository.delete_backup_codes(s, user_id)
        codes = [_new_backup_code() for _ in range(BACKUP_CODE_COUNT)]
        now = dt.datetime.now(dt.UTC)
        for code in codes:
            s.add(
                BackupCode(
                    id=uuid7(), user_id=user_id, code_hash=self._backup_hash(user_id, code), created_at=now
                )
            )
        await s.flush()
        return codes
