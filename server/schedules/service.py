"""gRPC adapter for rupaya.v1.ScheduleService: proto in -> domain call -> proto out."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Awaitable, Callable

import grpc
from google.protobuf.message import Message
from google.type import timeofday_pb2
from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import schedules_pb2 as pb
from rupaya.v1 import schedules_pb2_grpc
from server import audit, calendar_days, context, money, pagination, timestamps
from server.calendar_days import to_date
from server.db.engine import Database
from server.db.tables import Schedule
from server.errors import invalid
from server.idempotency import Idempotency, ResponseT
from server.ids import require_uuid
from server.schedules import domain, posting, states
from server.transactions import domain as ledger

_STATES = {
    pb.OCCURRENCE_STATE_UPCOMING: (states.SCHEDULED,),
    pb.OCCURRENCE_STATE_AWAITING_REVIEW: (states.SCHEDULED,),
    pb.OCCURRENCE_STATE_POSTED: (states.POSTED,),
    pb.OCCURRENCE_STATE_SKIPPED: (states.SKIPPED,),
    pb.OCCURRENCE_STATE_FAILED: (states.FAILED,),
}


def to_proto(x: Schedule) -> pb.Schedule:
    message = pb.Schedule(
        id=str(x.id),
        kind=x.kind,  # type: ignore[arg-type]
        account_id=str(x.account_id),
        amount=money.to_proto(x.amount_minor, x.currency_code),
        to_account_id=str(x.to_account_id) if x.to_account_id else "",
        category_id=str(x.category_id) if x.category_id else "",
        payee=x.payee,
        description=x.description,
        notes=x.notes,
        tags=posting.tags_of(x),
        frequency=x.frequency,  # type: ignore[arg-type]
        interval=x.interval,
        weekdays=[d + 1 for d in range(7) if x.weekdays & (1 << d)],  # type: ignore[misc]
        month_day=x.month_day,
        start_date=calendar_days.to_proto(x.start_date),
        max_occurrences=x.max_occurrences,
        time_zone=x.time_zone,
        post_time=timeofday_pb2.TimeOfDay(hours=x.post_time.hour, minutes=x.post_time.minute),
        needs_review=x.needs_review,
        create_time=timestamps.to_proto(x.created_at),
        update_time=timestamps.to_proto(x.updated_at),
        etag=domain.etag(x),
    )
    if x.to_amount_minor is not None and x.to_currency_code:
        message.to_amount.CopyFrom(money.to_proto(x.to_amount_minor, x.to_currency_code))
    if x.end_date is not None:
        message.end_date.CopyFrom(calendar_days.to_proto(x.end_date))
    if x.next_on is not None:
        message.next_occurrence_date.CopyFrom(calendar_days.to_proto(x.next_on))
    return message


def occurrence_proto(view: domain.View, now: dt.datetime) -> pb.Occurrence:
    x, row = view.schedule, view.row
    amount, to_amount = posting.effective_amounts(x, row)
    state = row.state if row is not None else states.SCHEDULED
    message = pb.Occurrence(
        schedule_id=str(x.id),
        occurrence_date=calendar_days.to_proto(view.occurrence_on),
        date=calendar_days.to_proto(view.posts_on),
        due_time=timestamps.to_proto(view.due_at),
        state=states.shown(state, x.needs_review, view.due_at, now),  # type: ignore[arg-type]
        kind=x.kind,  # type: ignore[arg-type]
        account_id=str(x.account_id),
        amount=money.to_proto(amount, x.currency_code),
        payee=x.payee if row is None or row.payee is None else row.payee,
        description=x.description if row is None or row.description is None else row.description,
        etag=domain.occurrence_etag(row),
    )
    if to_amount is not None and x.to_currency_code:
        message.to_amount.CopyFrom(money.to_proto(to_amount, x.to_currency_code))
    if row is not None:
        message.transaction_id = str(row.transaction_id) if row.transaction_id else ""
        message.failure_reason, message.failure_message = row.failure_reason, row.failure_message
        message.catch_up = row.catch_up
        if row.resolved_at is not None:
            message.resolve_time.CopyFrom(timestamps.to_proto(row.resolved_at))
    return message


def _time(value: timeofday_pb2.TimeOfDay) -> dt.time:
    try:
        return dt.time(value.hours, value.minutes, value.seconds)
    except ValueError:
        raise invalid("schedule.post_time", "is not a valid time of day") from None


def _new(r: pb.Schedule) -> domain.NewSchedule:
    template = ledger.TransactionInput(  # checked as a CreateTransaction request would be
        kind=r.kind,
        account_id=r.account_id,
        amount=money.AmountInput.of(r.amount),
        occurred_on=to_date(r.start_date, "schedule.start_date") if r.HasField("start_date") else None,
        to_account_id=r.to_account_id,
        to_amount=money.AmountInput.of(r.to_amount),
        category_id=r.category_id,
        payee=r.payee,
        description=r.description,
        notes=r.notes,
        tags=tuple(r.tags),
    )
    return domain.NewSchedule(
        template=template,
        frequency=r.frequency,
        interval=r.interval,
        weekdays=frozenset(d - 1 for d in r.weekdays if 1 <= d <= 7),
        month_day=r.month_day,
        end_date=to_date(r.end_date, "schedule.end_date") if r.HasField("end_date") else None,
        max_occurrences=r.max_occurrences,
        time_zone=r.time_zone,
        post_time=_time(r.post_time) if r.HasField("post_time") else dt.time(0, 0),
        needs_review=r.needs_review,
    )


def _patch(r: pb.Schedule | pb.Occurrence) -> domain.Patch:
    if isinstance(r, pb.Occurrence):
        return domain.Patch(
            amount=money.AmountInput.of(r.amount),
            to_amount=money.AmountInput.of(r.to_amount),
            payee=r.payee,
            description=r.description,
        )
    return domain.Patch(
        amount=money.AmountInput.of(r.amount),
        to_amount=money.AmountInput.of(r.to_amount),
        category_id=r.category_id,
        payee=r.payee,
        description=r.description,
        notes=r.notes,
        tags=tuple(r.tags),
        needs_review=r.needs_review,
        end_date=to_date(r.end_date, "schedule.end_date") if r.HasField("end_date") else None,
        max_occurrences=r.max_occurrences,
    )


class ScheduleService(schedules_pb2_grpc.ScheduleServiceServicer):
    def __init__(self, db: Database, idempotency: Idempotency) -> None:
        self._db = db
        self._idempotency = idempotency

    async def _mutate(
        self,
        method: str,
        request: Message,
        response_type: type[ResponseT],
        action: Callable[[AsyncSession, uuid.UUID], Awaitable[ResponseT]],
    ) -> ResponseT:
        user_id = context.principal().user_id

        async def run(s: AsyncSession) -> ResponseT:
            return await action(s, user_id)

        request_id: str = getattr(request, "request_id", "")
        return await self._idempotency.run(user_id, request_id, method, request, response_type, run)

    async def CreateSchedule(
        self, request: pb.CreateScheduleRequest, context_: grpc.aio.ServicerContext
    ) -> pb.CreateScheduleResponse:
        new = _new(request.schedule)

        async def create(s: AsyncSession, user_id: uuid.UUID) -> pb.CreateScheduleResponse:
            return pb.CreateScheduleResponse(schedule=to_proto(await domain.create(s, user_id, new)))

        return await self._mutate("CreateSchedule", request, pb.CreateScheduleResponse, create)

    async def GetSchedule(
        self, request: pb.GetScheduleRequest, context_: grpc.aio.ServicerContext
    ) -> pb.GetScheduleResponse:
        async with self._db.read() as s:
            schedule = await domain.get(s, context.principal().user_id, request.id)
        return pb.GetScheduleResponse(schedule=to_proto(schedule))

    async def ListSchedules(
        self, request: pb.ListSchedulesRequest, context_: grpc.aio.ServicerContext
    ) -> pb.ListSchedulesResponse:
        after = pagination.decode(request, pagination.by_id)
        size = pagination.page_size(request.page_size)
        async with self._db.read() as s:
            rows = await domain.list_page(s, context.principal().user_id, after, size + 1)
        page, token = pagination.split(rows, size, lambda x: [str(x.id)], request)
        return pb.ListSchedulesResponse(schedules=[to_proto(x) for x in page], next_page_token=token)

    async def UpdateSchedule(
        self, request: pb.UpdateScheduleRequest, context_: grpc.aio.ServicerContext
    ) -> pb.UpdateScheduleResponse:
        given = request.schedule
        patch = _patch(given)
        paths = list(request.update_mask.paths)

        async def update(s: AsyncSession, user_id: uuid.UUID) -> pb.UpdateScheduleResponse:
            schedule = await domain.update(s, user_id, given.id, given.etag, paths, patch)
            return pb.UpdateScheduleResponse(schedule=to_proto(schedule))

        return await self._mutate("UpdateSchedule", request, pb.UpdateScheduleResponse, update)

    async def DeleteSchedule(
        self, request: pb.DeleteScheduleRequest, context_: grpc.aio.ServicerContext
    ) -> pb.DeleteScheduleResponse:
        principal = context.principal()
        actor = audit.Actor(peer=context.client_address.get(), session_id=principal.session_id)

        async def delete(s: AsyncSession, user_id: uuid.UUID) -> pb.DeleteScheduleResponse:
            await domain.delete(s, user_id, request.id, request.etag, actor)
            return pb.DeleteScheduleResponse()

        return await self._mutate("DeleteSchedule", request, pb.DeleteScheduleResponse, delete)

    async def ListUpcomingOccurrences(
        self, request: pb.ListUpcomingOccurrencesRequest, context_: grpc.aio.ServicerContext
    ) -> pb.ListUpcomingOccurrencesResponse:
        user_id = context.principal().user_id
        schedule_id = require_uuid(request.schedule_id, "schedule_id") if request.schedule_id else None
        from_date = to_date(request.from_date, "from_date") if request.HasField("from_date") else None
        after = pagination.decode(request, lambda last: (last[0], last[1], last[2]))
        size = pagination.page_size(request.page_size)
        async with self._db.read() as s:
            views = await domain.upcoming(s, user_id, schedule_id, from_date)
        keys = [(v.posts_on.isoformat(), str(v.schedule.id), v.occurrence_on.isoformat()) for v in views]
        start = 0 if after is None else next((i for i, k in enumerate(keys) if k > after), len(keys))
        page, token = pagination.split(views[start : start + size + 1], size, _upcoming_key, request)
        now = dt.datetime.now(dt.UTC)
        return pb.ListUpcomingOccurrencesResponse(
            occurrences=[occurrence_proto(v, now) for v in page], next_page_token=token
        )

    async def ListOccurrences(
        self, request: pb.ListOccurrencesRequest, context_: grpc.aio.ServicerContext
    ) -> pb.ListOccurrencesResponse:
        user_id = context.principal().user_id
        schedule_id = require_uuid(request.schedule_id, "schedule_id") if request.schedule_id else None
        after = pagination.decode(request, lambda last: (dt.date.fromisoformat(last[0]), uuid.UUID(last[1])))
        size = pagination.page_size(request.page_size)
        now = dt.datetime.now(dt.UTC)
        wanted = _STATES.get(request.state, (states.SCHEDULED, *states.RESOLVED))
        async with self._db.read() as s:
            if schedule_id is not None:
                await domain.get(s, user_id, request.schedule_id, "schedule_id")
            rows = await domain.history_page(s, user_id, schedule_id, wanted, now, after, size + 1)
            owners = {x.id: x for x in await domain.all_of(s, user_id, schedule_id)}
        views = [
            domain.View(owners[r.schedule_id], r.occurrence_on, r.posts_on, r.due_at, r)
            for r in rows
            if r.schedule_id in owners
        ]
        page, token = pagination.split(
            views, size, lambda v: [v.occurrence_on.isoformat(), str(v.schedule.id)], request
        )
        occurrences = [occurrence_proto(v, now) for v in page]
        if request.state == pb.OCCURRENCE_STATE_AWAITING_REVIEW:
            occurrences = [o for o in occurrences if o.state == pb.OCCURRENCE_STATE_AWAITING_REVIEW]
        return pb.ListOccurrencesResponse(occurrences=occurrences, next_page_token=token)

    async def SkipOccurrence(
        self, request: pb.SkipOccurrenceRequest, context_: grpc.aio.ServicerContext
    ) -> pb.SkipOccurrenceResponse:
        day = to_date(request.occurrence_date, "occurrence_date")

        async def skip(s: AsyncSession, user_id: uuid.UUID) -> pb.SkipOccurrenceResponse:
            view = await domain.skip(s, user_id, request.schedule_id, day, request.etag)
            return pb.SkipOccurrenceResponse(occurrence=occurrence_proto(view, dt.datetime.now(dt.UTC)))

        return await self._mutate("SkipOccurrence", request, pb.SkipOccurrenceResponse, skip)

    async def MoveOccurrence(
        self, request: pb.MoveOccurrenceRequest, context_: grpc.aio.ServicerContext
    ) -> pb.MoveOccurrenceResponse:
        day = to_date(request.occurrence_date, "occurrence_date")
        to = to_date(request.new_date, "new_date")

        async def move(s: AsyncSession, user_id: uuid.UUID) -> pb.MoveOccurrenceResponse:
            view = await domain.move(s, user_id, request.schedule_id, day, request.etag, to)
            return pb.MoveOccurrenceResponse(occurrence=occurrence_proto(view, dt.datetime.now(dt.UTC)))

        return await self._mutate("MoveOccurrence", request, pb.MoveOccurrenceResponse, move)

    async def EditOccurrence(
        self, request: pb.EditOccurrenceRequest, context_: grpc.aio.ServicerContext
    ) -> pb.EditOccurrenceResponse:
        given = request.occurrence
        if not given.HasField("occurrence_date"):
            raise invalid("occurrence.occurrence_date", "is required")
        day = to_date(given.occurrence_date, "occurrence.occurrence_date")
        patch = _patch(given)
        paths = list(request.update_mask.paths)

        async def edit(s: AsyncSession, user_id: uuid.UUID) -> pb.EditOccurrenceResponse:
            view = await domain.edit(s, user_id, given.schedule_id, day, given.etag, paths, patch)
            return pb.EditOccurrenceResponse(occurrence=occurrence_proto(view, dt.datetime.now(dt.UTC)))

        return await self._mutate("EditOccurrence", request, pb.EditOccurrenceResponse, edit)

    async def PostOccurrence(
        self, request: pb.PostOccurrenceRequest, context_: grpc.aio.ServicerContext
    ) -> pb.PostOccurrenceResponse:
        day = to_date(request.occurrence_date, "occurrence_date")

        async def post(s: AsyncSession, user_id: uuid.UUID) -> pb.PostOccurrenceResponse:
            view = await domain.post_now(s, user_id, request.schedule_id, day, request.etag)
            return pb.PostOccurrenceResponse(occurrence=occurrence_proto(view, dt.datetime.now(dt.UTC)))

        return await self._mutate("PostOccurrence", request, pb.PostOccurrenceResponse, post)


def _upcoming_key(view: domain.View) -> list[str]:
    return [view.posts_on.isoformat(), str(view.schedule.id), view.occurrence_on.isoformat()]
