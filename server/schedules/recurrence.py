"""When a schedule's occurrences fall: pure date arithmetic, no I/O.

Occurrence dates are calendar days in the schedule's time zone; each posts at the schedule's
local post time that day (`due_at`, an instant in UTC). A monthly rule on a day a month lacks
(the 31st, the 30th in February) falls on that month's last day, and so does a yearly rule
on 29 February in a common year: a bill due "on the 31st" is due in every month, never skipped.
A post time that does not exist that day (the hour a DST change skips) posts as if the clock
had not moved yet, i.e. one hour later on the wall (zoneinfo's fold=0)."""

from __future__ import annotations

import calendar
import datetime as dt
import zoneinfo
from collections.abc import Iterator
from dataclasses import dataclass

DAILY, WEEKLY, MONTHLY, YEARLY = 1, 2, 3, 4  # ScheduleFrequency
LAST_DAY = -1  # month_day meaning "the month's last day"


@dataclass(frozen=True)
class Rule:
    """A recurrence: every `interval` days/weeks/months/years from `start`, on `weekdays`
    (weekly; 0 = Monday .. 6 = Sunday) or `month_day` (monthly: 1-31 or LAST_DAY), until
    `end` (inclusive) or `count` occurrences (0 = no limit)."""

    frequency: int
    start: dt.date
    interval: int = 1
    weekdays: frozenset[int] = frozenset()
    month_day: int = 0
    end: dt.date | None = None
    count: int = 0


def zone_of(name: str) -> zoneinfo.ZoneInfo:
    """The IANA zone; KeyError when the name is none (a validation error for the caller)."""
    try:
        return zoneinfo.ZoneInfo(name)
    except (zoneinfo.ZoneInfoNotFoundError, ValueError, OSError):
        raise KeyError(name) from None


def due_at(day: dt.date, post_time: dt.time, zone: zoneinfo.ZoneInfo) -> dt.datetime:
    """The instant (UTC) an occurrence on local `day` posts."""
    return dt.datetime.combine(day, post_time, tzinfo=zone).astimezone(dt.UTC)


def _clamped(year: int, month: int, day: int) -> dt.date:
    return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))


def _add_months(start: dt.date, months: int, day: int) -> dt.date:
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    if day == LAST_DAY:
        return dt.date(year, month + 1, calendar.monthrange(year, month + 1)[1])
    return _clamped(year, month + 1, day)


def _candidates(rule: Rule) -> Iterator[dt.date]:
    """The rule's dates from its start on, unbounded (the end and count come after)."""
    step = max(rule.interval, 1)
    n = 0
    while True:
        if rule.frequency == DAILY:
            yield rule.start + dt.timedelta(days=n * step)
        elif rule.frequency == WEEKLY:
            monday = rule.start - dt.timedelta(days=rule.start.weekday()) + dt.timedelta(weeks=n * step)
            for weekday in sorted(rule.weekdays or {rule.start.weekday()}):
                day = monday + dt.timedelta(days=weekday)
                if day >= rule.start:
                    yield day
        elif rule.frequency == MONTHLY:
            yield _add_months(rule.start, n * step, rule.month_day or rule.start.day)
        elif rule.frequency == YEARLY:
            yield _clamped(rule.start.year + n * step, rule.start.month, rule.start.day)
        else:
            raise ValueError(f"unknown frequency {rule.frequency}")
        n += 1


def occurrences(rule: Rule, until: dt.date = dt.date.max) -> Iterator[tuple[int, dt.date]]:
    """(index, date) of each occurrence up to `until` (inclusive), in order; the index counts
    from 0 and is what a count limit counts."""
    for index, day in enumerate(_candidates(rule)):
        if (rule.count and index >= rule.count) or (rule.end and day > rule.end) or day > until:
            return
        yield index, day


def is_occurrence(rule: Rule, day: dt.date) -> bool:
    return any(found == day for _index, found in occurrences(rule, until=day))


def first_after(rule: Rule, day: dt.date | None) -> tuple[int, dt.date] | None:
    """The first occurrence after `day` (from the start when None); None when the rule ended."""
    for index, found in occurrences(rule):
        if day is None or found > day:
            return index, found
    return None
