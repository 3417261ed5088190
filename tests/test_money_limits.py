"""The money limit (10^15 minor units, server/money.py) on every input and every stored figure,
typed errors for sums past it, and the per-user caps (server/quotas.py)."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable

import grpc
import protovalidate
import sqlalchemy as sa
from google.protobuf import field_mask_pb2

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import analytics_pb2 as an
from rupaya.v1 import budgets_pb2 as bud
from rupaya.v1 import categories_pb2 as cat
from rupaya.v1 import exchange_rates_pb2 as fx
from rupaya.v1 import transactions_pb2 as tx
from server.db.tables import Account, Category, Transaction
from tests.ledger import (
    GROCERIES,
    INCOME,
    SALARY,
    balance,
    day,
    expense_request,
    money,
    open_account,
    record,
    walk,
)
from tests.rpc_errors import error_info, field_violations, rpc_fails
from tests.servers import Backend, Client, Connection
from tests.test_transactions import assert_ledger_consistent, in_parallel

LIMIT = 10**15
INT64_MAX = 2**63 - 1


def income(account: acc.Account, amount: int, on: str = "2026-03-15") -> tx.CreateTransactionRequest:
    return expense_request(account, amount, kind=INCOME, category_id=SALARY, occurred_on=day(on))


def ledger_rows(conn: Connection, user_id: str) -> dict[str, int]:
    counts = conn.server.backend.rows_per_user_table(user_id)
    return {t: counts[t] for t in ("accounts", "transactions", "ledger_daily", "ledger_versions")}


def net_worth(client: Client) -> an.NetWorthAmounts:
    reply = client.analytics.GetNetWorth(
        an.GetNetWorthRequest(
            range=an.DateRange(start_date=day("2026-03-01"), end_date=day("2026-03-31")),
            granularity=an.GRANULARITY_MONTH,
            base_currency_code="INR",
        ),
        metadata=client.md(),
    )
    return reply.points[-1].currencies[0]


def test_opening_balance_past_the_limit_is_refused_and_a_balance_at_it_refuses_income(
    conn: Connection,
) -> None:
    """The issue's scenario: an opening balance near int64 max used to be accepted, and then
    an income failed with the wrong reason and net worth failed for good."""
    client = conn.client().sign_up()
    for opening in (INT64_MAX - 10, LIMIT + 1, -LIMIT - 1):
        error = rpc_fails(
            lambda opening=opening: open_account(client, opening, kind=acc.ACCOUNT_TYPE_CREDIT_CARD),
            grpc.StatusCode.INVALID_ARGUMENT,
            "VALIDATION_FAILED",
        )
        assert "opening_balance" in field_violations(error)
    assert ledger_rows(conn, client.user_id)["accounts"] == 0
    full = open_account(client, LIMIT)
    before = ledger_rows(conn, client.user_id)
    error = rpc_fails(
        lambda: record(client, income(full, 1)), grpc.StatusCode.FAILED_PRECONDITION, "AMOUNT_LIMIT_EXCEEDED"
    )
    assert error_info(error).metadata["account_id"] == full.id
    assert balance(client, full) == LIMIT and ledger_rows(conn, client.user_id) == before
    assert net_worth(client).net_worth.amount_minor == LIMIT
    record(client, expense_request(full, 5))  # spending still works
    assert balance(client, full) == LIMIT - 5
    assert_ledger_consistent(conn)


def test_opening_balance_update_that_would_take_the_balance_past_the_limit_changes_nothing(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, LIMIT - 10)
    record(client, income(account, 10))
    account = client.accounts.GetAccount(acc.GetAccountRequest(id=account.id), metadata=client.md()).account
    patch = acc.Account(id=account.id, opening_balance=money(LIMIT - 9))
    rpc_fails(
        lambda: client.accounts.UpdateAccount(
            acc.UpdateAccountRequest(
                account=patch, update_mask=field_mask_pb2.FieldMask(paths=["opening_balance"])
            ),
            metadata=client.md(),
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "AMOUNT_LIMIT_EXCEEDED",
    )
    got = client.accounts.GetAccount(acc.GetAccountRequest(id=account.id), metadata=client.md()).account
    assert (got.opening_balance.amount_minor, got.current_balance.amount_minor, got.etag) == (
        LIMIT - 10,
        LIMIT,
        account.etag,
    )
    assert_ledger_consistent(conn)


def test_incomes_and_expenses_that_cancel_in_the_balance_cannot_push_a_days_total_past_the_limit(
    conn: Connection,
) -> None:
    """The balance stays at zero, but the day's income total would pass 10^15: refused, so
    no period total (the daily rollup, and every SUM over it) can grow without bound."""
    client = conn.client().sign_up()
    account = open_account(client)
    record(client, income(account, LIMIT))
    record(client, expense_request(account, LIMIT))
    before = ledger_rows(conn, client.user_id)
    error = rpc_fails(
        lambda: record(client, income(account, 1)),
        grpc.StatusCode.FAILED_PRECONDITION,
        "AMOUNT_LIMIT_EXCEEDED",
    )
    metadata = error_info(error).metadata
    assert (metadata["figure"], metadata["day"], metadata["kind"]) == ("day_total", "2026-03-15", "income")
    assert metadata["currency_code"] == account.currency_code
    assert ledger_rows(conn, client.user_id) == before and len(walk(client)) == 2
    # Moving another day's income onto the full day is refused the same way.
    other = record(client, income(account, 1, on="2026-03-16"))
    rpc_fails(
        lambda: client.transactions.UpdateTransaction(
            tx.UpdateTransactionRequest(
                transaction=tx.Transaction(id=other.id, occurred_on=day("2026-03-15")),
                update_mask=field_mask_pb2.FieldMask(paths=["occurred_on"]),
            ),
            metadata=client.md(),
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "AMOUNT_LIMIT_EXCEEDED",
    )
    assert balance(client, account) == 1
    flow = client.analytics.GetCashFlow(
        an.GetCashFlowRequest(
            range=an.DateRange(start_date=day("2026-03-01"), end_date=day("2026-03-31")),
            granularity=an.GRANULARITY_MONTH,
        ),
        metadata=client.md(),
    )
    figures = flow.buckets[0].currencies[0]
    assert (figures.income.amount_minor, figures.expenses.amount_minor) == (LIMIT + 1, LIMIT)
    assert_ledger_consistent(conn)


def test_money_with_both_amount_fields_is_refused_even_when_they_agree(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 10_000)
    both = money(1050, "INR", "10.50")
    error = rpc_fails(
        lambda: record(client, expense_request(account, both)), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert "amount" in field_violations(error)
    spent = record(client, expense_request(account, 100))
    error = rpc_fails(
        lambda: client.transactions.UpdateTransaction(
            tx.UpdateTransactionRequest(
                transaction=tx.Transaction(id=spent.id, amount=both),
                update_mask=field_mask_pb2.FieldMask(paths=["amount"]),
            ),
            metadata=client.md(),
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    # A rule of the request's transaction field (Transaction's own Money cannot carry it).
    assert field_violations(error)["transaction"].startswith("amount: set exactly one")
    rpc_fails(
        lambda: client.budgets.CreateBudget(
            bud.CreateBudgetRequest(
                request_id=str(uuid.uuid4()),
                category_id=GROCERIES,
                amount=both,
                period=bud.BUDGET_PERIOD_MONTHLY,
            ),
            metadata=client.md(),
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert balance(client, account) == 9_900


def test_an_update_cannot_give_a_transaction_more_tags_than_a_create_may(conn: Connection) -> None:
    client = conn.client().sign_up()
    spent = record(client, expense_request(open_account(client, 100), 10))
    rpc_fails(
        lambda: client.transactions.UpdateTransaction(
            tx.UpdateTransactionRequest(
                transaction=tx.Transaction(id=spent.id, tags=[f"tag{i}" for i in range(21)]),
                update_mask=field_mask_pb2.FieldMask(paths=["tags"]),
            ),
            metadata=client.md(),
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        "VALIDATION_FAILED",
    )
    assert conn.server.backend.count_id("transaction_tags", "transaction_id", spent.id) == 0


def test_the_contract_states_the_money_limit_and_exactly_one_amount_on_request_fields() -> None:
    """Every generated client (and the OpenAPI schema) carries the rules, not only the server."""
    validator = protovalidate.Validator()
    bound, one = "money.within_limit", "money.one_amount"
    cases: list[tuple[object, str, str]] = [
        (acc.CreateAccountRequest(opening_balance=money(LIMIT + 1)), "opening_balance", bound),
        (acc.CreateAccountRequest(opening_balance=money(1050, "", "10.50")), "opening_balance", one),
        (acc.UpdateAccountRequest(account=acc.Account(opening_balance=money(-LIMIT - 1))), "account", bound),
        (
            acc.UpdateAccountRequest(account=acc.Account(reconciled_balance=money(LIMIT + 1))),
            "account",
            bound,
        ),
        (tx.CreateTransactionRequest(amount=money(LIMIT + 1, "INR")), "amount", bound),
        (tx.CreateTransactionRequest(amount=money(1050, "INR", "10.50")), "amount", one),
        (tx.CreateTransactionRequest(to_amount=money(LIMIT + 1, "USD")), "to_amount", bound),
        (tx.CreateTransactionRequest(splits=[tx.SplitLine(amount=money(LIMIT + 1))]), "splits", bound),
        (tx.CreateTransactionRequest(splits=[tx.SplitLine(amount=money(1050, "", "10.50"))]), "splits", one),
        (tx.ListTransactionsRequest(max_amount=money(LIMIT + 1, "INR")), "max_amount", bound),
        (tx.ListTransactionsRequest(min_amount=money(1050, "INR", "10.50")), "min_amount", one),
        (
            tx.UpdateTransactionRequest(transaction=tx.Transaction(amount=money(LIMIT + 1, "INR"))),
            "transaction",
            bound,
        ),
        (bud.CreateBudgetRequest(amount=money(LIMIT + 1, "INR")), "amount", bound),
        (bud.CreateBudgetRequest(amount=money(1050, "INR", "10.50")), "amount", one),
        (bud.UpdateBudgetRequest(budget=bud.Budget(amount=money(-LIMIT - 1, "INR"))), "budget", bound),
    ]
    for request, field, rule in cases:
        found = {
            (v.proto.field.elements[0].field_name, v.proto.rule_id)
            for v in validator.collect_violations(request)  # type: ignore[arg-type]
        }
        assert (field, rule) in found, f"{type(request).__name__}: {found}"
    # Responses set both amount fields and may carry sums past 10^15: no rule judges them.
    line = tx.SplitLine(category_id=GROCERIES, amount=money(LIMIT, "INR", "1"))
    response = tx.CreateTransactionResponse(
        transaction=tx.Transaction(amount=money(LIMIT, "INR", "1"), splits=[line])
    )
    assert not validator.collect_violations(response)
    both = money(1050, "INR", "10.50")
    shown = acc.Account(opening_balance=both, current_balance=both, reconciled_balance=both)
    assert not validator.collect_violations(acc.GetAccountResponse(account=shown))
    # UpdateAccount states exactly one amount on the request's account field.
    for patch in (acc.Account(opening_balance=both), acc.Account(reconciled_balance=both)):
        rules = {
            v.proto.rule_id for v in validator.collect_violations(acc.UpdateAccountRequest(account=patch))
        }
        assert one in rules, patch


def test_a_conversion_past_int64_is_a_typed_error_and_figures_in_one_currency_still_answer(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    open_account(client, LIMIT, currency="KWD")
    client.exchange_rates.SetExchangeRate(
        fx.SetExchangeRateRequest(
            request_id=str(uuid.uuid4()),
            currency_code="KWD",
            base_currency_code="JPY",
            effective_date=day("2026-01-01"),
            rate="999999999",
        ),
        metadata=client.md(),
    )
    request = an.GetNetWorthRequest(
        range=an.DateRange(start_date=day("2026-03-01"), end_date=day("2026-03-31")),
        granularity=an.GRANULARITY_MONTH,
    )
    rpc_fails(
        lambda: client.analytics.GetNetWorth(
            an.GetNetWorthRequest(
                base_currency_code="JPY", range=request.range, granularity=request.granularity
            ),
            metadata=client.md(),
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "AMOUNT_LIMIT_EXCEEDED",
    )
    reply = client.analytics.GetNetWorth(
        an.GetNetWorthRequest(base_currency_code="KWD", range=request.range, granularity=request.granularity),
        metadata=client.md(),
    )
    assert reply.points[-1].converted.net_worth.amount_minor == LIMIT


def test_budget_progress_of_a_tiny_limit_against_a_huge_spend_answers(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, LIMIT)
    today = dt.datetime.now(dt.UTC).date().isoformat()
    record(client, expense_request(account, LIMIT, occurred_on=day(today)))
    budget = client.budgets.CreateBudget(
        bud.CreateBudgetRequest(
            request_id=str(uuid.uuid4()),
            category_id=GROCERIES,
            amount=money(1, "INR"),
            period=bud.BUDGET_PERIOD_MONTHLY,
        ),
        metadata=client.md(),
    ).budget
    progress = client.budgets.GetBudgetProgress(
        bud.GetBudgetProgressRequest(id=budget.id), metadata=client.md()
    )
    assert progress.spent.amount_minor == LIMIT and progress.spent_basis_points == INT64_MAX


def _insert(backend: Backend, table: sa.Table, rows: list[dict[str, object]]) -> None:
    engine = sa.create_engine(backend.sync_db_url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as connection:
            connection.execute(sa.insert(table), rows)
    finally:
        engine.dispose()


def test_net_worth_answers_over_transfers_whose_partial_sums_pass_int64(conn: Connection) -> None:
    """Transfers back and forth are unbounded in number; their movements cancel, but a SUM
    adding them in the wrong order passed int64 (SQLite's SUM then fails the read)."""
    client = conn.client().sign_up()
    first, second = open_account(client), open_account(client)
    now = dt.datetime.now(dt.UTC)
    rows = [
        {
            "id": uuid.uuid4(),
            "user_id": uuid.UUID(client.user_id),
            "kind": 3,
            "account_id": uuid.UUID(a.id),
            "amount_minor": LIMIT,
            "currency_code": "INR",
            "to_account_id": uuid.UUID(b.id),
            "to_amount_minor": LIMIT,
            "to_currency_code": "INR",
            "occurred_on": dt.date(2026, 3, 10),
            "created_at": now,
            "updated_at": now,
        }
        for a, b in [(first, second), (second, first)] * 10_000
    ]
    _insert(conn.server.backend, Transaction.__table__, rows)  # type: ignore[arg-type]
    reply = client.analytics.GetNetWorth(
        an.GetNetWorthRequest(
            range=an.DateRange(start_date=day("2026-02-01"), end_date=day("2026-03-31")),
            granularity=an.GRANULARITY_MONTH,
        ),
        metadata=client.md(),
    )
    assert [p.currencies[0].net_worth.amount_minor for p in reply.points] == [0, 0]
    assert_ledger_consistent(conn)  # check-ledger adds the same postings


def _account_rows(user_id: str, n: int) -> list[dict[str, object]]:
    now = dt.datetime.now(dt.UTC)
    return [
        {
            "id": uuid.uuid4(),
            "user_id": uuid.UUID(user_id),
            "name": f"bulk {i}",
            "type": acc.ACCOUNT_TYPE_CASH,
            "currency_code": "INR",
            "opening_balance_minor": LIMIT,
            "current_balance_minor": LIMIT,
            "is_default": False,
            "archived": False,
            "icon": "",
            "color": "",
            "allow_overdraft": False,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(n)
    ]


def _category_rows(user_id: str, n: int) -> list[dict[str, object]]:
    now = dt.datetime.now(dt.UTC)
    return [
        {
            "id": uuid.uuid4(),
            "user_id": uuid.UUID(user_id),
            "parent_id": None,
            "name": f"bulk {i}",
            "kind": 2,
            "icon": "",
            "color": "",
            "archived": False,
            "version": 1,
            "created_at": now,
            "updated_at": now,
        }
        for i in range(n)
    ]


def test_parallel_account_creates_stop_at_the_cap_and_net_worth_of_a_full_user_answers(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    _insert(conn.server.backend, Account.__table__, _account_rows(client.user_id, 990))  # type: ignore[arg-type]
    creates: list[Callable[[], object]] = [lambda: open_account(client, LIMIT) for _ in range(20)]
    results = in_parallel(creates)
    made = [r for r in results if isinstance(r, acc.Account)]
    assert len(made) == 10, results
    assert all(r == grpc.StatusCode.FAILED_PRECONDITION for r in results if not isinstance(r, acc.Account))
    error = rpc_fails(
        lambda: open_account(client), grpc.StatusCode.FAILED_PRECONDITION, "RESOURCE_LIMIT_REACHED"
    )
    assert error_info(error).metadata["limit"] == "1000"
    # 1,000 balances at the limit: net worth is exact, far inside int64.
    assert net_worth(client).net_worth.amount_minor == 1000 * LIMIT
    client.accounts.DeleteAccount(acc.DeleteAccountRequest(id=made[0].id), metadata=client.md())
    open_account(client)


def test_categories_and_budgets_stop_at_their_caps(conn: Connection) -> None:
    client = conn.client().sign_up()
    _insert(conn.server.backend, Category.__table__, _category_rows(client.user_id, 499))  # type: ignore[arg-type]

    def new_category() -> cat.Category:
        return client.categories.CreateCategory(
            cat.CreateCategoryRequest(
                request_id=str(uuid.uuid4()), name="one more", kind=cat.CATEGORY_KIND_EXPENSE
            ),
            metadata=client.md(),
        ).category

    new_category()
    rpc_fails(new_category, grpc.StatusCode.FAILED_PRECONDITION, "RESOURCE_LIMIT_REACHED")

    def new_budget() -> bud.Budget:
        return client.budgets.CreateBudget(
            bud.CreateBudgetRequest(
                request_id=str(uuid.uuid4()),
                category_id=GROCERIES,
                amount=money(100, "INR"),
                period=bud.BUDGET_PERIOD_MONTHLY,
            ),
            metadata=client.md(),
        ).budget

    for _ in range(500):
        new_budget()
    rpc_fails(new_budget, grpc.StatusCode.FAILED_PRECONDITION, "RESOURCE_LIMIT_REACHED")
