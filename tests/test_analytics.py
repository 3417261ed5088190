"""Analytics figures against the hand-computed ledger of tests/analytics_fixture.py, to the
minor unit, on the embedded default and on PostgreSQL + Redis."""

from __future__ import annotations

import uuid
from typing import Any

import grpc
import pytest

from rupaya.v1 import analytics_pb2 as an
from rupaya.v1 import budgets_pb2 as bud
from tests.analytics_fixture import COFFEE, Ledger, build
from tests.ledger import DINING, GROCERIES, RESTAURANTS, day, expense_request, money, open_account, record
from tests.rpc_errors import field_violations
from tests.servers import Client, Connection


@pytest.fixture
def fixture(conn: Connection) -> tuple[Client, Ledger]:
    client = conn.client().sign_up()
    return client, build(client)


def span(start: str, end: str) -> an.DateRange:
    return an.DateRange(start_date=day(start), end_date=day(end))


def minor(items: Any) -> dict[str, tuple[int, ...]]:
    """currency -> (income, expenses, net) minor units of CurrencySummary/CashFlowAmounts lists."""
    return {
        i.currency_code: (i.income.amount_minor, i.expenses.amount_minor, i.net.amount_minor) for i in items
    }


def test_dashboard_month_matches_the_hand_computed_ledger(fixture: tuple[Client, Ledger]) -> None:
    client, _ = fixture
    reply = client.analytics.GetDashboard(
        an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_MONTH, date=day("2026-03-18")), metadata=client.md()
    )
    assert (reply.current.start_date, reply.current.end_date) == (day("2026-03-01"), day("2026-03-31"))
    assert (reply.previous.start_date, reply.previous.end_date) == (day("2026-02-01"), day("2026-02-28"))
    # Transfers and the deleted 99,999 never count; 03-01 and 03-31 do, 04-01 does not.
    assert minor(reply.current.currencies) == {
        "INR": (500_000, 28_345, 471_655),
        "USD": (10_000, 2_550, 7_450),
    }
    assert minor(reply.previous.currencies) == {"INR": (400_000, 3_000, 397_000), "USD": (0, 0, 0)}
    assert [c.savings_rate_basis_points for c in reply.current.currencies] == [9_433, 7_450]
    assert minor(reply.changes) == {"INR": (100_000, 25_345, 74_655), "USD": (10_000, 2_550, 7_450)}
    inr = reply.current.currencies[0]
    assert [(c.category_id, c.amount.amount_minor, c.share_basis_points) for c in inr.top_categories] == [
        (GROCERIES, 18_345, 6_472),
        (DINING, 10_000, 3_527),
    ]
    # USD -> INR at 83.47 (in force on 03-31): 25.50 USD = 2,128.485 INR -> 2,128.48 (half-even).
    converted = reply.current.converted
    assert (converted.income.amount_minor, converted.expenses.amount_minor, converted.net.amount_minor) == (
        1_334_700,
        241_193,
        1_093_507,
    )
    assert converted.income.currency_code == "INR" and converted.savings_rate_basis_points == 8_192
    assert [(r.currency_code, r.rate, r.effective_date) for r in reply.conversion.rates_used] == [
        ("USD", "83.47", day("2026-03-01"))
    ]
    assert reply.conversion.base_currency_code == "INR" and not reply.conversion.missing_currencies
    assert reply.converted_change.net.amount_minor == 1_093_507 - 397_000


def test_dashboard_year_and_quarter_periods(fixture: tuple[Client, Ledger]) -> None:
    client, _ = fixture
    year = client.analytics.GetDashboard(
        an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_YEAR, date=day("2026-06-30")), metadata=client.md()
    )
    assert minor(year.current.currencies) == {
        "INR": (900_000, 38_345, 861_655),
        "USD": (10_000, 2_550, 7_450),
    }
    assert (year.previous.start_date, year.previous.end_date) == (day("2025-01-01"), day("2025-12-31"))
    quarter = client.analytics.GetDashboard(
        an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_QUARTER, date=day("2026-04-01")),
        metadata=client.md(),
    )
    assert (quarter.current.start_date, quarter.current.end_date) == (day("2026-04-01"), day("2026-06-30"))
    assert minor(quarter.current.currencies) == {"INR": (0, 7_000, -7_000), "USD": (0, 0, 0)}
    assert minor(quarter.previous.currencies)["INR"] == (900_000, 31_345, 868_655)


def test_custom_period_compares_with_as_many_days_before(fixture: tuple[Client, Ledger]) -> None:
    client, _ = fixture
    reply = client.analytics.GetDashboard(
        an.GetDashboardRequest(
            period=an.ANALYTICS_PERIOD_CUSTOM, custom_range=span("2026-03-01", "2026-03-10")
        ),
        metadata=client.md(),
    )
    assert (reply.previous.start_date, reply.previous.end_date) == (day("2026-02-19"), day("2026-02-28"))
    assert minor(reply.current.currencies) == {"INR": (500_000, 1_500, 498_500), "USD": (0, 2_550, -2_550)}
    assert minor(reply.previous.currencies)["INR"] == (0, 3_000, -3_000)


