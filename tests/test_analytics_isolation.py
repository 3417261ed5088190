"""User B aims every analytics and exchange-rate RPC at user A's data: B sees none of it."""

from __future__ import annotations

import uuid

import grpc
import pytest

from rupaya.v1 import analytics_pb2 as an
from rupaya.v1 import budgets_pb2 as bud
from rupaya.v1 import categories_pb2 as cat
from rupaya.v1 import exchange_rates_pb2 as fx
from tests.analytics_fixture import build
from tests.ledger import DINING, day, money
from tests.rpc_errors import error_info
from tests.servers import Connection

MARCH = an.DateRange(start_date=day("2026-02-01"), end_date=day("2026-04-30"))


def test_another_users_analytics_show_nothing_of_mine(conn: Connection) -> None:
    alice, bob = conn.client().sign_up(), conn.client().sign_up()
    build(alice)
    secret = alice.categories.CreateCategory(
        cat.CreateCategoryRequest(
            request_id=str(uuid.uuid4()), name="Secret", kind=cat.CATEGORY_KIND_EXPENSE
        ),
        metadata=alice.md(),
    ).category
    alice.budgets.CreateBudget(
        bud.CreateBudgetRequest(
            request_id=str(uuid.uuid4()),
            category_id=DINING,
            amount=money(8_000, "INR"),
            period=bud.BUDGET_PERIOD_MONTHLY,
        ),
        metadata=alice.md(),
    )
    md = bob.md()
    dashboard = bob.analytics.GetDashboard(
        an.GetDashboardRequest(
            period=an.ANALYTICS_PERIOD_MONTH, date=day("2026-03-15"), base_currency_code="INR"
        ),
        metadata=md,
    )
    assert not dashboard.current.currencies and not dashboard.previous.currencies
    assert not dashboard.conversion.rates_used  # Alice's rates are hers
    flow = bob.analytics.GetCashFlow(
        an.GetCashFlowRequest(range=MARCH, granularity=an.GRANULARITY_MONTH), metadata=md
    )
    assert len(flow.buckets) == 3 and all(not b.currencies for b in flow.buckets)
    spending = bob.analytics.GetSpendingByCategory(an.GetSpendingByCategoryRequest(range=MARCH), metadata=md)
    assert not spending.currencies
    assert not bob.analytics.GetTopPayees(an.GetTopPayeesRequest(range=MARCH), metadata=md).payees
    worth = bob.analytics.GetNetWorth(
        an.GetNetWorthRequest(range=MARCH, granularity=an.GRANULARITY_MONTH), metadata=md
    )
    assert all(not p.currencies for p in worth.points)
    assert not bob.analytics.GetBudgetVsActual(
        an.GetBudgetVsActualRequest(date=day("2026-03-15")), metadata=md
    ).budgets
    shared = bob.analytics.GetCategoryStatistics(
        an.GetCategoryStatisticsRequest(category_id=DINING, range=MARCH), metadata=md
    )
    assert not shared.currencies
    with pytest.raises(grpc.RpcError) as hidden:
        bob.analytics.GetCategoryStatistics(
            an.GetCategoryStatisticsRequest(category_id=secret.id, range=MARCH), metadata=md
        )
    assert hidden.value.code() == grpc.StatusCode.NOT_FOUND
    assert error_info(hidden.value).reason == "CATEGORY_NOT_FOUND"
    assert not bob.exchange_rates.ListExchangeRates(fx.ListExchangeRatesRequest(), metadata=md).exchange_rates


def test_analytics_require_a_token(conn: Connection) -> None:
    anonymous = conn.client()
    with pytest.raises(grpc.RpcError) as refused:
        anonymous.analytics.GetDashboard(an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_MONTH))
    assert refused.value.code() == grpc.StatusCode.UNAUTHENTICATED
