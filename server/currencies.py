"""ISO 4217 currencies and their minor-unit exponents, from shared/currencies.json."""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass

from server.config import PROJECT_ROOT


@dataclass(frozen=True)
class Currency:
    code: str
    numeric_code: str
    name: str
    exponent: int


@functools.cache
def table() -> tuple[Currency, ...]:
    """Every supported currency, ordered by code (the order ListCurrencies promises)."""
    data = json.loads((PROJECT_ROOT / "shared" / "currencies.json").read_text())
    rows = (Currency(c["code"], c["numeric"], c["name"], int(c["exponent"])) for c in data["currencies"])
    return tuple(sorted(rows, key=lambda c: c.code))


@functools.cache
def exponents() -> dict[str, int]:
    return {c.code: c.exponent for c in table()}


def is_known(code: str) -> bool:
    return code in exponents()
