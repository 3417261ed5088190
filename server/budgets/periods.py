"""Budget periods as calendar day ranges (weeks start on Monday)."""

from __future__ import annotations

import calendar
import datetime as dt

WEEKLY, MONTHLY, YEARLY = 1, 2, 3


def bounds(period: int, day: dt.date) -> tuple[dt.date, dt.date]:
    """First and last day (inclusive) of the period containing `day`."""
    if period == WEEKLY:
        start = day - dt.timedelta(days=day.weekday())
        return start, start + dt.timedelta(days=6)
    if period == MONTHLY:
        last = calendar.monthrange(day.year, day.month)[1]
        return day.replace(day=1), day.replace(day=last)
    if period == YEARLY:
        return dt.date(day.year, 1, 1), dt.date(day.year, 12, 31)
    raise ValueError(f"unknown budget period {period}")


def previous(period: int, day: dt.date) -> tuple[dt.date, dt.date]:
    start, _ = bounds(period, day)
    return bounds(period, start - dt.timedelta(days=1))
