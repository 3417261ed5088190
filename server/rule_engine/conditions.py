"""A rule's conditions as stored (a JSON array, amounts as integers of minor units) and as the
engine runs them. One entry per condition, exactly one key:
  {"payee": {"op": 1, "value": "..."}}, {"description": {...}}  (op: TextOperator)
  {"amount": {"currency": "USD", "min": 100, "max": null}}
  {"account_id": "<uuid>"}"""

from __future__ import annotations

import json
import uuid
from collections.abc import Sequence
from typing import Any

from server.rule_engine import engine
from server.rule_engine.patterns import compile_pattern

Stored = dict[str, Any]


def dumps(conditions: Sequence[Stored]) -> str:
    return json.dumps(list(conditions), separators=(",", ":"), ensure_ascii=False)


def loads(text: str) -> list[Stored]:
    found: list[Stored] = json.loads(text)
    return found


def compiled(stored: Stored) -> engine.Condition:
    """The engine's condition for a stored one (its pattern compiled: stored ones compiled
    when they were saved, so this does not fail)."""
    for name in (engine.PAYEE, engine.DESCRIPTION):
        if name in stored:
            text = stored[name]
            pattern = compile_pattern(text["value"]) if text["op"] == engine.REGEX else None
            return engine.TextMatch(name, text["op"], text["value"], pattern)
    if "amount" in stored:
        amount = stored["amount"]
        return engine.AmountRange(amount["currency"], amount["min"], amount["max"])
    return engine.AccountIs(uuid.UUID(stored["account_id"]))
