from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.type import date_pb2 as _date_pb2
from rupaya.v1 import common_pb2 as _common_pb2
from rupaya.v1 import text_pb2 as _text_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AnalyticsPeriod(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ANALYTICS_PERIOD_UNSPECIFIED: _ClassVar[AnalyticsPeriod]
    ANALYTICS_PERIOD_WEEK: _ClassVar[AnalyticsPeriod]
    ANALYTICS_PERIOD_MONTH: _ClassVar[AnalyticsPeriod]
    ANALYTICS_PERIOD_QUARTER: _ClassVar[AnalyticsPeriod]
    ANALYTICS_PERIOD_YEAR: _ClassVar[AnalyticsPeriod]
    ANALYTICS_PERIOD_CUSTOM: _ClassVar[AnalyticsPeriod]

class Granularity(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    GRANULARITY_UNSPECIFIED: _ClassVar[Granularity]
    GRANULARITY_DAY: _ClassVar[Granularity]
    GRANULARITY_WEEK: _ClassVar[Granularity]
    GRANULARITY_MONTH: _ClassVar[Granularity]
ANALYTICS_PERIOD_UNSPECIFIED: AnalyticsPeriod
ANALYTICS_PERIOD_WEEK: AnalyticsPeriod
ANALYTICS_PERIOD_MONTH: AnalyticsPeriod
ANALYTICS_PERIOD_QUARTER: AnalyticsPeriod
ANALYTICS_PERIOD_YEAR: AnalyticsPeriod
ANALYTICS_PERIOD_CUSTOM: AnalyticsPeriod
GRANULARITY_UNSPECIFIED: Granularity
GRANULARITY_DAY: Granularity
GRANULARITY_WEEK: Granularity
GRANULARITY_MONTH: Granularity

class DateRange(_message.Message):
    __slots__ = ("start_date", "end_date")
    START_DATE_FIELD_NUMBER: _ClassVar[int]
    END_DATE_FIELD_NUMBER: _ClassVar[int]
    start_date: _date_pb2.Date
    end_date: _date_pb2.Date
    def __init__(self, start_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., end_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ...) -> None: ...

class RateUsed(_message.Message):
    __slots__ = ("currency_code", "rate", "effective_date")
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    RATE_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_DATE_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    rate: str
    effective_date: _date_pb2.Date
    def __init__(self, currency_code: _Optional[str] = ..., rate: _Optional[str] = ..., effective_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ...) -> None: ...

class Conversion(_message.Message):
    __slots__ = ("base_currency_code", "as_of", "rates_used", "missing_currencies")
    BASE_CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    AS_OF_FIELD_NUMBER: _ClassVar[int]
    RATES_USED_FIELD_NUMBER: _ClassVar[int]
    MISSING_CURRENCIES_FIELD_NUMBER: _ClassVar[int]
    base_currency_code: str
    as_of: _date_pb2.Date
    rates_used: _containers.RepeatedCompositeFieldContainer[RateUsed]
    missing_currencies: _containers.RepeatedScalarFieldContainer[str]
    def __init__(self, base_currency_code: _Optional[str] = ..., as_of: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., rates_used: _Optional[_Iterable[_Union[RateUsed, _Mapping]]] = ..., missing_currencies: _Optional[_Iterable[str]] = ...) -> None: ...

class CategoryAmount(_message.Message):
    __slots__ = ("category_id", "name", "amount", "share_basis_points")
    CATEGORY_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    SHARE_BASIS_POINTS_FIELD_NUMBER: _ClassVar[int]
    category_id: str
    name: str
    amount: _common_pb2.Money
    share_basis_points: int
    def __init__(self, category_id: _Optional[str] = ..., name: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., share_basis_points: _Optional[int] = ...) -> None: ...

class CurrencySummary(_message.Message):
    __slots__ = ("currency_code", "income", "expenses", "net", "savings_rate_basis_points", "top_categories")
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    INCOME_FIELD_NUMBER: _ClassVar[int]
    EXPENSES_FIELD_NUMBER: _ClassVar[int]
    NET_FIELD_NUMBER: _ClassVar[int]
    SAVINGS_RATE_BASIS_POINTS_FIELD_NUMBER: _ClassVar[int]
    TOP_CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    income: _common_pb2.Money
    expenses: _common_pb2.Money
    net: _common_pb2.Money
    savings_rate_basis_points: int
    top_categories: _containers.RepeatedCompositeFieldContainer[CategoryAmount]
    def __init__(self, currency_code: _Optional[str] = ..., income: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., expenses: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., net: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., savings_rate_basis_points: _Optional[int] = ..., top_categories: _Optional[_Iterable[_Union[CategoryAmount, _Mapping]]] = ...) -> None: ...

class ConvertedSummary(_message.Message):
    __slots__ = ("income", "expenses", "net", "savings_rate_basis_points")
    INCOME_FIELD_NUMBER: _ClassVar[int]
    EXPENSES_FIELD_NUMBER: _ClassVar[int]
    NET_FIELD_NUMBER: _ClassVar[int]
    SAVINGS_RATE_BASIS_POINTS_FIELD_NUMBER: _ClassVar[int]
    income: _common_pb2.Money
    expenses: _common_pb2.Money
    net: _common_pb2.Money
    savings_rate_basis_points: int
    def __init__(self, income: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., expenses: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., net: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., savings_rate_basis_points: _Optional[int] = ...) -> None: ...

class PeriodSummary(_message.Message):
    __slots__ = ("start_date", "end_date", "currencies", "converted")
    START_DATE_FIELD_NUMBER: _ClassVar[int]
    END_DATE_FIELD_NUMBER: _ClassVar[int]
    CURRENCIES_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_FIELD_NUMBER: _ClassVar[int]
    start_date: _date_pb2.Date
    end_date: _date_pb2.Date
    currencies: _containers.RepeatedCompositeFieldContainer[CurrencySummary]
    converted: ConvertedSummary
    def __init__(self, start_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., end_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., currencies: _Optional[_Iterable[_Union[CurrencySummary, _Mapping]]] = ..., converted: _Optional[_Union[ConvertedSummary, _Mapping]] = ...) -> None: ...

class CurrencyChange(_message.Message):
    __slots__ = ("currency_code", "income", "expenses", "net")
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    INCOME_FIELD_NUMBER: _ClassVar[int]
    EXPENSES_FIELD_NUMBER: _ClassVar[int]
    NET_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    income: _common_pb2.Money
    expenses: _common_pb2.Money
    net: _common_pb2.Money
    def __init__(self, currency_code: _Optional[str] = ..., income: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., expenses: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., net: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class GetDashboardRequest(_message.Message):
    __slots__ = ("period", "date", "custom_range", "time_zone", "base_currency_code", "top_categories")
    PERIOD_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    CUSTOM_RANGE_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    BASE_CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    TOP_CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    period: AnalyticsPeriod
    date: _date_pb2.Date
    custom_range: DateRange
    time_zone: str
    base_currency_code: str
    top_categories: int
    def __init__(self, period: _Optional[_Union[AnalyticsPeriod, str]] = ..., date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., custom_range: _Optional[_Union[DateRange, _Mapping]] = ..., time_zone: _Optional[str] = ..., base_currency_code: _Optional[str] = ..., top_categories: _Optional[int] = ...) -> None: ...

class GetDashboardResponse(_message.Message):
    __slots__ = ("current", "previous", "changes", "converted_change", "conversion")
    CURRENT_FIELD_NUMBER: _ClassVar[int]
    PREVIOUS_FIELD_NUMBER: _ClassVar[int]
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_CHANGE_FIELD_NUMBER: _ClassVar[int]
    CONVERSION_FIELD_NUMBER: _ClassVar[int]
    current: PeriodSummary
    previous: PeriodSummary
    changes: _containers.RepeatedCompositeFieldContainer[CurrencyChange]
    converted_change: CurrencyChange
    conversion: Conversion
    def __init__(self, current: _Optional[_Union[PeriodSummary, _Mapping]] = ..., previous: _Optional[_Union[PeriodSummary, _Mapping]] = ..., changes: _Optional[_Iterable[_Union[CurrencyChange, _Mapping]]] = ..., converted_change: _Optional[_Union[CurrencyChange, _Mapping]] = ..., conversion: _Optional[_Union[Conversion, _Mapping]] = ...) -> None: ...

class GetCashFlowRequest(_message.Message):
    __slots__ = ("range", "granularity", "base_currency_code")
    RANGE_FIELD_NUMBER: _ClassVar[int]
    GRANULARITY_FIELD_NUMBER: _ClassVar[int]
    BASE_CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    range: DateRange
    granularity: Granularity
    base_currency_code: str
    def __init__(self, range: _Optional[_Union[DateRange, _Mapping]] = ..., granularity: _Optional[_Union[Granularity, str]] = ..., base_currency_code: _Optional[str] = ...) -> None: ...

class CashFlowAmounts(_message.Message):
    __slots__ = ("currency_code", "income", "expenses", "net")
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    INCOME_FIELD_NUMBER: _ClassVar[int]
    EXPENSES_FIELD_NUMBER: _ClassVar[int]
    NET_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    income: _common_pb2.Money
    expenses: _common_pb2.Money
    net: _common_pb2.Money
    def __init__(self, currency_code: _Optional[str] = ..., income: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., expenses: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., net: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class CashFlowBucket(_message.Message):
    __slots__ = ("start_date", "end_date", "currencies", "converted")
    START_DATE_FIELD_NUMBER: _ClassVar[int]
    END_DATE_FIELD_NUMBER: _ClassVar[int]
    CURRENCIES_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_FIELD_NUMBER: _ClassVar[int]
    start_date: _date_pb2.Date
    end_date: _date_pb2.Date
    currencies: _containers.RepeatedCompositeFieldContainer[CashFlowAmounts]
    converted: CashFlowAmounts
    def __init__(self, start_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., end_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., currencies: _Optional[_Iterable[_Union[CashFlowAmounts, _Mapping]]] = ..., converted: _Optional[_Union[CashFlowAmounts, _Mapping]] = ...) -> None: ...

class GetCashFlowResponse(_message.Message):
    __slots__ = ("buckets", "conversion")
    BUCKETS_FIELD_NUMBER: _ClassVar[int]
    CONVERSION_FIELD_NUMBER: _ClassVar[int]
    buckets: _containers.RepeatedCompositeFieldContainer[CashFlowBucket]
    conversion: Conversion
    def __init__(self, buckets: _Optional[_Iterable[_Union[CashFlowBucket, _Mapping]]] = ..., conversion: _Optional[_Union[Conversion, _Mapping]] = ...) -> None: ...

class GetSpendingByCategoryRequest(_message.Message):
    __slots__ = ("range", "base_currency_code")
    RANGE_FIELD_NUMBER: _ClassVar[int]
    BASE_CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    range: DateRange
    base_currency_code: str
    def __init__(self, range: _Optional[_Union[DateRange, _Mapping]] = ..., base_currency_code: _Optional[str] = ...) -> None: ...

class CategorySpending(_message.Message):
    __slots__ = ("category", "children")
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    CHILDREN_FIELD_NUMBER: _ClassVar[int]
    category: CategoryAmount
    children: _containers.RepeatedCompositeFieldContainer[CategoryAmount]
    def __init__(self, category: _Optional[_Union[CategoryAmount, _Mapping]] = ..., children: _Optional[_Iterable[_Union[CategoryAmount, _Mapping]]] = ...) -> None: ...

class CurrencySpending(_message.Message):
    __slots__ = ("currency_code", "total", "categories")
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    CATEGORIES_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    total: _common_pb2.Money
    categories: _containers.RepeatedCompositeFieldContainer[CategorySpending]
    def __init__(self, currency_code: _Optional[str] = ..., total: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., categories: _Optional[_Iterable[_Union[CategorySpending, _Mapping]]] = ...) -> None: ...

class GetSpendingByCategoryResponse(_message.Message):
    __slots__ = ("currencies", "converted_total", "conversion")
    CURRENCIES_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_TOTAL_FIELD_NUMBER: _ClassVar[int]
    CONVERSION_FIELD_NUMBER: _ClassVar[int]
    currencies: _containers.RepeatedCompositeFieldContainer[CurrencySpending]
    converted_total: _common_pb2.Money
    conversion: Conversion
    def __init__(self, currencies: _Optional[_Iterable[_Union[CurrencySpending, _Mapping]]] = ..., converted_total: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., conversion: _Optional[_Union[Conversion, _Mapping]] = ...) -> None: ...

class GetTopPayeesRequest(_message.Message):
    __slots__ = ("range", "limit")
    RANGE_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    range: DateRange
    limit: int
    def __init__(self, range: _Optional[_Union[DateRange, _Mapping]] = ..., limit: _Optional[int] = ...) -> None: ...

class PayeeSpending(_message.Message):
    __slots__ = ("payee", "amount", "transaction_count")
    PAYEE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    payee: str
    amount: _common_pb2.Money
    transaction_count: int
    def __init__(self, payee: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., transaction_count: _Optional[int] = ...) -> None: ...

class GetTopPayeesResponse(_message.Message):
    __slots__ = ("payees",)
    PAYEES_FIELD_NUMBER: _ClassVar[int]
    payees: _containers.RepeatedCompositeFieldContainer[PayeeSpending]
    def __init__(self, payees: _Optional[_Iterable[_Union[PayeeSpending, _Mapping]]] = ...) -> None: ...

class GetNetWorthRequest(_message.Message):
    __slots__ = ("range", "granularity", "base_currency_code")
    RANGE_FIELD_NUMBER: _ClassVar[int]
    GRANULARITY_FIELD_NUMBER: _ClassVar[int]
    BASE_CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    range: DateRange
    granularity: Granularity
    base_currency_code: str
    def __init__(self, range: _Optional[_Union[DateRange, _Mapping]] = ..., granularity: _Optional[_Union[Granularity, str]] = ..., base_currency_code: _Optional[str] = ...) -> None: ...

class NetWorthAmounts(_message.Message):
    __slots__ = ("currency_code", "assets", "liabilities", "net_worth")
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    ASSETS_FIELD_NUMBER: _ClassVar[int]
    LIABILITIES_FIELD_NUMBER: _ClassVar[int]
    NET_WORTH_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    assets: _common_pb2.Money
    liabilities: _common_pb2.Money
    net_worth: _common_pb2.Money
    def __init__(self, currency_code: _Optional[str] = ..., assets: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., liabilities: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., net_worth: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class NetWorthPoint(_message.Message):
    __slots__ = ("date", "currencies", "converted")
    DATE_FIELD_NUMBER: _ClassVar[int]
    CURRENCIES_FIELD_NUMBER: _ClassVar[int]
    CONVERTED_FIELD_NUMBER: _ClassVar[int]
    date: _date_pb2.Date
    currencies: _containers.RepeatedCompositeFieldContainer[NetWorthAmounts]
    converted: NetWorthAmounts
    def __init__(self, date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., currencies: _Optional[_Iterable[_Union[NetWorthAmounts, _Mapping]]] = ..., converted: _Optional[_Union[NetWorthAmounts, _Mapping]] = ...) -> None: ...

class GetNetWorthResponse(_message.Message):
    __slots__ = ("points", "conversion")
    POINTS_FIELD_NUMBER: _ClassVar[int]
    CONVERSION_FIELD_NUMBER: _ClassVar[int]
    points: _containers.RepeatedCompositeFieldContainer[NetWorthPoint]
    conversion: Conversion
    def __init__(self, points: _Optional[_Iterable[_Union[NetWorthPoint, _Mapping]]] = ..., conversion: _Optional[_Union[Conversion, _Mapping]] = ...) -> None: ...

class GetBudgetVsActualRequest(_message.Message):
    __slots__ = ("date", "time_zone")
    DATE_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    date: _date_pb2.Date
    time_zone: str
    def __init__(self, date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., time_zone: _Optional[str] = ...) -> None: ...

class BudgetActual(_message.Message):
    __slots__ = ("budget_id", "category_id", "period_start", "period_end", "limit", "spent", "remaining", "spent_basis_points")
    BUDGET_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_ID_FIELD_NUMBER: _ClassVar[int]
    PERIOD_START_FIELD_NUMBER: _ClassVar[int]
    PERIOD_END_FIELD_NUMBER: _ClassVar[int]
    LIMIT_FIELD_NUMBER: _ClassVar[int]
    SPENT_FIELD_NUMBER: _ClassVar[int]
    REMAINING_FIELD_NUMBER: _ClassVar[int]
    SPENT_BASIS_POINTS_FIELD_NUMBER: _ClassVar[int]
    budget_id: str
    category_id: str
    period_start: _date_pb2.Date
    period_end: _date_pb2.Date
    limit: _common_pb2.Money
    spent: _common_pb2.Money
    remaining: _common_pb2.Money
    spent_basis_points: int
    def __init__(self, budget_id: _Optional[str] = ..., category_id: _Optional[str] = ..., period_start: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., period_end: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., limit: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., spent: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., remaining: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., spent_basis_points: _Optional[int] = ...) -> None: ...

class GetBudgetVsActualResponse(_message.Message):
    __slots__ = ("budgets",)
    BUDGETS_FIELD_NUMBER: _ClassVar[int]
    budgets: _containers.RepeatedCompositeFieldContainer[BudgetActual]
    def __init__(self, budgets: _Optional[_Iterable[_Union[BudgetActual, _Mapping]]] = ...) -> None: ...

class GetCategoryStatisticsRequest(_message.Message):
    __slots__ = ("category_id", "range")
    CATEGORY_ID_FIELD_NUMBER: _ClassVar[int]
    RANGE_FIELD_NUMBER: _ClassVar[int]
    category_id: str
    range: DateRange
    def __init__(self, category_id: _Optional[str] = ..., range: _Optional[_Union[DateRange, _Mapping]] = ...) -> None: ...

class MonthAmount(_message.Message):
    __slots__ = ("month", "amount")
    MONTH_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    month: _date_pb2.Date
    amount: _common_pb2.Money
    def __init__(self, month: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class CategoryCurrencyStatistics(_message.Message):
    __slots__ = ("currency_code", "transaction_count", "total", "average", "monthly_trend")
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_COUNT_FIELD_NUMBER: _ClassVar[int]
    TOTAL_FIELD_NUMBER: _ClassVar[int]
    AVERAGE_FIELD_NUMBER: _ClassVar[int]
    MONTHLY_TREND_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    transaction_count: int
    total: _common_pb2.Money
    average: _common_pb2.Money
    monthly_trend: _containers.RepeatedCompositeFieldContainer[MonthAmount]
    def __init__(self, currency_code: _Optional[str] = ..., transaction_count: _Optional[int] = ..., total: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., average: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., monthly_trend: _Optional[_Iterable[_Union[MonthAmount, _Mapping]]] = ...) -> None: ...

class GetCategoryStatisticsResponse(_message.Message):
    __slots__ = ("category_id", "currencies")
    CATEGORY_ID_FIELD_NUMBER: _ClassVar[int]
    CURRENCIES_FIELD_NUMBER: _ClassVar[int]
    category_id: str
    currencies: _containers.RepeatedCompositeFieldContainer[CategoryCurrencyStatistics]
    def __init__(self, category_id: _Optional[str] = ..., currencies: _Optional[_Iterable[_Union[CategoryCurrencyStatistics, _Mapping]]] = ...) -> None: ...
