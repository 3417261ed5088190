"""Occurrence states, numbered as schedules.proto's OccurrenceState.

A stored row that is not resolved yet is SCHEDULED (shown as UPCOMING) whatever the
schedule's mode; whether it shows as awaiting review follows from the schedule and the time,
so switching a schedule to "needs review" changes no occurrence row."""

from __future__ import annotations

import datetime as dt

SCHEDULED = 1  # shown as OCCURRENCE_STATE_UPCOMING
AWAITING_REVIEW = 2  # never stored
POSTED, SKIPPED, FAILED = 3, 4, 5
RESOLVED = (POSTED, SKIPPED, FAILED)


def shown(state: int, needs_review: bool, due: dt.datetime, now: dt.datetime) -> int:
    if state == SCHEDULED and needs_review and due <= now:
        return AWAITING_REVIEW
    return state
