"""Calendar arithmetic for analytics: dashboard periods and time-series buckets (weeks start
on Monday). Only dates are computed here; the figures come from SQL."""

from __future__ import annotations

import datetime as dt

from server.errors import invalid

WEEK, MONTH, QUARTER, YEAR, CUSTOM = 1, 2, 3, 4, 5
DAY_BUCKET, WEEK_BUCKET, MONTH_BUCKET = 1, 2, 3
MAX_BUCKETS = 2000
MAX_RANGE_DAYS = 20 * 366

Range = tuple[dt.date, dt.date]


def _add_months(day: dt.date, months: int) -> dt.date:
    index = day.year * 12 + day.month - 1 + months
    return dt.date(index // 12, index % 12 + 1, 1)


def period_of(kind: int, day: dt.date) -> Range:
    """First and last day of the week, month, quarter or year containing `day`."""
    if kind == WEEK:
        start = day - dt.timedelta(days=day.weekday())
        return start, start + dt.timedelta(days=6)
    months = {MONTH: 1, QUARTER: 3, YEAR: 12}[kind]
    start = dt.date(day.year, (day.month - 1) // months * months + 1, 1)
    return start, _add_months(start, months) - dt.timedelta(days=1)


def previous(kind: int, current: Range) -> Range:
    start, end = current
    if kind == CUSTOM:
        length = end - start + dt.timedelta(days=1)
        return start - length, start - dt.timedelta(days=1)
    return period_of(kind, start - dt.timedelta(days=1))


def checked(start: dt.date, end: dt.date, field: str) -> Range:
    if end < start:
        raise invalid(f"{field}.end_date", "must not be before start_date")
    if (end - start).days > MAX_RANGE_DAYS:
        raise invalid(f"{field}.end_date", "must be at most 20 years after start_date")
    return start, end


def bucket_start(granularity: int, day: dt.date) -> dt.date:
    if granularity == DAY_BUCKET:
        return day
    if granularity == WEEK_BUCKET:
        return day - dt.timedelta(days=day.weekday())
    return day.replace(day=1)


def _next(granularity: int, start: dt.date) -> dt.date:
    if granularity == MONTH_BUCKET:
        return _add_months(start, 1)
    return start + dt.timedelta(days=1 if granularity == DAY_BUCKET else 7)


def buckets(granularity: int, start: dt.date, end: dt.date) -> list[tuple[dt.date, Range]]:
    """(bucket key, clipped day range) for every bucket touching start..end, in order; the
    key is the unclipped bucket start, as SQL groups by it."""
    result: list[tuple[dt.date, Range]] = []
    key = bucket_start(granularity, start)
    while key <= end:
        following = _next(granularity, key)
        result.append((key, (max(key, start), min(following - dt.timedelta(days=1), end))))
        if len(result) > MAX_BUCKETS:
            raise invalid("granularity", f"the range has more than {MAX_BUCKETS} buckets")
        key = following
    return result
