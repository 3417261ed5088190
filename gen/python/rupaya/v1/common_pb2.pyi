from buf.validate import validate_pb2 as _validate_pb2
from google.protobuf import descriptor_pb2 as _descriptor_pb2
from rupaya.v1 import text_pb2 as _text_pb2
from google.protobuf.internal import enum_type_wrapper as _enum_type_wrapper
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Access(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    ACCESS_UNSPECIFIED: _ClassVar[Access]
    ACCESS_PUBLIC: _ClassVar[Access]
    ACCESS_AUTHENTICATED: _ClassVar[Access]

class RateLimitBucket(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RATE_LIMIT_BUCKET_UNSPECIFIED: _ClassVar[RateLimitBucket]
    RATE_LIMIT_BUCKET_DEFAULT: _ClassVar[RateLimitBucket]
    RATE_LIMIT_BUCKET_STRICT: _ClassVar[RateLimitBucket]
    RATE_LIMIT_BUCKET_BULK: _ClassVar[RateLimitBucket]

class Platform(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    PLATFORM_UNSPECIFIED: _ClassVar[Platform]
    PLATFORM_IOS: _ClassVar[Platform]
    PLATFORM_ANDROID: _ClassVar[Platform]
    PLATFORM_WEB: _ClassVar[Platform]
    PLATFORM_OTHER: _ClassVar[Platform]
ACCESS_UNSPECIFIED: Access
ACCESS_PUBLIC: Access
ACCESS_AUTHENTICATED: Access
RATE_LIMIT_BUCKET_UNSPECIFIED: RateLimitBucket
RATE_LIMIT_BUCKET_DEFAULT: RateLimitBucket
RATE_LIMIT_BUCKET_STRICT: RateLimitBucket
RATE_LIMIT_BUCKET_BULK: RateLimitBucket
PLATFORM_UNSPECIFIED: Platform
PLATFORM_IOS: Platform
PLATFORM_ANDROID: Platform
PLATFORM_WEB: Platform
PLATFORM_OTHER: Platform
POLICY_FIELD_NUMBER: _ClassVar[int]
policy: _descriptor.FieldDescriptor
ENDS_CREDENTIAL_FIELD_NUMBER: _ClassVar[int]
ends_credential: _descriptor.FieldDescriptor
CREDENTIAL_FIELD_NUMBER: _ClassVar[int]
credential: _descriptor.FieldDescriptor

class Money(_message.Message):
    __slots__ = ("amount_minor", "currency_code", "amount_decimal")
    AMOUNT_MINOR_FIELD_NUMBER: _ClassVar[int]
    CURRENCY_CODE_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_DECIMAL_FIELD_NUMBER: _ClassVar[int]
    amount_minor: int
    currency_code: str
    amount_decimal: str
    def __init__(self, amount_minor: _Optional[int] = ..., currency_code: _Optional[str] = ..., amount_decimal: _Optional[str] = ...) -> None: ...

class MethodPolicy(_message.Message):
    __slots__ = ("access", "rate_limit_bucket", "requires_verified_email")
    ACCESS_FIELD_NUMBER: _ClassVar[int]
    RATE_LIMIT_BUCKET_FIELD_NUMBER: _ClassVar[int]
    REQUIRES_VERIFIED_EMAIL_FIELD_NUMBER: _ClassVar[int]
    access: Access
    rate_limit_bucket: RateLimitBucket
    requires_verified_email: bool
    def __init__(self, access: _Optional[_Union[Access, str]] = ..., rate_limit_bucket: _Optional[_Union[RateLimitBucket, str]] = ..., requires_verified_email: _Optional[bool] = ...) -> None: ...

class Credential(_message.Message):
    __slots__ = ("cookie", "expire_time_field")
    COOKIE_FIELD_NUMBER: _ClassVar[int]
    EXPIRE_TIME_FIELD_FIELD_NUMBER: _ClassVar[int]
    cookie: str
    expire_time_field: str
    def __init__(self, cookie: _Optional[str] = ..., expire_time_field: _Optional[str] = ...) -> None: ...

class DeviceInfo(_message.Message):
    __slots__ = ("device_id", "device_name", "platform")
    DEVICE_ID_FIELD_NUMBER: _ClassVar[int]
    DEVICE_NAME_FIELD_NUMBER: _ClassVar[int]
    PLATFORM_FIELD_NUMBER: _ClassVar[int]
    device_id: str
    device_name: str
    platform: Platform
    def __init__(self, device_id: _Optional[str] = ..., device_name: _Optional[str] = ..., platform: _Optional[_Union[Platform, str]] = ...) -> None: ...
