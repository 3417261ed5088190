"""ScheduleService on a real server (both backends), its scheduler posting with the real clock:
past-due occurrences post once each as catch-up through the ledger (balances, change feed),
a count-limited schedule stops, a refused occurrence is FAILED once with its reason, skip /
move / edit / post of one occurrence, idempotent and concurrent writes, typed errors that
change nothing, another user's schedules invisible, and the deletion's audit event."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import grpc
from google.protobuf import field_mask_pb2

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import schedules_pb2 as sch
from rupaya.v1 import sync_pb2, users_pb2
from rupaya.v1 import transactions_pb2 as tx
from tests.ledger import INCOME, SALARY, money, open_account, record
from tests.ops import eventually
from tests.rpc_errors import error_info, field_violations, rpc_fails
from tests.schedule_helpers import (
    AWAITING,
    FAILED,
    MONTHLY,
    POSTED,
    SKIPPED,
    UPCOMING,
    WEEKLY,
    create,
    expense_schedule,
    history,
    pb_date,
    py_date,
    today,
    upcoming,
)
from tests.servers import Backend, Client, Connection

INVALID = grpc.StatusCode.INVALID_ARGUMENT
NOT_FOUND = grpc.StatusCode.NOT_FOUND


def balance(client: Client, account_id: str) -> int:
    reply = client.accounts.GetAccount(acc.GetAccountRequest(id=account_id), metadata=client.md())
    return reply.account.current_balance.amount_minor


def posted(client: Client, schedule_id: str) -> list[sch.Occurrence]:
    return history(client, schedule_id, POSTED)


def test_past_due_occurrences_post_once_each_as_catch_up_through_the_ledger(
    conn: Connection, backend: Backend
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 100_000)
    schedule = create(client, expense_schedule(account, 1_500, today() - dt.timedelta(days=4)))
    eventually(lambda: len(posted(client, schedule.id)) == 5, 20, "five posted occurrences")
    done = posted(client, schedule.id)
    assert sorted(py_date(o.occurrence_date) for o in done) == [
        today() - dt.timedelta(days=n) for n in range(4, -1, -1)
    ]
    assert all(o.catch_up for o in done if py_date(o.occurrence_date) < today())
    assert balance(client, account.id) == 100_000 - 5 * 1_500
    listed = client.transactions.ListTransactions(
        tx.ListTransactionsRequest(account_id=account.id), metadata=client.md()
    ).transactions
    assert sorted(t.id for t in listed) == sorted(o.transaction_id for o in done)
    assert {t.payee for t in listed} == {"Rent Co"} and {t.amount.amount_minor for t in listed} == {1_500}
    # Posted occurrences are transactions: the change feed carries them.
    feed = client.sync.ListChanges(sync_pb2.ListChangesRequest(cursor=0, page_size=500), metadata=client.md())
    fed = {c.entity_id for c in feed.changes if c.entity_type == sync_pb2.ENTITY_TYPE_TRANSACTION}
    assert {o.transaction_id for o in done} <= fed
    assert backend.count_id("schedule_occurrences", "schedule_id", schedule.id) == 5
    again = client.schedules.GetSchedule(sch.GetScheduleRequest(id=schedule.id), metadata=client.md())
    assert py_date(again.schedule.next_occurrence_date) == today() + dt.timedelta(days=1)


def test_a_count_limited_schedule_stops_after_its_occurrences(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 100_000)
    start = today() - dt.timedelta(days=9)
    schedule = create(client, expense_schedule(account, 100, start, max_occurrences=3))
    eventually(lambda: len(posted(client, schedule.id)) == 3, 20, "three posted occurrences")
    eventually(
        lambda: (
            not client.schedules.GetSchedule(
                sch.GetScheduleRequest(id=schedule.id), metadata=client.md()
            ).schedule.HasField("next_occurrence_date")
        ),
        5,
        "schedule ended",
    )
    assert len(history(client, schedule.id)) == 3
    assert upcoming(client, schedule.id) == []
    assert balance(client, account.id) == 100_000 - 300


def test_an_occurrence_that_cannot_post_is_failed_once_with_its_reason_and_can_be_retried(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)  # covers one of the three
    schedule = create(client, expense_schedule(account, 6_000, today() - dt.timedelta(days=2)))
    eventually(lambda: len(history(client, schedule.id)) == 3, 20, "three handled occurrences")
    eventually(lambda: len(history(client, schedule.id, FAILED)) == 2, 10, "two failed occurrences")
    failed = history(client, schedule.id, FAILED)
    assert {o.failure_reason for o in failed} == {"INSUFFICIENT_FUNDS"}
    assert all(o.failure_message and not o.transaction_id for o in failed)
    assert len(posted(client, schedule.id)) == 1 and balance(client, account.id) == 4_000
    # Not retried by itself: rounds later still the same two failures, the same balance.
    before = [(o.occurrence_date, o.etag) for o in failed]
    time.sleep(1.5)  # several scheduler rounds (0.5 s each) pass: the failures must stay as they are
    assert [(o.occurrence_date, o.etag) for o in history(client, schedule.id, FAILED)] == before
    assert balance(client, account.id) == 4_000
    # Once the money is there, the user retries one: it posts.
    record(
        client,
        tx.CreateTransactionRequest(
            request_id=str(uuid.uuid4()),
            kind=INCOME,
            account_id=account.id,
            amount=money(5_000, "INR"),
            occurred_on=pb_date(today()),
            category_id=SALARY,
        ),
    )
    retried = client.schedules.PostOccurrence(
        sch.PostOccurrenceRequest(
            schedule_id=schedule.id, occurrence_date=failed[0].occurrence_date, request_id=str(uuid.uuid4())
        ),
        metadata=client.md(),
    ).occurrence
    assert retried.state == POSTED and retried.transaction_id and not retried.failure_reason
    assert balance(client, account.id) == 3_000


def test_skip_move_and_edit_one_occurrence_show_in_the_upcoming_view_and_in_what_posts(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 100_000)
    start = today() + dt.timedelta(days=10)
    weekly = create(client, expense_schedule(account, 2_000, start, frequency=WEEKLY, max_occurrences=4))
    dates = [start + dt.timedelta(weeks=n) for n in range(4)]
    key = {"schedule_id": weekly.id}
    skipped = client.schedules.SkipOccurrence(
        sch.SkipOccurrenceRequest(**key, occurrence_date=pb_date(dates[0])), metadata=client.md()
    ).occurrence
    assert skipped.state == SKIPPED
    edited = client.schedules.EditOccurrence(
        sch.EditOccurrenceRequest(
            occurrence=sch.Occurrence(
                **key, occurrence_date=pb_date(dates[2]), amount=money(2_500), payee="Landlord"
            ),
            update_mask=field_mask_pb2.FieldMask(paths=["amount", "payee"]),
        ),
        metadata=client.md(),
    ).occurrence
    assert edited.amount.amount_minor == 2_500 and edited.payee == "Landlord"
    # The second moves to yesterday: it is due at once and posts on its new date.
    moved = client.schedules.MoveOccurrence(
        sch.MoveOccurrenceRequest(
            **key, occurrence_date=pb_date(dates[1]), new_date=pb_date(today() - dt.timedelta(days=1))
        ),
        metadata=client.md(),
    ).occurrence
    assert py_date(moved.date) == today() - dt.timedelta(days=1)
    eventually(lambda: len(posted(client, weekly.id)) == 1, 20, "the moved occurrence posted")
    view = {py_date(o.occurrence_date): o for o in upcoming(client, weekly.id)}
    assert view[dates[0]].state == SKIPPED
    assert dates[1] not in view  # it now falls (and was posted) before the window
    done = posted(client, weekly.id)[0]
    assert py_date(done.occurrence_date) == dates[1] and py_date(done.date) == today() - dt.timedelta(days=1)
    assert view[dates[2]].state == UPCOMING and view[dates[2]].amount.amount_minor == 2_500
    assert view[dates[3]].amount.amount_minor == 2_000
    transaction = client.transactions.GetTransaction(
        tx.GetTransactionRequest(id=done.transaction_id), metadata=client.md()
    ).transaction
    assert py_date(transaction.occurred_on) == today() - dt.timedelta(days=1)
    # A handled occurrence cannot change; a date the rule does not give is not an occurrence.
    rpc_fails(
        lambda: client.schedules.SkipOccurrence(
            sch.SkipOccurrenceRequest(**key, occurrence_date=pb_date(dates[1])), metadata=client.md()
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "OCCURRENCE_ALREADY_HANDLED",
    )
    rpc_fails(
        lambda: client.schedules.SkipOccurrence(
            sch.SkipOccurrenceRequest(**key, occurrence_date=pb_date(start + dt.timedelta(days=1))),
            metadata=client.md(),
        ),
        NOT_FOUND,
        "OCCURRENCE_NOT_FOUND",
    )
    # Auto-posting occurrences are not posted by hand.
    rpc_fails(
        lambda: client.schedules.PostOccurrence(
            sch.PostOccurrenceRequest(**key, occurrence_date=pb_date(dates[3])), metadata=client.md()
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "OCCURRENCE_NOT_POSTABLE",
    )
    assert balance(client, account.id) == 100_000 - 2_000


def test_needs_review_occurrences_wait_and_concurrent_posts_of_one_post_it_once(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 100_000)
    schedule = create(
        client, expense_schedule(account, 700, today() - dt.timedelta(days=2), needs_review=True)
    )
    eventually(lambda: len(history(client, schedule.id, AWAITING)) == 3, 20, "three awaiting review")
    assert balance(client, account.id) == 100_000  # nothing posted by itself
    day = history(client, schedule.id, AWAITING)[-1].occurrence_date

    def post(_: int) -> str:
        request = sch.PostOccurrenceRequest(
            schedule_id=schedule.id, occurrence_date=day, request_id=str(uuid.uuid4())
        )
        try:
            client.schedules.PostOccurrence(request, metadata=client.md())
            return "posted"
        except grpc.RpcError as error:
            return error_info(error).reason

    with ThreadPoolExecutor(8) as pool:
        outcomes = list(pool.map(post, range(8)))
    assert outcomes.count("posted") == 1
    assert set(outcomes) == {"posted", "OCCURRENCE_ALREADY_HANDLED"}
    assert balance(client, account.id) == 100_000 - 700
    assert len(posted(client, schedule.id)) == 1


def test_creates_are_idempotent_also_in_parallel_and_a_reused_request_id_is_refused(
    conn: Connection, backend: Backend
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 0)
    template = expense_schedule(account, 100, today() + dt.timedelta(days=3), frequency=MONTHLY)
    request_id = str(uuid.uuid4())
    with ThreadPoolExecutor(6) as pool:
        ids = set(pool.map(lambda _: create(client, template, request_id).id, range(6)))
    assert len(ids) == 1
    assert backend.count("schedules", "payee = 'Rent Co' AND amount_minor = 100") >= 1
    assert backend.count_id("schedules", "user_id", client.user_id) == 1
    other = expense_schedule(account, 200, today() + dt.timedelta(days=3))
    rpc_fails(lambda: create(client, other, request_id), INVALID, "IDEMPOTENCY_KEY_REUSED")
    assert backend.count_id("schedules", "user_id", client.user_id) == 1


def test_bad_input_gets_typed_errors_and_creates_nothing(conn: Connection, backend: Backend) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 0)
    start = today()
    cases = {
        "schedule.frequency": expense_schedule(account, 100, start, frequency=0),
        "schedule.start_date": expense_schedule(account, 100, start - dt.timedelta(days=400)),
        "schedule.time_zone": expense_schedule(account, 100, start, time_zone="Mars/Olympus"),
        "schedule.weekdays": expense_schedule(account, 100, start, weekdays=[sch.WEEKDAY_MONDAY]),
        "schedule.end_date": expense_schedule(
            account, 100, start, end_date=pb_date(start - dt.timedelta(days=1))
        ),
        "schedule.month_day": expense_schedule(account, 100, start, frequency=MONTHLY, month_day=32),
        "amount": expense_schedule(account, -5, start),
        "schedule.kind": expense_schedule(account, 100, start, kind=0),
    }
    for field, schedule in cases.items():
        error = rpc_fails(lambda s=schedule: create(client, s), INVALID, "VALIDATION_FAILED")
        assert field in field_violations(error), (field, field_violations(error))
    missing = expense_schedule(account, 100, start)
    missing.ClearField("start_date")
    assert "schedule.start_date" in field_violations(rpc_fails(lambda: create(client, missing), INVALID))
    assert backend.count_id("schedules", "user_id", client.user_id) == 0
    rpc_fails(
        lambda: client.schedules.GetSchedule(sch.GetScheduleRequest(id="nope"), metadata=client.md()), INVALID
    )


def test_another_users_schedules_are_invisible_and_untouchable(conn: Connection, backend: Backend) -> None:
    owner, intruder = conn.client().sign_up(), conn.client().sign_up()
    account = open_account(owner, 50_000)
    schedule = create(owner, expense_schedule(account, 100, today() + dt.timedelta(days=5)))
    day = pb_date(today() + dt.timedelta(days=5))
    attempts = {
        "get": lambda: intruder.schedules.GetSchedule(
            sch.GetScheduleRequest(id=schedule.id), metadata=intruder.md()
        ),
        "delete": lambda: intruder.schedules.DeleteSchedule(
            sch.DeleteScheduleRequest(id=schedule.id), metadata=intruder.md()
        ),
        "skip": lambda: intruder.schedules.SkipOccurrence(
            sch.SkipOccurrenceRequest(schedule_id=schedule.id, occurrence_date=day), metadata=intruder.md()
        ),
        "upcoming": lambda: intruder.schedules.ListUpcomingOccurrences(
            sch.ListUpcomingOccurrencesRequest(schedule_id=schedule.id), metadata=intruder.md()
        ),
        "history": lambda: intruder.schedules.ListOccurrences(
            sch.ListOccurrencesRequest(schedule_id=schedule.id), metadata=intruder.md()
        ),
        "update": lambda: intruder.schedules.UpdateSchedule(
            sch.UpdateScheduleRequest(
                schedule=sch.Schedule(id=schedule.id, payee="mine"),
                update_mask=field_mask_pb2.FieldMask(paths=["payee"]),
            ),
            metadata=intruder.md(),
        ),
    }
    for name, attempt in attempts.items():
        assert rpc_fails(attempt, NOT_FOUND, "SCHEDULE_NOT_FOUND"), name
    assert not intruder.schedules.ListSchedules(sch.ListSchedulesRequest(), metadata=intruder.md()).schedules
    assert upcoming(intruder) == [] and history(intruder) == []
    # Nor can a schedule name the owner's account.
    rpc_fails(
        lambda: create(intruder, expense_schedule(account, 100, today())), NOT_FOUND, "ACCOUNT_NOT_FOUND"
    )
    mine = owner.schedules.GetSchedule(sch.GetScheduleRequest(id=schedule.id), metadata=owner.md()).schedule
    assert mine.etag == schedule.etag and mine.payee == "Rent Co"


def test_update_with_a_stale_etag_is_aborted_and_delete_leaves_an_audit_event(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 0)
    schedule = create(client, expense_schedule(account, 100, today() + dt.timedelta(days=2)))
    mask = field_mask_pb2.FieldMask(paths=["amount", "payee"])
    changed = client.schedules.UpdateSchedule(
        sch.UpdateScheduleRequest(
            schedule=sch.Schedule(id=schedule.id, etag=schedule.etag, amount=money(300), payee="Gym"),
            update_mask=mask,
        ),
        metadata=client.md(),
    ).schedule
    assert changed.amount.amount_minor == 300 and changed.payee == "Gym" and changed.etag != schedule.etag
    assert upcoming(client, schedule.id)[0].amount.amount_minor == 300
    rpc_fails(
        lambda: client.schedules.DeleteSchedule(
            sch.DeleteScheduleRequest(id=schedule.id, etag=schedule.etag), metadata=client.md()
        ),
        grpc.StatusCode.ABORTED,
        "ETAG_MISMATCH",
    )
    client.schedules.DeleteSchedule(
        sch.DeleteScheduleRequest(id=schedule.id, etag=changed.etag, request_id=str(uuid.uuid4())),
        metadata=client.md(),
    )
    rpc_fails(
        lambda: client.schedules.GetSchedule(sch.GetScheduleRequest(id=schedule.id), metadata=client.md()),
        NOT_FOUND,
        "SCHEDULE_NOT_FOUND",
    )
    events = client.users.ListAuditEvents(users_pb2.ListAuditEventsRequest(), metadata=client.md()).events
    deleted = [e for e in events if e.action == users_pb2.AUDIT_ACTION_SCHEDULE_DELETED]
    assert len(deleted) == 1 and schedule.id in deleted[0].detail


def test_occurrences_on_an_archived_account_fail_with_that_reason_and_move_no_money(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    client.accounts.UpdateAccount(
        acc.UpdateAccountRequest(
            account=acc.Account(id=account.id, archived=True),
            update_mask=field_mask_pb2.FieldMask(paths=["archived"]),
        ),
        metadata=client.md(),
    )
    schedule = create(client, expense_schedule(account, 100, today() - dt.timedelta(days=1)))
    eventually(lambda: len(history(client, schedule.id, FAILED)) == 2, 20, "two failed occurrences")
    assert {o.failure_reason for o in history(client, schedule.id, FAILED)} == {"ACCOUNT_ARCHIVED"}
    assert balance(client, account.id) == 10_000 and not posted(client, schedule.id)
