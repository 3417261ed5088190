"""The rule engine: which of a user's rules match a draft transaction and what they set.
Pure Python (no SQL, no gRPC), so transaction creates, statement import and PreviewRule /
ApplyRule all decide alike.

Precedence, applied field by field (category, payee, tags, notes):
1. A value the transaction already has wins (on create: what the client sent), unless the
   caller asks to `overwrite` (ApplyRule/PreviewRule's flag).
2. Rules run in order (position 1 first); the first matching rule that sets a field decides
   it, later rules do not change it ("first match wins").
3. Conditions look at the draft as given, never at what an earlier rule set, so the result
   does not depend on rules feeding each other.
A category action applies only to an income or expense without split lines whose kind is the
category's, and never with a category known to be archived or gone; such an action is passed
over and a later rule may set the category."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

INCOME, EXPENSE = 1, 2  # TransactionKind; a category's CategoryKind uses the same numbers
PAYEE, DESCRIPTION = "payee", "description"
CONTAINS, EQUALS, REGEX = 1, 2, 3  # TextOperator


@dataclass(frozen=True)
class Draft:
    """What rules look at and may fill, of a transaction being written or already stored."""

    kind: int
    account_ids: frozenset[uuid.UUID]  # the account, and a transfer's receiving one
    amount_minor: int
    currency_code: str
    payee: str = ""
    description: str = ""
    category_id: uuid.UUID | None = None
    has_splits: bool = False
    tags: tuple[str, ...] = ()
    notes: str = ""


class Condition(Protocol):
    def matches(self, draft: Draft) -> bool: ...


@dataclass(frozen=True)
class TextMatch:
    """Contains / equals ignore case (Unicode case folding); a regex is an RE2 search."""

    field: str  # PAYEE or DESCRIPTION
    operator: int
    value: str
    pattern: Any = None  # the compiled RE2 pattern of a REGEX condition

    def matches(self, draft: Draft) -> bool:
        text: str = getattr(draft, self.field)
        if self.operator == REGEX:
            return self.pattern is not None and self.pattern.search(text) is not None
        if self.operator == EQUALS:
            return text.strip().casefold() == self.value.strip().casefold()
        return self.value.casefold() in text.casefold()


@dataclass(frozen=True)
class AmountRange:
    """Inclusive bounds in minor units of one currency; another currency never matches."""

    currency_code: str
    low: int | None
    high: int | None

    def matches(self, draft: Draft) -> bool:
        return (
            draft.currency_code == self.currency_code
            and (self.low is None or draft.amount_minor >= self.low)
            and (self.high is None or draft.amount_minor <= self.high)
        )


@dataclass(frozen=True)
class AccountIs:
    account_id: uuid.UUID

    def matches(self, draft: Draft) -> bool:
        return self.account_id in draft.account_ids


@dataclass(frozen=True)
class CategoryTarget:
    """A category a rule sets, with what the engine checks of it."""

    id: uuid.UUID
    kind: int
    usable: bool = True  # False when archived or deleted (as last read)


@dataclass(frozen=True)
class Actions:
    category: CategoryTarget | None = None
    payee: str = ""
    tags: tuple[str, ...] = ()
    notes: str = ""


@dataclass(frozen=True)
class CompiledRule:
    id: uuid.UUID
    conditions: tuple[Condition, ...]
    actions: Actions
    match_any: bool = False

    def matches(self, draft: Draft) -> bool:
        if not self.conditions:
            return False
        found = (condition.matches(draft) for condition in self.conditions)
        return any(found) if self.match_any else all(found)


@dataclass
class Changes:
    """The fields rules change, with their new values, and which rule decided each."""

    category_id: uuid.UUID | None = None
    payee: str | None = None
    tags: tuple[str, ...] | None = None
    notes: str | None = None
    decided_by: dict[str, uuid.UUID] = field(default_factory=dict)

    @property
    def paths(self) -> list[str]:
        """The changed fields, as UpdateTransaction's update_mask names them."""
        names = (("category_id", self.category_id), ("payee", self.payee), ("tags", self.tags))
        changed = [name for name, value in names if value is not None]
        return [*changed, "notes"] if self.notes is not None else changed

    def __bool__(self) -> bool:
        return bool(self.paths)


def apply_rules(rules: Iterable[CompiledRule], draft: Draft, *, overwrite: bool = False) -> Changes:
    """What `rules`, in order, change of `draft` (see the module docstring for precedence)."""
    changes = Changes()
    decided: set[str] = set()
    for rule in rules:
        if len(decided) == 4 or not rule.matches(draft):
            continue
        actions = rule.actions
        if actions.category is not None and "category_id" not in decided and _takes(draft, actions.category):
            decided.add("category_id")
            if (overwrite or draft.category_id is None) and draft.category_id != actions.category.id:
                changes.category_id = actions.category.id
                changes.decided_by["category_id"] = rule.id
        for name, value, current in (
            ("payee", actions.payee, draft.payee),
            ("tags", actions.tags, draft.tags),
            ("notes", actions.notes, draft.notes),
        ):
            if not value or name in decided:
                continue
            decided.add(name)
            if (overwrite or not current) and current != value:
                setattr(changes, name, value)
                changes.decided_by[name] = rule.id
    return changes


def _takes(draft: Draft, category: CategoryTarget) -> bool:
    """Whether the draft may take the category at all."""
    return (
        category.usable
        and draft.kind in (INCOME, EXPENSE)
        and not draft.has_splits
        and category.kind == draft.kind
    )
