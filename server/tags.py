"""Transaction tags as stored: trimmed, lower case, unique, sorted. Shared by the ledger and
the rules that set tags, so a rule's tags compare equal to a transaction's."""

from __future__ import annotations

from collections.abc import Iterable


def normalized(tags: Iterable[str]) -> list[str]:
    return sorted({t.strip().lower() for t in tags if t.strip()})
