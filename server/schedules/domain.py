"""Schedule rules: the template is checked as CreateTransaction would check it, the rule gives
the occurrence dates (recurrence.py), and each occurrence is materialized as a row once it is
due or the user changes it. No gRPC here."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass, replace

from sqlalchemy.ext.asyncio import AsyncSession

from server import audit, quotas
from server.db.tables import Schedule, ScheduleOccurrence
from server.errors import DomainError, FieldViolation, check_etag, invalid, not_found
from server.ids import require_uuid, uuid7
from server.money import AmountError, AmountInput, parse_positive
from server.schedules import posting, recurrence, repository
from server.schedules.states import FAILED, RESOLVED, SCHEDULED, SKIPPED
from server.transactions import domain as ledger
from server.users import repository as users

WEEKLY, MONTHLY = recurrence.WEEKLY, recurrence.MONTHLY
UPCOMING_DAYS = 90
LATEST_PAST_START = dt.timedelta(days=366)  # catch-up never posts more than a year back
# Occurrences one schedule materializes per scheduler round (a long catch-up takes several).
MATERIALIZE_PER_ROUND = 200
UPDATABLE = frozenset(
    {
        "amount",
        "to_amount",
        "category_id",
        "payee",
        "description",
        "notes",
        "tags",
        "needs_review",
        "end_date",
        "max_occurrences",
    }
)


@dataclass(frozen=True)
class NewSchedule:
    template: ledger.TransactionInput  # occurred_on: the start date
    frequency: int
    interval: int = 1
    weekdays: frozenset[int] = frozenset()  # 0 = Monday
    month_day: int = 0
    end_date: dt.date | None = None
    max_occurrences: int = 0
    time_zone: str = ""
    post_time: dt.time = dt.time(0, 0)
    needs_review: bool = False


@dataclass(frozen=True)
class View:
    """An occurrence as a client sees it: its row when it has one, else the rule's date."""

    schedule: Schedule
    occurrence_on: dt.date
    posts_on: dt.date
    due_at: dt.datetime
    row: ScheduleOccurrence | None


def etag(schedule: Schedule) -> str:
    return f"v{schedule.version}"


def occurrence_etag(row: ScheduleOccurrence | None) -> str:
    return f"v{row.version if row is not None else 0}"


def rule_of(schedule: Schedule) -> recurrence.Rule:
    return recurrence.Rule(
        frequency=schedule.frequency,
        start=schedule.start_date,
        interval=schedule.interval,
        weekdays=frozenset(d for d in range(7) if schedule.weekdays & (1 << d)),
        month_day=schedule.month_day,
        end=schedule.end_date,
        count=schedule.max_occurrences,
    )


def _due(schedule: Schedule, day: dt.date) -> dt.datetime:
    return recurrence.due_at(day, schedule.post_time, recurrence.zone_of(schedule.time_zone))


def _set_cursor(schedule: Schedule, found: tuple[int, dt.date] | None) -> None:
    if found is None:
        schedule.next_on = schedule.next_due_at = None
        return
    schedule.next_index, schedule.next_on = found
    schedule.next_due_at = _due(schedule, found[1])


def _cursor_from(schedule: Schedule, index: int, not_before: dt.datetime | None = None) -> None:
    """The cursor at the rule's first occurrence numbered `index` or more (and due after
    `not_before`, when given); ended when there is none."""
    for found_index, day in recurrence.occurrences(rule_of(schedule)):
        if found_index >= index and (not_before is None or _due(schedule, day) > not_before):
            _set_cursor(schedule, (found_index, day))
            return
        if day > dt.date(2999, 12, 31):
            break
    _set_cursor(schedule, None)


async def _zone_name(s: AsyncSession, user_id: uuid.UUID, given: str) -> str:
    name = given.strip()
    if not name:
        user = await users.get(s, user_id)
        name = user.time_zone if user is not None else "UTC"
    try:
        recurrence.zone_of(name)
    except KeyError:
        raise invalid("schedule.time_zone", "is not an IANA time zone name") from None
    return name


def _check_rule(new: NewSchedule, today: dt.date) -> list[FieldViolation]:
    problems = []
    start = new.template.occurred_on
    if new.template.kind not in (ledger.INCOME, ledger.EXPENSE, ledger.TRANSFER):
        problems.append(FieldViolation("schedule.kind", "must be INCOME, EXPENSE or TRANSFER"))
    if new.frequency not in (recurrence.DAILY, WEEKLY, MONTHLY, recurrence.YEARLY):
        problems.append(FieldViolation("schedule.frequency", "must be DAILY, WEEKLY, MONTHLY or YEARLY"))
    if start is None:
        problems.append(FieldViolation("schedule.start_date", "is required"))
    elif start < today - LATEST_PAST_START:
        problems.append(FieldViolation("schedule.start_date", "must be at most 366 days ago"))
    elif new.end_date is not None and new.end_date < start:
        problems.append(FieldViolation("schedule.end_date", "must not be before start_date"))
    if new.weekdays and new.frequency != WEEKLY:
        problems.append(FieldViolation("schedule.weekdays", "only weekly schedules have weekdays"))
    if new.month_day and new.frequency != MONTHLY:
        problems.append(FieldViolation("schedule.month_day", "only monthly schedules have a month_day"))
    return problems


