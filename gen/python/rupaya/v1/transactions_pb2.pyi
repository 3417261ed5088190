import datetime

from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.type import date_pb2 as _date_pb2
from google.type import timeofday_pb2 as _timeofday_pb2
from rupaya.v1 import common_pb2 as _common_pb2
from rupaya.v1 import text_pb2 as _text_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class TransactionKind(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TRANSACTION_KIND_UNSPECIFIED: _ClassVar[TransactionKind]
    TRANSACTION_KIND_INCOME: _ClassVar[TransactionKind]
    TRANSACTION_KIND_EXPENSE: _ClassVar[TransactionKind]
    TRANSACTION_KIND_TRANSFER: _ClassVar[TransactionKind]

class TransactionStatus(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TRANSACTION_STATUS_UNSPECIFIED: _ClassVar[TransactionStatus]
    TRANSACTION_STATUS_PENDING: _ClassVar[TransactionStatus]
    TRANSACTION_STATUS_CLEARED: _ClassVar[TransactionStatus]
    TRANSACTION_STATUS_RECONCILED: _ClassVar[TransactionStatus]

class ExportFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    EXPORT_FORMAT_UNSPECIFIED: _ClassVar[ExportFormat]
    EXPORT_FORMAT_CSV: _ClassVar[ExportFormat]
    EXPORT_FORMAT_JSON_LINES: _ClassVar[ExportFormat]
TRANSACTION_KIND_UNSPECIFIED: TransactionKind
TRANSACTION_KIND_INCOME: TransactionKind
TRANSACTION_KIND_EXPENSE: TransactionKind
TRANSACTION_KIND_TRANSFER: TransactionKind
TRANSACTION_STATUS_UNSPECIFIED: TransactionStatus
TRANSACTION_STATUS_PENDING: TransactionStatus
TRANSACTION_STATUS_CLEARED: TransactionStatus
TRANSACTION_STATUS_RECONCILED: TransactionStatus
EXPORT_FORMAT_UNSPECIFIED: ExportFormat
EXPORT_FORMAT_CSV: ExportFormat
EXPORT_FORMAT_JSON_LINES: ExportFormat

class SplitLine(_message.Message):
    __slots__ = ("category_id", "amount", "note")
    CATEGORY_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    NOTE_FIELD_NUMBER: _ClassVar[int]
    category_id: str
    amount: _common_pb2.Money
    note: str
    def __init__(self, category_id: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., note: _Optional[str] = ...) -> None: ...

class Transaction(_message.Message):
    __slots__ = ("id", "kind", "account_id", "amount", "to_account_id", "to_amount", "category_id", "occurred_on", "occurred_time", "payee", "description", "notes", "tags", "splits", "delete_time", "create_time", "update_time", "etag", "external_id", "import_batch_id", "status")
    ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TO_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    TO_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_ID_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_ON_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_TIME_FIELD_NUMBER: _ClassVar[int]
    PAYEE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    NOTES_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    SPLITS_FIELD_NUMBER: _ClassVar[int]
    DELETE_TIME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_ID_FIELD_NUMBER: _ClassVar[int]
    IMPORT_BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    id: str
    kind: TransactionKind
    account_id: str
    amount: _common_pb2.Money
    to_account_id: str
    to_amount: _common_pb2.Money
    category_id: str
    occurred_on: _date_pb2.Date
    occurred_time: _timeofday_pb2.TimeOfDay
    payee: str
    description: str
    notes: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    splits: _containers.RepeatedCompositeFieldContainer[SplitLine]
    delete_time: _timestamp_pb2.Timestamp
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    etag: str
    external_id: str
    import_batch_id: str
    status: TransactionStatus
    def __init__(self, id: _Optional[str] = ..., kind: _Optional[_Union[TransactionKind, str]] = ..., account_id: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., to_account_id: _Optional[str] = ..., to_amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., category_id: _Optional[str] = ..., occurred_on: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., occurred_time: _Optional[_Union[_timeofday_pb2.TimeOfDay, _Mapping]] = ..., payee: _Optional[str] = ..., description: _Optional[str] = ..., notes: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., splits: _Optional[_Iterable[_Union[SplitLine, _Mapping]]] = ..., delete_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., etag: _Optional[str] = ..., external_id: _Optional[str] = ..., import_batch_id: _Optional[str] = ..., status: _Optional[_Union[TransactionStatus, str]] = ...) -> None: ...

class CreateTransactionRequest(_message.Message):
    __slots__ = ("request_id", "kind", "account_id", "amount", "to_account_id", "to_amount", "category_id", "occurred_on", "occurred_time", "payee", "description", "notes", "tags", "splits", "external_id", "import_batch_id", "status")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TO_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    TO_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_ID_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_ON_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_TIME_FIELD_NUMBER: _ClassVar[int]
    PAYEE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    NOTES_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    SPLITS_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_ID_FIELD_NUMBER: _ClassVar[int]
    IMPORT_BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    kind: TransactionKind
    account_id: str
    amount: _common_pb2.Money
    to_account_id: str
    to_amount: _common_pb2.Money
    category_id: str
    occurred_on: _date_pb2.Date
    occurred_time: _timeofday_pb2.TimeOfDay
    payee: str
    description: str
    notes: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    splits: _containers.RepeatedCompositeFieldContainer[SplitLine]
    external_id: str
    import_batch_id: str
    status: TransactionStatus
    def __init__(self, request_id: _Optional[str] = ..., kind: _Optional[_Union[TransactionKind, str]] = ..., account_id: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., to_account_id: _Optional[str] = ..., to_amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., category_id: _Optional[str] = ..., occurred_on: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., occurred_time: _Optional[_Union[_timeofday_pb2.TimeOfDay, _Mapping]] = ..., payee: _Optional[str] = ..., description: _Optional[str] = ..., notes: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., splits: _Optional[_Iterable[_Union[SplitLine, _Mapping]]] = ..., external_id: _Optional[str] = ..., import_batch_id: _Optional[str] = ..., status: _Optional[_Union[TransactionStatus, str]] = ...) -> None: ...

class CreateTransactionResponse(_message.Message):
    __slots__ = ("transaction",)
    TRANSACTION_FIELD_NUMBER: _ClassVar[int]
    transaction: Transaction
    def __init__(self, transaction: _Optional[_Union[Transaction, _Mapping]] = ...) -> None: ...

class GetTransactionRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class GetTransactionResponse(_message.Message):
    __slots__ = ("transaction",)
    TRANSACTION_FIELD_NUMBER: _ClassVar[int]
    transaction: Transaction
    def __init__(self, transaction: _Optional[_Union[Transaction, _Mapping]] = ...) -> None: ...

class ListTransactionsRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "account_id", "category_id", "kind", "from_date", "to_date", "min_amount", "max_amount", "tag", "query", "show_deleted", "import_batch_id", "status")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    FROM_DATE_FIELD_NUMBER: _ClassVar[int]
    TO_DATE_FIELD_NUMBER: _ClassVar[int]
    MIN_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    MAX_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TAG_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    SHOW_DELETED_FIELD_NUMBER: _ClassVar[int]
    IMPORT_BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    account_id: str
    category_id: str
    kind: TransactionKind
    from_date: _date_pb2.Date
    to_date: _date_pb2.Date
    min_amount: _common_pb2.Money
    max_amount: _common_pb2.Money
    tag: str
    query: str
    show_deleted: bool
    import_batch_id: str
    status: TransactionStatus
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., account_id: _Optional[str] = ..., category_id: _Optional[str] = ..., kind: _Optional[_Union[TransactionKind, str]] = ..., from_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., to_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., min_amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., max_amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., tag: _Optional[str] = ..., query: _Optional[str] = ..., show_deleted: _Optional[bool] = ..., import_batch_id: _Optional[str] = ..., status: _Optional[_Union[TransactionStatus, str]] = ...) -> None: ...

