"""gRPC adapter for rupaya.v1.AnalyticsService: resolves each request to the days it covers,
answers from the cache when the caller's ledger has not changed since, else aggregates in SQL
and arranges the grouped rows into the response."""

from __future__ import annotations

import datetime as dt
import uuid
from collections import defaultdict
from collections.abc import Awaitable, Callable, Sequence
from typing import Any, NamedTuple, TypeVar

import grpc
from google.protobuf.message import Message
from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import analytics_pb2 as pb
from rupaya.v1 import analytics_pb2_grpc
from server import calendar_days, context, money, quotas, reply_cache
from server.analytics import domain, periods, repository
from server.analytics.conversion import Converter
from server.budgets import domain as budgets
from server.budgets import repository as budget_rows
from server.budgets.domain import today_in
from server.cache import Cache
from server.calendar_days import to_date
from server.categories import domain as categories
from server.categories import repository as category_rows
from server.db.engine import Database, Reads
from server.exchange_rates.domain import format_rate

ResponseT = TypeVar("ResponseT", bound=Message)
CACHE_TTL_S = 3600.0
INCOME, EXPENSE = repository.INCOME, repository.EXPENSE


def _range(value: pb.DateRange, field: str) -> periods.Range:
    start = to_date(value.start_date, f"{field}.start_date")
    return periods.checked(start, to_date(value.end_date, f"{field}.end_date"), field)


def _conversion(c: Converter) -> pb.Conversion:
    return pb.Conversion(
        base_currency_code=c.base,
        as_of=calendar_days.to_proto(c.as_of),
        rates_used=[
            pb.RateUsed(currency_code=code, rate=format_rate(rate), effective_date=calendar_days.to_proto(on))
            for code, (rate, on) in sorted(c.rates.items())
        ],
        missing_currencies=c.missing,
    )


class _Caller(NamedTuple):
    """repository.Caller, and where the call reads its figures."""

    version: int
    base_currency: str
    time_zone: str
    reads: Reads


