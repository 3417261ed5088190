"""Rule rules: what a valid rule is (conditions that compile, amounts in one known currency,
the caller's own accounts and categories), and a user's dense order of rules (positions 1..n)
kept through creates, moves and deletes. No gRPC; SQL only through repository.py."""

from __future__ import annotations

import datetime as dt
import json
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy.ext.asyncio import AsyncSession

from server import currencies, quotas, tags
from server.categories import repository as categories
from server.db.tables import Rule
from server.errors import DomainError, FieldViolation, check_etag, invalid, not_found
from server.ids import require_uuid, uuid7
from server.money import AmountError, AmountInput, parse_bounded
from server.rule_engine import conditions, engine, loader, repository
from server.rule_engine.patterns import PatternError, compile_pattern

MAX_RULES = 200  # rules run on every create: a bound on what one create may cost
MAX_CONDITIONS = 20
UPDATABLE = frozenset({"name", "position", "match", "conditions", "actions", "disabled"})
MATCH_ALL, MATCH_ANY = 1, 2  # RuleMatch


@dataclass(frozen=True)
class TextSpec:
    field: str  # engine.PAYEE or engine.DESCRIPTION
    operator: int
    value: str


@dataclass(frozen=True)
class AmountSpec:
    low: AmountInput | None
    high: AmountInput | None


@dataclass(frozen=True)
class AccountSpec:
    account_id: str


ConditionSpec = TextSpec | AmountSpec | AccountSpec | None  # None: a condition with nothing set


@dataclass(frozen=True)
class RuleSpec:
    """A rule as a request describes it, before validation."""

    name: str = ""
    position: int = 0
    match: int = 0
    conditions: tuple[ConditionSpec, ...] = ()
    category_id: str = ""
    payee: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""
    disabled: bool = False


@dataclass
class _Checker:
    prefix: str
    violations: list[FieldViolation] = field(default_factory=list)

    def add(self, path: str, description: str) -> None:
        self.violations.append(FieldViolation(self.prefix + path, description))


def etag(rule: Rule) -> str:
    return f"v{rule.version}"


async def _checked(s: AsyncSession, user_id: uuid.UUID, spec: RuleSpec, prefix: str) -> dict[str, object]:
    """The rule's column values (all but id, position, version and times); every field
    violation at once, or NOT_FOUND for an account or category the caller does not have."""
    check = _Checker(prefix)
    if not spec.conditions:
        check.add("conditions", "a rule needs at least one condition")
    stored = [
        await _condition(s, user_id, c, f"conditions[{i}]", check) for i, c in enumerate(spec.conditions)
    ]
    if not (spec.category_id or spec.payee.strip() or spec.tags or spec.notes):
        check.add("actions", "set at least one of category_id, payee, tags and notes")
    category_id = None
    if spec.category_id:
        category_id = require_uuid(spec.category_id, prefix + "actions.category_id")
        category = await categories.get(s, user_id, category_id)
        if category is None:
            raise not_found("CATEGORY_NOT_FOUND", spec.category_id)
        if category.archived:
            check.add("actions.category_id", "the category is archived")
    if check.violations:
        raise DomainError("VALIDATION_FAILED", violations=check.violations)
    return {
        "name": spec.name.strip(),
        "match_any": spec.match == MATCH_ANY,
        "conditions": conditions.dumps([c for c in stored if c is not None]),
        "set_category_id": category_id,
        "set_payee": spec.payee.strip(),
        "set_tags": json.dumps(tags.normalized(spec.tags)),
        "set_notes": spec.notes,
        "disabled": spec.disabled,
    }


async def _condition(
    s: AsyncSession, user_id: uuid.UUID, spec: ConditionSpec, path: str, check: _Checker
) -> conditions.Stored | None:
    if isinstance(spec, TextSpec):
        where = f"{path}.{spec.field}"
        if spec.operator not in (engine.CONTAINS, engine.EQUALS, engine.REGEX):
            check.add(f"{where}.operator", "must be CONTAINS, EQUALS or REGEX")
        elif not spec.value.strip():
            check.add(f"{where}.value", "must not be blank")
        elif spec.operator == engine.REGEX:
            try:
                compile_pattern(spec.value)
            except PatternError as error:
                check.add(f"{where}.value", str(error))
        return {spec.field: {"op": spec.operator, "value": spec.value}}
    if isinstance(spec, AmountSpec):
        return _amount(spec, f"{path}.amount", check)
    if isinstance(spec, AccountSpec):
        account_id = require_uuid(spec.account_id, f"{check.prefix}{path}.account_id")
        if not await repository.own_account_exists(s, user_id, account_id):
            raise not_found("ACCOUNT_NOT_FOUND", spec.account_id)
        return {"account_id": str(account_id)}
    check.add(path, "set one of payee, description, amount and account_id")
    return None


def _amount(spec: AmountSpec, path: str, check: _Checker) -> conditions.Stored | None:
    given = [(name, bound) for name, bound in (("min", spec.low), ("max", spec.high)) if bound is not None]
    if not given:
        check.add(path, "set min, max or both")
        return None
    currency = given[0][1].currency_code
    bounds: dict[str, int | None] = {"min": None, "max": None}
    for name, bound in given:
        if not currencies.is_known(bound.currency_code):
            check.add(f"{path}.{name}.currency_code", "must be a known currency code")
        elif bound.currency_code != currency:
            check.add(f"{path}.{name}.currency_code", f"must be min's currency {currency}")
        else:
            try:
                bounds[name] = parse_bounded(bound, f"{check.prefix}{path}.{name}", currency)
            except AmountError as error:
                check.violations.append(error.violation)
                continue
            if (bounds[name] or 0) < 0:
                check.add(f"{path}.{name}", "must not be negative")
    low, high = bounds["min"], bounds["max"]
    if low is not None and high is not None and low > high:
        check.add(f"{path}.max", "must not be less than min")
    return {"amount": {"currency": currency, "min": low, "max": high}}


