import datetime

from buf.validate import validate_pb2 as _validate_pb2
from google.api import annotations_pb2 as _annotations_pb2
from google.protobuf import field_mask_pb2 as _field_mask_pb2
from google.protobuf import timestamp_pb2 as _timestamp_pb2
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

class RuleMatch(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    RULE_MATCH_UNSPECIFIED: _ClassVar[RuleMatch]
    RULE_MATCH_ALL: _ClassVar[RuleMatch]
    RULE_MATCH_ANY: _ClassVar[RuleMatch]

class TextOperator(int, metaclass=_enum_type_wrapper.EnumTypeWrapper):
    __slots__ = ()
    TEXT_OPERATOR_UNSPECIFIED: _ClassVar[TextOperator]
    TEXT_OPERATOR_CONTAINS: _ClassVar[TextOperator]
    TEXT_OPERATOR_EQUALS: _ClassVar[TextOperator]
    TEXT_OPERATOR_REGEX: _ClassVar[TextOperator]
RULE_MATCH_UNSPECIFIED: RuleMatch
RULE_MATCH_ALL: RuleMatch
RULE_MATCH_ANY: RuleMatch
TEXT_OPERATOR_UNSPECIFIED: TextOperator
TEXT_OPERATOR_CONTAINS: TextOperator
TEXT_OPERATOR_EQUALS: TextOperator
TEXT_OPERATOR_REGEX: TextOperator

class TextCondition(_message.Message):
    __slots__ = ("operator", "value")
    OPERATOR_FIELD_NUMBER: _ClassVar[int]
    VALUE_FIELD_NUMBER: _ClassVar[int]
    operator: TextOperator
    value: str
    def __init__(self, operator: _Optional[_Union[TextOperator, str]] = ..., value: _Optional[str] = ...) -> None: ...

class AmountCondition(_message.Message):
    __slots__ = ("min", "max")
    MIN_FIELD_NUMBER: _ClassVar[int]
    MAX_FIELD_NUMBER: _ClassVar[int]
    min: _common_pb2.Money
    max: _common_pb2.Money
    def __init__(self, min: _Optional[_Union[_common_pb2.Money, _Mapping]] = ..., max: _Optional[_Union[_common_pb2.Money, _Mapping]] = ...) -> None: ...

class RuleCondition(_message.Message):
    __slots__ = ("payee", "description", "amount", "account_id")
    PAYEE_FIELD_NUMBER: _ClassVar[int]
    DESCRIPTION_FIELD_NUMBER: _ClassVar[int]
    AMOUNT_FIELD_NUMBER: _ClassVar[int]
    ACCOUNT_ID_FIELD_NUMBER: _ClassVar[int]
    payee: TextCondition
    description: TextCondition
    amount: AmountCondition
    account_id: str
    def __init__(self, payee: _Optional[_Union[TextCondition, _Mapping]] = ..., description: _Optional[_Union[TextCondition, _Mapping]] = ..., amount: _Optional[_Union[AmountCondition, _Mapping]] = ..., account_id: _Optional[str] = ...) -> None: ...

class RuleActions(_message.Message):
    __slots__ = ("category_id", "payee", "tags", "notes")
    CATEGORY_ID_FIELD_NUMBER: _ClassVar[int]
    PAYEE_FIELD_NUMBER: _ClassVar[int]
    TAGS_FIELD_NUMBER: _ClassVar[int]
    NOTES_FIELD_NUMBER: _ClassVar[int]
    category_id: str
    payee: str
    tags: _containers.RepeatedScalarFieldContainer[str]
    notes: str
    def __init__(self, category_id: _Optional[str] = ..., payee: _Optional[str] = ..., tags: _Optional[_Iterable[str]] = ..., notes: _Optional[str] = ...) -> None: ...

class Rule(_message.Message):
    __slots__ = ("id", "name", "position", "match", "conditions", "actions", "disabled", "create_time", "update_time", "etag")
    ID_FIELD_NUMBER: _ClassVar[int]
    NAME_FIELD_NUMBER: _ClassVar[int]
    POSITION_FIELD_NUMBER: _ClassVar[int]
    MATCH_FIELD_NUMBER: _ClassVar[int]
    CONDITIONS_FIELD_NUMBER: _ClassVar[int]
    ACTIONS_FIELD_NUMBER: _ClassVar[int]
    DISABLED_FIELD_NUMBER: _ClassVar[int]
    CREATE_TIME_FIELD_NUMBER: _ClassVar[int]
    UPDATE_TIME_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    id: str
    name: str
    position: int
    match: RuleMatch
    conditions: _containers.RepeatedCompositeFieldContainer[RuleCondition]
    actions: RuleActions
    disabled: bool
    create_time: _timestamp_pb2.Timestamp
    update_time: _timestamp_pb2.Timestamp
    etag: str
    def __init__(self, id: _Optional[str] = ..., name: _Optional[str] = ..., position: _Optional[int] = ..., match: _Optional[_Union[RuleMatch, str]] = ..., conditions: _Optional[_Iterable[_Union[RuleCondition, _Mapping]]] = ..., actions: _Optional[_Union[RuleActions, _Mapping]] = ..., disabled: _Optional[bool] = ..., create_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., update_time: _Optional[_Union[datetime.datetime, _timestamp_pb2.Timestamp, _Mapping]] = ..., etag: _Optional[str] = ...) -> None: ...

class CreateRuleRequest(_message.Message):
    __slots__ = ("request_id", "rule")
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    RULE_FIELD_NUMBER: _ClassVar[int]
    request_id: str
    rule: Rule
    def __init__(self, request_id: _Optional[str] = ..., rule: _Optional[_Union[Rule, _Mapping]] = ...) -> None: ...

class CreateRuleResponse(_message.Message):
    __slots__ = ("rule",)
    RULE_FIELD_NUMBER: _ClassVar[int]
    rule: Rule
    def __init__(self, rule: _Optional[_Union[Rule, _Mapping]] = ...) -> None: ...

class GetRuleRequest(_message.Message):
    __slots__ = ("id",)
    ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    def __init__(self, id: _Optional[str] = ...) -> None: ...

class GetRuleResponse(_message.Message):
    __slots__ = ("rule",)
    RULE_FIELD_NUMBER: _ClassVar[int]
    rule: Rule
    def __init__(self, rule: _Optional[_Union[Rule, _Mapping]] = ...) -> None: ...

class ListRulesRequest(_message.Message):
    __slots__ = ("page_size", "page_token")
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    page_size: int
    page_token: str
    def __init__(self, page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class ListRulesResponse(_message.Message):
    __slots__ = ("rules", "next_page_token")
    RULES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    rules: _containers.RepeatedCompositeFieldContainer[Rule]
    next_page_token: str
    def __init__(self, rules: _Optional[_Iterable[_Union[Rule, _Mapping]]] = ..., next_page_token: _Optional[str] = ...) -> None: ...

class UpdateRuleRequest(_message.Message):
    __slots__ = ("rule", "update_mask", "request_id")
    RULE_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    rule: Rule
    update_mask: _field_mask_pb2.FieldMask
    request_id: str
    def __init__(self, rule: _Optional[_Union[Rule, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., request_id: _Optional[str] = ...) -> None: ...

class UpdateRuleResponse(_message.Message):
    __slots__ = ("rule",)
    RULE_FIELD_NUMBER: _ClassVar[int]
    rule: Rule
    def __init__(self, rule: _Optional[_Union[Rule, _Mapping]] = ...) -> None: ...

class DeleteRuleRequest(_message.Message):
    __slots__ = ("id", "etag", "request_id")
    ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    id: str
    etag: str
    request_id: str
    def __init__(self, id: _Optional[str] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ...) -> None: ...

class DeleteRuleResponse(_message.Message):
    __slots__ = ()
    def __init__(self) -> None: ...

class PreviewRuleRequest(_message.Message):
    __slots__ = ("rule_id", "rule", "overwrite", "page_size", "page_token")
    RULE_ID_FIELD_NUMBER: _ClassVar[int]
    RULE_FIELD_NUMBER: _ClassVar[int]
    OVERWRITE_FIELD_NUMBER: _ClassVar[int]
    PAGE_SIZE_FIELD_NUMBER: _ClassVar[int]
    PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    rule_id: str
    rule: Rule
    overwrite: bool
    page_size: int
    page_token: str
    def __init__(self, rule_id: _Optional[str] = ..., rule: _Optional[_Union[Rule, _Mapping]] = ..., overwrite: _Optional[bool] = ..., page_size: _Optional[int] = ..., page_token: _Optional[str] = ...) -> None: ...

class RuleChange(_message.Message):
    __slots__ = ("transaction", "update_mask", "new_values")
    TRANSACTION_FIELD_NUMBER: _ClassVar[int]
    UPDATE_MASK_FIELD_NUMBER: _ClassVar[int]
    NEW_VALUES_FIELD_NUMBER: _ClassVar[int]
    transaction: _transactions_pb2.Transaction
    update_mask: _field_mask_pb2.FieldMask
    new_values: RuleActions
    def __init__(self, transaction: _Optional[_Union[_transactions_pb2.Transaction, _Mapping]] = ..., update_mask: _Optional[_Union[_field_mask_pb2.FieldMask, _Mapping]] = ..., new_values: _Optional[_Union[RuleActions, _Mapping]] = ...) -> None: ...

class PreviewRuleResponse(_message.Message):
    __slots__ = ("changes", "next_page_token", "examined_count")
    CHANGES_FIELD_NUMBER: _ClassVar[int]
    NEXT_PAGE_TOKEN_FIELD_NUMBER: _ClassVar[int]
    EXAMINED_COUNT_FIELD_NUMBER: _ClassVar[int]
    changes: _containers.RepeatedCompositeFieldContainer[RuleChange]
    next_page_token: str
    examined_count: int
    def __init__(self, changes: _Optional[_Iterable[_Union[RuleChange, _Mapping]]] = ..., next_page_token: _Optional[str] = ..., examined_count: _Optional[int] = ...) -> None: ...

class ApplyRuleRequest(_message.Message):
    __slots__ = ("id", "etag", "request_id", "overwrite")
    ID_FIELD_NUMBER: _ClassVar[int]
    ETAG_FIELD_NUMBER: _ClassVar[int]
    REQUEST_ID_FIELD_NUMBER: _ClassVar[int]
    OVERWRITE_FIELD_NUMBER: _ClassVar[int]
    id: str
    etag: str
    request_id: str
    overwrite: bool
    def __init__(self, id: _Optional[str] = ..., etag: _Optional[str] = ..., request_id: _Optional[str] = ..., overwrite: _Optional[bool] = ...) -> None: ...

class ApplyRuleResponse(_message.Message):
    __slots__ = ("examined_count", "changed_count", "skipped_count")
    EXAMINED_COUNT_FIELD_NUMBER: _ClassVar[int]
    CHANGED_COUNT_FIELD_NUMBER: _ClassVar[int]
    SKIPPED_COUNT_FIELD_NUMBER: _ClassVar[int]
    examined_count: int
    changed_count: int
    skipped_count: int
    def __init__(self, examined_count: _Optional[int] = ..., changed_count: _Optional[int] = ..., skipped_count: _Optional[int] = ...) -> None: ...
