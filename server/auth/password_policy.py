"""Password policy: at least 12 characters, not on the shipped common-password list, and a
zxcvbn strength score of at least 3 of 4 (also penalising the user's own e-mail and name)."""

from __future__ import annotations

import asyncio
import functools
import re
from typing import Any

from server.config import PROJECT_ROOT
from server.errors import invalid

MIN_LENGTH = 12
MIN_SCORE = 3  # zxcvbn: 3 = "safely unguessable: moderate protection from offline slow-hash scenario"
ESTIMATE_CHARS = 72  # zxcvbn refuses longer input (its max_length) and its cost grows with length
COMMON_PASSWORDS = PROJECT_ROOT / "shared" / "common-passwords.txt"


@functools.cache
def common_passwords() -> frozenset[str]:
    lines = COMMON_PASSWORDS.read_text().splitlines()
    return frozenset(line.strip() for line in lines if line.strip() and not line.startswith("#"))


def personal_words(email: str, display_name: str) -> list[str]:
    """What zxcvbn should treat as known to an attacker: the e-mail, its parts, the name."""
    local, _, domain = email.partition("@")
    parts = [p for p in re.split(r"[^a-z0-9]+", f"{local} {display_name}".lower()) if len(p) >= 3]
    return [email, local, domain, display_name, *parts]


async def enforce_password_policy(password: str, field: str, user_inputs: list[str]) -> None:
    """Raises VALIDATION_FAILED with a violation on `field` when the password is too weak."""
    if len(password) < MIN_LENGTH:
        raise invalid(field, f"must be at least {MIN_LENGTH} characters")
    if password.strip().lower() in common_passwords():
        raise invalid(field, "is a commonly used password")
    result = await asyncio.to_thread(_estimate, password[:ESTIMATE_CHARS], user_inputs)
    if result["score"] < MIN_SCORE:
        hint = result["feedback"].get("warning") or "add more words or characters"
        raise invalid(field, f"is too easy to guess: {hint}")


def _estimate(password: str, user_inputs: list[str]) -> dict[str, Any]:
    # Imported on the first password set, not at start: its word lists cost ~12 MB resident,
    # which a worker that only serves signed-in users never needs.
    from zxcvbn import zxcvbn

    return zxcvbn(password, user_inputs)
