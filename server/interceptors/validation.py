"""Enforces the contract's buf.validate rules on every request (protovalidate).

Request types that carry no rule at all (WhoAmI, GetProfile, SignOut...) skip the
validator: a call into it costs microseconds even when there is nothing to check."""

from __future__ import annotations

import functools
from typing import Any

import grpc
import protovalidate
from google.protobuf.descriptor import Descriptor, FieldDescriptor

from server.errors import DomainError, FieldViolation
from server.interceptors.step import Behavior

_validator = protovalidate.Validator()
_RULES_PACKAGE = "buf.validate."


def _annotated(options: Any) -> bool:
    return any(field.full_name.startswith(_RULES_PACKAGE) for field, _ in options.ListFields())


@functools.cache
def has_rules(message: Descriptor) -> bool:
    """Whether protovalidate has anything to check on `message` or any message inside it."""
    return _has_rules(message, set())


def _has_rules(message: Descriptor, seen: set[str]) -> bool:
    if message.full_name in seen:  # recursive types: the cycle itself adds no rule
        return False
    seen.add(message.full_name)
    if _annotated(message.GetOptions()) or any(_annotated(o.GetOptions()) for o in message.oneofs):
        return True
    for field in message.fields:
        if _annotated(field.GetOptions()):
            return True
        if field.type == FieldDescriptor.TYPE_MESSAGE and _has_rules(field.message_type, seen):
            return True  # map entries are messages too: their key/value rules are found here
    return False


def _subscript(key: object) -> str:
    if isinstance(key, bool):
        return "true" if key else "false"
    return repr(key) if isinstance(key, str) else str(key)


def _field_path(violation: protovalidate.Violation) -> str:
    """ "splits[0].amount", "tags[1]", "labels['k']": the element a client must fix.
    Empty for a message-level rule (it spans fields; its message names them)."""
    if violation.proto.field is None:
        return ""
    parts: list[str] = []
    for element in violation.proto.field.elements:
        # The subscript is a oneof (index, bool_key, int_key, uint_key, string_key), or None.
        subscript = element.subscript
        parts.append(element.field_name + (f"[{_subscript(subscript.value)}]" if subscript else ""))
    return ".".join(parts)


def violations_of(request: Any) -> list[FieldViolation]:
    if not has_rules(request.DESCRIPTOR):
        return []
    return [
        FieldViolation(field=_field_path(v), description=v.proto.message)
        for v in _validator.collect_violations(request)
    ]


def _validate(behavior: Behavior) -> Behavior:
    async def validated(request: Any, ctx: grpc.aio.ServicerContext) -> Any:
        violations = violations_of(request)
        if violations:
            raise DomainError("VALIDATION_FAILED", violations=violations)
        return await behavior(request, ctx)

    return validated


class ValidationStep:
    def wrap(self, method: str, behavior: Behavior) -> Behavior:
        return _validate(behavior)
