import datetime

from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from rupaya.v1 import accounts_pb2 as _accounts_pb2
from rupaya.v1 import auth_pb2 as _auth_pb2
from rupaya.v1 import budgets_pb2 as _budgets_pb2
from rupaya.v1 import categories_pb2 as _categories_pb2
from rupaya.v1 import common_pb2 as _common_pb2
from rupaya.v1 import exchange_rates_pb2 as _exchange_rates_pb2
from rupaya.v1 import notifications_pb2 as _notifications_pb2
from rupaya.v1 import transactions_pb2 as _transactions_pb2
from rupaya.v1 import users_pb2 as _users_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class EntityType(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ENTITY_TYPE_UNSPECIFIED: _ClassVar[EntityType]
    ENTITY_TYPE_ACCOUNT: _ClassVar[EntityType]
    ENTITY_TYPE_CATEGORY: _ClassVar[EntityType]
    ENTITY_TYPE_TRANSACTION: _ClassVar[EntityType]
    ENTITY_TYPE_BUDGET: _ClassVar[EntityType]
    ENTITY_TYPE_EXCHANGE_RATE: _ClassVar[EntityType]
    ENTITY_TYPE_PROFILE: _ClassVar[EntityType]
    ENTITY_TYPE_SESSION: _ClassVar[EntityType]
    ENTITY_TYPE_NOTIFICATION: _ClassVar[EntityType]

class ChangeOperation(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    CHANGE_OPERATION_UNSPECIFIED: _ClassVar[ChangeOperation]
    CHANGE_OPERATION_UPSERT: _ClassVar[ChangeOperation]
    CHANGE_OPERATION_DELETE: _ClassVar[ChangeOperation]
ENTITY_TYPE_UNSPECIFIED: EntityType
ENTITY_TYPE_ACCOUNT: EntityType
ENTITY_TYPE_CATEGORY: EntityType
ENTITY_TYPE_TRANSACTION: EntityType
ENTITY_TYPE_BUDGET: EntityType
ENTITY_TYPE_EXCHANGE_RATE: EntityType
ENTITY_TYPE_PROFILE: EntityType
ENTITY_TYPE_SESSION: EntityType
ENTITY_TYPE_NOTIFICATION: EntityType
CHANGE_OPERATION_UNSPECIFIED: ChangeOperation
CHANGE_OPERATION_UPSERT: ChangeOperation
CHANGE_OPERATION_DELETE: ChangeOperation

class Change(_message.Message):
    __slots__ = ("cursor", "entity_type", "entity_id", "operation", "etag", "change_time", "account", "category", "transaction", "budget", "exchange_rate", "profile", "session", "notification")
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    ENTITY_TYPE_FIELD_NUMBER: _ClassVar[int]
    ENTITY_ID_FIELD_NUMBER: _ClassVar[int]
    OPERATION_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    CHANGE_TIME_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_FIELD_NUMBER: _ClassVar[int]
    BUDGET_FIELD_NUMBER: _ClassVar[int]
    EXCHANGE_RATE_FIELD_NUMBER: _ClassVar[int]
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    SESSION_FIELD_NUMBER: _ClassVar[int]
    NOTIFICATION_FIELD_NUMBER: _ClassVar[int]
    cursor: int
    entity_type: EntityType
    entity_id: str
    operation: ChangeOperation
    etag: str
    change_time: _timestamp_pb2.Timestamp
    account: _accounts_pb2.Account
    category: _categories_pb2.Category
    transaction: _transactions_pb2.Transaction
    budget: _budgets_pb2.Budget
    exchange_rate: _exchange_rates_pb2.ExchangeRate
    profile: _users_pb2.Profile
    session: _auth_pb2.DeviceSession
    notification: _notifications_pb2.Notification
    def __init__(self, cursor: _Optional[int] = ..., entity_type: _Optional[_Union[EntityType, str]] = ..., entity_id: _Optional[str] = ..., operation: _Optional[_Union[ChangeOperation, str]] = ..., etag: _Optional[str] = ..., change_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., account: _Optional[_Union[_accounts_pb2.Account, _Mapping]] = ..., category: _Optional[_Union[_categories_pb2.Category, _Mapping]] = ..., transaction: _Optional[_Union[_transactions_pb2.Transaction, _Mapping]] = ..., budget: _Optional[_Union[_budgets_pb2.Budget, _Mapping]] = ..., exchange_rate: _Optional[_Union[_exchange_rates_pb2.ExchangeRate, _Mapping]] = ..., profile: _Optional[_Union[_users_pb2.Profile, _Mapping]] = ..., session: _Optional[_Union[_auth_pb2.DeviceSession, _Mapping]] = ..., notification: _Optional[_Union[_notifications_pb2.Notification, _Mapping]] = ...) -> None: ...

class ListChangesRequest(_message.Message):
    __slots__ = ("cursor", "page_size")
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    cursor: int
    page_size: int
    def __init__(self, cursor: _Optional[int] = ..., page_size: _Optional[int] = ...) -> None: ...

class ListChangesResponse(_message.Message):
    __slots__ = ("changes", "next_cursor", "has_more")
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_CURSOR_FIELD_NUMBER: _ClassVar[int]
    HAS_MORE_FIELD_NUMBER: _ClassVar[int]
    changes: _containers.RepeatedCompositeFieldContainer[Change]
    next_cursor: int
    has_more: bool
    def __init__(self, changes: _Optional[_Iterable[_Union[Change, _Mapping]]] = ..., next_cursor: _Optional[int] = ..., has_more: _Optional[bool] = ...) -> None: ...

class WatchChangesRequest(_message.Message):
    __slots__ = ("cursor",)
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    cursor: int
    def __init__(self, cursor: _Optional[int] = ...) -> None: ...

class WatchChangesResponse(_message.Message):
    __slots__ = ("changes", "cursor")
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    CURSOR_FIELD_NUMBER: _ClassVar[int]
    changes: _containers.RepeatedCompositeFieldContainer[Change]
    cursor: int
    def __init__(self, changes: _Optional[_Iterable[_Union[Change, _Mapping]]] = ..., cursor: _Optional[int] = ...) -> None: ...
