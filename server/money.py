"""Money at the edges: exact parsing of request amounts and formatting of responses.

Amounts are int minor units everywhere inside; Decimal appears only here, to read
"12.50"-style input exactly and to print amounts for display. Never a float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rupaya.v1 import common_pb2
from server import currencies
from server.errors import FieldViolation

# Per-transaction ceiling (10^15 minor units, e.g. 10 trillion USD) and balance ceiling:
# together they keep every balance sum far inside BIGINT, so SQLite never
# silently turns an overflowing integer into a float.
MAX_AMOUNT_MINOR = 10**15
MAX_BALANCE_MINOR = 4 * 10**18


class AmountError(ValueError):
    """A request amount that cannot be accepted; carries the field violation."""

    def __init__(self, field: str, description: str) -> None:
        super().__init__(description)
        self.violation = FieldViolation(field, description)


@dataclass(frozen=True)
class AmountInput:
    """An amount as a request gives it: minor units or a decimal string, maybe a currency."""

    amount_minor: int = 0
    amount_decimal: str = ""
    currency_code: str = ""

    @classmethod
    def of(cls, money: common_pb2.Money) -> AmountInput:
        return cls(money.amount_minor, money.amount_decimal, money.currency_code)

    @property
    def given(self) -> bool:
        return bool(self.amount_minor or self.amount_decimal)


def parse_positive(money: AmountInput, field: str, currency: str) -> int:
    """The positive amount in minor units of `currency` that `money` denotes."""
    if money.currency_code and money.currency_code != currency:
        raise AmountError(f"{field}.currency_code", f"must be the account's currency {currency}")
    exponent = currencies.exponents()[currency]
    if money.amount_decimal:
        minor = _decimal_to_minor(money.amount_decimal, exponent, currency, field)
        if money.amount_minor and money.amount_minor != minor:
            raise AmountError(field, "amount_minor and amount_decimal disagree; set one of them")
    else:
        minor = money.amount_minor
    if minor <= 0:
        raise AmountError(field, "must be positive")
    if minor > MAX_AMOUNT_MINOR:
        raise AmountError(field, f"must be at most {format_minor(MAX_AMOUNT_MINOR, exponent)} {currency}")
    return minor


def _decimal_to_minor(text: str, exponent: int, currency: str, field: str) -> int:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise AmountError(f"{field}.amount_decimal", "is not a decimal number") from None
    fraction_digits = -value.as_tuple().exponent  # type: ignore[operator]
    if fraction_digits > exponent:
        raise AmountError(
            f"{field}.amount_decimal",
            f"has more precision than {currency} allows ({exponent} decimal places)",
        )
    minor = int(value.scaleb(exponent))
    if not -(2**63) <= minor < 2**63:
        raise AmountError(f"{field}.amount_decimal", "is outside the 64-bit range of minor units")
    return minor


def format_minor(amount_minor: int, exponent: int) -> str:
    sign = "-" if amount_minor < 0 else ""
    digits = str(abs(amount_minor)).rjust(exponent + 1, "0")
    if exponent == 0:
        return sign + digits
    return f"{sign}{digits[:-exponent]}.{digits[-exponent:]}"


def to_proto(amount_minor: int, currency: str) -> common_pb2.Money:
    return common_pb2.Money(
        amount_minor=amount_minor,
        currency_code=currency,
        amount_decimal=format_minor(amount_minor, currencies.exponents()[currency]),
    )
