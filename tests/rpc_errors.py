"""Read google.rpc details off a failed call, the way a client would."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import grpc
import pytest
from google.rpc import error_details_pb2
from grpc_status import rpc_status

from rupaya.v1 import errors_pb2

# ErrorInfo.reason is an ErrorReason value's name without its prefix (errors.proto).
_CONTRACT_REASONS = {
    value.name.removeprefix("ERROR_REASON_")
    for value in errors_pb2.ErrorReason.DESCRIPTOR.values
    if value.number != errors_pb2.ERROR_REASON_UNSPECIFIED
}


def _details(error: grpc.RpcError, kind: type[Any]) -> list[Any]:
    status = rpc_status.from_call(error)  # type: ignore[arg-type]
    assert status is not None, "error carries no google.rpc.Status"
    found = []
    for packed in status.details:
        if packed.Is(kind.DESCRIPTOR):
            detail = kind()
            packed.Unpack(detail)
            found.append(detail)
    return found


def error_info(error: grpc.RpcError) -> error_details_pb2.ErrorInfo:
    infos = _details(error, error_details_pb2.ErrorInfo)
    assert len(infos) == 1, "every error carries exactly one ErrorInfo"
    assert infos[0].domain == "rupaya"
    # The reason is a value of the contract's ErrorReason, without its prefix (errors.proto).
    assert infos[0].reason in _CONTRACT_REASONS, f"{infos[0].reason} is not an ErrorReason"
    return infos[0]


def field_violations(error: grpc.RpcError) -> dict[str, str]:
    requests = _details(error, error_details_pb2.BadRequest)
    assert requests, "INVALID_ARGUMENT without BadRequest details"
    return {v.field: v.description for r in requests for v in r.field_violations}


def precondition_failures(error: grpc.RpcError) -> list[error_details_pb2.PreconditionFailure.Violation]:
    return [v for p in _details(error, error_details_pb2.PreconditionFailure) for v in p.violations]


def rpc_fails(call: Callable[[], object], code: grpc.StatusCode, reason: str | None = None) -> grpc.RpcError:
    """Runs `call`, asserting it fails with `code` (and ErrorInfo `reason`); returns the error."""
    with pytest.raises(grpc.RpcError) as caught:
        call()
    error = caught.value
    assert error.code() == code, f"expected {code}, got {error.code()}: {error.details()}"
    if reason is not None:
        assert error_info(error).reason == reason
    return error


def retry_delay(error: grpc.RpcError) -> float:
    """The RetryInfo delay in seconds (the error must carry exactly one)."""
    infos = _details(error, error_details_pb2.RetryInfo)
    assert len(infos) == 1, "expected one RetryInfo"
    return float(infos[0].retry_delay.ToNanoseconds() / 1e9)
