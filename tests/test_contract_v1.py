"""The shape clients rely on, checked by walking the descriptors so that a future field or RPC
that breaks a rule fails here: every amount is a Money and a request Money has its rules
(exactly one of amount_minor/amount_decimal, the money limit); every mutation takes a
request_id; every resource that can change carries an etag and every Update/Delete takes it."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import protovalidate
from google.protobuf.descriptor import Descriptor, FieldDescriptor, MethodDescriptor
from google.protobuf.message_factory import GetMessageClass

from buf.validate import validate_pb2
from rupaya.v1 import common_pb2
from server.policy import CONTRACT_FILES

MONEY = common_pb2.Money.DESCRIPTOR
# Field names that say "an amount of money"; ratios, counts and percentages are not.
_MONEY_WORDS = re.compile(
    r"amount|balance|_minor$|total|limit|spent|remaining|income|expense|net|assets|liabilit"
)
_NOT_MONEY = re.compile(r"_basis_points$|_count$|_percent$")
# Types an amount could hide in: integers of 64 bits, floats (never allowed) and decimal strings.
_AMOUNT_TYPES = {
    FieldDescriptor.TYPE_INT64,
    FieldDescriptor.TYPE_SINT64,
    FieldDescriptor.TYPE_SFIXED64,
    FieldDescriptor.TYPE_UINT64,
    FieldDescriptor.TYPE_FIXED64,
    FieldDescriptor.TYPE_DOUBLE,
    FieldDescriptor.TYPE_FLOAT,
    FieldDescriptor.TYPE_STRING,
}
# Money-sounding fields that are not amounts, and why.
MONEY_EXCEPTIONS = {
    # A ratio between two currencies (units of the base per unit of the currency), an exact
    # decimal string: it has no currency of its own and converts, it is never an amount.
    "rupaya.v1.ExchangeRate.rate",
    "rupaya.v1.SetExchangeRateRequest.rate",
    # A statement import's CSV layout: which column holds the amount, and the field separator
    # ("delimiter" only sounds like a limit).
    "rupaya.v1.CsvMapping.amount_column",
    "rupaya.v1.CsvMapping.delimiter",
}

_MUTATION_PREFIXES = ("Create", "Update", "Delete", "Undelete", "Set")
# Mutations without request_id, and why: each is answered from its own single-use state, so a
# retry cannot apply twice. Sign-up: the e-mail is taken by the first. Credential and session
# changes: a spent MFA challenge, refresh token or confirmation code refuses a replay, a
# revoked session stays revoked. Erasing the user leaves nothing to replay to. Account recovery:
# an e-mailed token is single-use; asking again for a message (resend, reset, change of address)
# sends one more, which only the per-account or per-address mail limit bounds, as it should.
# Statement import's steps are keyed by the import itself: a chunk by its index (the same bytes
# again answer as the first time, other bytes are IMPORT_CHUNK_CONFLICT), and the commit and
# the undo by the import's state (a retry finds it committed, or undone, and changes nothing).
WITHOUT_REQUEST_ID = {
    "ImportService/UploadImportChunk",
    "ImportService/CommitImport",
    "ImportService/UndoImport",
    "AuthService/SignUp",
    "AuthService/SignIn",
    "AuthService/RefreshToken",
    "AuthService/SignOut",
    "AuthService/CompleteMfaSignIn",
    "AuthService/EnrollMfa",
    "AuthService/ConfirmMfa",
    "AuthService/DisableMfa",
    "AuthService/RegenerateBackupCodes",
    "AuthService/RevokeSession",
    "AuthService/RevokeOtherSessions",
    "AuthService/ChangePassword",
    "AuthService/VerifyEmail",
    "AuthService/ResendVerificationEmail",
    "AuthService/RequestPasswordReset",
    "AuthService/ResetPassword",
    "AuthService/ChangeEmail",
    "UserService/DeleteUser",
}
_READS = ("Get", "List", "Export", "WhoAmI", "Watch", "Preview")
# Update/Delete RPCs without an etag precondition, and why: erasing the user re-checks the
# password and removes everything whatever changed.
WITHOUT_ETAG = {"UserService/DeleteUser"}
# Resources that change only by the server's own state machine, never by a client's edit, so no
# precondition has anything to guard: a statement import moves upload -> committed -> undone,
# each step refused out of order (GetImport is the progress poll).
CHANGED_ONLY_BY_THE_SERVER = {"rupaya.v1.StatementImport"}


def methods() -> Iterator[tuple[str, MethodDescriptor]]:
    for file in CONTRACT_FILES:
        for service in file.services_by_name.values():
            for method in service.methods:
                yield f"{service.name}/{method.name}", method


def contract_messages() -> Iterator[Descriptor]:
    def walk(message: Descriptor) -> Iterator[Descriptor]:
        yield message
        for nested in message.nested_types:
            yield from walk(nested)

    for file in CONTRACT_FILES:
        for message in file.message_types_by_name.values():
            yield from walk(message)


def test_every_amount_in_the_contract_is_a_money() -> None:
    loose = sorted(
        field.full_name
        for message in contract_messages()
        if message is not MONEY
        for field in message.fields
        if _MONEY_WORDS.search(field.name)
        and not _NOT_MONEY.search(field.name)
        and field.type in _AMOUNT_TYPES
        and field.full_name not in MONEY_EXCEPTIONS
    )
    assert loose == []


def _sendable(request: Descriptor) -> dict[str, set[str]]:
    """For an update request: the fields of its resource a client may send (the paths its
    update_mask accepts), by the resource field's name. Output-only fields are not among them."""
    mask = request.fields_by_name.get("update_mask")
    if mask is None:
        return {}
    allowed = set(getattr(mask.GetOptions().Extensions[validate_pb2.field].field_mask, "in"))
    top = {path.split(".")[0] for path in allowed}
    return {f.name: top for f in request.fields if f.message_type is not None and f.name != "update_mask"}


