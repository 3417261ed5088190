"""ISO 4217 currencies and their minor-unit exponents, from shared/currencies.json."""

from __future__ import annotations

import functools
import json

from server.config import PROJECT_ROOT


@functools.cache
def exponents() -> dict[str, int]:
    data = json.loads((PROJECT_ROOT / "shared" / "currencies.json").read_text())
    return {c["code"]: int(c["exponent"]) for c in data["currencies"]}


def is_known(code: str) -> bool:
    return code in exponents()
