"""Calendar days from requests (google.type.Date): the one place that says which days RUPAYA
accepts. Period arithmetic (a year back for a dashboard, months of cash flow) must never step
outside what Python's dates hold, so a day far from any real ledger (year 1, year 9999) is
refused here as a field violation instead of overflowing later as INTERNAL."""

from __future__ import annotations

import datetime as dt

from google.type import date_pb2

from server.errors import invalid

EARLIEST = dt.date(1900, 1, 1)
LATEST = dt.date(2999, 12, 31)


def to_date(value: date_pb2.Date, field: str) -> dt.date:
    try:
        day = dt.date(value.year, value.month, value.day)
    except ValueError:
        raise invalid(field, "is not a valid calendar date") from None
    if not EARLIEST <= day <= LATEST:
        raise invalid(field, f"must be between {EARLIEST.isoformat()} and {LATEST.isoformat()}")
    return day


def to_proto(day: dt.date) -> date_pb2.Date:
    return date_pb2.Date(year=day.year, month=day.month, day=day.day)
