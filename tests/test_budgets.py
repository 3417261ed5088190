"""BudgetService: limits per expense category and period, progress, rollover, alerts."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo

import grpc
from google.protobuf import field_mask_pb2

from rupaya.v1 import budgets_pb2 as pb
from rupaya.v1 import transactions_pb2 as tx
from rupaya.v1 import users_pb2 as us
from tests.ledger import (
    DINING,
    GROCERIES,
    RESTAURANTS,
    SALARY,
    day,
    expense_request,
    money,
    open_account,
    record,
)
from tests.rpc_errors import field_violations, rpc_fails
from tests.servers import Client, Connection


def create(client: Client, category_id: str = DINING, amount: int = 10_000, **fields: object) -> pb.Budget:
    values: dict[str, object] = {
        "request_id": str(uuid.uuid4()),
        "category_id": category_id,
        "amount": money(amount, "INR"),
        "period": pb.BUDGET_PERIOD_MONTHLY,
    }
    values.update(fields)
    return client.budgets.CreateBudget(pb.CreateBudgetRequest(**values), metadata=client.md()).budget  # type: ignore[arg-type]


def progress(
    client: Client, budget: pb.Budget, when: str | None = None, time_zone: str = ""
) -> pb.GetBudgetProgressResponse:
    request = pb.GetBudgetProgressRequest(id=budget.id, time_zone=time_zone)
    if when:
        request.date.CopyFrom(day(when))
    return client.budgets.GetBudgetProgress(request, metadata=client.md())


def test_progress_counts_the_category_its_children_and_split_lines_in_the_period_only(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    rupees, dollars = open_account(client, balance=10**7), open_account(client, balance=10**7, currency="USD")
    budget = create(client, alert_threshold_percent=80)
    record(client, expense_request(rupees, 3_000, category_id=DINING, occurred_on=day("2026-03-01")))
    record(client, expense_request(rupees, 2_000, category_id=RESTAURANTS, occurred_on=day("2026-03-31")))
    record(
        client,
        expense_request(
            rupees,
            1_000,
            category_id="",
            splits=[
                tx.SplitLine(category_id=DINING, amount=money(600)),
                tx.SplitLine(category_id=GROCERIES, amount=money(400)),
            ],
            occurred_on=day("2026-03-10"),
        ),
    )
    # None of these count: another month, another category, another currency, income, deleted.
    record(client, expense_request(rupees, 700, category_id=DINING, occurred_on=day("2026-04-01")))
    record(client, expense_request(rupees, 700, category_id=GROCERIES, occurred_on=day("2026-03-05")))
    record(client, expense_request(dollars, 700, category_id=DINING, occurred_on=day("2026-03-05")))
    record(client, expense_request(rupees, 700, kind=tx.TRANSACTION_KIND_INCOME, category_id=SALARY))
    gone = record(client, expense_request(rupees, 700, category_id=DINING, occurred_on=day("2026-03-06")))
    client.transactions.DeleteTransaction(tx.DeleteTransactionRequest(id=gone.id), metadata=client.md())

    march = progress(client, budget, "2026-03-15")
    assert (march.period_start.month, march.period_start.day, march.period_end.day) == (3, 1, 31)
    assert march.spent.amount_minor == 5_600
    assert march.limit.amount_minor == 10_000 and march.remaining.amount_minor == 4_400
    assert march.spent_basis_points == 5_600 and not march.alert
    record(client, expense_request(rupees, 2_400, category_id=DINING, occurred_on=day("2026-03-20")))
    assert progress(client, budget, "2026-03-02").alert  # 80% reached


def test_rollover_carries_only_the_unspent_part_of_the_previous_period(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=10**7)
    today = dt.date.today()
    last_week = today - dt.timedelta(days=7)
    since = day((today - dt.timedelta(days=30)).isoformat())
    rolling = create(client, amount=1_000, period=pb.BUDGET_PERIOD_WEEKLY, rollover=True, start_date=since)
    plain = create(client, amount=1_000, period=pb.BUDGET_PERIOD_WEEKLY, start_date=since)
    fresh = create(client, amount=1_000, period=pb.BUDGET_PERIOD_WEEKLY, rollover=True)
    record(client, expense_request(account, 300, category_id=DINING, occurred_on=day(last_week.isoformat())))
    this_week = progress(client, rolling, today.isoformat())
    assert this_week.rolled_over.amount_minor == 700 and this_week.limit.amount_minor == 1_700
    assert progress(client, plain, today.isoformat()).limit.amount_minor == 1_000
    assert progress(client, fresh, today.isoformat()).rolled_over.amount_minor == 0  # did not exist last week
    record(
        client, expense_request(account, 900, category_id=RESTAURANTS, occurred_on=day(last_week.isoformat()))
    )
    assert (
        progress(client, rolling, today.isoformat()).rolled_over.amount_minor == 0
    )  # overspent: nothing carried
    start = dt.date.fromisoformat(
        f"{this_week.period_start.year:04}-{this_week.period_start.month:02}-{this_week.period_start.day:02}"
    )
    assert start.weekday() == 0 and start <= today


def test_today_is_taken_in_the_requested_time_zone(conn: Connection) -> None:
    client = conn.client().sign_up()
    budget = create(client, period=pb.BUDGET_PERIOD_WEEKLY)
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):  # UTC+14 and UTC-11: different days
        today = dt.datetime.now(zoneinfo.ZoneInfo(zone)).date()
        reply = progress(client, budget, time_zone=zone)
        start = dt.date(reply.period_start.year, reply.period_start.month, reply.period_start.day)
        assert start == today - dt.timedelta(days=today.weekday()), zone
    client.users.UpdateProfile(
        us.UpdateProfileRequest(
            profile=us.Profile(time_zone="Pacific/Kiritimati"),
            update_mask=field_mask_pb2.FieldMask(paths=["time_zone"]),
        ),
        metadata=client.md(),
    )
    today = dt.datetime.now(zoneinfo.ZoneInfo("Pacific/Kiritimati")).date()
    reply = progress(client, budget)  # no zone given: the profile's
    start = dt.date(reply.period_start.year, reply.period_start.month, reply.period_start.day)
    assert start == today - dt.timedelta(days=today.weekday())
    error = rpc_fails(
        lambda: progress(client, budget, time_zone="Mars/Olympus"), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert "time_zone" in field_violations(error)


def test_budgets_need_an_expense_category_and_a_positive_amount(conn: Connection) -> None:
    client = conn.client().sign_up()
    income = rpc_fails(lambda: create(client, category_id=SALARY), grpc.StatusCode.INVALID_ARGUMENT)
    assert "category_id" in field_violations(income)
    zero = rpc_fails(lambda: create(client, amount=0), grpc.StatusCode.INVALID_ARGUMENT)
    assert "amount" in field_violations(zero)
    assert list(client.budgets.ListBudgets(pb.ListBudgetsRequest(), metadata=client.md()).budgets) == []


def test_update_and_delete_respect_etags(conn: Connection) -> None:
    client = conn.client().sign_up()
    budget = create(client)
    updated = client.budgets.UpdateBudget(
        pb.UpdateBudgetRequest(
            budget=pb.Budget(id=budget.id, etag=budget.etag, amount=money(20_000, "INR")),
            update_mask=field_mask_pb2.FieldMask(paths=["amount"]),
        ),
        metadata=client.md(),
    ).budget
    assert updated.amount.amount_minor == 20_000
    rpc_fails(
        lambda: client.budgets.DeleteBudget(
            pb.DeleteBudgetRequest(id=budget.id, etag=budget.etag), metadata=client.md()
        ),
        grpc.StatusCode.ABORTED,
    )
    client.budgets.DeleteBudget(pb.DeleteBudgetRequest(id=budget.id, etag=updated.etag), metadata=client.md())
    rpc_fails(
        lambda: client.budgets.GetBudget(pb.GetBudgetRequest(id=budget.id), metadata=client.md()),
        grpc.StatusCode.NOT_FOUND,
        "BUDGET_NOT_FOUND",
    )


def test_an_update_giving_both_amount_spellings_is_refused_by_the_contract(conn: Connection) -> None:
    client = conn.client().sign_up()
    budget = create(client)
    both = pb.Budget(id=budget.id, amount=money(20_000, "INR", decimal="200.00"))
    request = pb.UpdateBudgetRequest(budget=both, update_mask=field_mask_pb2.FieldMask(paths=["amount"]))
    error = rpc_fails(
        lambda: client.budgets.UpdateBudget(request, metadata=client.md()), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert "exactly one of amount_minor and amount_decimal" in field_violations(error)["budget"]
    unchanged = client.budgets.GetBudget(pb.GetBudgetRequest(id=budget.id), metadata=client.md()).budget
    assert unchanged == budget
