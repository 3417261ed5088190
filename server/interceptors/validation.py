"""Enforces the contract's buf.validate rules on every request (protovalidate)."""

from __future__ import annotations

from typing import Any

import grpc
import protovalidate

from server.errors import DomainError, FieldViolation
from server.interceptors.chain import Behavior

_validator = protovalidate.Validator()


def _field_path(violation: protovalidate.Violation) -> str:
    parts: list[str] = []
    for element in violation.proto.field.elements:
        part = element.field_name
        if element.has_field("index"):
            part += f"[{element.index}]"
        elif element.has_field("string_key"):
            part += f"[{element.string_key!r}]"
        parts.append(part)
    return ".".join(parts)


def violations_of(request: Any) -> list[FieldViolation]:
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
