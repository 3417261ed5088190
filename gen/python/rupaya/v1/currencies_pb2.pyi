from google.api import annotations_pb2 as _annotations_pb2
from rupaya.v1 import common_pb2 as _common_pb2
from google.protobuf.internal import containers as _containers
from google.protobuf import descriptor as _descriptor
from google.protobuf import message as _message
from collections.abc import Iterable as _Iterable, Mapping as _Mapping
from typing import ClassVar as _ClassVar, Optional as _Optional, Union as _Union

DESCRIPTOR: _descriptor.FileDescriptor

class Currency(_message.Message):
    __slots__ = ("code", "numeric_code", "name", "exponent")
    CODE_FIELD_NUMBER: _ClassVar[int]
    NUMERIC_CODE_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    EXPONENT_FIELD_NUMBER: _ClassVar[int]
    code: str
    numeric_code: str
    name: str
    exponent: int
    def __init__(self, code: _Optional[str] = ..., numeric_code: _Optional[str] = ..., name: _Optional[str] = ..., exponent: _Optional[int] = ...) -> None: ...

class ListCurrenciesRequest(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class ListCurrenciesResponse(_message.Message):
    __slots__ = ("currencies",)
    CURRENCIES_FIELD_NUMBER: _ClassVar[int]
    currencies: _containers.RepeatedCompositeFieldContainer[Currency]
    def __init__(self, currencies: _Optional[_Iterable[_Union[Currency, _Mapping]]] = ...) -> None: ...