async def create(s: AsyncSession, user_id: uuid.UUID, new: NewSchedule) -> Schedule:
    zone_name = await _zone_name(s, user_id, new.time_zone)
    today = dt.datetime.now(recurrence.zone_of(zone_name)).date()
    problems = _check_rule(new, today)
    if problems:
        raise DomainError("VALIDATION_FAILED", violations=problems)
    resolved = await ledger.check(s, user_id, new.template)
    await quotas.ensure_room(s, user_id, "schedules", repository.count, quotas.MAX_SCHEDULES)
    now = dt.datetime.now(dt.UTC)
    schedule = Schedule(
        id=uuid7(),
        user_id=user_id,
        kind=resolved.kind,
        account_id=resolved.account_id,
        amount_minor=resolved.amount_minor,
        currency_code=resolved.currency_code,
        to_account_id=resolved.to_account_id,
        to_amount_minor=resolved.to_amount_minor,
        to_currency_code=resolved.to_currency_code,
        category_id=resolved.category_id,
        payee=resolved.payee,
        description=resolved.description,
        notes=resolved.notes,
        tags="\n".join(sorted({t.strip().lower() for t in new.template.tags if t.strip()})),
        frequency=new.frequency,
        interval=max(new.interval, 1),
        weekdays=sum(1 << d for d in new.weekdays),
        month_day=new.month_day,
        start_date=resolved.occurred_on,
        end_date=new.end_date,
        max_occurrences=new.max_occurrences,
        time_zone=zone_name,
        post_time=new.post_time,
        needs_review=new.needs_review,
        version=1,
        created_at=now,
        updated_at=now,
    )
    _cursor_from(schedule, 0)
    s.add(schedule)
    await s.flush()
    return schedule


async def get(
    s: AsyncSession, user_id: uuid.UUID, id_text: str, field: str = "id", *, for_update: bool = False
) -> Schedule:
    schedule = await repository.get(s, user_id, require_uuid(id_text, field), for_update=for_update)
    if schedule is None:
        raise not_found("SCHEDULE_NOT_FOUND", id_text)
    return schedule


@dataclass(frozen=True)
class Patch:
    amount: AmountInput = AmountInput()
    to_amount: AmountInput = AmountInput()
    category_id: str = ""
    payee: str = ""
    description: str = ""
    notes: str = ""
    tags: tuple[str, ...] = ()
    needs_review: bool = False
    end_date: dt.date | None = None
    max_occurrences: int = 0


def _template(schedule: Schedule) -> ledger.TransactionInput:
    return ledger.TransactionInput(
        kind=schedule.kind,
        account_id=str(schedule.account_id),
        amount=AmountInput(schedule.amount_minor, currency_code=schedule.currency_code),
        occurred_on=schedule.start_date,
        to_account_id=str(schedule.to_account_id) if schedule.to_account_id else "",
        to_amount=AmountInput(schedule.to_amount_minor or 0, currency_code=schedule.to_currency_code or ""),
        category_id=str(schedule.category_id) if schedule.category_id else "",
        payee=schedule.payee,
        description=schedule.description,
        notes=schedule.notes,
        tags=posting.tags_of(schedule),
    )


async def update(
    s: AsyncSession, user_id: uuid.UUID, id_text: str, given_etag: str, paths: Sequence[str], patch: Patch
) -> Schedule:
    if not paths or set(paths) - UPDATABLE:
        raise invalid("update_mask", f"paths must be among {sorted(UPDATABLE)}")
    schedule = await get(s, user_id, id_text, "schedule.id", for_update=True)
    check_etag(given_etag, etag(schedule), "schedules", id_text)
    template_paths = {"amount", "to_amount", "category_id", "payee", "description", "notes", "tags"}
    template = replace(_template(schedule), **{p: getattr(patch, p) for p in template_paths & set(paths)})
    if "amount" in paths and "to_amount" not in paths and schedule.to_currency_code == schedule.currency_code:
        template = replace(template, to_amount=AmountInput())
    resolved = await ledger.check(s, user_id, template)
    schedule.amount_minor, schedule.to_amount_minor = resolved.amount_minor, resolved.to_amount_minor
    schedule.category_id = resolved.category_id
    schedule.payee, schedule.description, schedule.notes = (
        resolved.payee,
        resolved.description,
        resolved.notes,
    )
    schedule.tags = "\n".join(sorted({t.strip().lower() for t in template.tags if t.strip()}))
    if "needs_review" in paths:
        schedule.needs_review = patch.needs_review
    if "end_date" in paths or "max_occurrences" in paths:
        _change_end(schedule, paths, patch)
    schedule.version += 1
    schedule.updated_at = dt.datetime.now(dt.UTC)
    await s.flush()
    return schedule


