"""Exchange rates: exact decimals, one rate per (currency, base, day), listed by key; ids that
survive a replacement, etags that guard it, and deletes that analytics sees at once."""

from __future__ import annotations

import datetime as dt
import uuid
import zoneinfo
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import grpc
import pytest

from rupaya.v1 import analytics_pb2 as an
from rupaya.v1 import exchange_rates_pb2 as fx
from tests.analytics_fixture import set_rate
from tests.ledger import day, expense_request, open_account, record
from tests.rpc_errors import error_info, field_violations, precondition_failures, rpc_fails
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


def put(
    client: Client, rate: str, effective: str = "2026-03-01", etag: str = "", currency: str = "USD"
) -> fx.ExchangeRate:
    request = fx.SetExchangeRateRequest(
        request_id=str(uuid.uuid4()),
        currency_code=currency,
        base_currency_code="INR",
        rate=rate,
        effective_date=day(effective),
        etag=etag,
    )
    return client.exchange_rates.SetExchangeRate(request, metadata=client.md()).exchange_rate


def delete(client: Client, rate: fx.ExchangeRate, etag: str = "", request_id: str = "") -> object:
    request = fx.DeleteExchangeRateRequest(id=rate.id, etag=etag, request_id=request_id or str(uuid.uuid4()))
    return client.exchange_rates.DeleteExchangeRate(request, metadata=client.md())


def stored(client: Client) -> list[fx.ExchangeRate]:
    return list(
        client.exchange_rates.ListExchangeRates(
            fx.ListExchangeRatesRequest(), metadata=client.md()
        ).exchange_rates
    )


def test_a_rate_keeps_its_id_when_replaced_and_gets_a_new_etag(conn: Connection) -> None:
    client = conn.client().sign_up()
    first = put(client, "83")
    other_day = put(client, "84", "2026-03-02")
    replaced = put(client, "83.5", etag=first.etag)
    assert uuid.UUID(first.id) and first.etag
    assert replaced.id == first.id and replaced.etag != first.etag and replaced.rate == "83.5"
    assert other_day.id not in (first.id, "")
    assert stored(client) == [replaced, other_day]  # what Set answered is what is stored


def test_a_stale_etag_is_refused_and_changes_nothing(conn: Connection) -> None:
    client = conn.client().sign_up()
    first = put(client, "83")
    current = put(client, "84")
    error = rpc_fails(lambda: put(client, "99", etag=first.etag), grpc.StatusCode.ABORTED, "ETAG_MISMATCH")
    assert [v.subject for v in precondition_failures(error)] == [f"exchangeRates/{first.id}"]
    rpc_fails(lambda: delete(client, current, etag=first.etag), grpc.StatusCode.ABORTED, "ETAG_MISMATCH")
    # An etag only guards a replacement: there is nothing to replace on a day without a rate.
    rpc_fails(
        lambda: put(client, "1", "2026-03-05", etag=current.etag),
        grpc.StatusCode.NOT_FOUND,
        "EXCHANGE_RATE_NOT_FOUND",
    )
    assert stored(client) == [current]
    delete(client, current, etag=current.etag)
    assert stored(client) == []


def outcome(call: Callable[[], object]) -> str:
    try:
        call()
    except grpc.RpcError as error:
        return str(error.code().name)
    return "OK"


def test_concurrent_sets_of_a_new_day_make_one_rate_and_one_etag_lets_one_writer_win(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    with ThreadPoolExecutor(6) as pool:
        first = list(pool.map(lambda i: put(client, f"8{i}"), range(6)))
    assert len({r.id for r in first}) == 1 and len(stored(client)) == 1
    current = stored(client)[0]
    with ThreadPoolExecutor(6) as pool:
        codes = list(pool.map(lambda i: outcome(lambda: put(client, f"9{i}", etag=current.etag)), range(6)))
    assert sorted(codes) == ["ABORTED"] * 5 + ["OK"]
    assert stored(client)[0].id == current.id


def test_a_rate_set_again_after_a_delete_is_a_new_rate_its_old_etag_does_not_match(conn: Connection) -> None:
    client = conn.client().sign_up()
    old = put(client, "83")
    delete(client, old)
    new = put(client, "83")
    assert new.id != old.id and new.etag != old.etag
    rpc_fails(lambda: put(client, "90", etag=old.etag), grpc.StatusCode.ABORTED, "ETAG_MISMATCH")
    assert stored(client) == [new]


def test_a_retried_delete_answers_like_the_first_and_a_new_one_is_not_found(conn: Connection) -> None:
    client = conn.client().sign_up()
    rate = put(client, "83")
    request_id = str(uuid.uuid4())
    first = delete(client, rate, request_id=request_id)
    assert delete(client, rate, request_id=request_id) == first
    error = rpc_fails(lambda: delete(client, rate), grpc.StatusCode.NOT_FOUND, "EXCHANGE_RATE_NOT_FOUND")
    assert error_info(error).metadata["id"] == rate.id
    assert stored(client) == []


def test_another_users_rate_is_not_found_and_stays(conn: Connection) -> None:
    owner, stranger = conn.client().sign_up(), conn.client().sign_up()
    rate = put(owner, "83")
    rpc_fails(lambda: delete(stranger, rate), grpc.StatusCode.NOT_FOUND, "EXCHANGE_RATE_NOT_FOUND")
    rpc_fails(lambda: delete(stranger, rate, etag=rate.etag), grpc.StatusCode.NOT_FOUND)
    assert stored(owner) == [rate] and stored(stranger) == []
    error = rpc_fails(
        lambda: stranger.exchange_rates.DeleteExchangeRate(
            fx.DeleteExchangeRateRequest(id="not-a-uuid"), metadata=stranger.md()
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert "id" in field_violations(error)


def test_analytics_stops_converting_with_a_deleted_rate(conn: Connection) -> None:
    client = conn.client().sign_up()
    record(client, expense_request(open_account(client, 50_000, "USD"), 1_000, occurred_on=day("2026-03-05")))
    january, march = put(client, "80", "2026-01-01"), put(client, "90", "2026-03-01")

    def dashboard() -> an.GetDashboardResponse:
        request = an.GetDashboardRequest(
            period=an.ANALYTICS_PERIOD_MONTH, date=day("2026-03-18"), base_currency_code="INR"
        )
        return client.analytics.GetDashboard(request, metadata=client.md())

    # 10.00 USD at the rate in force on 03-31; each reading after a delete follows it (the
    # first answer of each is cached until the ledger changes).
    assert dashboard().current.converted.expenses.amount_minor == 90_000
    delete(client, march)
    reply = dashboard()
    assert reply.current.converted.expenses.amount_minor == 80_000
    assert [(r.rate, r.effective_date) for r in reply.conversion.rates_used] == [("80", day("2026-01-01"))]
    delete(client, january)
    reply = dashboard()
    assert not reply.current.HasField("converted") and list(reply.conversion.missing_currencies) == ["USD"]
