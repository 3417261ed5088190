"""Domain errors, and the one place that turns them into gRPC status + google.rpc details.

Every reason is listed in shared/errors.json (reason -> gRPC code -> HTTP status ->
default message), so clients on every platform can switch on the same strings.
"""

from __future__ import annotations

import functools
import json
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import grpc
from google.protobuf import any_pb2, duration_pb2
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status

from server.config import PROJECT_ROOT

DOMAIN = "rupaya"
# Field violations sent back at most: details travel in a header, and a request with thousands
# of bad list items would make a reply larger than clients accept (they would see
# RESOURCE_EXHAUSTED without our details). ErrorInfo says how many there were in all.
MAX_FIELD_VIOLATIONS = 50


@dataclass(frozen=True)
class CatalogEntry:
    grpc_code: grpc.StatusCode
    http_status: int
    message: str


@functools.cache
def catalog() -> dict[str, CatalogEntry]:
    data = json.loads((PROJECT_ROOT / "shared" / "errors.json").read_text())
    return {
        reason: CatalogEntry(
            grpc_code=grpc.StatusCode[entry["grpc_code"]],
            http_status=int(entry["http_status"]),
            message=entry["message"],
        )
        for reason, entry in data["reasons"].items()
    }


@dataclass(frozen=True)
class FieldViolation:
    field: str
    description: str


class DomainError(Exception):
    """A failure the caller can act on; `reason` is a key of shared/errors.json."""

    def __init__(
        self,
        reason: str,
        message: str | None = None,
        *,
        metadata: Mapping[str, str] | None = None,
        violations: Sequence[FieldViolation] = (),
        retry_after_s: float | None = None,
    ) -> None:
        if reason not in catalog():
            raise KeyError(f"error reason {reason} is not in shared/errors.json")
        self.reason = reason
        self.message = message or catalog()[reason].message
        self.metadata = dict(metadata or {})
        self.violations = tuple(violations)
        self.retry_after_s = retry_after_s
        super().__init__(f"{reason}: {self.message}")

    @property
    def code(self) -> grpc.StatusCode:
        return catalog()[self.reason].grpc_code


def invalid(field: str, description: str) -> DomainError:
    """A single-field VALIDATION_FAILED error."""
    return DomainError("VALIDATION_FAILED", violations=[FieldViolation(field, description)])


def not_found(reason: str, resource_id: str) -> DomainError:
    return DomainError(reason, metadata={"id": resource_id})


def etag_mismatch(resource: str, resource_id: str, current_etag: str = "") -> DomainError:
    """`current_etag` goes back to the caller, so an offline device's replay that lost the
    race can fetch (or sync) that version and merge instead of guessing."""
    metadata = {"resource": resource, "id": resource_id}
    if current_etag:
        metadata["current_etag"] = current_etag
    return DomainError("ETAG_MISMATCH", metadata=metadata)


def check_etag(given: str, current: str, resource: str, resource_id: str) -> None:
    """An empty `given` etag means "no precondition"; any other must be the current one."""
    if given and given != current:
        raise etag_mismatch(resource, resource_id, current)


def _pack(message: object) -> any_pb2.Any:
    packed = any_pb2.Any()
    packed.Pack(message)  # type: ignore[arg-type]
    return packed


def to_status(error: DomainError) -> grpc.Status:
    """gRPC status with ErrorInfo always, plus the detail types the reason calls for."""
    metadata = dict(error.metadata)
    if len(error.violations) > MAX_FIELD_VIOLATIONS:
        metadata["field_violations_total"] = str(len(error.violations))
    details = [_pack(error_details_pb2.ErrorInfo(reason=error.reason, domain=DOMAIN, metadata=metadata))]
    if error.violations:
        details.append(
            _pack(
                error_details_pb2.BadRequest(
                    field_violations=[
                        error_details_pb2.BadRequest.FieldViolation(field=v.field, description=v.description)
                        for v in error.violations[:MAX_FIELD_VIOLATIONS]
                    ]
                )
            )
        )
    if error.reason == "ETAG_MISMATCH":
        details.append(
            _pack(
                error_details_pb2.PreconditionFailure(
                    violations=[
                        error_details_pb2.PreconditionFailure.Violation(
                            type="ETAG",
                            subject="{}/{}".format(
                                error.metadata.get("resource", ""), error.metadata.get("id", "")
                            ),
                            description="etag does not match the current version",
                        )
                    ]
                )
            )
        )
    if error.reason == "RATE_LIMITED":
        details.append(
            _pack(
                error_details_pb2.QuotaFailure(
                    violations=[
                        error_details_pb2.QuotaFailure.Violation(
                            subject="bucket:{}".format(error.metadata.get("bucket", "")),
                            description="at most {} calls per {} s in this bucket".format(
                                error.metadata.get("limit", "?"), error.metadata.get("period_s", "?")
                            ),
                        )
                    ]
                )
            )
        )
    if error.retry_after_s is not None:
        delay = duration_pb2.Duration()
        delay.FromNanoseconds(int(error.retry_after_s * 1e9))
        details.append(_pack(error_details_pb2.RetryInfo(retry_delay=delay)))
    code_value: int = error.code.value[0]
    status = status_pb2.Status(code=code_value, message=error.message, details=details)
    return rpc_status.to_status(status)


def internal_status() -> grpc.Status:
    return to_status(DomainError("INTERNAL"))
