"""The single place where exceptions become gRPC status codes with google.rpc details."""

from __future__ import annotations

from typing import Any

import grpc
import redis.exceptions
import sqlalchemy.exc
import structlog

from server.crypto import DecryptionError
from server.errors import DomainError, internal_status, to_status
from server.interceptors.step import Behavior

log = structlog.get_logger("rupaya.errors")

# A backing service being down is the client's cue to retry, not a bug.
UNAVAILABLE_ERRORS: tuple[type[BaseException], ...] = (
    sqlalchemy.exc.OperationalError,
    sqlalchemy.exc.InterfaceError,
    sqlalchemy.exc.TimeoutError,
    redis.exceptions.ConnectionError,
    redis.exceptions.TimeoutError,
)


async def _abort(ctx: grpc.aio.ServicerContext, status: grpc.Status) -> None:
    """Abort with `status`, keeping trailers set earlier in the chain (request id, quota)."""
    earlier = tuple(ctx.trailing_metadata() or ())
    await ctx.abort(status.code, status.details, (*earlier, *status.trailing_metadata))


def _map_errors(method: str, behavior: Behavior) -> Behavior:
    async def mapped(request: Any, ctx: grpc.aio.ServicerContext) -> Any:
        try:
            return await behavior(request, ctx)
        except DomainError as error:
            await _abort(ctx, to_status(error))
        except grpc.aio.AbortError:
            raise
        except UNAVAILABLE_ERRORS:
            log.warning("backing service unavailable", exc_info=True)
            await _abort(ctx, to_status(DomainError("SERVICE_UNAVAILABLE")))
        except DecryptionError:
            # Not a bug and not transient: the server runs with another data key than the one
            # the secret was stored under. One line for the operator; the caller is told to ask.
            log.error(
                "a stored secret does not decrypt under this RUPAYA_DATA_KEY: the server runs "
                "with another data key than the one it was written with",
                method=method,
            )
            await _abort(ctx, to_status(DomainError("STORED_SECRET_UNREADABLE")))
        except Exception:
            log.exception("unhandled error")
            await _abort(ctx, internal_status())

    return mapped


class ErrorMappingStep:
    def wrap(self, method: str, behavior: Behavior) -> Behavior:
        return _map_errors(method, behavior)
