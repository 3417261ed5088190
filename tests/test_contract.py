"""The contract drives the server: policy options decide authentication, every RPC has an
HTTP binding, and every error reason the server can raise is in the shared catalog."""

from __future__ import annotations

import importlib
import re
from typing import Any

import grpc
from google.api import annotations_pb2
from google.protobuf import descriptor_pb2, empty_pb2

from rupaya.v1 import common_pb2
from server.errors import catalog
from server.interceptors.validation import has_rules
from server.policy import CONTRACT_FILES, load_policies
from tests.rpc_errors import rpc_fails
from tests.servers import ROOT, Connection


def all_methods() -> list[tuple[str, object]]:
    return [
        (f"/{service.full_name}/{method.name}", method)
        for file in CONTRACT_FILES
        for service in file.services_by_name.values()
        for method in service.methods
    ]


def test_every_rpc_declares_policy_and_http_binding() -> None:
    for name, method in all_methods():
        options = method.GetOptions()  # type: ignore[attr-defined]
        assert options.HasExtension(common_pb2.policy), f"{name} has no rupaya.v1.policy"
        assert options.HasExtension(annotations_pb2.http), f"{name} has no google.api.http"


# Public RPCs that need no fields either: published data, the same for every caller.
_PUBLIC_DATA = {
    "/rupaya.v1.AuthService/GetJwks": "public keys, to verify access tokens",
    "/rupaya.v1.CurrencyService/ListCurrencies": "exponents, to show and parse amounts before sign-in",
}


def test_only_credential_exchanges_and_published_data_are_public() -> None:
    public = sorted(name for name, policy in load_policies().items() if policy.public)
    assert public == [
        "/rupaya.v1.AuthService/CompleteMfaSignIn",
        "/rupaya.v1.AuthService/GetJwks",
        "/rupaya.v1.AuthService/RefreshToken",
        # Account recovery: the caller has no session, only an address or an e-mailed token.
        "/rupaya.v1.AuthService/RequestPasswordReset",
        "/rupaya.v1.AuthService/ResetPassword",
        "/rupaya.v1.AuthService/SignIn",
        "/rupaya.v1.AuthService/SignUp",
        "/rupaya.v1.AuthService/VerifyEmail",
        "/rupaya.v1.CurrencyService/ListCurrencies",
    ]


def test_every_authenticated_rpc_refuses_a_call_without_token(conn: Connection) -> None:
    channel = conn.client().channel
    policies = load_policies()
    for name, _ in all_methods():
        # An empty message is a valid encoding of every request type.
        call = channel.unary_unary(name, request_serializer=empty_pb2.Empty.SerializeToString)
        if name in _PUBLIC_DATA:
            call(empty_pb2.Empty())  # published data needs no token and no fields
        elif name == "/rupaya.v1.AuthService/RefreshToken":
            # An empty refresh token is refused like any other bad one, not for want of an access token.
            rpc_fails(
                lambda c=call: c(empty_pb2.Empty()), grpc.StatusCode.UNAUTHENTICATED, "REFRESH_TOKEN_INVALID"
            )
        elif policies[name].public:
            error = rpc_fails(lambda c=call: c(empty_pb2.Empty()), grpc.StatusCode.INVALID_ARGUMENT)
            assert error.code() != grpc.StatusCode.UNAUTHENTICATED
        else:
            rpc_fails(lambda c=call: c(empty_pb2.Empty()), grpc.StatusCode.UNAUTHENTICATED, "UNAUTHENTICATED")


def test_every_reason_raised_in_the_server_is_in_the_catalog() -> None:
    source = "\n".join(p.read_text() for p in (ROOT / "server").rglob("*.py"))
    raised = set(re.findall(r'(?:DomainError|not_found)\(\s*"([A-Z_]+)"', source))
    assert {"ACCOUNT_NOT_FOUND", "VALIDATION_FAILED", "UNAUTHENTICATED"} <= raised
    assert raised <= set(catalog()), raised - set(catalog())