async def get(s: AsyncSession, user_id: uuid.UUID, id_text: str, field_: str = "id") -> Rule:
    rule = await repository.get(s, user_id, require_uuid(id_text, field_))
    if rule is None:
        raise not_found("RULE_NOT_FOUND", id_text)
    return rule


async def create(s: AsyncSession, user_id: uuid.UUID, spec: RuleSpec) -> Rule:
    values = await _checked(s, user_id, spec, "rule.")
    await repository.bump_version(s, user_id)  # first: the user's rule writes take turns
    existing = await quotas.ensure_room(s, user_id, "rules", repository.count, MAX_RULES)
    position = min(spec.position or existing + 1, existing + 1)
    await repository.shift(s, user_id, position, existing, +1)
    now = dt.datetime.now(dt.UTC)
    rule = Rule(id=uuid7(), user_id=user_id, position=position, version=1, created_at=now, updated_at=now)
    for name, value in values.items():
        setattr(rule, name, value)
    s.add(rule)
    await s.flush()
    return rule


async def update(
    s: AsyncSession, user_id: uuid.UUID, id_text: str, given_etag: str, paths: Sequence[str], patch: RuleSpec
) -> Rule:
    if not paths or set(paths) - UPDATABLE:
        raise invalid("update_mask", f"paths must be among {sorted(UPDATABLE)}")
    await repository.bump_version(s, user_id)  # first: the user's rule writes take turns
    rule = await get(s, user_id, id_text, "rule.id")
    check_etag(given_etag, etag(rule), "rules", id_text)
    if set(paths) - {"position"}:
        values = await _checked(s, user_id, _merged(rule, paths, patch), "rule.")
        for name, value in values.items():
            setattr(rule, name, value)
    if "position" in paths:
        await _move(s, user_id, rule, patch.position)
    rule.version += 1
    rule.updated_at = dt.datetime.now(dt.UTC)
    await s.flush()
    return rule


def _merged(rule: Rule, paths: Sequence[str], patch: RuleSpec) -> RuleSpec:
    """The rule as it is, with the masked parts of `patch` (actions and conditions whole)."""
    current = spec_of(rule)
    return RuleSpec(
        name=patch.name if "name" in paths else current.name,
        match=patch.match if "match" in paths else current.match,
        conditions=patch.conditions if "conditions" in paths else current.conditions,
        category_id=patch.category_id if "actions" in paths else current.category_id,
        payee=patch.payee if "actions" in paths else current.payee,
        tags=patch.tags if "actions" in paths else current.tags,
        notes=patch.notes if "actions" in paths else current.notes,
        disabled=patch.disabled if "disabled" in paths else current.disabled,
    )


async def _move(s: AsyncSession, user_id: uuid.UUID, rule: Rule, wanted: int) -> None:
    last = await repository.count(s, user_id)
    target = min(wanted or last, last)  # 0 (or past the end): last, as in CreateRule
    old = rule.position
    if target < old:
        await repository.shift(s, user_id, target, old - 1, +1)
    elif target > old:
        await repository.shift(s, user_id, old + 1, target, -1)
    rule.position = target


async def delete(s: AsyncSession, user_id: uuid.UUID, id_text: str, given_etag: str) -> None:
    await repository.bump_version(s, user_id)
    rule = await get(s, user_id, id_text)
    check_etag(given_etag, etag(rule), "rules", id_text)
    position = rule.position
    await s.delete(rule)
    await s.flush()
    await repository.shift(s, user_id, position + 1, MAX_RULES + 1, -1)


def spec_of(rule: Rule) -> RuleSpec:
    """A stored rule as the spec that would create it (to merge an update into)."""
    specs: list[ConditionSpec] = []
    for stored in conditions.loads(rule.conditions):
        for name in (engine.PAYEE, engine.DESCRIPTION):
            if name in stored:
                specs.append(TextSpec(name, stored[name]["op"], stored[name]["value"]))
        if "amount" in stored:
            amount = stored["amount"]
            specs.append(
                AmountSpec(
                    *(
                        None
                        if amount[k] is None
                        else AmountInput(amount[k], currency_code=amount["currency"])
                        for k in ("min", "max")
                    )
                )
            )
        if "account_id" in stored:
            specs.append(AccountSpec(stored["account_id"]))
    return RuleSpec(
        name=rule.name,
        match=MATCH_ANY if rule.match_any else MATCH_ALL,
        conditions=tuple(specs),
        category_id=str(rule.set_category_id) if rule.set_category_id else "",
        payee=rule.set_payee,
        tags=tuple(json.loads(rule.set_tags)),
        notes=rule.set_notes,
        disabled=rule.disabled,
    )


async def compiled_spec(s: AsyncSession, user_id: uuid.UUID, spec: RuleSpec) -> engine.CompiledRule:
    """An inline rule (PreviewRule), validated as CreateRule would, compiled and saved nowhere."""
    values = await _checked(s, user_id, spec, "rule.")
    return await compiled_stored(s, user_id, Rule(id=uuid.UUID(int=0), user_id=user_id, **values))


async def compiled_stored(s: AsyncSession, user_id: uuid.UUID, rule: Rule) -> engine.CompiledRule:
    """A rule compiled with its category as it is now."""
    category = await categories.get(s, user_id, rule.set_category_id) if rule.set_category_id else None
    return loader.compiled(rule, category.kind if category else None, category.archived if category else None)
