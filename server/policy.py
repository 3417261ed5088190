"""Per-RPC policy, read from the contract's `rupaya.v1.policy` method option."""

from __future__ import annotations

import importlib
import pkgutil
from dataclasses import dataclass

from google.protobuf.descriptor import FileDescriptor

import rupaya.v1
from rupaya.v1 import common_pb2


def _contract_files() -> tuple[FileDescriptor, ...]:
    """Every generated rupaya.v1 module, so a new service is covered without a list to edit."""
    names = sorted(m.name for m in pkgutil.iter_modules(rupaya.v1.__path__) if m.name.endswith("_pb2"))
    return tuple(importlib.import_module(f"rupaya.v1.{name}").DESCRIPTOR for name in names)


CONTRACT_FILES: tuple[FileDescriptor, ...] = _contract_files()
SERVICE_NAMES: tuple[str, ...] = tuple(
    service.full_name for file in CONTRACT_FILES for service in file.services_by_name.values()
)


@dataclass(frozen=True)
class Policy:
    public: bool
    rate_limit_bucket: str
    # A server stream's trailers come after its body: what a client needs first goes in its headers.
    server_streaming: bool = False
    # The caller's e-mail address must be verified (server/interceptors/verified_email.py).
    requires_verified_email: bool = False


# Methods outside our contract (health checks, reflection) are public infrastructure.
INFRASTRUCTURE = Policy(public=True, rate_limit_bucket="default")


def _bucket_name(value: int) -> str:
    if value == common_pb2.RATE_LIMIT_BUCKET_UNSPECIFIED:
        value = common_pb2.RATE_LIMIT_BUCKET_DEFAULT
    return common_pb2.RateLimitBucket.Name(value).removeprefix("RATE_LIMIT_BUCKET_").lower()


def load_policies(files: tuple[FileDescriptor, ...] = CONTRACT_FILES) -> dict[str, Policy]:
    """Full method name ("/rupaya.v1.AuthService/SignIn") -> policy."""
    policies: dict[str, Policy] = {}
    for file in files:
        for service in file.services_by_name.values():
            for method in service.methods:
                option = method.GetOptions().Extensions[common_pb2.policy]
                policies[f"/{service.full_name}/{method.name}"] = Policy(
                    # Anything but an explicit ACCESS_PUBLIC requires a token.
                    public=option.access == common_pb2.ACCESS_PUBLIC,
                    rate_limit_bucket=_bucket_name(option.rate_limit_bucket),
                    server_streaming=method.server_streaming,
                    requires_verified_email=option.requires_verified_email,
                )
    return policies