def test_cash_flow_by_week_keeps_empty_buckets_and_clips_to_the_range(fixture: tuple[Client, Ledger]) -> None:
    client, _ = fixture
    reply = client.analytics.GetCashFlow(
        an.GetCashFlowRequest(range=span("2026-03-01", "2026-03-16"), granularity=an.GRANULARITY_WEEK),
        metadata=client.md(),
    )
    assert [(b.start_date, b.end_date) for b in reply.buckets] == [
        (day("2026-03-01"), day("2026-03-01")),
        (day("2026-03-02"), day("2026-03-08")),
        (day("2026-03-09"), day("2026-03-15")),
        (day("2026-03-16"), day("2026-03-16")),
    ]
    assert [minor(b.currencies) for b in reply.buckets] == [
        {"INR": (500_000, 0, 500_000), "USD": (0, 0, 0)},
        {"INR": (0, 0, 0), "USD": (0, 2_550, -2_550)},
        {"INR": (0, 6_000, -6_000), "USD": (0, 0, 0)},
        {"INR": (0, 0, 0), "USD": (0, 0, 0)},
    ]


def test_cash_flow_by_month_converts_at_the_rate_of_the_range_end(fixture: tuple[Client, Ledger]) -> None:
    client, _ = fixture
    reply = client.analytics.GetCashFlow(
        an.GetCashFlowRequest(range=span("2026-02-01", "2026-04-30"), granularity=an.GRANULARITY_MONTH),
        metadata=client.md(),
    )
    assert [minor(b.currencies) for b in reply.buckets] == [
        {"INR": (400_000, 3_000, 397_000), "USD": (0, 0, 0)},
        {"INR": (500_000, 28_345, 471_655), "USD": (10_000, 2_550, 7_450)},
        {"INR": (0, 7_000, -7_000), "USD": (0, 0, 0)},
    ]
    assert [minor([b.converted])["INR"] for b in reply.buckets] == [
        (400_000, 3_000, 397_000),
        (500_000 + 900_000, 28_345 + 229_500, 471_655 + 670_500),
        (0, 7_000, -7_000),
    ]
    assert [(r.rate, r.effective_date) for r in reply.conversion.rates_used] == [("90", day("2026-04-01"))]
    days = client.analytics.GetCashFlow(
        an.GetCashFlowRequest(range=span("2026-03-30", "2026-04-02"), granularity=an.GRANULARITY_DAY),
        metadata=client.md(),
    )
    assert [minor(b.currencies)["INR"][1] for b in days.buckets] == [0, 12_345, 7_000, 0]


def test_spending_by_category_rolls_sub_categories_into_parents(fixture: tuple[Client, Ledger]) -> None:
    client, _ = fixture
    reply = client.analytics.GetSpendingByCategory(
        an.GetSpendingByCategoryRequest(range=span("2026-03-01", "2026-03-31")), metadata=client.md()
    )
    inr, usd = reply.currencies
    assert (inr.currency_code, inr.total.amount_minor, usd.total.amount_minor) == ("INR", 28_345, 2_550)
    tree = [
        (
            p.category.category_id,
            p.category.amount.amount_minor,
            p.category.share_basis_points,
            [(c.category_id, c.amount.amount_minor, c.share_basis_points) for c in p.children],
        )
        for p in inr.categories
    ]
    assert tree == [
        (GROCERIES, 18_345, 6_472, [(GROCERIES, 18_345, 6_472)]),
        (DINING, 10_000, 3_527, [(RESTAURANTS, 4_500, 1_587), (COFFEE, 4_000, 1_411), (DINING, 1_500, 529)]),
    ]
    assert inr.categories[1].category.name == "Dining"
    assert reply.converted_total.amount_minor == 28_345 + 212_848


def test_top_payees_per_currency(fixture: tuple[Client, Ledger]) -> None:
    client, _ = fixture
    reply = client.analytics.GetTopPayees(
        an.GetTopPayeesRequest(range=span("2026-03-01", "2026-03-31"), limit=2), metadata=client.md()
    )
    assert [
        (p.payee, p.amount.currency_code, p.amount.amount_minor, p.transaction_count) for p in reply.payees
    ] == [
        ("Fresh Mart", "INR", 22_345, 2),
        ("Bistro", "INR", 4_500, 1),
        ("Whole Foods", "USD", 2_550, 1),
    ]


