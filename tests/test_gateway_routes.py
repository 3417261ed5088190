"""The gateway's route table comes from the contract alone, and its error statuses from
shared/errors.json: checked on the descriptors and the catalog, without a server."""

from __future__ import annotations

import json
import re

import grpc
import pytest
from google.api import annotations_pb2, http_pb2

from gateway import errors
from gateway.routes import RouteTable, TemplateError, build_routes, parse_template, routes_of
from rupaya.v1 import accounts_pb2
from server.policy import CONTRACT_FILES
from tests.servers import ROOT


def _fill(template: str) -> str:
    """A concrete path for a template: each variable becomes a sample value."""
    return re.sub(r"\{[^}]+\}", "0190d5a4-7e2b-7c3d-9a1b-2c3d4e5f6a7b", template)


def test_every_contract_rpc_is_routed_and_each_rule_finds_its_rpc() -> None:
    table = RouteTable(build_routes())
    methods = [m for f in CONTRACT_FILES for s in f.services_by_name.values() for m in s.methods]
    assert len(methods) > 40
    for method in methods:
        assert method.GetOptions().HasExtension(annotations_pb2.http), f"{method.full_name} has no http rule"
        rule = method.GetOptions().Extensions[annotations_pb2.http]
        for binding in (rule, *rule.additional_bindings):
            verb = binding.WhichOneof("pattern")
            route, variables, _ = table.find(verb.upper(), _fill(getattr(binding, verb)))
            assert route is not None and route.method.full_name == method.full_name, (verb, binding)
            assert set(variables) == set(re.findall(r"\{([^}=]+)", getattr(binding, verb)))


def test_path_templates_nested_fields_patterns_and_verbs() -> None:
    nested = parse_template("/v1/accounts/{account.id}")
    assert nested.match("/v1/accounts/abc") == {"account.id": "abc"}
    assert nested.match("/v1/accounts/abc/extra") is None

    named = parse_template("/v1/{name=accounts/*}:archive")
    assert named.match("/v1/accounts/a%2Fb:archive") == {"name": "accounts/a/b"}  # decoded once
    assert named.match("/v1/budgets/x:archive") is None
    assert named.match("/v1/accounts/x") is None  # the verb is part of the route

    rest = parse_template("/v1/files/{path=**}")
    assert rest.match("/v1/files/a/b/c") == {"path": "a/b/c"}

    custom = parse_template("/v1/auth/sessions/{session_id}:revoke")
    assert custom.match("/v1/auth/sessions/s1:revoke") == {"session_id": "s1"}
    with pytest.raises(TemplateError):
        parse_template("v1/no-leading-slash")


def test_custom_verb_route_wins_over_the_plain_variable_route() -> None:
    table = RouteTable(build_routes())
    route, variables, _ = table.find("POST", "/v1/transactions/t1:undelete")
    assert route is not None and route.method.name == "UndeleteTransaction"
    assert variables == {"id": "t1"}
    assert table.find("GET", "/v1/transactions/t1")[0].method.name == "GetTransaction"  # type: ignore[union-attr]


def test_additional_bindings_and_custom_methods_become_routes() -> None:
    method = accounts_pb2.DESCRIPTOR.services_by_name["AccountService"].methods_by_name["GetAccount"]
    rule = http_pb2.HttpRule(
        get="/v2/accounts/{id}",
        additional_bindings=[
            http_pb2.HttpRule(post="/v2/accounts:get", body="*"),
            http_pb2.HttpRule(custom=http_pb2.CustomHttpPattern(kind="SEARCH", path="/v2/accounts/{id}")),
        ],
    )
    routes = list(routes_of(method, rule))
    assert [(r.http_method, r.path.template, r.body) for r in routes] == [
        ("GET", "/v2/accounts/{id}", ""),
        ("POST", "/v2/accounts:get", "*"),
        ("SEARCH", "/v2/accounts/{id}", ""),
    ]
    with pytest.raises(TemplateError):  # a variable naming no field is a contract bug, found at start
        list(routes_of(method, http_pb2.HttpRule(get="/v2/accounts/{nope}")))


def test_every_catalog_reason_maps_to_its_http_status() -> None:
    catalog = json.loads((ROOT / "shared" / "errors.json").read_text())["reasons"]
    assert len(catalog) > 30
    for reason, entry in catalog.items():
        code = grpc.StatusCode[entry["grpc_code"]]
        assert errors.http_status(code, reason) == entry["http_status"], reason


def test_statuses_without_a_reason_use_the_grpc_code_table() -> None:
    assert errors.http_status(grpc.StatusCode.NOT_FOUND) == 404
    assert errors.http_status(grpc.StatusCode.UNAVAILABLE) == 503
    assert errors.http_status(grpc.StatusCode.DEADLINE_EXCEEDED) == 504
    assert errors.http_status(grpc.StatusCode.UNIMPLEMENTED) == 501
    assert errors.http_status(grpc.StatusCode.FAILED_PRECONDITION, "NOT_A_REASON") == 400
    # A stale If-Match is HTTP's 412; the same reason with the etag in the body keeps the catalog's.
    assert errors.http_status(grpc.StatusCode.ABORTED, "ETAG_MISMATCH", if_match=True) == 412
    assert errors.http_status(grpc.StatusCode.ABORTED, "ETAG_MISMATCH") == 409
