"""gRPC status + google.rpc details -> HTTP status, headers and a google.rpc.Status JSON body.

The HTTP status comes from shared/errors.json by the ErrorInfo reason (the table the server
already has), else from the gRPC code by the usual google.rpc mapping. The body is the server's
Status as JSON, details with "@type"; a status the server did not build (the upstream is
unreachable, the channel failed) gets the catalog's public message, never the channel's text.
"""

from __future__ import annotations

import math

import grpc
import orjson
from google.protobuf import any_pb2, json_format
from google.rpc import error_details_pb2, status_pb2
from grpc_status import rpc_status

from server.errors import DOMAIN, catalog

# google.rpc.Code -> HTTP, as in google/rpc/code.proto and grpc-gateway.
HTTP_BY_CODE = {
    grpc.StatusCode.OK: 200,
    grpc.StatusCode.CANCELLED: 499,
    grpc.StatusCode.UNKNOWN: 500,
    grpc.StatusCode.INVALID_ARGUMENT: 400,
    grpc.StatusCode.DEADLINE_EXCEEDED: 504,
    grpc.StatusCode.NOT_FOUND: 404,
    grpc.StatusCode.ALREADY_EXISTS: 409,
    grpc.StatusCode.PERMISSION_DENIED: 403,
    grpc.StatusCode.UNAUTHENTICATED: 401,
    grpc.StatusCode.RESOURCE_EXHAUSTED: 429,
    grpc.StatusCode.FAILED_PRECONDITION: 400,
    grpc.StatusCode.ABORTED: 409,
    grpc.StatusCode.OUT_OF_RANGE: 400,
    grpc.StatusCode.UNIMPLEMENTED: 501,
    grpc.StatusCode.INTERNAL: 500,
    grpc.StatusCode.UNAVAILABLE: 503,
    grpc.StatusCode.DATA_LOSS: 500,
}

# The reason given to a status that came without one (not built by the server's error mapping).
_REASON_BY_CODE = {
    grpc.StatusCode.UNAVAILABLE: "SERVICE_UNAVAILABLE",
    grpc.StatusCode.DEADLINE_EXCEEDED: "DEADLINE_EXCEEDED",
    grpc.StatusCode.UNAUTHENTICATED: "UNAUTHENTICATED",
    grpc.StatusCode.INVALID_ARGUMENT: "MALFORMED_REQUEST",
}

# An If-Match header that no longer matches is HTTP's 412; the same reason with the etag in
# the body stays the catalog's status (409), as for gRPC clients.
PRECONDITION_FAILED_REASONS = {"ETAG_MISMATCH"}


def http_status(code: grpc.StatusCode, reason: str = "", if_match: bool = False) -> int:
    if if_match and reason in PRECONDITION_FAILED_REASONS:
        return 412
    entry = catalog().get(reason)
    return entry.http_status if entry else HTTP_BY_CODE.get(code, 500)


def _unpack(status: status_pb2.Status, kind: type) -> object | None:
    for detail in status.details:
        if detail.Is(kind.DESCRIPTOR):
            found = kind()
            detail.Unpack(found)
            return found
    return None


def _public_status(
    code: grpc.StatusCode, reason: str, metadata: dict[str, str] | None = None
) -> status_pb2.Status:
    entry = catalog()[reason]
    detail = any_pb2.Any()
    detail.Pack(error_details_pb2.ErrorInfo(reason=reason, domain=DOMAIN, metadata=metadata or {}))
    return status_pb2.Status(code=code.value[0], message=entry.message, details=[detail])


def gateway_status(reason: str, metadata: dict[str, str] | None = None) -> status_pb2.Status:
    """A status the gateway answers itself (malformed JSON, no route), shaped as the server's."""
    return _public_status(catalog()[reason].grpc_code, reason, metadata)


def malformed(where: str, detail: str) -> status_pb2.Status:
    """400 for a body or query string that is not this method's request: which part, and why."""
    status = gateway_status("MALFORMED_REQUEST", {"where": where})
    violation = error_details_pb2.BadRequest.FieldViolation(field=where, description=detail)
    status.details.add().Pack(error_details_pb2.BadRequest(field_violations=[violation]))
    return status


def from_rpc_error(error: grpc.aio.AioRpcError) -> status_pb2.Status:
    try:
        status = rpc_status.from_call(error)
    except ValueError:  # details that contradict the status code: not the server's, not shown
        status = None
    if status is not None and _unpack(status, error_details_pb2.ErrorInfo) is not None:
        return status
    return _public_status(error.code(), _REASON_BY_CODE.get(error.code(), "INTERNAL"))


def reason_of(status: status_pb2.Status) -> str:
    info = _unpack(status, error_details_pb2.ErrorInfo)
    return info.reason if isinstance(info, error_details_pb2.ErrorInfo) else ""


def render(status: status_pb2.Status, if_match: bool = False) -> tuple[int, list[tuple[bytes, bytes]], bytes]:
    """(HTTP status, extra headers, JSON body) for a failed call."""
    code = grpc.StatusCode.UNKNOWN
    for candidate in grpc.StatusCode:
        if candidate.value[0] == status.code:
            code = candidate
    headers = []
    retry = _unpack(status, error_details_pb2.RetryInfo)
    if isinstance(retry, error_details_pb2.RetryInfo) and retry.HasField("retry_delay"):
        seconds = retry.retry_delay.seconds + retry.retry_delay.nanos / 1e9
        headers.append((b"retry-after", str(max(1, math.ceil(seconds))).encode()))
    body = orjson.dumps(json_format.MessageToDict(status))
    return http_status(code, reason_of(status), if_match), headers, body
