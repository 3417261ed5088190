"""The gateway's OpenAPI documents (gen/openapi) describe the contract: both are valid OpenAPI
(3.1 and 3.0.3), every RPC's http rule is an operation with its method, path and RPC name,
the buf.validate rules are JSON Schema constraints, public RPCs need no token, JSON that
google.protobuf.json_format makes of real server replies validates against the documented
schemas, and `make drift` fails when a committed document is edited."""

from __future__ import annotations

import json
import pathlib
import re
import shutil
import subprocess
import sys
import uuid
from typing import Any

import grpc
import jsonschema
import pytest
from google.api import annotations_pb2
from google.protobuf import json_format
from google.protobuf.message import Message
from google.rpc import error_details_pb2  # noqa: F401  (json_format resolves the details' @type)
from grpc_status import rpc_status
from openapi_schema_validator import OAS30Validator
from openapi_spec_validator import validate

from gateway import openapi
from gateway.openapi_30 import downgrade, rewrite
from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import analytics_pb2 as an
from rupaya.v1 import auth_pb2, currencies_pb2
from rupaya.v1 import transactions_pb2 as tx
from server.policy import CONTRACT_FILES, load_policies
from tests.ledger import day, expense_request, money, open_account, record
from tests.servers import ROOT, Client, Connection

GEN = ROOT / "gen" / "openapi"
DOC = json.loads((GEN / openapi.DOCUMENT_31).read_text())
DOC_30 = json.loads((GEN / openapi.DOCUMENT_30).read_text())
SCHEMAS = DOC["components"]["schemas"]
METHODS = [m for f in CONTRACT_FILES for s in f.services_by_name.values() for m in s.methods]


def operations(doc: dict[str, Any]) -> dict[str, tuple[str, str, dict[str, Any]]]:
    """operationId -> (HTTP method, path, operation)."""
    return {
        op["operationId"]: (verb, path, op) for path, ops in doc["paths"].items() for verb, op in ops.items()
    }


OPS = operations(DOC)


def parameter(operation_id: str, name: str) -> dict[str, Any]:
    return next(p for p in OPS[operation_id][2]["parameters"] if p["name"] == name)


@pytest.mark.parametrize("name", [openapi.DOCUMENT_31, openapi.DOCUMENT_30])
def test_both_documents_are_valid_openapi(name: str) -> None:
    document = json.loads((GEN / name).read_text())
    validate(document)  # picks the 3.1 or 3.0 validator from the `openapi` field
    assert document["openapi"] == ("3.1.0" if name == openapi.DOCUMENT_31 else "3.0.3")


def test_every_rpc_is_an_operation_with_its_method_path_and_name() -> None:
    """Walks the descriptors: each http binding is exactly one operation, and nothing else is."""
    expected = {}
    for method in METHODS:
        rule = method.GetOptions().Extensions[annotations_pb2.http]
        assert rule.WhichOneof("pattern"), f"{method.full_name} has no google.api.http rule"
        for i, binding in enumerate([rule, *rule.additional_bindings]):
            verb = binding.WhichOneof("pattern")
            path = re.sub(r"\{([^}=]+)=[^}]*\}", r"{\1}", getattr(binding, verb))
            expected[method.name + (f"_{i}" if i else "")] = (verb, path)
    # Same URLs: a variable may carry its shape's name (see the next test), not the rule's.
    assert {op_id: (verb, shape(path)) for op_id, (verb, path, _) in OPS.items()} == {
        op_id: (verb, shape(path)) for op_id, (verb, path) in expected.items()
    }
    renamed = {op_id for op_id, (verb, path, _) in OPS.items() if path != expected[op_id][1]}
    assert "UpdateAccount" in renamed and "GetAccount" not in renamed
    for op_id in renamed:
        path_parameters = [p for p in OPS[op_id][2]["parameters"] if p["in"] == "path"]
        assert any(p["description"].startswith("Fills `") for p in path_parameters), op_id
    assert len(OPS) == sum(len(ops) for ops in DOC["paths"].values()) >= len(METHODS) > 0
    for method in METHODS:
        assert OPS[method.name][2]["tags"] == [method.containing_service.name]


def shape(path: str) -> str:
    return re.sub(r"\{[^}]+\}", "{}", path)