class AnalyticsService(analytics_pb2_grpc.AnalyticsServiceServicer):
    def __init__(self, db: Database, cache: Cache) -> None:
        self._db = db
        self._replies = reply_cache.ReplyCache(cache, CACHE_TTL_S)

    async def _caller(self) -> _Caller:
        """The caller's ledger version and profile defaults. The version is read before the
        figures, in a statement of its own: a write committing after it can only make the
        computed answer newer than its key, never older. With a read replica the figures are
        read where the version was, or on the primary (newer still), never the other way."""
        user_id = context.principal().user_id
        reads = self._db.reads_for(user_id)
        found = await reads.run(lambda s: repository.caller(s, user_id))
        return _Caller(*found, reads)

    async def _cached(
        self,
        caller: _Caller,
        method: str,
        key_request: Message,
        response_type: type[ResponseT],
        compute: Callable[[AsyncSession, uuid.UUID], Awaitable[ResponseT]],
        *,
        one_statement: bool = False,
    ) -> ResponseT:
        """The response for (caller, ledger version, base currency, request): any ledger
        write bumps the version, so a cached answer is never older than the caller's last
        write; the profile's base currency is in the key, as a request without one is
        answered in it."""
        user_id = context.principal().user_id
        digest = reply_cache.request_digest(key_request)
        key = reply_cache.key_of("analytics", user_id, caller.version, method, caller.base_currency, digest)
        hit = await self._replies.get(key)
        if hit is not None:
            return response_type.FromString(hit)
        response = await caller.reads.run(lambda s: compute(s, user_id), snapshot=not one_statement)
        await self._replies.put(key, response.SerializeToString(deterministic=True))
        return response

    async def GetDashboard(
        self, request: pb.GetDashboardRequest, context_: grpc.aio.ServicerContext
    ) -> pb.GetDashboardResponse:
        asked = to_date(request.date, "date") if request.HasField("date") else None
        custom = _range(request.custom_range, "custom_range") if request.HasField("custom_range") else None
        caller = await self._caller()
        day = asked or today_in(request.time_zone or caller.time_zone)
        current, previous = domain.dashboard_periods(request.period, day, custom)
        base = domain.checked_base(request.base_currency_code or caller.base_currency)
        keyed = pb.GetDashboardRequest()
        keyed.CopyFrom(request)
        keyed.date.CopyFrom(calendar_days.to_proto(day))
        keyed.ClearField("time_zone")

        async def compute(s: AsyncSession, user_id: uuid.UUID) -> pb.GetDashboardResponse:
            found = await repository.dashboard(s, user_id, base, previous[0], *current)
            involved = tuple(sorted({currency for _, currency, _, _ in found.totals}))
            conv = Converter(base, current[1], found.rates, involved)
            return _dashboard(
                found.totals, found.spending, conv, current, previous, request.top_categories or 5
            )

        # One statement: consistent on its own, without a transaction's two round trips.
        return await self._cached(
            caller, "GetDashboard", keyed, pb.GetDashboardResponse, compute, one_statement=True
        )

    async def GetCashFlow(
        self, request: pb.GetCashFlowRequest, context_: grpc.aio.ServicerContext
    ) -> pb.GetCashFlowResponse:
        start, end = _range(request.range, "range")
        buckets = periods.buckets(request.granularity, start, end)
        caller = await self._caller()
        base = request.base_currency_code or caller.base_currency

        async def compute(s: AsyncSession, user_id: uuid.UUID) -> pb.GetCashFlowResponse:
            rows = await repository.cash_flow(s, user_id, start, end, request.granularity)
            sums: dict[tuple[dt.date, str], list[int]] = defaultdict(lambda: [0, 0])
            for bucket, currency, kind, amount in rows:
                sums[(repository.as_date(bucket), currency)][kind - 1] += int(amount)
            codes = sorted({currency for _, currency in sums})
            conv = await domain.converter(s, user_id, base, end, codes)
            response = pb.GetCashFlowResponse(conversion=_conversion(conv))
            for key, (first, last) in buckets:
                figures = {code: sums.get((key, code), [0, 0]) for code in codes}
                bucket = response.buckets.add(
                    start_date=calendar_days.to_proto(first), end_date=calendar_days.to_proto(last)
                )
                bucket.currencies.extend(_flow(code, *figures[code]) for code in codes)
                if conv.complete:
                    income = conv.total((c, f[0]) for c, f in figures.items())
                    expenses = conv.total((c, f[1]) for c, f in figures.items())
                    bucket.converted.CopyFrom(_flow(conv.base, income, expenses))
            return response

        return await self._cached(caller, "GetCashFlow", request, pb.GetCashFlowResponse, compute)

    async def GetSpendingByCategory(
        self, request: pb.GetSpendingByCategoryRequest, context_: grpc.aio.ServicerContext
    ) -> pb.GetSpendingByCategoryResponse:
        start, end = _range(request.range, "range")
        caller = await self._caller()
        base = request.base_currency_code or caller.base_currency

        async def compute(s: AsyncSession, user_id: uuid.UUID) -> pb.GetSpendingByCategoryResponse:
            rows = await repository.category_spending(s, user_id, start, end)
            totals = {row.currency: int(row.total) for row in rows}
            conv = await domain.converter(s, user_id, base, end, totals)
            response = pb.GetSpendingByCategoryResponse(conversion=_conversion(conv))
            for code in sorted(totals):
                spending = response.currencies.add(
                    currency_code=code, total=money.to_proto(totals[code], code)
                )
                spending.categories.extend(
                    _category_tree([r for r in rows if r.currency == code], totals[code])
                )
            if conv.complete and totals:
                response.converted_total.CopyFrom(money.to_proto(conv.total(totals.items()), conv.base))
            return response

        return await self._cached(
            caller, "GetSpendingByCategory", request, pb.GetSpendingByCategoryResponse, compute
        )

    async def GetTopPayees(
        self, request: pb.GetTopPayeesRequest, context_: grpc.aio.ServicerContext
    ) -> pb.GetTopPayeesResponse:
        start, end = _range(request.range, "range")

        async def compute(s: AsyncSession, user_id: uuid.UUID) -> pb.GetTopPayeesResponse:
            rows = await repository.top_payees(s, user_id, start, end, request.limit or 10)
            return pb.GetTopPayeesResponse(
                payees=[
                    pb.PayeeSpending(
                        payee=payee, amount=money.to_proto(int(amount), code), transaction_count=int(count)
                    )
                    for code, payee, amount, count in rows
                ]
            )

        return await self._cached(
            await self._caller(), "GetTopPayees", request, pb.GetTopPayeesResponse, compute
        )

    async def GetNetWorth(
        self, request: pb.GetNetWorthRequest, context_: grpc.aio.ServicerContext
    ) -> pb.GetNetWorthResponse:
        start, end = _range(request.range, "range")
        buckets = periods.buckets(request.granularity, start, end)
        caller = await self._caller()
        base = request.base_currency_code or caller.base_currency

        async def compute(s: AsyncSession, user_id: uuid.UUID) -> pb.GetNetWorthResponse:
            balance: dict[tuple[str, int], int] = defaultdict(int)
            for code, liability, amount in await repository.balances(s, user_id):
                balance[(code, int(liability))] += int(amount)
            moved: dict[dt.date | None, dict[tuple[str, int], int]] = defaultdict(lambda: defaultdict(int))
            for bucket, code, liability, amount in await repository.postings_since(
                s, user_id, start, end, request.granularity
            ):
                key = None if bucket is None else repository.as_date(bucket)
                moved[key][(code, int(liability))] += int(amount)
            codes = sorted({code for code, _ in balance})
            conv = await domain.converter(s, user_id, base, end, codes)
            after = dict(moved.get(None, {}))
            points: list[pb.NetWorthPoint] = []
            for key, (_, last) in reversed(buckets):
                at_end = {k: balance.get(k, 0) - after.get(k, 0) for k in balance}
                points.append(_net_worth_point(last, codes, at_end, conv))
                for k, amount in moved.get(key, {}).items():
                    after[k] = after.get(k, 0) + amount
            return pb.GetNetWorthResponse(points=reversed(points), conversion=_conversion(conv))

        return await self._cached(caller, "GetNetWorth", request, pb.GetNetWorthResponse, compute)

    async def GetBudgetVsActual(
        self, request: pb.GetBudgetVsActualRequest, context_: grpc.aio.ServicerContext
    ) -> pb.GetBudgetVsActualResponse:
        asked = to_date(request.date, "date") if request.HasField("date") else None
        caller = await self._caller()
        day = asked or today_in(request.time_zone or caller.time_zone)
        keyed = pb.GetBudgetVsActualRequest(date=calendar_days.to_proto(day))

        async def compute(s: AsyncSession, user_id: uuid.UUID) -> pb.GetBudgetVsActualResponse:
            response = pb.GetBudgetVsActualResponse()
            for budget in await budget_rows.list_page(s, user_id, None, quotas.MAX_BUDGETS):
                p = await budgets.progress(s, user_id, str(budget.id), day)
                code = budget.currency_code
                response.budgets.add(
                    budget_id=str(budget.id),
                    category_id=str(budget.category_id),
                    period_start=calendar_days.to_proto(p.start),
                    period_end=calendar_days.to_proto(p.end),
                    limit=money.to_proto(p.limit, code),
                    spent=money.to_proto(p.spent, code),
                    remaining=money.to_proto(p.remaining, code),
                    spent_basis_points=p.spent_basis_points,
                )
            return response

        return await self._cached(caller, "GetBudgetVsActual", keyed, pb.GetBudgetVsActualResponse, compute)

    async def GetCategoryStatistics(
        self, request: pb.GetCategoryStatisticsRequest, context_: grpc.aio.ServicerContext
    ) -> pb.GetCategoryStatisticsResponse:
        start, end = _range(request.range, "range")
        months = [key for key, _ in periods.buckets(periods.MONTH_BUCKET, start, end)]

        async def compute(s: AsyncSession, user_id: uuid.UUID) -> pb.GetCategoryStatisticsResponse:
            category = await categories.get(s, user_id, request.category_id, "category_id")
            watched = await category_rows.with_children(s, user_id, category.id)
            rows = await repository.category_statistics(s, user_id, watched, category.kind, start, end)
            per_month: dict[str, dict[dt.date, tuple[int, int]]] = defaultdict(dict)
            for code, month, amount, count in rows:
                per_month[code][repository.as_date(month)] = (int(amount), int(count))
            response = pb.GetCategoryStatisticsResponse(category_id=str(category.id))
            for code in sorted(per_month):
                total = sum(amount for amount, _ in per_month[code].values())
                count = sum(n for _, n in per_month[code].values())
                response.currencies.add(
                    currency_code=code,
                    transaction_count=count,
                    total=money.to_proto(total, code),
                    average=money.to_proto(domain.average(total, count), code),
                    monthly_trend=[
                        pb.MonthAmount(
                            month=calendar_days.to_proto(m),
                            amount=money.to_proto(per_month[code].get(m, (0, 0))[0], code),
                        )
                        for m in months
                    ],
                )
            return response

        return await self._cached(
            await self._caller(), "GetCategoryStatistics", request, pb.GetCategoryStatisticsResponse, compute
        )


