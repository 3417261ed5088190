"""Helpers for schedule tests: schedules and their occurrences through real RPCs."""

from __future__ import annotations

import datetime as dt
import uuid

from google.type import date_pb2

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import schedules_pb2 as sch
from tests.ledger import EXPENSE, GROCERIES, money
from tests.servers import Client

DAILY, WEEKLY, MONTHLY = (
    sch.SCHEDULE_FREQUENCY_DAILY,
    sch.SCHEDULE_FREQUENCY_WEEKLY,
    sch.SCHEDULE_FREQUENCY_MONTHLY,
)
POSTED, SKIPPED, FAILED, UPCOMING, AWAITING = (
    sch.OCCURRENCE_STATE_POSTED,
    sch.OCCURRENCE_STATE_SKIPPED,
    sch.OCCURRENCE_STATE_FAILED,
    sch.OCCURRENCE_STATE_UPCOMING,
    sch.OCCURRENCE_STATE_AWAITING_REVIEW,
)


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def pb_date(value: dt.date) -> date_pb2.Date:
    return date_pb2.Date(year=value.year, month=value.month, day=value.day)


def py_date(value: date_pb2.Date) -> dt.date:
    return dt.date(value.year, value.month, value.day)


def expense_schedule(account: acc.Account, amount: int, start: dt.date, **fields: object) -> sch.Schedule:
    values: dict[str, object] = {
        "kind": EXPENSE,
        "account_id": account.id,
        "amount": money(amount, account.currency_code),
        "category_id": GROCERIES,
        "frequency": DAILY,
        "start_date": pb_date(start),
        "time_zone": "UTC",
        "payee": "Rent Co",
    }
    values.update(fields)
    return sch.Schedule(**values)  # type: ignore[arg-type]


def create(client: Client, schedule: sch.Schedule, request_id: str | None = None) -> sch.Schedule:
    request = sch.CreateScheduleRequest(request_id=request_id or str(uuid.uuid4()), schedule=schedule)
    return client.schedules.CreateSchedule(request, metadata=client.md()).schedule


def history(client: Client, schedule_id: str = "", state: int = 0) -> list[sch.Occurrence]:
    found: list[sch.Occurrence] = []
    token = ""
    while True:
        reply = client.schedules.ListOccurrences(
            sch.ListOccurrencesRequest(schedule_id=schedule_id, state=state, page_token=token, page_size=500),  # type: ignore[arg-type]
            metadata=client.md(),
        )
        found += reply.occurrences
        token = reply.next_page_token
        if not token:
            return found


def upcoming(client: Client, schedule_id: str = "", from_date: dt.date | None = None) -> list[sch.Occurrence]:
    request = sch.ListUpcomingOccurrencesRequest(schedule_id=schedule_id, page_size=500)
    if from_date is not None:
        request.from_date.CopyFrom(pb_date(from_date))
    return list(client.schedules.ListUpcomingOccurrences(request, metadata=client.md()).occurrences)