def money_paths(message: Descriptor, depth: int = 0) -> Iterator[tuple[FieldDescriptor, ...]]:
    """Every path from `message` to a Money field a client can send in it."""
    sendable = _sendable(message) if depth == 0 else {}
    for field in message.fields:
        if field.message_type is MONEY:
            yield (field,)
        elif (
            field.message_type is not None
            and field.message_type.full_name.startswith("rupaya.")
            and depth < 4
        ):
            allowed = sendable.get(field.name)
            for path in money_paths(field.message_type, depth + 1):
                if allowed is None or path[0].name in allowed:
                    yield (field, *path)


def _with_money(request: Descriptor, path: tuple[FieldDescriptor, ...], **money: Any) -> Any:
    message = GetMessageClass(request)()
    target = message
    for field in path:
        target = getattr(target, field.name).add() if field.is_repeated else getattr(target, field.name)
    for name, value in money.items():
        setattr(target, name, value)
    return message


def _rule_ids(message: Any) -> set[str]:
    return {v.proto.rule_id for v in protovalidate.Validator().collect_violations(message)}


def request_money_paths() -> Iterator[tuple[str, Descriptor, tuple[FieldDescriptor, ...]]]:
    for name, method in methods():
        for path in money_paths(method.input_type):
            yield f"{name}: {'.'.join(f.name for f in path)}", method.input_type, path


def test_the_contract_has_request_money_to_check() -> None:
    named = {name for name, _, _ in request_money_paths()}
    assert "TransactionService/CreateTransaction: amount" in named
    assert "TransactionService/UpdateTransaction: transaction.amount" in named
    assert "BudgetService/CreateBudget: amount" in named


def test_every_money_a_client_sends_takes_exactly_one_amount() -> None:
    unruled = [
        name
        for name, request, path in request_money_paths()
        if "money.one_amount" not in _rule_ids(_with_money(request, path, amount_minor=1, amount_decimal="1"))
    ]
    assert unruled == []


def test_every_money_a_client_sends_is_within_the_money_limit() -> None:
    unbounded = [
        name
        for name, request, path in request_money_paths()
        for amount in (10**15 + 1, -(10**15) - 1)
        if not {"money.within_limit", "int64.lte", "int64.gte", "int64.gt"}
        & _rule_ids(_with_money(request, path, amount_minor=amount, currency_code="USD"))
    ]
    assert unbounded == []


def test_every_mutation_takes_a_request_id() -> None:
    missing = sorted(
        name
        for name, method in methods()
        if not method.name.startswith(_READS)
        and name not in WITHOUT_REQUEST_ID
        and "request_id" not in method.input_type.fields_by_name
    )
    assert missing == []
    mutations = [name for name, method in methods() if method.name.startswith(_MUTATION_PREFIXES)]
    assert len(mutations) >= 15, mutations


def _resource_field(message: Descriptor) -> FieldDescriptor | None:
    """The one field of a request or response that is a resource (a message with an id)."""
    fields = [
        f for f in message.fields if f.message_type is not None and "id" in f.message_type.fields_by_name
    ]
    return fields[0] if len(fields) == 1 else None


def test_every_resource_that_can_change_carries_an_etag() -> None:
    resources = {
        field.message_type.full_name: field.message_type
        for _, method in methods()
        if method.name.startswith(("Get", *_MUTATION_PREFIXES))
        and (field := _resource_field(method.output_type)) is not None
    }
    assert {"rupaya.v1.Account", "rupaya.v1.Profile", "rupaya.v1.ExchangeRate"} <= resources.keys()
    assert (
        sorted(
            name
            for name, message in resources.items()
            if "etag" not in message.fields_by_name and name not in CHANGED_ONLY_BY_THE_SERVER
        )
        == []
    )


def test_every_update_and_delete_takes_an_etag() -> None:
    def takes_etag(request: Descriptor) -> bool:
        if "etag" in request.fields_by_name:
            return True
        resource = _resource_field(request)
        return resource is not None and "etag" in resource.message_type.fields_by_name

    missing = sorted(
        name
        for name, method in methods()
        if method.name.startswith(("Update", "Delete", "Undelete", "Set"))
        and name not in WITHOUT_ETAG
        and not takes_etag(method.input_type)
    )
    assert missing == []


def test_every_update_mask_lists_the_paths_it_accepts() -> None:
    """Clients (and the OpenAPI document) learn the updatable fields from the contract."""
    unlisted = sorted(
        name
        for name, method in methods()
        if (mask := method.input_type.fields_by_name.get("update_mask")) is not None
        and not getattr(mask.GetOptions().Extensions[validate_pb2.field].field_mask, "in")
    )
    assert unlisted == []
