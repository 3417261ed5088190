"""A read row as the transaction it will become, and the one point where that draft is
finalised before it is written: rules (issue 20 part 1) plug in at `finalise`."""

from __future__ import annotations

import datetime as dt
import uuid
from dataclasses import dataclass

from sqlalchemy.ext.asyncio import AsyncSession

from server.imports.formats import ParsedRow
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


async def finalise(s: AsyncSession, user_id: uuid.UUID, draft: Draft) -> Draft:
    """The draft as it will be written. The user's rules step goes here (category, payee,
    tags, notes; the amount, account, day, bank id and status are the statement's and stay)."""
    return draft
