"""De-duplication of imported rows against the account's ledger, in two steps: the bank's id
first (the same id is the same entry, whatever else changed), then a fingerprint (amount, day
within a window, normalised payee) for rows whose id is new or missing: a bank that renumbered
its ids, a pending entry that posted, a statement without ids overlapping an earlier one.
Each existing transaction stands for at most one row of a file, so two equal coffees on one
day in a statement match two recorded coffees, not one. No SQL here: `Candidate`s come in."""

from __future__ import annotations

import datetime as dt
import re
import uuid
from collections import defaultdict
from dataclasses import dataclass

from server.imports.formats import ParsedRow
from server.transactions.domain import PENDING

_NOT_WORD = re.compile(r"[^0-9a-z]+")


def normalised_payee(payee: str) -> str:
    """Case, punctuation and spacing removed: "AMAZON MKTPL*2X4" and "Amazon Mktpl 2x4" agree."""
    return " ".join(_NOT_WORD.sub(" ", payee.lower()).split())


def _payees_agree(a: str, b: str) -> bool:
    """Equal, or one contains the other: a pending "COFFEE" posts as "COFFEE SHOP 12"."""
    return a == b or bool(a and b and (a in b or b in a))


@dataclass(frozen=True, slots=True)
class Candidate:
    """A live transaction of the account an imported row may be."""

    id: uuid.UUID
    occurred_on: dt.date
    amount_minor: int  # signed, as the account sees it
    payee: str  # normalised
    status: int
    external_id: str
    split: bool


@dataclass(frozen=True, slots=True)
class Duplicate:
    holder: uuid.UUID | None
    reason: str


@dataclass(frozen=True, slots=True)
class Match:
    existing: uuid.UUID
    reason: str
    clears: bool  # the existing one is PENDING and the row posted: it becomes CLEARED


class New:
    """The row is a transaction the ledger does not have."""


Decision = Duplicate | Match | New


class Matcher:
    def __init__(self, window_days: int) -> None:
        self.window = dt.timedelta(days=window_days)
        self._holders: dict[str, tuple[uuid.UUID, bool]] = {}  # bank id -> (holder, deleted)
        self._in_file: dict[str, int] = {}  # bank id -> the row that had it first
        self._by_amount: defaultdict[int, list[Candidate]] = defaultdict(list)
        self._known: set[uuid.UUID] = set()
        self._used: set[uuid.UUID] = set()

    def add_holders(self, holders: dict[str, tuple[uuid.UUID, bool]]) -> None:
        self._holders.update(holders)

    def add_candidates(self, candidates: list[Candidate]) -> None:
        for candidate in candidates:
            if candidate.id not in self._known:
                self._known.add(candidate.id)
                self._by_amount[candidate.amount_minor].append(candidate)

    def decide(self, row: ParsedRow) -> Decision:
        if row.external_id:
            first = self._in_file.get(row.external_id)
            if first is not None:
                return Duplicate(None, f"the bank's id {row.external_id} is also on row {first} of this file")
            self._in_file[row.external_id] = row.row_number
            held = self._holders.get(row.external_id)
            if held is not None:
                holder, deleted = held
                state = "deleted transaction" if deleted else "transaction"
                return Duplicate(holder, f"the bank's id {row.external_id} is already on {state} {holder}")
        found = self._best(row)
        if found is None:
            return New()
        self._used.add(found.id)
        return Match(found.id, self._why(row, found), clears=found.status == PENDING and not row.pending)

    def _best(self, row: ParsedRow) -> Candidate | None:
        payee = normalised_payee(row.payee)
        fits = [
            c
            for c in self._by_amount.get(row.amount_minor, ())
            if c.id not in self._used
            and abs(c.occurred_on - row.occurred_on) <= self.window
            and _payees_agree(c.payee, payee)
            # A candidate that has a bank id of its own from this statement's id scheme is
            # another entry; only one without an id, or with an id the file does not know, fits.
            and not (c.external_id and c.external_id in self._in_file)
        ]
        if not fits:
            return None
        return min(fits, key=lambda c: (abs(c.occurred_on - row.occurred_on), c.status != PENDING, str(c.id)))

    @staticmethod
    def _why(row: ParsedRow, found: Candidate) -> str:
        what = "pending transaction" if found.status == PENDING else "transaction"
        why = f"same amount and payee as {what} {found.id} of {found.occurred_on.isoformat()}"
        if found.status == PENDING and not row.pending:
            why += "; it posted, so it is now cleared"
        if row.external_id and found.external_id and row.external_id != found.external_id:
            why += f"; the bank's id changed from {found.external_id} to {row.external_id}"
        if found.split:
            why += "; its split lines are kept"
        return why[:256]
