"""argon2id password hashing, off the event loop (it is deliberately slow)."""

from __future__ import annotations

import asyncio
import functools

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

_hasher = PasswordHasher()  # argon2id with the library's RFC 9106 low-memory profile


@functools.cache
def _unknown_user_hash() -> str:
    """Verifying against this for unknown e-mails keeps their timing like a wrong password."""
    return _hasher.hash("rupaya-no-such-user-placeholder")


async def hash_password(password: str) -> str:
    return await asyncio.to_thread(_hasher.hash, password)


async def verify_password(password_hash: str | None, password: str) -> bool:
    def check() -> bool:
        try:
            _hasher.verify(password_hash or _unknown_user_hash(), password)
        except (VerificationError, InvalidHashError):
            return False
        return password_hash is not None

    return await asyncio.to_thread(check)