def _flow(code: str, income: int, expenses: int) -> pb.CashFlowAmounts:
    return pb.CashFlowAmounts(
        currency_code=code,
        income=money.to_proto(income, code),
        expenses=money.to_proto(expenses, code),
        net=money.to_proto(income - expenses, code),
    )


def _category_tree(rows: Sequence[Any], total: int) -> list[pb.CategorySpending]:
    """Rows are ordered by parent (largest first), then category: one entry per parent."""
    tree: list[pb.CategorySpending] = []
    for row in rows:
        code, top_id = row.currency, str(row.top_id or "")
        if not tree or tree[-1].category.category_id != top_id:
            parent = pb.CategoryAmount(
                category_id=top_id,
                name=row.top_name or "",
                amount=money.to_proto(int(row.top_amount), code),
                share_basis_points=domain.basis_points(int(row.top_amount), total),
            )
            tree.append(pb.CategorySpending(category=parent))
        tree[-1].children.add(
            category_id=str(row.category or ""),
            name=row.name or "",
            amount=money.to_proto(int(row.amount), code),
            share_basis_points=domain.basis_points(int(row.amount), total),
        )
    return tree


def _summary(
    span: periods.Range, figures: dict[str, list[int]], codes: list[str], conv: Converter
) -> pb.PeriodSummary:
    summary = pb.PeriodSummary(
        start_date=calendar_days.to_proto(span[0]), end_date=calendar_days.to_proto(span[1])
    )
    for code in codes:
        income, expenses = figures.get(code, [0, 0])
        summary.currencies.add(
            currency_code=code,
            income=money.to_proto(income, code),
            expenses=money.to_proto(expenses, code),
            net=money.to_proto(income - expenses, code),
            savings_rate_basis_points=domain.basis_points(income - expenses, income),
        )
    if conv.complete:
        income = conv.total((c, f[0]) for c, f in figures.items())
        expenses = conv.total((c, f[1]) for c, f in figures.items())
        summary.converted.CopyFrom(
            pb.ConvertedSummary(
                income=money.to_proto(income, conv.base),
                expenses=money.to_proto(expenses, conv.base),
                net=money.to_proto(income - expenses, conv.base),
                savings_rate_basis_points=domain.basis_points(income - expenses, income),
            )
        )
    return summary