def test_one_path_key_per_url_shape_and_renamed_variables_name_their_field() -> None:
    """OpenAPI forbids two templated paths that differ only in variable names: Get/Delete
    `/v1/accounts/{id}` and Update `/v1/accounts/{account.id}` share one key."""
    keys = list(DOC["paths"])
    assert len({shape(k) for k in keys}) == len(keys)
    update = DOC["paths"]["/v1/accounts/{id}"]["patch"]
    assert update["operationId"] == "UpdateAccount"
    assert parameter("UpdateAccount", "id")["description"].startswith("Fills `account.id`.")
    clash = {"/v1/x/{id}": {"get": {}}, "/v1/x/{x.id}": {"get": {}}}
    with pytest.raises(ValueError, match="same URLs"):
        openapi.merge_equivalent_paths(clash)


def test_public_rpcs_need_no_token_and_the_others_a_bearer_jwt() -> None:
    policies = load_policies()
    public = {name.rsplit("/", 1)[1] for name, policy in policies.items() if policy.public}
    assert {"SignUp", "SignIn", "RefreshToken", "GetJwks", "ListCurrencies"} <= public
    for method in METHODS:
        security = OPS[method.name][2]["security"]
        assert security == ([] if method.name in public else [{"bearerAuth": []}]), method.name
    assert DOC["components"]["securitySchemes"]["bearerAuth"] == {
        "type": "http",
        "scheme": "bearer",
        "bearerFormat": "JWT",
        "description": "The access token from SignUp, SignIn or RefreshToken.",
    }


def test_every_operation_answers_errors_with_the_status_body() -> None:
    for _, _, op in OPS.values():
        assert op["responses"]["default"] == {"$ref": "#/components/responses/Error"}
    status = DOC["components"]["responses"]["Error"]["content"]["application/json"]["schema"]
    assert status == {"$ref": "#/components/schemas/google.rpc.Status"}
    assert SCHEMAS["google.rpc.Status"]["properties"]["details"]["items"]["required"] == ["@type"]


def test_validation_rules_are_json_schema_constraints() -> None:
    create = SCHEMAS["rupaya.v1.CreateAccountRequest"]
    name = create["properties"]["name"]
    assert (name["type"], name["minLength"], name["maxLength"]) == ("string", 1, 100)
    assert create["properties"]["requestId"]["format"] == "uuid"
    assert create["properties"]["currencyCode"]["pattern"] == "^[A-Z]{3}$"
    # enum.not_in [0]: the names a request may use, UNSPECIFIED left out.
    assert create["properties"]["type"]["enum"] == [
        v.name for v in acc.AccountType.DESCRIPTOR.values if v.number != 0
    ]
    # `required`, and fields whose zero value their rules refuse (json_format omits zero values).
    assert set(create["required"]) == {"requestId", "name", "type", "currencyCode"}
    assert "icon" not in create["required"] and "color" not in create["required"]
    page_size = parameter("ListAccounts", "pageSize")["schema"]
    assert (page_size["type"], page_size["minimum"], page_size["maximum"]) == ("integer", 0, 500)
    tags = SCHEMAS["rupaya.v1.CreateTransactionRequest"]["properties"]["tags"]
    assert (tags["maxItems"], tags["uniqueItems"], tags["items"]["minLength"]) == (20, True, 1)
    mask = parameter("UpdateAccount", "updateMask")
    assert mask["required"] and re.fullmatch(mask["schema"]["pattern"], "name,openingBalance")
    assert not re.fullmatch(mask["schema"]["pattern"], "currencyCode")
    assert parameter("UpdateAccount", "id")["schema"]["format"] == "uuid"
    # CEL rules, which JSON Schema cannot say, are in the description: a field's, and for fields
    # flattened into the query the parent field's and the request message's.
    assert "Rule `money.one_amount`" in create["properties"]["openingBalance"]["description"]
    min_amount = parameter("ListTransactions", "minAmount.amountMinor")["description"]
    assert "`minAmount`: Smallest `amount` included" in min_amount
    assert "Rule `money.currency_required`" in min_amount
    assert "Rule `money.same_currency`" in OPS["ListTransactions"][2]["description"]


def test_json_mapping_types_and_names() -> None:
    amount = SCHEMAS["rupaya.v1.Money"]["properties"]["amountMinor"]
    assert (amount["type"], amount["format"], amount["pattern"]) == ("string", "int64", "^-?[0-9]+$")
    account = SCHEMAS["rupaya.v1.Account"]["properties"]
    assert account["createTime"]["type"] == "string" and account["createTime"]["format"] == "date-time"
    assert account["type"]["$ref"] == "#/components/schemas/rupaya.v1.AccountType"
    assert SCHEMAS["rupaya.v1.AccountType"]["enum"] == [v.name for v in acc.AccountType.DESCRIPTOR.values]
    assert set(SCHEMAS["google.type.Date"]["properties"]) == {"year", "month", "day"}
    assert SCHEMAS["rupaya.v1.EnrollMfaResponse"]["properties"]["qrCode"]["format"] == "byte"
    # Names are json_format's lowerCamelCase everywhere, also in query parameters.
    for schema in SCHEMAS.values():
        assert all("_" not in name for name in schema.get("properties", {}))
    assert parameter("ListTransactions", "fromDate.year")["schema"]["type"] == "integer"
    assert parameter("ListTransactions", "kind")["schema"]["$ref"].endswith("rupaya.v1.TransactionKind")


