import datetime

from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.type import date_pb2 as _date_pb2
from rupaya.v1 import common_pb2 as _common_pb2
from rupaya.v1 import text_pb2 as _text_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ExchangeRate(_message.Message):
    __slots__ = ("currency_code", "base_currency_code", "rate", "effective_date", "update_time", "id", "etag")
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    BASE_CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    RATE_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_DATE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    currency_code: str
    base_currency_code: str
    rate: str
    effective_date: _date_pb2.Date
    update_time: _timestamp_pb2.Timestamp
    id: str
    etag: str
    def __init__(self, currency_code: _Optional[str] = ..., base_currency_code: _Optional[str] = ..., rate: _Optional[str] = ..., effective_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., id: _Optional[str] = ..., etag: _Optional[str] = ...) -> None: ...

class SetExchangeRateRequest(_message.Message):
    __slots__ = ("request_id", "currency_code", "base_currency_code", "rate", "effective_date", "etag")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    BASE_CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    RATE_FIELD_NUMBER: _ClassVar[int]
    EFFECTIVE_DATE_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    currency_code: str
    base_currency_code: str
    rate: str
    effective_date: _date_pb2.Date
    etag: str
    def __init__(self, request_id: _Optional[str] = ..., currency_code: _Optional[str] = ..., base_currency_code: _Optional[str] = ..., rate: _Optional[str] = ..., effective_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., etag: _Optional[str] = ...) -> None: ...

class SetExchangeRateResponse(_message.Message):
    __slots__ = ("exchange_rate",)
    EXCHANGE_RATE_FIELD_NUMBER: _ClassVar[int]
    exchange_rate: ExchangeRate
    def __init__(self, exchange_rate: _Optional[_Union[ExchangeRate, _Mapping]] = ...) -> None: ...

class DeleteExchangeRateRequest(_message.Message):
    __slots__ = ("id", "etag", "request_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    etag: str
    request_id: str
    def __init__(self, id: _Optional[str] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeleteExchangeRateResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListExchangeRatesRequest(_message.Message):
    __slots__ = ("base_currency_code", "page_size", "page_token")
    BASE_CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    base_currency_code: str
    page_size: int
    page_token: str
    def __init__(self, base_currency_code: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListExchangeRatesResponse(_message.Message):
    __slots__ = ("exchange_rates", "next_page_token")
    EXCHANGE_RATES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    exchange_rates: _containers.RepeatedCompositeFieldContainer[ExchangeRate]
    next_page_token: str
    def __init__(self, exchange_rates: _Optional[_Iterable[_Union[ExchangeRate, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