def _change_end(schedule: Schedule, paths: Sequence[str], patch: Patch) -> None:
    if "end_date" in paths:
        if patch.end_date is not None and patch.end_date < schedule.start_date:
            raise invalid("schedule.end_date", "must not be before start_date")
        schedule.end_date = patch.end_date
    if "max_occurrences" in paths:
        schedule.max_occurrences = patch.max_occurrences
    ended = schedule.next_on is None
    # An ended schedule that is extended resumes with its next occurrence still ahead: the
    # dates it was over for are not posted as catch-up.
    _cursor_from(schedule, schedule.next_index, dt.datetime.now(dt.UTC) if ended else None)


async def delete(
    s: AsyncSession, user_id: uuid.UUID, id_text: str, given_etag: str, actor: audit.Actor
) -> None:
    schedule = await get(s, user_id, id_text, for_update=True)
    check_etag(given_etag, etag(schedule), "schedules", id_text)
    dropped = await repository.unresolved_count(s, schedule.id)
    await s.delete(schedule)
    await s.flush()
    await audit.record(
        s,
        user_id,
        audit.Action.AUDIT_ACTION_SCHEDULE_DELETED,
        actor,
        f"schedule {schedule.id}; unposted occurrences dropped: {dropped}",
    )


def materialize(schedule: Schedule, now: dt.datetime) -> list[dict[str, object]]:
    """The rows of the schedule's occurrences due by `now` not materialized yet (at most a
    round's worth), moving its cursor past them."""
    rows: list[dict[str, object]] = []
    for index, day in recurrence.occurrences(rule_of(schedule)):
        if index < schedule.next_index:
            continue
        due = _due(schedule, day)
        if due > now or len(rows) >= MATERIALIZE_PER_ROUND:
            _set_cursor(schedule, (index, day))
            return rows
        rows.append(_new_row(schedule, day, due))
    _set_cursor(schedule, None)
    return rows


def _new_row(schedule: Schedule, day: dt.date, due: dt.datetime) -> dict[str, object]:
    return {
        "schedule_id": schedule.id,
        "occurrence_on": day,
        "user_id": schedule.user_id,
        "state": SCHEDULED,
        "posts_on": day,
        "due_at": due,
        "failure_reason": "",
        "failure_message": "",
        "catch_up": False,
        "version": 1,
    }


async def occurrence_for_change(
    s: AsyncSession, user_id: uuid.UUID, schedule_id: str, day: dt.date, given_etag: str
) -> tuple[Schedule, ScheduleOccurrence]:
    """The schedule (locked) and the occurrence's row (locked; created when the rule has the
    date but no row yet), for a change by the user."""
    schedule = await get(s, user_id, schedule_id, "schedule_id", for_update=True)
    row = await repository.occurrence(s, schedule.id, day, for_update=True)
    if row is None:
        if not recurrence.is_occurrence(rule_of(schedule), day):
            raise DomainError(
                "OCCURRENCE_NOT_FOUND", metadata={"schedule_id": schedule_id, "occurrence_date": str(day)}
            )
        row = ScheduleOccurrence(**_new_row(schedule, day, _due(schedule, day)))
        s.add(row)
    check_etag(given_etag, occurrence_etag(row), "occurrences", f"{schedule_id}/{day}")
    return schedule, row


def _still_open(schedule: Schedule, row: ScheduleOccurrence, *, failed_ok: bool = False) -> None:
    if row.state in RESOLVED and not (failed_ok and row.state == FAILED):
        raise DomainError(
            "OCCURRENCE_ALREADY_HANDLED",
            metadata={"schedule_id": str(schedule.id), "occurrence_date": str(row.occurrence_on)},
        )


async def skip(s: AsyncSession, user_id: uuid.UUID, schedule_id: str, day: dt.date, given_etag: str) -> View:
    schedule, row = await occurrence_for_change(s, user_id, schedule_id, day, given_etag)
    _still_open(schedule, row, failed_ok=True)
    row.state = SKIPPED
    row.resolved_at = dt.datetime.now(dt.UTC)
    row.version += 1
    await s.flush()
    return View(schedule, row.occurrence_on, row.posts_on, row.due_at, row)


