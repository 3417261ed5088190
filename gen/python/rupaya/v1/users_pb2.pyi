import datetime

from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
from rupaya.v1 import common_pb2 as _common_pb2
from rupaya.v1 import text_pb2 as _text_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class AuditAction(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    AUDIT_ACTION_UNSPECIFIED: _ClassVar[AuditAction]
    AUDIT_ACTION_SIGN_IN_SUCCEEDED: _ClassVar[AuditAction]
    AUDIT_ACTION_SIGN_IN_FAILED: _ClassVar[AuditAction]
    AUDIT_ACTION_MFA_ENABLED: _ClassVar[AuditAction]
    AUDIT_ACTION_MFA_DISABLED: _ClassVar[AuditAction]
    AUDIT_ACTION_BACKUP_CODE_USED: _ClassVar[AuditAction]
    AUDIT_ACTION_BACKUP_CODES_REGENERATED: _ClassVar[AuditAction]
    AUDIT_ACTION_PASSWORD_CHANGED: _ClassVar[AuditAction]
    AUDIT_ACTION_SESSION_REVOKED: _ClassVar[AuditAction]
    AUDIT_ACTION_REFRESH_TOKEN_REUSED: _ClassVar[AuditAction]
    AUDIT_ACTION_SIGNED_UP: _ClassVar[AuditAction]
    AUDIT_ACTION_SIGNING_KEY_ROTATED: _ClassVar[AuditAction]
    AUDIT_ACTION_ACCOUNT_DELETED: _ClassVar[AuditAction]
    AUDIT_ACTION_EMAIL_VERIFIED: _ClassVar[AuditAction]
    AUDIT_ACTION_EMAIL_CHANGE_REQUESTED: _ClassVar[AuditAction]
    AUDIT_ACTION_PASSWORD_RESET_REQUESTED: _ClassVar[AuditAction]
    AUDIT_ACTION_PASSWORD_RESET: _ClassVar[AuditAction]
    AUDIT_ACTION_MONEY_ACCOUNT_DELETED: _ClassVar[AuditAction]
    AUDIT_ACTION_MONEY_ACCOUNT_ARCHIVED: _ClassVar[AuditAction]
    AUDIT_ACTION_CATEGORY_DELETED: _ClassVar[AuditAction]
    AUDIT_ACTION_BUDGET_DELETED: _ClassVar[AuditAction]
    AUDIT_ACTION_SCHEDULE_DELETED: _ClassVar[AuditAction]
    AUDIT_ACTION_IMPORT_UNDONE: _ClassVar[AuditAction]
    AUDIT_ACTION_RULE_APPLIED: _ClassVar[AuditAction]
AUDIT_ACTION_UNSPECIFIED: AuditAction
AUDIT_ACTION_SIGN_IN_SUCCEEDED: AuditAction
AUDIT_ACTION_SIGN_IN_FAILED: AuditAction
AUDIT_ACTION_MFA_ENABLED: AuditAction
AUDIT_ACTION_MFA_DISABLED: AuditAction
AUDIT_ACTION_BACKUP_CODE_USED: AuditAction
AUDIT_ACTION_BACKUP_CODES_REGENERATED: AuditAction
AUDIT_ACTION_PASSWORD_CHANGED: AuditAction
AUDIT_ACTION_SESSION_REVOKED: AuditAction
AUDIT_ACTION_REFRESH_TOKEN_REUSED: AuditAction
AUDIT_ACTION_SIGNED_UP: AuditAction
AUDIT_ACTION_SIGNING_KEY_ROTATED: AuditAction
AUDIT_ACTION_ACCOUNT_DELETED: AuditAction
AUDIT_ACTION_EMAIL_VERIFIED: AuditAction
AUDIT_ACTION_EMAIL_CHANGE_REQUESTED: AuditAction
AUDIT_ACTION_PASSWORD_RESET_REQUESTED: AuditAction
AUDIT_ACTION_PASSWORD_RESET: AuditAction
AUDIT_ACTION_MONEY_ACCOUNT_DELETED: AuditAction
AUDIT_ACTION_MONEY_ACCOUNT_ARCHIVED: AuditAction
AUDIT_ACTION_CATEGORY_DELETED: AuditAction
AUDIT_ACTION_BUDGET_DELETED: AuditAction
AUDIT_ACTION_SCHEDULE_DELETED: AuditAction
AUDIT_ACTION_IMPORT_UNDONE: AuditAction
AUDIT_ACTION_RULE_APPLIED: AuditAction

class Profile(_message.Message):
    __slots__ = ("id", "email", "display_name", "base_currency", "time_zone", "locale", "mfa_enabled", "create_time", "etag", "email_verified", "pending_email", "budget_alert_emails")
    ID_FIELD_NUMBER: _ClassVar[int]
    EMAIL_FIELD_NUMBER: _ClassVar[int]
    DISPLAY_NAME_FIELD_NUMBER: _ClassVar[int]
    BASE_CURRENCY_FIELD_NUMBER: _ClassVar[int]
    TIME_ZONE_FIELD_NUMBER: _ClassVar[int]
    LOCALE_FIELD_NUMBER: _ClassVar[int]
    MFA_ENABLED_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    EMAIL_VERIFIED_FIELD_NUMBER: _ClassVar[int]
    PENDING_EMAIL_FIELD_NUMBER: _ClassVar[int]
    BUDGET_ALERT_EMAILS_FIELD_NUMBER: _ClassVar[int]
    id: str
    email: str
    display_name: str
    base_currency: str
    time_zone: str
    locale: str
    mfa_enabled: bool
    create_time: _timestamp_pb2.Timestamp
    etag: str
    email_verified: bool
    pending_email: str
    budget_alert_emails: bool
    def __init__(self, id: _Optional[str] = ..., email: _Optional[str] = ..., display_name: _Optional[str] = ..., base_currency: _Optional[str] = ..., time_zone: _Optional[str] = ..., locale: _Optional[str] = ..., mfa_enabled: _Optional[bool] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., etag: _Optional[str] = ..., email_verified: _Optional[bool] = ..., pending_email: _Optional[str] = ..., budget_alert_emails: _Optional[bool] = ...) -> None: ...

class GetProfileRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class GetProfileResponse(_message.Message):
    __slots__ = ("profile",)
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    profile: Profile
    def __init__(self, profile: _Optional[_Union[Profile, _Mapping]] = ...) -> None: ...

class UpdateProfileRequest(_message.Message):
    __slots__ = ("profile", "update_mask", "etag", "request_id")
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    profile: Profile
    update_mask: _field_mask_pb2.FieldMask
    etag: str
    request_id: str
    def __init__(self, profile: _Optional[_Union[Profile, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateProfileResponse(_message.Message):
    __slots__ = ("profile",)
    PROFILE_FIELD_NUMBER: _ClassVar[int]
    profile: Profile
    def __init__(self, profile: _Optional[_Union[Profile, _Mapping]] = ...) -> None: ...

class DeleteUserRequest(_message.Message):
    __slots__ = ("password", "totp_code")
    PASSWORD_FIELD_NUMBER: _ClassVar[int]
    TOTP_CODE_FIELD_NUMBER: _ClassVar[int]
    password: str
    totp_code: str
    def __init__(self, password: _Optional[str] = ..., totp_code: _Optional[str] = ...) -> None: ...

class DeleteUserResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class AuditEvent(_message.Message):
    __slots__ = ("id", "action", "create_time", "session_id", "device_id", "peer_address", "detail", "metadata")
    class MetadataEntry(_message.Message):
        __slots__ = ("key", "value")
        KEY_FIELD_NUMBER: _ClassVar[int]
        VALUE_FIELD_NUMBER: _ClassVar[int]
        key: str
        value: str
        def __init__(self, key: _Optional[str] = ..., value: _Optional[str] = ...) -> None: ...
    ID_FIELD_NUMBER: _ClassVar[int]
    ACTION_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    SESSION_ID_FIELD_NUMBER: _ClassVar[int]
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    PEER_ADDRESS_FIELD_NUMBER: _ClassVar[int]
    DETAIL_FIELD_NUMBER: _ClassVar[int]
    METADATA_FIELD_NUMBER: _ClassVar[int]
    id: str
    action: AuditAction
    create_time: _timestamp_pb2.Timestamp
    session_id: str
    device_id: str
    peer_address: str
    detail: str
    metadata: _containers.ScalarMap[str, str]
    def __init__(self, id: _Optional[str] = ..., action: _Optional[_Union[AuditAction, str]] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., session_id: _Optional[str] = ..., device_id: _Optional[str] = ..., peer_address: _Optional[str] = ..., detail: _Optional[str] = ..., metadata: _Optional[_Mapping[str, str]] = ...) -> None: ...

class ListAuditEventsRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListAuditEventsResponse(_message.Message):
    __slots__ = ("events", "next_page_token")
    EVENTS_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    events: _containers.RepeatedCompositeFieldContainer[AuditEvent]
    next_page_token: str
    def __init__(self, events: _Optional[_Iterable[_Union[AuditEvent, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...