def _change(code: str, now: pb.CurrencySummary | pb.ConvertedSummary, before: Any) -> pb.CurrencyChange:
    def delta(field: str) -> Any:
        return money.to_proto(getattr(now, field).amount_minor - getattr(before, field).amount_minor, code)

    return pb.CurrencyChange(
        currency_code=code, income=delta("income"), expenses=delta("expenses"), net=delta("net")
    )


def _dashboard(
    rows: Sequence[Any],
    spending: Sequence[Any],
    conv: Converter,
    current: periods.Range,
    previous: periods.Range,
    top: int,
) -> pb.GetDashboardResponse:
    figures: dict[bool, dict[str, list[int]]] = {
        True: defaultdict(lambda: [0, 0]),
        False: defaultdict(lambda: [0, 0]),
    }
    for is_current, code, kind, amount in rows:
        figures[bool(is_current)][code][kind - 1] += int(amount)
    codes = sorted(set(figures[True]) | set(figures[False]))
    now = _summary(current, figures[True], codes, conv)
    before = _summary(previous, figures[False], codes, conv)
    for summary in now.currencies:
        expenses = summary.expenses.amount_minor
        parents = [
            c.category
            for c in _category_tree([r for r in spending if r.currency == summary.currency_code], expenses)
        ]
        summary.top_categories.extend(parents[:top])
    response = pb.GetDashboardResponse(current=now, previous=before, conversion=_conversion(conv))
    response.changes.extend(
        _change(code, a, b) for code, a, b in zip(codes, now.currencies, before.currencies, strict=True)
    )
    if now.HasField("converted") and before.HasField("converted"):
        response.converted_change.CopyFrom(_change(conv.base, now.converted, before.converted))
    return response


def _net_worth_amounts(code: str, assets: int, liability_balances: int) -> pb.NetWorthAmounts:
    """Liability accounts carry what is owed as a negative balance."""
    return pb.NetWorthAmounts(
        currency_code=code,
        assets=money.to_proto(assets, code),
        liabilities=money.to_proto(-liability_balances, code),
        net_worth=money.to_proto(assets + liability_balances, code),
    )


def _net_worth_point(
    day: dt.date, codes: list[str], at_end: dict[tuple[str, int], int], conv: Converter
) -> pb.NetWorthPoint:
    point = pb.NetWorthPoint(date=calendar_days.to_proto(day))
    for code in codes:
        point.currencies.append(_net_worth_amounts(code, at_end.get((code, 0), 0), at_end.get((code, 1), 0)))
    if conv.complete:
        assets = conv.total((code, amount) for (code, liability), amount in at_end.items() if not liability)
        owed = conv.total((code, amount) for (code, liability), amount in at_end.items() if liability)
        point.converted.CopyFrom(_net_worth_amounts(conv.base, assets, owed))
    return point
