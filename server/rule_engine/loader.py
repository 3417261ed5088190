"""A user's enabled rules, compiled, in the order they run: what transaction creates and
statement import apply (engine.apply_rules). Usable inside any open session.

Compiling (JSON, RE2) costs more than reading, and a create reads the rules every time, so
compiled rules are kept per process by (user, rule-set version). The version is read in the
caller's own transaction on every call (one indexed row), so a rule written through any
replica is seen by the next create on every replica: the cache is never trusted without it."""

from __future__ import annotations

import enum
import json
import uuid
from collections import OrderedDict

from sqlalchemy.ext.asyncio import AsyncSession

from server.db.tables import Rule
from server.rule_engine import conditions, engine, repository

CACHED_USERS = 4096  # compiled rule sets kept per process, least recently used dropped first

RuleList = tuple[engine.CompiledRule, ...]
_cache: OrderedDict[uuid.UUID, tuple[int, RuleList]] = OrderedDict()


class Unread(enum.Enum):
    """The rule-set version was not read yet: load_rules reads it."""

    UNREAD = "unread"


UNREAD = Unread.UNREAD


async def load_rules(s: AsyncSession, user_id: uuid.UUID, version: int | None | Unread = UNREAD) -> RuleList:
    """The user's enabled rules in order; () when they have none. `version` is the user's
    rule-set version if the caller read it in this transaction (a create reads it with the
    accounts it names, in the same round trip)."""
    if version is UNREAD:
        version = await repository.version(s, user_id)
    if version is None:
        return ()
    cached = _cache.get(user_id)
    if cached is not None and cached[0] == version:
        _cache.move_to_end(user_id)
        return cached[1]
    rows = await repository.enabled_with_categories(s, user_id)
    rules = tuple(compiled(rule, kind, archived) for rule, kind, archived in rows)
    _cache[user_id] = (version, rules)
    _cache.move_to_end(user_id)
    while len(_cache) > CACHED_USERS:
        _cache.popitem(last=False)
    return rules


def compiled(rule: Rule, category_kind: int | None, category_archived: bool | None) -> engine.CompiledRule:
    """The engine's form of a stored rule, with what was read of its category."""
    category = None
    if rule.set_category_id is not None:
        usable = category_kind is not None and not category_archived
        category = engine.CategoryTarget(rule.set_category_id, category_kind or 0, usable)
    return engine.CompiledRule(
        id=rule.id,
        conditions=tuple(conditions.compiled(c) for c in conditions.loads(rule.conditions)),
        actions=engine.Actions(category, rule.set_payee, tuple(json.loads(rule.set_tags)), rule.set_notes),
        match_any=rule.match_any,
    )
