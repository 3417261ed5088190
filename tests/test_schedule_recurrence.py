"""The recurrence rules (server/schedules/recurrence.py), pure date arithmetic: monthly on the
31st and on the last day across February and leap years, yearly on 29 February, weekly on
chosen weekdays every N weeks, count and end limits, and post instants across a DST change in
the schedule's own time zone."""

from __future__ import annotations

import datetime as dt

import pytest

from server.config import ConfigError, load_settings
from server.schedules import recurrence as r

D = dt.date
FAR = D(2100, 1, 1)


def dates(rule: r.Rule, until: dt.date = FAR) -> list[dt.date]:
    return [day for _index, day in r.occurrences(rule, until)]


def test_monthly_on_the_31st_falls_on_each_months_last_day_when_it_is_shorter() -> None:
    rule = r.Rule(r.MONTHLY, start=D(2027, 12, 31), month_day=31, count=6)
    assert dates(rule) == [
        D(2027, 12, 31),
        D(2028, 1, 31),
        D(2028, 2, 29),  # leap year
        D(2028, 3, 31),
        D(2028, 4, 30),
        D(2028, 5, 31),
    ]
    common_year = r.Rule(r.MONTHLY, start=D(2027, 1, 31), count=3)  # month_day 0: the start's day
    assert dates(common_year) == [D(2027, 1, 31), D(2027, 2, 28), D(2027, 3, 31)]


def test_monthly_on_the_last_day_follows_february_in_leap_and_common_years() -> None:
    rule = r.Rule(r.MONTHLY, start=D(2027, 1, 1), month_day=r.LAST_DAY, end=D(2028, 4, 30))
    got = dates(rule)
    assert got[:3] == [D(2027, 1, 31), D(2027, 2, 28), D(2027, 3, 31)]
    assert D(2028, 2, 29) in got and got[-1] == D(2028, 4, 30) and len(got) == 16
    every_second = r.Rule(r.MONTHLY, start=D(2100, 1, 15), interval=2, month_day=30, count=2)
    assert dates(every_second, D(2200, 1, 1)) == [D(2100, 1, 30), D(2100, 3, 30)]  # 2100: no leap


def test_yearly_on_29_february_is_the_28th_in_common_years() -> None:
    rule = r.Rule(r.YEARLY, start=D(2028, 2, 29), count=5)
    assert dates(rule) == [D(2028, 2, 29), D(2029, 2, 28), D(2030, 2, 28), D(2031, 2, 28), D(2032, 2, 29)]


def test_weekly_on_chosen_days_every_two_weeks_from_the_start() -> None:
    # Wednesday 2027-01-06; Mondays and Fridays every second week: the Monday before the start is out.
    rule = r.Rule(r.WEEKLY, start=D(2027, 1, 6), interval=2, weekdays=frozenset({0, 4}), count=5)
    assert dates(rule) == [D(2027, 1, 8), D(2027, 1, 18), D(2027, 1, 22), D(2027, 2, 1), D(2027, 2, 5)]
    on_start_day = r.Rule(r.WEEKLY, start=D(2027, 1, 6), count=2)
    assert dates(on_start_day) == [D(2027, 1, 6), D(2027, 1, 13)]


def test_weekly_across_a_dst_change_keeps_the_local_date_and_post_time() -> None:
    zone = r.zone_of("America/New_York")  # DST starts Sunday 2027-03-14
    rule = r.Rule(r.WEEKLY, start=D(2027, 3, 1), weekdays=frozenset({0}), count=3)
    instants = [r.due_at(day, dt.time(9, 0), zone) for day in dates(rule)]
    assert dates(rule) == [D(2027, 3, 1), D(2027, 3, 8), D(2027, 3, 15)]
    assert [i.isoformat() for i in instants] == [
        "2027-03-01T14:00:00+00:00",
        "2027-03-08T14:00:00+00:00",
        "2027-03-15T13:00:00+00:00",  # 09:00 EDT
    ]
    # 02:30 does not exist on 2027-03-14 there: it posts as if the clock had not moved (03:30 EDT).
    assert r.due_at(D(2027, 3, 14), dt.time(2, 30), zone).isoformat() == "2027-03-14T07:30:00+00:00"
    kolkata = r.zone_of("Asia/Kolkata")  # the same local date is an earlier UTC instant east of UTC
    assert r.due_at(D(2027, 3, 1), dt.time(0, 0), kolkata).isoformat() == "2027-02-28T18:30:00+00:00"


def test_count_and_end_date_stop_a_rule() -> None:
    daily = r.Rule(r.DAILY, start=D(2027, 1, 1), interval=3, count=4)
    assert dates(daily) == [D(2027, 1, 1), D(2027, 1, 4), D(2027, 1, 7), D(2027, 1, 10)]
    ended = r.Rule(r.DAILY, start=D(2027, 1, 1), end=D(2027, 1, 3))
    assert dates(ended) == [D(2027, 1, 1), D(2027, 1, 2), D(2027, 1, 3)]
    assert r.first_after(ended, D(2027, 1, 3)) is None
    assert r.first_after(daily, D(2027, 1, 5)) == (2, D(2027, 1, 7))
    assert r.is_occurrence(daily, D(2027, 1, 7)) and not r.is_occurrence(daily, D(2027, 1, 8))
    assert not r.is_occurrence(daily, D(2027, 1, 13))  # past the count


def test_the_scheduler_interval_is_0_to_3600_seconds_and_0_turns_it_off() -> None:
    assert load_settings({"RUPAYA_SCHEDULER_INTERVAL": "0"}).scheduler_interval_s == 0
    assert load_settings({}).scheduler_interval_s == 30
    for bad in ("-1", "3601", "soon"):
        with pytest.raises(ConfigError, match="RUPAYA_SCHEDULER_INTERVAL"):
            load_settings({"RUPAYA_SCHEDULER_INTERVAL": bad})