def _rule_text_reachable(message: Any, seen: set[str]) -> bool:
    """buf.validate in the text form of `message`'s descriptor or of any message inside it."""
    if message.full_name in seen:
        return False
    seen.add(message.full_name)
    proto = descriptor_pb2.DescriptorProto()
    message.CopyToProto(proto)
    if "[buf.validate." in str(proto):
        return True
    return any(
        _rule_text_reachable(field.message_type, seen) for field in message.fields if field.message_type
    )


def test_validation_is_skipped_only_for_requests_without_rules() -> None:
    # A second reading of the contract (descriptor text) against the one the validation step uses.
    judged = {method.input_type.name: has_rules(method.input_type) for _, method in all_methods()}  # type: ignore[attr-defined]
    for _, method in all_methods():
        request = method.input_type  # type: ignore[attr-defined]
        assert judged[request.name] == _rule_text_reachable(request, set()), request.full_name
    assert judged["SignUpRequest"] and judged["ListAccountsRequest"]
    assert not judged["WhoAmIRequest"] and not judged["GetProfileRequest"]


# Text a client sends that the server never stores or compares as text, or that a rule would
# lock out (a password set before the text rules existed must still be accepted for checking).
_TEXT_WITHOUT_RULE = {
    "rupaya.v1.SignInRequest.password": "checked against a hash, never stored",
    "rupaya.v1.DisableMfaRequest.password": "checked against a hash, never stored",
    "rupaya.v1.ChangePasswordRequest.current_password": "checked against a hash, never stored",
    "rupaya.v1.ChangeEmailRequest.current_password": "checked against a hash, never stored",
    "rupaya.v1.DeleteUserRequest.password": "checked against a hash, never stored",
}
_CLOSED_STRING_RULES = ("uuid", "pattern", "email", "in", "const", "single_line", "multi_line")


def _request_string_fields(message: Any, seen: set[str]) -> list[Any]:
    if message.full_name in seen or not message.full_name.startswith("rupaya."):
        return []
    seen.add(message.full_name)
    found = []
    for field in message.fields:
        if field.message_type is not None:
            found += _request_string_fields(field.message_type, seen)
        elif field.type == field.TYPE_STRING:
            found.append(field)
    return found


def test_every_text_field_a_client_sends_has_a_character_rule() -> None:
    """The contract owns the text rules (rupaya/v1/text.proto): a string field with only a length
    rule would let NUL reach PostgreSQL (which refuses it) while SQLite stored it."""
    seen: set[str] = set()
    fields = [f for _, method in all_methods() for f in _request_string_fields(method.input_type, seen)]  # type: ignore[attr-defined]
    assert len(fields) > 50
    open_text = sorted(
        f.full_name
        for f in fields
        if f.full_name not in _TEXT_WITHOUT_RULE
        and not any(re.search(rf"\b{rule}\b", str(f.GetOptions())) for rule in _CLOSED_STRING_RULES)
    )
    assert open_text == [], "give these a text rule (rupaya.v1.single_line / multi_line) or a pattern"


# Chosen once for every file: the names Java/Kotlin, Swift/Objective-C, C# and Go code is
# generated under. Changing one after a release renames every class of every client.
_LANGUAGE_OPTIONS = {
    "java_package": "com.rupaya.api.v1",
    "java_multiple_files": True,
    "objc_class_prefix": "RPY",
    "swift_prefix": "RPY",
    "csharp_namespace": "Rupaya.Api.V1",
    "go_package": "github.com/rupaya/rupaya/gen/go/rupaya/v1;rupayav1",
}


def test_every_contract_file_declares_the_same_language_options() -> None:
    files = sorted((ROOT / "proto" / "rupaya" / "v1").glob("*.proto"))
    assert len(files) >= 10
    for path in files:
        module = importlib.import_module(f"rupaya.v1.{path.stem}_pb2")
        options = module.DESCRIPTOR.GetOptions()
        for name, wanted in _LANGUAGE_OPTIONS.items():
            assert options.HasField(name), f"{path.name} lacks option {name}"
            assert getattr(options, name) == wanted, f"{path.name}: {name} = {getattr(options, name)!r}"
        outer = "".join(word.capitalize() for word in path.stem.split("_")) + "Proto"
        assert options.java_outer_classname == outer, path.name
