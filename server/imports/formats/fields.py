"""Amounts and days as statement files write them: exact decimals (never floats) in the
file's decimal separator, days in a strftime-style format the client names."""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal, InvalidOperation

from rupaya.v1 import imports_pb2 as pb
from server.money import MAX_AMOUNT_MINOR


class FieldError(ValueError):
    """A cell that cannot be read; its text is the row's reason."""


_PLAIN = re.compile(r"[+-]?\d+(?:\.\d+)?")
# The directives a statement's days use; others (%H, %z, %j...) have no place in a day.
_DIRECTIVES = re.compile(r"%(.)")
ALLOWED_DIRECTIVES = frozenset("dmyYbB%")


def check_date_format(text: str) -> str | None:
    """Why `text` is not a day format we read, or None."""
    if not text:
        return None
    used = set(_DIRECTIVES.findall(text))
    if not used <= ALLOWED_DIRECTIVES:
        return f"only %d %m %y %Y %b %B are allowed, not {', '.join('%' + d for d in sorted(used - ALLOWED_DIRECTIVES))}"
    if not {"d"} <= used or not used & {"m", "b", "B"} or not used & {"y", "Y"}:
        return "needs a day (%d), a month (%m, %b or %B) and a year (%y or %Y)"
    return None


def parse_day(text: str, date_format: str) -> dt.date:
    text = text.strip()
    if not text:
        raise FieldError("the date is empty")
    try:
        if date_format == "%Y-%m-%d":
            return dt.date.fromisoformat(text)
        return dt.datetime.strptime(text, date_format).date()
    except ValueError:
        raise FieldError(f"the date {text[:40]!r} is not in the format {date_format}") from None


def parse_amount(text: str, separator: int, exponent: int) -> int:
    """Signed minor units of a cell like "-1,234.56", "1.234,56", "(12.00)" or "12.00-"."""
    cell = text.strip().replace("\u00a0", "").replace(" ", "")
    negative = False
    if cell.startswith("(") and cell.endswith(")"):
        cell, negative = cell[1:-1], True
    if cell.endswith("-"):
        cell, negative = cell[:-1], True
    if separator == pb.DECIMAL_SEPARATOR_COMMA:
        cell = cell.replace(".", "").replace("'", "").replace(",", ".")
    else:
        cell = cell.replace(",", "").replace("'", "")
    if not _PLAIN.fullmatch(cell):
        raise FieldError(f"the amount {text.strip()[:40]!r} is not a number")
    try:
        value = Decimal(cell)
    except InvalidOperation:  # pragma: no cover - the pattern admits only plain decimals
        raise FieldError(f"the amount {text.strip()[:40]!r} is not a number") from None
    minor = _minor(value, exponent, text.strip()[:40])
    return -minor if negative else minor


def decimal_to_minor(value: Decimal, exponent: int) -> int:
    """An exact Decimal read by a library (OFX) in minor units."""
    if not value.is_finite():
        raise FieldError(f"the amount {value} is not a number")
    return _minor(value, exponent, str(value))


def _minor(value: Decimal, exponent: int, shown: str) -> int:
    scaled = value.scaleb(exponent)
    if scaled != scaled.to_integral_value():  # 12.500 is fine in a 2-decimal currency, 12.505 is not
        raise FieldError(f"the amount {shown!r} has more than {exponent} decimal places")
    if abs(scaled) > MAX_AMOUNT_MINOR:
        raise FieldError("the amount is past the money limit (10^15 minor units)")
    return int(scaled)


_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")


def clip(text: str, limit: int) -> str:
    """One line of at most `limit` characters (a ledger text field's limit), without control
    characters (the ledger's single-line rule; PostgreSQL also refuses NUL in text)."""
    return " ".join(_CONTROL.sub(" ", text).split())[:limit]