def test_query_parameters_flatten_messages_and_explode_repeated_fields() -> None:
    builder = openapi.Builder({})
    params = {
        p["name"]: p for p in builder.query_parameters(tx.CreateTransactionRequest.DESCRIPTOR, frozenset())
    }
    assert params["tags"]["schema"]["type"] == "array"
    assert (params["tags"]["style"], params["tags"]["explode"]) == ("form", True)
    assert params["amount.amountMinor"]["schema"]["type"] == "string"
    assert "splits" not in params  # repeated messages cannot travel in a query


def test_descriptions_come_from_the_proto_comments() -> None:
    assert OPS["CreateAccount"][2]["description"] == "Creates an account. Idempotent on `request_id`."
    assert OPS["CreateAccount"][2]["summary"] == "Creates an account"
    assert "- `ACCOUNT_TYPE_CASH`: Notes and coins." in SCHEMAS["rupaya.v1.AccountType"]["description"]
    assert SCHEMAS["rupaya.v1.Account"]["properties"]["name"]["description"].startswith("Display name")
    assert any(t["name"] == "AccountService" and "NOT_FOUND" in t["description"] for t in DOC["tags"])


def test_the_30_rendition_rewrites_what_31_says_differently() -> None:
    document = {
        "openapi": "3.1.0",
        "info": {"title": "t", "version": "1", "summary": "only in 3.1"},
        "paths": {},
        "components": {
            "schemas": {
                "A": {
                    "type": "object",
                    "properties": {
                        "n": {"type": "integer", "exclusiveMinimum": 0, "exclusiveMaximum": 10},
                        "c": {"type": "string", "const": "x"},
                        "o": {"type": ["string", "null"]},
                        "r": {"$ref": "#/components/schemas/B", "description": "beside a $ref"},
                    },
                },
                "B": {"type": "string"},
            }
        },
    }
    down = downgrade(document)
    validate(down)
    props = down["components"]["schemas"]["A"]["properties"]
    assert props["n"] == {
        "type": "integer",
        "minimum": 0,
        "exclusiveMinimum": True,
        "maximum": 10,
        "exclusiveMaximum": True,
    }
    assert props["c"] == {"type": "string", "enum": ["x"]}
    assert props["o"] == {"type": "string", "nullable": True}
    assert props["r"] == {"allOf": [{"$ref": "#/components/schemas/B"}], "description": "beside a $ref"}
    assert "summary" not in down["info"] and document["info"]["summary"] == "only in 3.1"
    # The committed 3.0 document is the same API: same operations, same schemas' names.
    assert operations(DOC_30).keys() == OPS.keys()
    assert DOC_30["components"]["schemas"].keys() == SCHEMAS.keys()


def _validators(schema: dict[str, Any]) -> list[Any]:
    """The schema as JSON Schema 2020-12 (3.1) and as OpenAPI 3.0's dialect, with components to $ref."""
    schema_30 = rewrite(schema)
    return [
        jsonschema.Draft202012Validator({**schema, "components": DOC["components"]}),
        OAS30Validator({**schema_30, "components": DOC_30["components"]}),
    ]


def assert_documented(operation_id: str, reply: Message) -> dict[str, Any]:
    """json_format's JSON of a real reply validates against the operation's 200 schema."""
    schema = OPS[operation_id][2]["responses"]["200"]["content"]["application/json"]["schema"]
    body = json_format.MessageToDict(reply)
    for validator in _validators(schema):
        errors = [f"{list(e.absolute_path)}: {e.message}" for e in validator.iter_errors(body)]
        assert not errors, f"{operation_id}: {errors}"
    return body


def assert_request_documented(operation_id: str, request: Message) -> None:
    schema = OPS[operation_id][2]["requestBody"]["content"]["application/json"]["schema"]
    for validator in _validators(schema):
        validator.validate(json_format.MessageToDict(request))


