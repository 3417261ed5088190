import datetime

from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
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

class ImportFormat(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IMPORT_FORMAT_UNSPECIFIED: _ClassVar[ImportFormat]
    IMPORT_FORMAT_CSV: _ClassVar[ImportFormat]
    IMPORT_FORMAT_OFX: _ClassVar[ImportFormat]
    IMPORT_FORMAT_QFX: _ClassVar[ImportFormat]
    IMPORT_FORMAT_QIF: _ClassVar[ImportFormat]

class ImportMode(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IMPORT_MODE_UNSPECIFIED: _ClassVar[ImportMode]
    IMPORT_MODE_ALL_OR_NOTHING: _ClassVar[ImportMode]
    IMPORT_MODE_VALID_ROWS: _ClassVar[ImportMode]

class ImportState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IMPORT_STATE_UNSPECIFIED: _ClassVar[ImportState]
    IMPORT_STATE_UPLOADING: _ClassVar[ImportState]
    IMPORT_STATE_COMMITTED: _ClassVar[ImportState]
    IMPORT_STATE_FAILED: _ClassVar[ImportState]
    IMPORT_STATE_UNDONE: _ClassVar[ImportState]

class DecimalSeparator(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    DECIMAL_SEPARATOR_UNSPECIFIED: _ClassVar[DecimalSeparator]
    DECIMAL_SEPARATOR_POINT: _ClassVar[DecimalSeparator]
    DECIMAL_SEPARATOR_COMMA: _ClassVar[DecimalSeparator]

class ImportRowOutcome(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    IMPORT_ROW_OUTCOME_UNSPECIFIED: _ClassVar[ImportRowOutcome]
    IMPORT_ROW_OUTCOME_CREATED: _ClassVar[ImportRowOutcome]
    IMPORT_ROW_OUTCOME_SKIPPED_DUPLICATE: _ClassVar[ImportRowOutcome]
    IMPORT_ROW_OUTCOME_MATCHED: _ClassVar[ImportRowOutcome]
    IMPORT_ROW_OUTCOME_ERROR: _ClassVar[ImportRowOutcome]
IMPORT_FORMAT_UNSPECIFIED: ImportFormat
IMPORT_FORMAT_CSV: ImportFormat
IMPORT_FORMAT_OFX: ImportFormat
IMPORT_FORMAT_QFX: ImportFormat
IMPORT_FORMAT_QIF: ImportFormat
IMPORT_MODE_UNSPECIFIED: ImportMode
IMPORT_MODE_ALL_OR_NOTHING: ImportMode
IMPORT_MODE_VALID_ROWS: ImportMode
IMPORT_STATE_UNSPECIFIED: ImportState
IMPORT_STATE_UPLOADING: ImportState
IMPORT_STATE_COMMITTED: ImportState
IMPORT_STATE_FAILED: ImportState
IMPORT_STATE_UNDONE: ImportState
DECIMAL_SEPARATOR_UNSPECIFIED: DecimalSeparator
DECIMAL_SEPARATOR_POINT: DecimalSeparator
DECIMAL_SEPARATOR_COMMA: DecimalSeparator
IMPORT_ROW_OUTCOME_UNSPECIFIED: ImportRowOutcome
IMPORT_ROW_OUTCOME_CREATED: ImportRowOutcome
IMPORT_ROW_OUTCOME_SKIPPED_DUPLICATE: ImportRowOutcome
IMPORT_ROW_OUTCOME_MATCHED: ImportRowOutcome
IMPORT_ROW_OUTCOME_ERROR: ImportRowOutcome

class CsvMapping(_message.Message):
    __slots__ = ("delimiter", "date_column", "amount_column", "debit_column", "credit_column", "payee_column", "description_column", "external_id_column", "status_column", "pending_value", "negate_amounts")
    DELIMITER_FIELD_NUMBER: _ClassVar[int]
    DATE_COLUMN_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_COLUMN_FIELD_NUMBER: _ClassVar[int]
    DEBIT_COLUMN_FIELD_NUMBER: _ClassVar[int]
    CREDIT_COLUMN_FIELD_NUMBER: _ClassVar[int]
    PAYEE_COLUMN_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_COLUMN_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_ID_COLUMN_FIELD_NUMBER: _ClassVar[int]
    STATUS_COLUMN_FIELD_NUMBER: _ClassVar[int]
    PENDING_VALUE_FIELD_NUMBER: _ClassVar[int]
    NEGATE_AMOUNTS_FIELD_NUMBER: _ClassVar[int]
    delimiter: str
    date_column: str
    amount_column: str
    debit_column: str
    credit_column: str
    payee_column: str
    description_column: str
    external_id_column: str
    status_column: str
    pending_value: str
    negate_amounts: bool
    def __init__(self, delimiter: _Optional[str] = ..., date_column: _Optional[str] = ..., amount_column: _Optional[str] = ..., debit_column: _Optional[str] = ..., credit_column: _Optional[str] = ..., payee_column: _Optional[str] = ..., description_column: _Optional[str] = ..., external_id_column: _Optional[str] = ..., status_column: _Optional[str] = ..., pending_value: _Optional[str] = ..., negate_amounts: _Optional[bool] = ...) -> None: ...

class CreateImportRequest(_message.Message):
    __slots__ = ("request_id", "account_id", "format", "csv", "date_format", "decimal_separator", "mode", "match_window_days", "file_name")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    CSV_FIELD_NUMBER: _ClassVar[int]
    DATE_FORMAT_FIELD_NUMBER: _ClassVar[int]
    DECIMAL_SEPARATOR_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    MATCH_WINDOW_DAYS_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    account_id: str
    format: ImportFormat
    csv: CsvMapping
    date_format: str
    decimal_separator: DecimalSeparator
    mode: ImportMode
    match_window_days: int
    file_name: str
    def __init__(self, request_id: _Optional[str] = ..., account_id: _Optional[str] = ..., format: _Optional[_Union[ImportFormat, str]] = ..., csv: _Optional[_Union[CsvMapping, _Mapping]] = ..., date_format: _Optional[str] = ..., decimal_separator: _Optional[_Union[DecimalSeparator, str]] = ..., mode: _Optional[_Union[ImportMode, str]] = ..., match_window_days: _Optional[int] = ..., file_name: _Optional[str] = ...) -> None: ...

class StatementImport(_message.Message):
    __slots__ = ("id", "account_id", "format", "mode", "state", "chunks_received", "bytes_received", "rows_total", "rows_created", "rows_matched", "rows_skipped", "rows_failed", "failure_reason", "file_name", "create_time", "commit_time", "undo_time", "undo_deadline")
    ID_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    FORMAT_FIELD_NUMBER: _ClassVar[int]
    MODE_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    CHUNKS_RECEIVED_FIELD_NUMBER: _ClassVar[int]
    BYTES_RECEIVED_FIELD_NUMBER: _ClassVar[int]
    ROWS_TOTAL_FIELD_NUMBER: _ClassVar[int]
    ROWS_CREATED_FIELD_NUMBER: _ClassVar[int]
    ROWS_MATCHED_FIELD_NUMBER: _ClassVar[int]
    ROWS_SKIPPED_FIELD_NUMBER: _ClassVar[int]
    ROWS_FAILED_FIELD_NUMBER: _ClassVar[int]
    FAILURE_REASON_FIELD_NUMBER: _ClassVar[int]
    FILE_NAME_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    COMMIT_TIME_FIELD_NUMBER: _ClassVar[int]
    UNDO_TIME_FIELD_NUMBER: _ClassVar[int]
    UNDO_DEADLINE_FIELD_NUMBER: _ClassVar[int]
    id: str
    account_id: str
    format: ImportFormat
    mode: ImportMode
    state: ImportState
    chunks_received: int
    bytes_received: int
    rows_total: int
    rows_created: int
    rows_matched: int
    rows_skipped: int
    rows_failed: int
    failure_reason: str
    file_name: str
    create_time: _timestamp_pb2.Timestamp
    commit_time: _timestamp_pb2.Timestamp
    undo_time: _timestamp_pb2.Timestamp
    undo_deadline: _timestamp_pb2.Timestamp
    def __init__(self, id: _Optional[str] = ..., account_id: _Optional[str] = ..., format: _Optional[_Union[ImportFormat, str]] = ..., mode: _Optional[_Union[ImportMode, str]] = ..., state: _Optional[_Union[ImportState, str]] = ..., chunks_received: _Optional[int] = ..., bytes_received: _Optional[int] = ..., rows_total: _Optional[int] = ..., rows_created: _Optional[int] = ..., rows_matched: _Optional[int] = ..., rows_skipped: _Optional[int] = ..., rows_failed: _Optional[int] = ..., failure_reason: _Optional[str] = ..., file_name: _Optional[str] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., commit_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., undo_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., undo_deadline: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ...) -> None: ...

class CreateImportResponse(_message.Message):
    __slots__ = ("statement_import",)
    STATEMENT_IMPORT_FIELD_NUMBER: _ClassVar[int]
    statement_import: StatementImport
    def __init__(self, statement_import: _Optional[_Union[StatementImport, _Mapping]] = ...) -> None: ...

class UploadImportChunkRequest(_message.Message):
    __slots__ = ("import_id", "index", "data", "sha256")
    IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    INDEX_FIELD_NUMBER: _ClassVar[int]
    DATA_FIELD_NUMBER: _ClassVar[int]
    SHA256_FIELD_NUMBER: _ClassVar[int]
    import_id: str
    index: int
    data: bytes
    sha256: str
    def __init__(self, import_id: _Optional[str] = ..., index: _Optional[int] = ..., data: _Optional[bytes] = ..., sha256: _Optional[str] = ...) -> None: ...

class UploadImportChunkResponse(_message.Message):
    __slots__ = ("statement_import",)
    STATEMENT_IMPORT_FIELD_NUMBER: _ClassVar[int]
    statement_import: StatementImport
    def __init__(self, statement_import: _Optional[_Union[StatementImport, _Mapping]] = ...) -> None: ...

class CommitImportRequest(_message.Message):
    __slots__ = ("import_id", "chunk_count")
    IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    CHUNK_COUNT_FIELD_NUMBER: _ClassVar[int]
    import_id: str
    chunk_count: int
    def __init__(self, import_id: _Optional[str] = ..., chunk_count: _Optional[int] = ...) -> None: ...

class CommitImportResponse(_message.Message):
    __slots__ = ("statement_import",)
    STATEMENT_IMPORT_FIELD_NUMBER: _ClassVar[int]
    statement_import: StatementImport
    def __init__(self, statement_import: _Optional[_Union[StatementImport, _Mapping]] = ...) -> None: ...

class ImportRow(_message.Message):
    __slots__ = ("row_number", "outcome", "transaction_id", "reason", "external_id", "occurred_on", "amount", "payee")
    ROW_NUMBER_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    REASON_FIELD_NUMBER: _ClassVar[int]
    EXTERNAL_ID_FIELD_NUMBER: _ClassVar[int]
    OCCURRED_ON_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    PAYEE_FIELD_NUMBER: _ClassVar[int]
    row_number: int
    outcome: ImportRowOutcome
    transaction_id: str
    reason: str
    external_id: str
    occurred_on: _date_pb2.Date
    amount: _common_pb2.Money
    payee: str
    def __init__(self, row_number: _Optional[int] = ..., outcome: _Optional[_Union[ImportRowOutcome, str]] = ..., transaction_id: _Optional[str] = ..., reason: _Optional[str] = ..., external_id: _Optional[str] = ..., occurred_on: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., payee: _Optional[str] = ...) -> None: ...

class GetImportRequest(_message.Message):
    __slots__ = ("import_id", "page_size", "page_token", "outcome")
    IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    OUTCOME_FIELD_NUMBER: _ClassVar[int]
    import_id: str
    page_size: int
    page_token: str
    outcome: ImportRowOutcome
    def __init__(self, import_id: _Optional[str] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., outcome: _Optional[_Union[ImportRowOutcome, str]] = ...) -> None: ...

class GetImportResponse(_message.Message):
    __slots__ = ("statement_import", "rows", "next_page_token")
    STATEMENT_IMPORT_FIELD_NUMBER: _ClassVar[int]
    ROWS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    statement_import: StatementImport
    rows: _containers.RepeatedCompositeFieldContainer[ImportRow]
    next_page_token: str
    def __init__(self, statement_import: _Optional[_Union[StatementImport, _Mapping]] = ..., rows: _Optional[_Iterable[_Union[ImportRow, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UndoImportRequest(_message.Message):
    __slots__ = ("import_id",)
    IMPORT_ID_FIELD_NUMBER: _ClassVar[int]
    import_id: str
    def __init__(self, import_id: _Optional[str] = ...) -> None: ...

class UndoImportResponse(_message.Message):
    __slots__ = ("statement_import",)
    STATEMENT_IMPORT_FIELD_NUMBER: _ClassVar[int]
    statement_import: StatementImport
    def __init__(self, statement_import: _Optional[_Union[StatementImport, _Mapping]] = ...) -> None: ...
