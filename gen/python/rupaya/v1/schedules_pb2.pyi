import datetime

from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from google.type import date_pb2 as _date_pb2
from google.type import timeofday_pb2 as _timeofday_pb2
from rupaya.v1 import common_pb2 as _common_pb2
from rupaya.v1 import text_pb2 as _text_pb2
from rupaya.v1 import transactions_pb2 as _transactions_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class ScheduleFrequency(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    SCHEDULE_FREQUENCY_UNSPECIFIED: _ClassVar[ScheduleFrequency]
    SCHEDULE_FREQUENCY_DAILY: _ClassVar[ScheduleFrequency]
    SCHEDULE_FREQUENCY_WEEKLY: _ClassVar[ScheduleFrequency]
    SCHEDULE_FREQUENCY_MONTHLY: _ClassVar[ScheduleFrequency]
    SCHEDULE_FREQUENCY_YEARLY: _ClassVar[ScheduleFrequency]

class Weekday(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    WEEKDAY_UNSPECIFIED: _ClassVar[Weekday]
    WEEKDAY_MONDAY: _ClassVar[Weekday]
    WEEKDAY_TUESDAY: _ClassVar[Weekday]
    WEEKDAY_WEDNESDAY: _ClassVar[Weekday]
    WEEKDAY_THURSDAY: _ClassVar[Weekday]
    WEEKDAY_FRIDAY: _ClassVar[Weekday]
    WEEKDAY_SATURDAY: _ClassVar[Weekday]
    WEEKDAY_SUNDAY: _ClassVar[Weekday]

class OccurrenceState(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    OCCURRENCE_STATE_UNSPECIFIED: _ClassVar[OccurrenceState]
    OCCURRENCE_STATE_UPCOMING: _ClassVar[OccurrenceState]
    OCCURRENCE_STATE_AWAITING_REVIEW: _ClassVar[OccurrenceState]
    OCCURRENCE_STATE_POSTED: _ClassVar[OccurrenceState]
    OCCURRENCE_STATE_SKIPPED: _ClassVar[OccurrenceState]
    OCCURRENCE_STATE_FAILED: _ClassVar[OccurrenceState]
SCHEDULE_FREQUENCY_UNSPECIFIED: ScheduleFrequency
SCHEDULE_FREQUENCY_DAILY: ScheduleFrequency
SCHEDULE_FREQUENCY_WEEKLY: ScheduleFrequency
SCHEDULE_FREQUENCY_MONTHLY: ScheduleFrequency
SCHEDULE_FREQUENCY_YEARLY: ScheduleFrequency
WEEKDAY_UNSPECIFIED: Weekday
WEEKDAY_MONDAY: Weekday
WEEKDAY_TUESDAY: Weekday
WEEKDAY_WEDNESDAY: Weekday
WEEKDAY_THURSDAY: Weekday
WEEKDAY_FRIDAY: Weekday
WEEKDAY_SATURDAY: Weekday
WEEKDAY_SUNDAY: Weekday
OCCURRENCE_STATE_UNSPECIFIED: OccurrenceState
OCCURRENCE_STATE_UPCOMING: OccurrenceState
OCCURRENCE_STATE_AWAITING_REVIEW: OccurrenceState
OCCURRENCE_STATE_POSTED: OccurrenceState
OCCURRENCE_STATE_SKIPPED: OccurrenceState
OCCURRENCE_STATE_FAILED: OccurrenceState

class Schedule(_message.Message):
    __slots__ = ("id", "kind", "account_id", "amount", "to_account_id", "to_amount", "category_id", "payee", "description", "notes", "tags", "frequency", "interval", "weekdays", "month_day", "start_date", "end_date", "max_occurrences", "time_zone", "post_time", "needs_review", "next_occurrence_date", "create_time", "update_time", "etag")
    ID_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TO_ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    TO_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    CATEGORY_ID_FIELD_NUMBER: _ClassVar[int]
    PAYEE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    NOTES_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    FREQUENCY_FIELD_NUMBER: _ClassVar[int]
    INTERVAL_FIELD_NUMBER: _ClassVar[int]
    WEEKDAYS_FIELD_NUMBER: _ClassVar[int]
    MONTH_DAY_FIELD_NUMBER: _ClassVar[int]
    START_DATE_FIELD_NUMBER: _ClassVar[int]
    END_DATE_FIELD_NUMBER: _ClassVar[int]
    MAX_OCCURRENCES_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    POST_TIME_FIELD_NUMBER: _ClassVar[int]
    NEEDS_REVIEW_FIELD_NUMBER: _ClassVar[int]
    NEXT_OCCURRENCE_DATE_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    id: str
    kind: _transactions_pb2.TransactionKind
    account_id: str
    amount: _common_pb2.Money
    to_account_id: str
    to_amount: _common_pb2.Money
    category_id: str
    payee: str
    description: str
    notes: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    frequency: ScheduleFrequency
    interval: int
    weekdays: _containers.RepeatedScalarFieldContainer[Weekday]
    month_day: int
    start_date: _date_pb2.Date
    end_date: _date_pb2.Date
    max_occurrences: int
    time_zone: str
    post_time: _timeofday_pb2.TimeOfDay
    needs_review: bool
    next_occurrence_date: _date_pb2.Date
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    etag: str
    def __init__(self, id: _Optional[str] = ..., kind: _Optional[_Union[_transactions_pb2.TransactionKind, str]] = ..., account_id: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., to_account_id: _Optional[str] = ..., to_amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., category_id: _Optional[str] = ..., payee: _Optional[str] = ..., description: _Optional[str] = ..., notes: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., frequency: _Optional[_Union[ScheduleFrequency, str]] = ..., interval: _Optional[int] = ..., weekdays: _Optional[_Iterable[_Union[Weekday, str]]] = ..., month_day: _Optional[int] = ..., start_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., end_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., max_occurrences: _Optional[int] = ..., time_zone: _Optional[str] = ..., post_time: _Optional[_Union[_timeofday_pb2.TimeOfDay, _Mapping]] = ..., needs_review: _Optional[bool] = ..., next_occurrence_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., etag: _Optional[str] = ...) -> None: ...

class Occurrence(_message.Message):
    __slots__ = ("schedule_id", "occurrence_date", "date", "due_time", "state", "kind", "account_id", "amount", "to_amount", "payee", "description", "transaction_id", "failure_reason", "failure_message", "catch_up", "resolve_time", "etag")
    SCHEDULE_ID_FIELD_NUMBER: _ClassVar[int]
    OCCURRENCE_DATE_FIELD_NUMBER: _ClassVar[int]
    DATE_FIELD_NUMBER: _ClassVar[int]
    DUE_TIME_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    KIND_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    TO_AMOUNT_FIELD_NUMBER: _ClassVar[int]
    PAYEE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    TRANSACTION_ID_FIELD_NUMBER: _ClassVar[int]
    FAILURE_REASON_FIELD_NUMBER: _ClassVar[int]
    FAILURE_MESSAGE_FIELD_NUMBER: _ClassVar[int]
    CATCH_UP_FIELD_NUMBER: _ClassVar[int]
    RESOLVE_TIME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    schedule_id: str
    occurrence_date: _date_pb2.Date
    date: _date_pb2.Date
    due_time: _timestamp_pb2.Timestamp
    state: OccurrenceState
    kind: _transactions_pb2.TransactionKind
    account_id: str
    amount: _common_pb2.Money
    to_amount: _common_pb2.Money
    payee: str
    description: str
    transaction_id: str
    failure_reason: str
    failure_message: str
    catch_up: bool
    resolve_time: _timestamp_pb2.Timestamp
    etag: str
    def __init__(self, schedule_id: _Optional[str] = ..., occurrence_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., due_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., state: _Optional[_Union[OccurrenceState, str]] = ..., kind: _Optional[_Union[_transactions_pb2.TransactionKind, str]] = ..., account_id: _Optional[str] = ..., amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., to_amount: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., payee: _Optional[str] = ..., description: _Optional[str] = ..., transaction_id: _Optional[str] = ..., failure_reason: _Optional[str] = ..., failure_message: _Optional[str] = ..., catch_up: _Optional[bool] = ..., resolve_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., etag: _Optional[str] = ...) -> None: ...

class CreateScheduleRequest(_message.Message):
    __slots__ = ("request_id", "schedule")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    schedule: Schedule
    def __init__(self, request_id: _Optional[str] = ..., schedule: _Optional[_Union[Schedule, _Mapping]] = ...) -> None: ...

class CreateScheduleResponse(_message.Message):
    __slots__ = ("schedule",)
    SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    schedule: Schedule
    def __init__(self, schedule: _Optional[_Union[Schedule, _Mapping]] = ...) -> None: ...

class GetScheduleRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class GetScheduleResponse(_message.Message):
    __slots__ = ("schedule",)
    SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    schedule: Schedule
    def __init__(self, schedule: _Optional[_Union[Schedule, _Mapping]] = ...) -> None: ...

class ListSchedulesRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListSchedulesResponse(_message.Message):
    __slots__ = ("schedules", "next_page_token")
    SCHEDULES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    schedules: _containers.RepeatedCompositeFieldContainer[Schedule]
    next_page_token: str
    def __init__(self, schedules: _Optional[_Iterable[_Union[Schedule, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateScheduleRequest(_message.Message):
    __slots__ = ("schedule", "update_mask", "request_id")
    SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    schedule: Schedule
    update_mask: _field_mask_pb2.FieldMask
    request_id: str
    def __init__(self, schedule: _Optional[_Union[Schedule, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateScheduleResponse(_message.Message):
    __slots__ = ("schedule",)
    SCHEDULE_FIELD_NUMBER: _ClassVar[int]
    schedule: Schedule
    def __init__(self, schedule: _Optional[_Union[Schedule, _Mapping]] = ...) -> None: ...

class DeleteScheduleRequest(_message.Message):
    __slots__ = ("id", "etag", "request_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    etag: str
    request_id: str
    def __init__(self, id: _Optional[str] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeleteScheduleResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListUpcomingOccurrencesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "schedule_id", "from_date")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_ID_FIELD_NUMBER: _ClassVar[int]
    FROM_DATE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    schedule_id: str
    from_date: _date_pb2.Date
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., schedule_id: _Optional[str] = ..., from_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ...) -> None: ...

class ListUpcomingOccurrencesResponse(_message.Message):
    __slots__ = ("occurrences", "next_page_token")
    OCCURRENCES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    occurrences: _containers.RepeatedCompositeFieldContainer[Occurrence]
    next_page_token: str
    def __init__(self, occurrences: _Optional[_Iterable[_Union[Occurrence, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class ListOccurrencesRequest(_message.Message):
    __slots__ = ("page_size", "page_token", "schedule_id", "state")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    SCHEDULE_ID_FIELD_NUMBER: _ClassVar[int]
    STATE_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    schedule_id: str
    state: OccurrenceState
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ..., schedule_id: _Optional[str] = ..., state: _Optional[_Union[OccurrenceState, str]] = ...) -> None: ...

class ListOccurrencesResponse(_message.Message):
    __slots__ = ("occurrences", "next_page_token")
    OCCURRENCES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    occurrences: _containers.RepeatedCompositeFieldContainer[Occurrence]
    next_page_token: str
    def __init__(self, occurrences: _Optional[_Iterable[_Union[Occurrence, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class SkipOccurrenceRequest(_message.Message):
    __slots__ = ("schedule_id", "occurrence_date", "etag", "request_id")
    SCHEDULE_ID_FIELD_NUMBER: _ClassVar[int]
    OCCURRENCE_DATE_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    schedule_id: str
    occurrence_date: _date_pb2.Date
    etag: str
    request_id: str
    def __init__(self, schedule_id: _Optional[str] = ..., occurrence_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class SkipOccurrenceResponse(_message.Message):
    __slots__ = ("occurrence",)
    OCCURRENCE_FIELD_NUMBER: _ClassVar[int]
    occurrence: Occurrence
    def __init__(self, occurrence: _Optional[_Union[Occurrence, _Mapping]] = ...) -> None: ...

class MoveOccurrenceRequest(_message.Message):
    __slots__ = ("schedule_id", "occurrence_date", "etag", "request_id", "new_date")
    SCHEDULE_ID_FIELD_NUMBER: _ClassVar[int]
    OCCURRENCE_DATE_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    NEW_DATE_FIELD_NUMBER: _ClassVar[int]
    schedule_id: str
    occurrence_date: _date_pb2.Date
    etag: str
    request_id: str
    new_date: _date_pb2.Date
    def __init__(self, schedule_id: _Optional[str] = ..., occurrence_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ..., new_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ...) -> None: ...

class MoveOccurrenceResponse(_message.Message):
    __slots__ = ("occurrence",)
    OCCURRENCE_FIELD_NUMBER: _ClassVar[int]
    occurrence: Occurrence
    def __init__(self, occurrence: _Optional[_Union[Occurrence, _Mapping]] = ...) -> None: ...

class EditOccurrenceRequest(_message.Message):
    __slots__ = ("occurrence", "update_mask", "request_id")
    OCCURRENCE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    occurrence: Occurrence
    update_mask: _field_mask_pb2.FieldMask
    request_id: str
    def __init__(self, occurrence: _Optional[_Union[Occurrence, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class EditOccurrenceResponse(_message.Message):
    __slots__ = ("occurrence",)
    OCCURRENCE_FIELD_NUMBER: _ClassVar[int]
    occurrence: Occurrence
    def __init__(self, occurrence: _Optional[_Union[Occurrence, _Mapping]] = ...) -> None: ...

class PostOccurrenceRequest(_message.Message):
    __slots__ = ("schedule_id", "occurrence_date", "etag", "request_id")
    SCHEDULE_ID_FIELD_NUMBER: _ClassVar[int]
    OCCURRENCE_DATE_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    schedule_id: str
    occurrence_date: _date_pb2.Date
    etag: str
    request_id: str
    def __init__(self, schedule_id: _Optional[str] = ..., occurrence_date: _Optional[_Union[_date_pb2.Date, _Mapping]] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class PostOccurrenceResponse(_message.Message):
    __slots__ = ("occurrence",)
    OCCURRENCE_FIELD_NUMBER: _ClassVar[int]
    occurrence: Occurrence
    def __init__(self, occurrence: _Optional[_Union[Occurrence, _Mapping]] = ...) -> None: ...