def test_net_worth_at_each_month_end(fixture: tuple[Client, Ledger]) -> None:
    client, _ = fixture
    reply = client.analytics.GetNetWorth(
        an.GetNetWorthRequest(range=span("2026-02-01", "2026-04-30"), granularity=an.GRANULARITY_MONTH),
        metadata=client.md(),
    )
    figures = [
        (
            p.date,
            {
                c.currency_code: (c.assets.amount_minor, c.liabilities.amount_minor, c.net_worth.amount_minor)
                for c in p.currencies
            },
        )
        for p in reply.points
    ]
    assert figures == [
        (day("2026-02-28"), {"INR": (1_397_000, 0, 1_397_000), "USD": (50_000, 0, 50_000)}),
        (day("2026-03-31"), {"INR": (1_785_655, 1_000, 1_784_655), "USD": (58_450, 0, 58_450)}),
        (day("2026-04-30"), {"INR": (1_785_655, 8_000, 1_777_655), "USD": (58_450, 0, 58_450)}),
    ]
    # 584.50 USD at 90 = 52,605.00 INR.
    assert reply.points[-1].converted.net_worth.amount_minor == 1_777_655 + 5_260_500


def test_budget_vs_actual_counts_sub_categories_and_split_lines(fixture: tuple[Client, Ledger]) -> None:
    client, _ = fixture
    budget = client.budgets.CreateBudget(
        bud.CreateBudgetRequest(
            request_id=str(uuid.uuid4()),
            category_id=DINING,
            amount=money(8_000, "INR"),
            period=bud.BUDGET_PERIOD_MONTHLY,
            start_date=day("2026-01-01"),
        ),
        metadata=client.md(),
    ).budget
    reply = client.analytics.GetBudgetVsActual(
        an.GetBudgetVsActualRequest(date=day("2026-03-15")), metadata=client.md()
    )
    (row,) = reply.budgets
    assert (row.budget_id, row.period_start, row.period_end) == (
        budget.id,
        day("2026-03-01"),
        day("2026-03-31"),
    )
    assert (row.limit.amount_minor, row.spent.amount_minor, row.remaining.amount_minor) == (
        8_000,
        10_000,
        -2_000,
    )
    assert row.spent_basis_points == 12_500


def test_category_statistics_count_total_average_and_monthly_trend(fixture: tuple[Client, Ledger]) -> None:
    client, _ = fixture
    reply = client.analytics.GetCategoryStatistics(
        an.GetCategoryStatisticsRequest(category_id=DINING, range=span("2026-01-01", "2026-03-31")),
        metadata=client.md(),
    )
    (inr,) = reply.currencies
    assert (inr.currency_code, inr.transaction_count, inr.total.amount_minor) == ("INR", 3, 10_000)
    assert inr.average.amount_minor == 3_333
    assert [(m.month, m.amount.amount_minor) for m in inr.monthly_trend] == [
        (day("2026-01-01"), 0),
        (day("2026-02-01"), 0),
        (day("2026-03-01"), 10_000),
    ]


def test_converted_totals_are_withheld_when_a_rate_is_missing(fixture: tuple[Client, Ledger]) -> None:
    client, _ = fixture
    reply = client.analytics.GetDashboard(
        an.GetDashboardRequest(
            period=an.ANALYTICS_PERIOD_MONTH, date=day("2026-03-18"), base_currency_code="EUR"
        ),
        metadata=client.md(),
    )
    assert reply.conversion.base_currency_code == "EUR"
    assert list(reply.conversion.missing_currencies) == ["INR", "USD"]
    assert not reply.current.HasField("converted") and not reply.HasField("converted_change")


def test_dashboard_in_an_unknown_base_currency_is_refused(fixture: tuple[Client, Ledger]) -> None:
    client, _ = fixture
    request = an.GetDashboardRequest(
        period=an.ANALYTICS_PERIOD_MONTH, date=day("2026-03-18"), base_currency_code="XXX"
    )
    with pytest.raises(grpc.RpcError) as refused:
        client.analytics.GetDashboard(request, metadata=client.md())
    assert refused.value.code() == grpc.StatusCode.INVALID_ARGUMENT
    assert "base_currency_code" in field_violations(refused.value)


def test_uncategorised_expenses_count_in_the_total_under_an_empty_category(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=10_000)
    record(client, expense_request(account, 300, occurred_on=day("2026-03-02")))
    record(client, expense_request(account, 200, occurred_on=day("2026-03-03"), category_id=""))
    reply = client.analytics.GetSpendingByCategory(
        an.GetSpendingByCategoryRequest(range=span("2026-03-01", "2026-03-31")), metadata=client.md()
    )
    (inr,) = reply.currencies
    assert inr.total.amount_minor == 500
    assert [
        (c.category.category_id, c.category.amount.amount_minor, c.category.share_basis_points)
        for c in inr.categories
    ] == [
        (GROCERIES, 300, 6_000),
        ("", 200, 4_000),
    ]