async def move(
    s: AsyncSession, user_id: uuid.UUID, schedule_id: str, day: dt.date, given_etag: str, to: dt.date
) -> View:
    schedule, row = await occurrence_for_change(s, user_id, schedule_id, day, given_etag)
    _still_open(schedule, row)
    row.posts_on = to
    row.due_at = _due(schedule, to)
    row.version += 1
    await s.flush()
    return View(schedule, row.occurrence_on, row.posts_on, row.due_at, row)


async def edit(
    s: AsyncSession,
    user_id: uuid.UUID,
    schedule_id: str,
    day: dt.date,
    given_etag: str,
    paths: Sequence[str],
    patch: Patch,
) -> View:
    schedule, row = await occurrence_for_change(s, user_id, schedule_id, day, given_etag)
    _still_open(schedule, row, failed_ok=True)
    problems: list[FieldViolation] = []
    if "amount" in paths:
        row.amount_minor = _positive(patch.amount, "amount", schedule.currency_code, problems)
    if "to_amount" in paths:
        if schedule.to_currency_code is None:
            problems.append(FieldViolation("to_amount", "only transfers have a received amount"))
        else:
            row.to_amount_minor = _positive(patch.to_amount, "to_amount", schedule.to_currency_code, problems)
    if problems:
        raise DomainError("VALIDATION_FAILED", violations=problems)
    if "payee" in paths:
        row.payee = patch.payee.strip()
    if "description" in paths:
        row.description = patch.description.strip()
    row.version += 1
    await s.flush()
    return View(schedule, row.occurrence_on, row.posts_on, row.due_at, row)


def _positive(given: AmountInput, field: str, currency: str, problems: list[FieldViolation]) -> int:
    if given.currency_code and given.currency_code != currency:
        problems.append(
            FieldViolation(f"{field}.currency_code", f"must be the account's currency {currency}")
        )
        return 0
    try:
        return parse_positive(given, field, currency)
    except AmountError as error:
        problems.append(error.violation)
        return 0


async def post_now(
    s: AsyncSession, user_id: uuid.UUID, schedule_id: str, day: dt.date, given_etag: str
) -> View:
    """PostOccurrence: a needs-review schedule's occurrence, or a retry of a FAILED one."""
    schedule, row = await occurrence_for_change(s, user_id, schedule_id, day, given_etag)
    _still_open(schedule, row, failed_ok=True)
    if row.state == SCHEDULED and not schedule.needs_review:
        raise DomainError(
            "OCCURRENCE_NOT_POSTABLE", metadata={"schedule_id": schedule_id, "occurrence_date": str(day)}
        )
    await posting.post(s, schedule, row, dt.datetime.now(dt.UTC))
    return View(schedule, row.occurrence_on, row.posts_on, row.due_at, row)


async def upcoming(
    s: AsyncSession, user_id: uuid.UUID, schedule_id: uuid.UUID | None, from_date: dt.date | None
) -> list[View]:
    """Every occurrence falling in the 90 days from `from_date` (today in each schedule's
    zone when None) with its changes, plus unresolved ones before (awaiting review), by date."""
    schedules = await repository.all_of(s, user_id, schedule_id)
    if schedule_id is not None and not schedules:
        raise not_found("SCHEDULE_NOT_FOUND", str(schedule_id))
    windows = {}
    for schedule in schedules:
        first = from_date or dt.datetime.now(recurrence.zone_of(schedule.time_zone)).date()
        windows[schedule.id] = (first, first + dt.timedelta(days=UPCOMING_DAYS - 1))
    if not windows:
        return []
    earliest = min(w[0] for w in windows.values())
    latest = max(w[1] for w in windows.values())
    rows = await repository.occurrences_for_view(s, user_id, [x.id for x in schedules], earliest, latest)
    by_key = {(r.schedule_id, r.occurrence_on): r for r in rows}
    views: list[View] = []
    for schedule in schedules:
        first, last = windows[schedule.id]
        for _index, day in recurrence.occurrences(rule_of(schedule), until=last):
            if day >= first and (schedule.id, day) not in by_key:
                views.append(View(schedule, day, day, _due(schedule, day), None))
        for (owner, _day), row in by_key.items():
            overdue = row.state == SCHEDULED and row.posts_on < first
            if owner == schedule.id and (first <= row.posts_on <= last or overdue):
                views.append(View(schedule, row.occurrence_on, row.posts_on, row.due_at, row))
    views.sort(key=lambda v: (v.posts_on, v.schedule.id, v.occurrence_on))
    return views


list_page = repository.list_page
history_page = repository.history_page
all_of = repository.all_of
