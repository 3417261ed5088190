"""A read row as the transaction it will become, and the one point where that draft is
finalised before it is written: the user's rules fill what the statement left empty."""

from __future__ import annotations

import dataclasses
import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from server.imports.formats import ParsedRow
from server.rule_engine import engine
from server.rule_engine.drafts import usable_category
from server.rule_engine.loader import RuleList, load_rules
from server.transactions.domain import CLEARED, EXPENSE, INCOME, PENDING


@dataclass(frozen=True, slots=True)
class Draft:
    """The transaction an imported row writes: income or expense on the import's account."""

    kind: int
    account_id: uuid.UUID
    amount_minor: int  # positive
    currency_code: str
    occurred_on: dt.date
    payee: str
    description: str
    external_id: str
    status: int
    category_id: uuid.UUID | None = None
    notes: str = ""
    tags: tuple[str, ...] = ()


def draft_of(row: ParsedRow, account_id: uuid.UUID, currency_code: str) -> Draft:
    return Draft(
        kind=INCOME if row.amount_minor > 0 else EXPENSE,
        account_id=account_id,
        amount_minor=abs(row.amount_minor),
        currency_code=currency_code,
        occurred_on=row.occurred_on,
        payee=row.payee,
        description=row.description,
        external_id=row.external_id,
        status=PENDING if row.pending else CLEARED,
    )


class Finisher:
    """The user's rules, read once per commit (not once per row), and whether each category
    they choose may be used, checked once per import: 100,000 rows cost no extra reads."""

    def __init__(self, user_id: uuid.UUID, rules: RuleList) -> None:
        self.user_id = user_id
        self.rules = rules
        self._usable: dict[tuple[uuid.UUID, int], bool] = {}

    @classmethod
    async def load(cls, s: AsyncSession, user_id: uuid.UUID) -> Finisher:
        return cls(user_id, await load_rules(s, user_id))

    async def finalise(self, s: AsyncSession, draft: Draft) -> Draft:
        """The draft as it will be written: the rules set category, payee, tags and notes where
        the statement gave none (as on CreateTransaction, what was given wins); the amount,
        account, day, bank id and status are the statement's and stay."""
        if not self.rules:
            return draft
        seen = engine.Draft(
            kind=draft.kind,
            account_ids=frozenset({draft.account_id}),
            amount_minor=draft.amount_minor,
            currency_code=draft.currency_code,
            payee=draft.payee,
            description=draft.description,
            category_id=draft.category_id,
            tags=draft.tags,
            notes=draft.notes,
        )
        changes = engine.apply_rules(self.rules, seen)
        category = changes.category_id
        if category is not None:
            key = (category, draft.kind)
            if key not in self._usable:  # archived or deleted since the rule was written: left out
                self._usable[key] = await usable_category(s, self.user_id, category, draft.kind)
            category = category if self._usable[key] else None
        return dataclasses.replace(
            draft,
            category_id=category if category is not None else draft.category_id,
            payee=changes.payee if changes.payee is not None else draft.payee,
            tags=changes.tags if changes.tags is not None else draft.tags,
            notes=changes.notes if changes.notes is not None else draft.notes,
        )