def test_real_replies_validate_against_the_documented_schemas(conn: Connection) -> None:
    client: Client = conn.client().sign_up()
    create = acc.CreateAccountRequest(
        request_id=str(uuid.uuid4()),
        name="Everyday",
        type=acc.ACCOUNT_TYPE_CHECKING,
        currency_code="INR",
        opening_balance=money(150_000),
    )
    assert_request_documented("CreateAccount", create)
    account = client.accounts.CreateAccount(create, metadata=client.md())
    body = assert_documented("CreateAccount", account)
    assert body["account"]["openingBalance"]["amountMinor"] == "150000"  # int64 as a string
    other = open_account(client, 5000, "USD")
    expense = expense_request(account.account, 2550, payee="Corner shop", tags=["food", "weekly"])
    assert_request_documented("CreateTransaction", expense)
    record(client, expense)
    reads: list[tuple[str, Message]] = [
        ("GetAccount", client.accounts.GetAccount(acc.GetAccountRequest(id=other.id), metadata=client.md())),
        ("ListAccounts", client.accounts.ListAccounts(acc.ListAccountsRequest(), metadata=client.md())),
        (
            "ListTransactions",
            client.transactions.ListTransactions(tx.ListTransactionsRequest(), metadata=client.md()),
        ),
        (
            "GetDashboard",
            client.analytics.GetDashboard(
                an.GetDashboardRequest(period=an.ANALYTICS_PERIOD_MONTH, date=day("2026-03-18")),
                metadata=client.md(),
            ),
        ),
        ("ListSessions", client.auth.ListSessions(auth_pb2.ListSessionsRequest(), metadata=client.md())),
        ("ListCurrencies", client.currencies.ListCurrencies(currencies_pb2.ListCurrenciesRequest())),
    ]
    for operation_id, reply in reads:
        assert_documented(operation_id, reply)


def test_the_schemas_refuse_what_json_format_never_emits(conn: Connection) -> None:
    """The check above can fail: an int64 as a number or an enum as a number is not the document."""
    client = conn.client().sign_up()
    body = json_format.MessageToDict(
        client.accounts.GetAccount(
            acc.GetAccountRequest(id=open_account(client, 100).id), metadata=client.md()
        )
    )
    schema = OPS["GetAccount"][2]["responses"]["200"]["content"]["application/json"]["schema"]
    as_number = json.loads(json.dumps(body))
    as_number["account"]["currentBalance"]["amountMinor"] = 100
    enum_number = json.loads(json.dumps(body))
    enum_number["account"]["type"] = 2
    for validator in _validators(schema):
        assert validator.is_valid(body)
        assert not validator.is_valid(as_number)
        assert not validator.is_valid(enum_number)


def test_a_real_error_body_validates_against_the_status_schema(conn: Connection) -> None:
    client = conn.client().sign_up()
    with pytest.raises(grpc.RpcError) as failure:
        client.accounts.CreateAccount(acc.CreateAccountRequest(name=""), metadata=client.md())
    status = rpc_status.from_call(failure.value)  # type: ignore[arg-type]
    assert status is not None
    body = json_format.MessageToDict(status)
    assert {d["@type"] for d in body["details"]} >= {
        "type.googleapis.com/google.rpc.ErrorInfo",
        "type.googleapis.com/google.rpc.BadRequest",
    }
    for validator in _validators({"$ref": "#/components/schemas/google.rpc.Status"}):
        validator.validate(body)


def _drift(gen_root: pathlib.Path) -> subprocess.CompletedProcess[str]:
    command = [sys.executable, str(ROOT / "scripts" / "drift.py"), str(gen_root)]
    return subprocess.run(command, capture_output=True, text=True, cwd=ROOT)


def test_drift_check_fails_when_a_committed_document_is_edited(tmp_path: pathlib.Path) -> None:
    gen = tmp_path / "gen"
    shutil.copytree(ROOT / "gen", gen, ignore=shutil.ignore_patterns("__pycache__"))
    assert _drift(gen).returncode == 0
    edited = gen / "openapi" / openapi.DOCUMENT_30
    edited.write_text(edited.read_text().replace('"Creates an account', '"Makes an account', 1))
    result = _drift(gen)
    assert result.returncode == 1
    assert "gen/openapi is out of date" in result.stdout and openapi.DOCUMENT_30 in result.stdout
    (gen / "openapi" / openapi.DOCUMENT_31).unlink()
    assert openapi.DOCUMENT_31 in _drift(gen).stdout


def test_generation_is_deterministic() -> None:
    assert openapi.dumps(openapi.build()) == (GEN / openapi.DOCUMENT_31).read_text()
