"""argon2id password hashing on a small thread pool of its own: it is deliberately slow and big.

Every hash or verify fills 64 MiB (argon2-cffi's default, RFC 9106's low-memory profile:
m=64 MiB, t=3, p=4; libargon2 runs the 4 lanes on threads of its own). On asyncio's default
pool up to min(32, cores + 4) of them ran at once, so 32 sign-ins peaked near 400 MB on two cores. The
pool below runs at most `concurrency` at a time, so memory stays at concurrency x 64 MiB and
further callers queue; a queued call whose client gives up is dropped before it hashes."""

from __future__ import annotations

import asyncio
import functools
import os
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import TypeVar

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError

T = TypeVar("T")

_hasher = PasswordHasher()  # argon2id with the library's RFC 9106 low-memory profile
HASH_MEMORY_BYTES = _hasher.memory_cost * 1024  # what one hash or verify fills


def _new_pool(concurrency: int) -> ThreadPoolExecutor:
    return ThreadPoolExecutor(max_workers=concurrency, thread_name_prefix="argon2")


_pool = _new_pool(len(os.sched_getaffinity(0)))  # until the server sets its configured size


async def _in_pool(work: Callable[[], T]) -> T:
    return await asyncio.get_running_loop().run_in_executor(_pool, work)


@functools.cache
def _unknown_user_hash() -> str:
    """Verifying against this for unknown e-mails keeps their timing like a wrong password."""
    return _hasher.hash("rupaya-no-such-user-placeholder")


async def prepare(concurrency: int) -> None:
    """At start-up: at most `concurrency` hashes and verifies run at once in this process, and
    the dummy hash is made now, so the first unknown e-mail takes no longer than the next."""
    global _pool
    previous, _pool = _pool, _new_pool(concurrency)
    previous.shutdown(wait=False)
    await _in_pool(_unknown_user_hash)


async def hash_password(password: str) -> str:
    return await _in_pool(functools.partial(_hasher.hash, password))


async def verify_password(password_hash: str | None, password: str) -> bool:
    """Unknown users (`password_hash` None) verify against a dummy hash in the same pool, so
    they queue and take as long as a wrong password."""

    def check() -> bool:
        try:
            _hasher.verify(password_hash or _unknown_user_hash(), password)
        except (VerificationError, InvalidHashError):
            return False
        return password_hash is not None

    return await _in_pool(check)
