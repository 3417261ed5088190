import datetime

from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
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

class AccountType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACCOUNT_TYPE_UNSPECIFIED: _ClassVar[AccountType]
    ACCOUNT_TYPE_CASH: _ClassVar[AccountType]
    ACCOUNT_TYPE_CHECKING: _ClassVar[AccountType]
    ACCOUNT_TYPE_SAVINGS: _ClassVar[AccountType]
    ACCOUNT_TYPE_CREDIT_CARD: _ClassVar[AccountType]
    ACCOUNT_TYPE_INVESTMENT: _ClassVar[AccountType]
    ACCOUNT_TYPE_LOAN: _ClassVar[AccountType]
    ACCOUNT_TYPE_WALLET: _ClassVar[AccountType]
ACCOUNT_TYPE_UNSPECIFIED: AccountType
ACCOUNT_TYPE_CASH: AccountType
ACCOUNT_TYPE_CHECKING: AccountType
ACCOUNT_TYPE_SAVINGS: AccountType
ACCOUNT_TYPE_CREDIT_CARD: AccountType
ACCOUNT_TYPE_INVESTMENT: AccountType
ACCOUNT_TYPE_LOAN: AccountType
ACCOUNT_TYPE_WALLET: AccountType

class Account(_message.Message):
    __slots__ = ("id", "name", "type", "currency_code", "is_default", "archived", "icon", "color", "create_time", "update_time", "etag", "allow_overdraft", "opening_balance", "current_balance", "last_reconciled_date", "reconciled_balance")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    IS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    ARCHIVED_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    ALLOW_OVERDRAFT_FIELD_NUMBER: _ClassVar[int]
    OPENING_BALANCE_FIELD_NUMBER: _ClassVar[int]
    CURRENT_BALANCE_FIELD_NUMBER: _ClassVar[int]
    LAST_RECONCILED_DATE_FIELD_NUMBER: _ClassVar[int]
    RECONCILED_BALANCE_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    type: AccountType
    currency_code: str
    is_default: bool
    archived: bool
    icon: str
    color: str
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    etag: str
    allow_overdraft: bool
    opening_balance: _common_pb2.Money
    current_balance: _common_pb2.Money
    last_reconciled_date: _date_pb2.Date
    reconciled_balance: _common_pb2.Money
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., type: _Optional[_Union[AccountType, str]] = ..., currency_code: _Optional[str] = ..., is_default: _Optional[bool] = ..., archived: _Optional[bool] = ..., icon: _Optional[str] = ..., color: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., etag: _Optional[str] = ..., allow_overdraft: _Optional[bool] = ..., opening_balance: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., current_balance: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., last_reconciled_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., reconciled_balance: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class CreateAccountRequest(_message.Message):
    __slots__ = ("request_id", "name", "type", "currency_code", "is_default", "icon", "color", "allow_overdraft", "opening_balance")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    TYPE_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    IS_DEFAULT_FIELD_NUMBER: _ClassVar[int]
    ICON_FIELD_NUMBER: _ClassVar[int]
    COLOR_FIELD_NUMBER: _ClassVar[int]
    ALLOW_OVERDRAFT_FIELD_NUMBER: _ClassVar[int]
    OPENING_BALANCE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    name: str
    type: AccountType
    currency_code: str
    is_default: bool
    icon: str
    color: str
    allow_overdraft: bool
    opening_balance: _common_pb2.Money
    def __init__(self, request_id: _Optional[str] = ..., name: _Optional[str] = ..., type: _Optional[_Union[AccountType, str]] = ..., currency_code: _Optional[str] = ..., is_default: _Optional[bool] = ..., icon: _Optional[str] = ..., color: _Optional[str] = ..., allow_overdraft: _Optional[bool] = ..., opening_balance: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class CreateAccountResponse(_message.Message):
    __slots__ = ("account",)
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    account: Account
    def __init__(self, account: _Optional[_Union[Account, _Mapping]] = ...) -> None: ...

class GetAccountRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class GetAccountResponse(_message.Message):
    __slots__ = ("account",)
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    account: Account
    def __init__(self, account: _Optional[_Union[Account, _Mapping]] = ...) -> None: ...

class ListAccountsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "include_archived")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    INCLUDE_ARCHIVED_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    include_archived: bool
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., include_archived: _Optional[bool] = ...) -> None: ...

class ListAccountsResponse(_message.Message):
    __slots__ = ("accounts", "next_page_token")
    ACCOUNTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    accounts: _containers.RepeatedCompositeFieldContainer[Account]
    next_page_token: str
    def __init__(self, accounts: _Optional[_Iterable[_Union[Account, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateAccountRequest(_message.Message):
    __slots__ = ("account", "update_mask", "request_id")
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    account: Account
    update_mask: _field_mask_pb2.FieldMask
    request_id: str
    def __init__(self, account: _Optional[_Union[Account, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateAccountResponse(_message.Message):
    __slots__ = ("account",)
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    account: Account
    def __init__(self, account: _Optional[_Union[Account, _Mapping]] = ...) -> None: ...

class DeleteAccountRequest(_message.Message):
    __slots__ = ("id", "etag", "request_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    etag: str
    request_id: str
    def __init__(self, id: _Optional[str] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeleteAccountResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...