class ListTransactionsResponse(_message.Message):
    __slots__ = ("transactions", "next_page_token")
    TRANSACTIONS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    transactions: _containers.RepeatedCompositeFieldContainer[Transaction]
    next_page_token: str
    def __init__(self, transactions: _Optional[_Iterable[_Union[Transaction, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ExportTransactionsRequest(_message.Message):
    __slots__ = ("format", "account_id", "category_id", "kind", "from_date", "to_date", "min_amount", "max_amount", "tag", "query", "show_deleted", "import_batch_id", "status")
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    FROM_DATE_FIELD_NUMBER: _ClassVar[int]
    TO_DATE_FIELD_NUMBER: _ClassVar[int]
    MIN_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    MAX_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TAG_FIELD_NUMBER: _ClassVar[int]
    QUERY_FIELD_NUMBER: _ClassVar[int]
    SHOW_DELETED_FIELD_NUMBER: _ClassVar[int]
    IMPORT_BATCH_ID_FIELD_NUMBER: _ClassVar[int]
    STATUS_FIELD_NUMBER: _ClassVar[int]
    format: ExportFormat
    account_id: str
    category_id: str
    kind: TransactionKind
    from_date: _date_pb2.Date
    to_date: _date_pb2.Date
    min_amount: _common_pb2.Money
    max_amount: _common_pb2.Money
    tag: str
    query: str
    show_deleted: bool
    import_batch_id: str
    status: TransactionStatus
    def __init__(self, format: _Optional[_Union[ExportFormat, str]] = ..., account_id: _Optional[str] = ..., category_id: _Optional[str] = ..., kind: _Optional[_Union[TransactionKind, str]] = ..., from_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., to_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., min_amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., max_amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., tag: _Optional[str] = ..., query: _Optional[str] = ..., show_deleted: _Optional[bool] = ..., import_batch_id: _Optional[str] = ..., status: _Optional[_Union[TransactionStatus, str]] = ...) -> None: ...

class ExportTransactionsResponse(_message.Message):
    __slots__ = ("content_type", "data", "file_name")
    CONTENT_TYPE_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    content_type: str
    data: bytes
    file_name: str
    def __init__(self, content_type: _Optional[str] = ..., data: _Optional[bytes] = ..., file_name: _Optional[str] = ...) -> None: ...

class UpdateTransactionRequest(_message.Message):
    __slots__ = ("transaction", "update_mask", "request_id")
    TRANSACTION_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    transaction: Transaction
    update_mask: _field_mask_pb2.FieldMask
    request_id: str
    def __init__(self, transaction: _Optional[_Union[Transaction, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateTransactionResponse(_message.Message):
    __slots__ = ("transaction",)
    TRANSACTION_FIELD_NUMBER: _ClassVar[int]
    transaction: Transaction
    def __init__(self, transaction: _Optional[_Union[Transaction, _Mapping]] = ...) -> None: ...

class DeleteTransactionRequest(_message.Message):
    __slots__ = ("id", "etag", "request_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    etag: str
    request_id: str
    def __init__(self, id: _Optional[str] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeleteTransactionResponse(_message.Message):
    __slots__ = ("transaction",)
    TRANSACTION_FIELD_NUMBER: _ClassVar[int]
    transaction: Transaction
    def __init__(self, transaction: _Optional[_Union[Transaction, _Mapping]] = ...) -> None: ...

class UndeleteTransactionRequest(_message.Message):
    __slots__ = ("id", "etag", "request_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    etag: str
    request_id: str
    def __init__(self, id: _Optional[str] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class UndeleteTransactionResponse(_message.Message):
    __slots__ = ("transaction",)
    TRANSACTION_FIELD_NUMBER: _ClassVar[int]
    transaction: Transaction
    def __init__(self, transaction: _Optional[_Union[Transaction, _Mapping]] = ...) -> None: ...
