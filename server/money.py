"""Money at the edges, and the one place that owns money limits: exact parsing of request
amounts, the bounds every amount and stored figure keeps, and formatting of responses.

Amounts are int minor units everywhere inside; Decimal appears only here, to read
"12.50"-style input exactly and to print amounts for display. Never a float."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from rupaya.v1 import common_pb2
from server import currencies
from server.errors import DomainError, FieldViolation

# The one money limit: 10^15 minor units (10 trillion USD, 10^15 JPY) in magnitude for every
# amount a request gives (transaction amounts and split lines, opening balances, budgets,
# filters) and every figure the server stores: each account balance and each day's income,
# and each day's expenses, per currency (the daily rollup). Every sum a read computes adds
# up a bounded number of those figures, so it stays inside int64 (2^63 - 1 ~ 9.2 * 10^18)
# by construction: a period spans at most analytics.periods.MAX_RANGE_DAYS + 1 = 7,321 days
# (7.3 * 10^18), net worth at most quotas.MAX_ACCOUNTS = 1,000 balances (10^18). A write
# that would push a stored figure past the limit is refused (AMOUNT_LIMIT_EXCEEDED) and
# changes nothing; a read figure that still cannot be represented (a conversion at an
# extreme rate, a change between two extreme periods) is the same typed error.
MAX_AMOUNT_MINOR = 10**15
MAX_BALANCE_MINOR = MAX_AMOUNT_MINOR
MAX_DAY_TOTAL_MINOR = MAX_AMOUNT_MINOR
INT64_MAX = 2**63 - 1


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
    minor = _to_minor(money, field, currency)
    exponent = currencies.exponents()[currency]
    if minor <= 0:
        raise AmountError(field, "must be positive")
    if minor > MAX_AMOUNT_MINOR:
        raise AmountError(field, f"must be at most {format_minor(MAX_AMOUNT_MINOR, exponent)} {currency}")
    return minor


def parse_bounded(money: AmountInput, field: str, currency: str) -> int:
    """The amount of either sign (a balance) in minor units of `currency` that `money`
    denotes, within the limit."""
    return check_bounded(_to_minor(money, field, currency), field)


def _to_minor(money: AmountInput, field: str, currency: str) -> int:
    if money.currency_code and money.currency_code != currency:
        raise AmountError(f"{field}.currency_code", f"must be the account's currency {currency}")
    if not money.amount_decimal:
        return money.amount_minor
    if money.amount_minor:
        raise AmountError(field, "set exactly one of amount_minor and amount_decimal")
    return _decimal_to_minor(money.amount_decimal, currencies.exponents()[currency], currency, field)


def check_bounded(amount_minor: int, field: str) -> int:
    """An amount in minor units of either sign (a balance, a filter): within the limit."""
    if not -MAX_AMOUNT_MINOR <= amount_minor <= MAX_AMOUNT_MINOR:
        raise AmountError(field, f"must be between -{MAX_AMOUNT_MINOR} and {MAX_AMOUNT_MINOR} minor units")
    return amount_minor


def within_balance_limit(balance_minor: int) -> bool:
    return -MAX_BALANCE_MINOR <= balance_minor <= MAX_BALANCE_MINOR


def limit_exceeded(figure: str, **metadata: str) -> DomainError:
    """A sum that would pass the limit: refused before it is written (or, on a read, instead
    of a figure that cannot be represented)."""
    return DomainError(
        "AMOUNT_LIMIT_EXCEEDED", metadata={"figure": figure, "limit_minor": str(MAX_AMOUNT_MINOR), **metadata}
    )


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
    if not -INT64_MAX <= amount_minor <= INT64_MAX:  # only a read combining extreme figures
        raise limit_exceeded("response", currency_code=currency)
    return common_pb2.Money(
        amount_minor=amount_minor,
        currency_code=currency,
        amount_decimal=format_minor(amount_minor, currencies.exponents()[currency]),
    )
