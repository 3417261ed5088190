"""Exchange rates: exact decimals, one rate per (currency, base, day), listed by key."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo

import grpc
import pytest

from rupaya.v1 import analytics_pb2 as an
from rupaya.v1 import exchange_rates_pb2 as fx
from tests.analytics_fixture import set_rate
from tests.ledger import day
from tests.rpc_errors import field_violations, rpc_fails
from tests.servers import Client, Connection


def listed(client: Client, **filters: object) -> list[tuple[str, str, str, dt.date]]:
    found, token = [], ""
    while True:
        reply = client.exchange_rates.ListExchangeRates(
            fx.ListExchangeRatesRequest(page_size=2, page_token=token, **filters),  # type: ignore[arg-type]
            metadata=client.md(),
        )
        found += [
            (
                r.base_currency_code,
                r.currency_code,
                r.rate,
                dt.date(r.effective_date.year, r.effective_date.month, r.effective_date.day),
            )
            for r in reply.exchange_rates
        ]
        token = reply.next_page_token
        if not token:
            return found


def test_rates_are_exact_and_setting_a_day_again_replaces_it(conn: Connection) -> None:
    client = conn.client().sign_up()
    set_rate(client, "USD", "INR", "83.123456789", "2026-03-01")
    set_rate(client, "EUR", "INR", "90.5", "2026-03-01")
    set_rate(client, "USD", "INR", "84.000000000", "2026-03-01")
    set_rate(client, "USD", "INR", "0.000000001", "2026-03-02")
    set_rate(client, "JPY", "USD", "0.0067", "2026-03-01")
    assert listed(client) == [
        ("INR", "EUR", "90.5", dt.date(2026, 3, 1)),
        ("INR", "USD", "84", dt.date(2026, 3, 1)),
        ("INR", "USD", "0.000000001", dt.date(2026, 3, 2)),
        ("USD", "JPY", "0.0067", dt.date(2026, 3, 1)),
    ]
    assert [r[1] for r in listed(client, base_currency_code="USD")] == ["JPY"]


@pytest.mark.parametrize(
    ("currency", "base", "rate", "field"),
    [
        ("USD", "INR", "1.0000000001", "rate"),  # finer than 10^-9
        ("USD", "INR", "0", "rate"),
        ("USD", "INR", "-1", "rate"),
        ("USD", "INR", "1e3", "rate"),
        ("USD", "USD", "1", "base_currency_code"),
        ("XYZ", "INR", "1", "currency_code"),
    ],
)
def test_bad_rates_are_refused_and_nothing_is_stored(
    conn: Connection, currency: str, base: str, rate: str, field: str
) -> None:
    client = conn.client().sign_up()
    error = rpc_fails(
        lambda: set_rate(client, currency, base, rate, "2026-03-01"), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert field in field_violations(error)
    assert listed(client) == []


def test_a_retried_rate_request_is_replayed(conn: Connection) -> None:
    client = conn.client().sign_up()
    request = fx.SetExchangeRateRequest(
        request_id=str(uuid.uuid4()),
        currency_code="USD",
        base_currency_code="INR",
        rate="83",
        effective_date=day("2026-03-01"),
    )
    first = client.exchange_rates.SetExchangeRate(request, metadata=client.md())
    again = client.exchange_rates.SetExchangeRate(request, metadata=client.md())
    assert first == again


def test_dashboard_without_a_date_uses_today_in_the_time_zone(conn: Connection) -> None:
    client = conn.client().sign_up()
    # UTC+14 and UTC-11 are always on different calendar days.
    for zone in ("Pacific/Kiritimati", "Pacific/Pago_Pago"):
        today = dt.datetime.now(zoneinfo.ZoneInfo(zone)).date()
        reply = client.analytics.GetDashboard(
            an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_WEEK, time_zone=zone), metadata=client.md()
        )
        start = today - dt.timedelta(days=today.weekday())
        assert reply.current.start_date == day(start.isoformat()), zone


def test_bad_analytics_requests_are_refused(conn: Connection) -> None:
    client = conn.client().sign_up()
    md = client.md()
    backwards = an.DateRange(start_date=day("2026-03-02"), end_date=day("2026-03-01"))
    error = rpc_fails(
        lambda: client.analytics.GetCashFlow(
            an.GetCashFlowRequest(range=backwards, granularity=an.GRANULARITY_DAY), metadata=md
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert "range.end_date" in field_violations(error)
    years = an.DateRange(start_date=day("2000-01-01"), end_date=day("2019-12-31"))
    error = rpc_fails(
        lambda: client.analytics.GetCashFlow(
            an.GetCashFlowRequest(range=years, granularity=an.GRANULARITY_DAY), metadata=md
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert "granularity" in field_violations(error)
    error = rpc_fails(
        lambda: client.analytics.GetDashboard(
            an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_CUSTOM), metadata=md
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert "custom_range" in field_violations(error)
    error = rpc_fails(
        lambda: client.analytics.GetDashboard(
            an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_MONTH, time_zone="Mars/Olympus"), metadata=md
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert "time_zone" in field_violations(error)
