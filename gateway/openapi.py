"""OpenAPI 3.1 for the HTTP gateway, generated from the contract's descriptors.

Every RPC's `google.api.http` rule (and its additional_bindings) is an operation:
- operationId: the RPC name ("CreateAccount"); `Service_Method` only if two services share
  a method name, so ids stay the names iOS/web code already knows from the gRPC stubs;
- path variables (`{account.id}`) are path parameters named as in the template;
- with `body: "*"` the body is the request minus the path fields; with a named body field the
  body is that field and the other fields go to the query; without a body every field not in
  the path is a query parameter, nested fields flattened with dots, repeated ones exploded;
- JSON as google.protobuf.json_format emits it (gateway.openapi_schema), with the
  buf.validate rules as constraints (gateway.openapi_rules) and the proto comments as
  descriptions (gateway.openapi_comments);
- `default` response: the google.rpc.Status error body; `security: []` on ACCESS_PUBLIC RPCs,
  bearer JWT on the rest.

    python -m gateway.openapi OUT_DIR   # writes rupaya.v1.openapi.json and its 3.0.3 rendition
"""

from __future__ import annotations

import argparse
import json
import pathlib
import re

from google.api import annotations_pb2, http_pb2
from google.protobuf.descriptor import Descriptor, FieldDescriptor, MethodDescriptor

from gateway import openapi_comments
from gateway.openapi_30 import downgrade
from gateway.openapi_schema import WELL_KNOWN, Schema, Schemas, join_paragraphs, message_notes
from gateway.openapi_streams import stream_response
from rupaya.v1 import common_pb2
from server.policy import CONTRACT_FILES

ROOT = pathlib.Path(__file__).resolve().parent.parent
DOCUMENT_31 = "rupaya.v1.openapi.json"
DOCUMENT_30 = "rupaya.v1.openapi-3.0.json"
_METHODS = ("get", "put", "post", "delete", "patch")
_VARIABLE = re.compile(r"\{([^}=]+)(?:=([^}]*))?\}")

STATUS: Schema = {
    "type": "object",
    "description": "google.rpc.Status: the body of every error. `details` carry `@type`: "
    "google.rpc.ErrorInfo (always; `reason` is one of rupaya.v1.ErrorReason without its prefix, "
    '`domain` "rupaya"), google.rpc.BadRequest (field violations), '
    "google.rpc.PreconditionFailure (stale etag), google.rpc.RetryInfo (rate limited).",
    "properties": {
        "code": {"type": "integer", "format": "int32", "description": "The google.rpc.Code."},
        "message": {"type": "string", "description": "A message for developers, in English."},
        "details": {
            "type": "array",
            "items": {
                "type": "object",
                "properties": {"@type": {"type": "string"}},
                "required": ["@type"],
                "additionalProperties": True,
            },
        },
    },
}


def contract_version() -> str:
    names = (
        p.name.removesuffix(".binpb").removeprefix("v")
        for p in (ROOT / "proto" / "releases").glob("v*.binpb")
    )
    # By number, as scripts/breaking.py picks the newest: 1.10.0 is newer than 1.9.0.
    versions = sorted(
        tuple(int(n) for n in name.split(".")) for name in names if re.fullmatch(r"\d+\.\d+\.\d+", name)
    )
    return ".".join(map(str, versions[-1])) if versions else "0.0.0"


def _bindings(method: MethodDescriptor) -> list[http_pb2.HttpRule]:
    rule = method.GetOptions().Extensions[annotations_pb2.http]
    return [rule, *rule.additional_bindings] if rule.WhichOneof("pattern") else []


def _verb_and_path(rule: http_pb2.HttpRule) -> tuple[str, str]:
    kind = rule.WhichOneof("pattern")
    if kind == "custom":
        return rule.custom.kind.lower(), rule.custom.path
    return kind, getattr(rule, kind)


def _segment_pattern(template: str) -> str:
    """`accounts/*` -> a regex for the value a `{name=accounts/*}` variable takes."""
    parts = ["[^/]+" if p == "*" else ".+" if p == "**" else re.escape(p) for p in template.split("/")]
    return "^" + "/".join(parts) + "$"


def _field_path(desc: Descriptor, path: str) -> list[FieldDescriptor]:
    fields = []
    for name in path.split("."):
        fd = desc.fields_by_name[name]
        fields.append(fd)
        desc = fd.message_type
    return fields


class Builder:
    def __init__(self, comments: dict[str, str]) -> None:
        self.comments = comments
        self.schemas = Schemas(comments)

    def query_parameters(
        self,
        desc: Descriptor,
        skip: frozenset[str],
        prefix: str = "",
        required: bool = True,
        context: str = "",
    ) -> list[Schema]:
        """Fields of `desc` as query parameters: messages flattened with dots, repeated exploded.
        Repeated messages and maps cannot travel in a query and are left out. A flattened
        field's parameters carry its description (and rules) as `context`."""
        params = []
        for fd in desc.fields:
            if fd.name in skip:
                continue
            is_message = fd.message_type is not None and fd.message_type.full_name not in WELL_KNOWN
            schema, field_required = self.schemas.field(fd)
            name = f"{prefix}{fd.json_name}"
            if fd.is_repeated:
                if is_message:
                    continue
                params.append(
                    {"name": name, "in": "query", "schema": schema, "style": "form", "explode": True}
                )
            elif is_message:
                parent = schema.get("description")
                params += self.query_parameters(
                    fd.message_type,
                    frozenset(),
                    f"{name}.",
                    required and field_required,
                    join_paragraphs(context, f"`{name}`: {parent}" if parent else ""),
                )
                continue
            else:
                params.append({"name": name, "in": "query", "schema": schema})
            if required and field_required:
                params[-1]["required"] = True
            own = schema.pop("description", "") if "$ref" not in schema else ""
            description = join_paragraphs(str(own), context)
            if description:
                params[-1]["description"] = description
        return params

    def operation(
        self, method: MethodDescriptor, rule: http_pb2.HttpRule, operation_id: str
    ) -> tuple[str, str, Schema]:
        if method.client_streaming:  # the gateway serves none (gateway/routes.py)
            raise ValueError(f"{method.full_name}: a client stream has no HTTP/JSON form")
        verb, template = _verb_and_path(rule)
        request = method.input_type
        parameters: list[Schema] = []
        bound: set[str] = set()
        for match in _VARIABLE.finditer(template):
            var, segments = match.group(1), match.group(2)
            fields = _field_path(request, var)
            bound.add(fields[0].name)
            schema, _ = self.schemas.field(fields[-1])
            if segments:
                schema = {"type": "string", "pattern": _segment_pattern(segments)}
            parameter: Schema = {"name": var, "in": "path", "required": True, "schema": schema}
            if "description" in schema and "$ref" not in schema:
                parameter["description"] = schema.pop("description")
            parameters.append(parameter)
        path = _VARIABLE.sub(lambda m: "{" + m.group(1) + "}", template)

        op: Schema = {"operationId": operation_id, "tags": [method.containing_service.name]}
        description = self.comments.get(method.full_name, "")
        if rule.body != "*":  # the request's own rules, when its fields travel as parameters
            description = join_paragraphs(description, "\n".join(message_notes(request)))
        if description:
            op["summary"] = description.split("\n\n")[0].split(". ")[0].rstrip(".").replace("\n", " ")
            op["description"] = description
        if rule.body == "*":
            body = self.schemas.object(request, frozenset(bound)) if bound else self.schemas.message(request)
        elif rule.body:
            body_field = request.fields_by_name[rule.body]
            body, _ = self.schemas.field(body_field)
            parameters += self.query_parameters(request, frozenset(bound | {rule.body}))
        else:
            body = None
            parameters += self.query_parameters(request, frozenset(bound))
        if parameters:
            op["parameters"] = parameters
        if body is not None:
            op["requestBody"] = {"required": True, "content": {"application/json": {"schema": body}}}
        if method.server_streaming:
            ok = stream_response(method.output_type, self.schemas)
        elif rule.response_body:
            response, _ = self.schemas.field(method.output_type.fields_by_name[rule.response_body])
            ok = {"description": "OK", "content": {"application/json": {"schema": response}}}
        else:
            response = self.schemas.message(method.output_type)
            ok = {"description": "OK", "content": {"application/json": {"schema": response}}}
        op["responses"] = {"200": ok, "default": {"$ref": "#/components/responses/Error"}}
        policy = method.GetOptions().Extensions[common_pb2.policy]
        op["security"] = [] if policy.access == common_pb2.ACCESS_PUBLIC else [{"bearerAuth": []}]
        return path, verb, op


def _methods() -> list[MethodDescriptor]:
    return [m for file in CONTRACT_FILES for s in file.services_by_name.values() for m in s.methods]


def merge_equivalent_paths(paths: dict[str, dict[str, Schema]]) -> dict[str, dict[str, Schema]]:
    """One path key per URL shape. OpenAPI forbids templated paths that differ only in their
    variable names (`/v1/accounts/{id}` for Get and `/v1/accounts/{account.id}` for Update are
    the same URLs), and tools that rely on that (schemathesis, client generators) fail on them.
    The shape's names come from the key with the most operations (then the shortest); an
    operation renamed so still fills its own field (the gateway matches by position), which its
    parameter's description names."""
    shapes: dict[str, list[str]] = {}
    for path in paths:
        shapes.setdefault(_VARIABLE.sub("{}", path), []).append(path)
    merged: dict[str, dict[str, Schema]] = {}
    for keys in shapes.values():
        canonical = min(keys, key=lambda k: (-len(paths[k]), len(k), k))
        names = _VARIABLE.findall(canonical)
        for key in keys:
            renames = {
                old: new
                for (old, _), (new, _) in zip(_VARIABLE.findall(key), names, strict=True)
                if old != new
            }
            for verb, op in paths[key].items():
                if verb in merged.setdefault(canonical, {}):
                    raise ValueError(f"{verb.upper()} {key} and {canonical} are the same URLs")
                for parameter in op.get("parameters", []):
                    if parameter["in"] == "path" and parameter["name"] in renames:
                        field = parameter["name"]
                        parameter["name"] = renames[field]
                        parameter["description"] = join_paragraphs(
                            f"Fills `{field}`.", str(parameter.get("description", ""))
                        )
                merged[canonical][verb] = op
    return merged


def operation_ids() -> dict[str, str]:
    """Full method name -> operationId: the RPC name, or Service_Method where names clash."""
    methods = _methods()
    names = [m.name for m in methods]
    return {
        m.full_name: m.name if names.count(m.name) == 1 else f"{m.containing_service.name}_{m.name}"
        for m in methods
    }


def build(comments: dict[str, str] | None = None) -> Schema:
    """The OpenAPI 3.1 document; without `comments` they are read from a fresh descriptor image."""
    if comments is None:
        comments = openapi_comments.comments(openapi_comments.build_image())
    builder = Builder(comments)
    paths: dict[str, dict[str, Schema]] = {}
    tags = []
    ids = operation_ids()
    for method in _methods():
        service = method.containing_service
        if not tags or tags[-1]["name"] != service.name:
            tags.append({"name": service.name, "description": comments.get(service.full_name, "")})
        for i, rule in enumerate(_bindings(method)):
            operation_id = ids[method.full_name] + (f"_{i}" if i else "")
            path, verb, op = builder.operation(method, rule, operation_id)
            if verb not in _METHODS:
                raise ValueError(f"{method.full_name}: HTTP method {verb!r} has no OpenAPI operation")
            if verb in paths.setdefault(path, {}):
                raise ValueError(f"{method.full_name}: {verb.upper()} {path} is bound twice")
            paths[path][verb] = op
    paths = merge_equivalent_paths(paths)
    return {
        "openapi": "3.1.0",
        "info": {
            "title": "RUPAYA API",
            "version": contract_version(),
            "description": "HTTP/JSON gateway to the RUPAYA gRPC contract (package rupaya.v1). "
            "JSON follows protobuf's JSON mapping: lowerCamelCase names (original proto names "
            "are accepted on input), 64-bit integers as strings, enums by name, timestamps in "
            "RFC 3339. Fields a client does not know are ignored, so a newer client keeps "
            "working against an older server.",
        },
        "tags": tags,
        "paths": paths,
        "security": [{"bearerAuth": []}],
        "components": {
            "schemas": {**builder.schemas.components, "google.rpc.Status": STATUS},
            "responses": {
                "Error": {
                    "description": "An error: google.rpc.Status; the HTTP status follows the "
                    "reason's entry in shared/errors.json.",
                    "content": {
                        "application/json": {"schema": {"$ref": "#/components/schemas/google.rpc.Status"}}
                    },
                }
            },
            "securitySchemes": {
                "bearerAuth": {
                    "type": "http",
                    "scheme": "bearer",
                    "bearerFormat": "JWT",
                    "description": "The access token from SignUp, SignIn or RefreshToken.",
                }
            },
        },
    }


def dumps(document: Schema) -> str:
    """Deterministic text: sorted keys, so the committed file only changes with the contract."""
    return json.dumps(document, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def write(out_dir: pathlib.Path) -> None:
    document = build()
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / DOCUMENT_31).write_text(dumps(document))
    (out_dir / DOCUMENT_30).write_text(dumps(downgrade(document)))


def main() -> None:
    parser = argparse.ArgumentParser(description="Write the gateway's OpenAPI documents.")
    parser.add_argument("out_dir", type=pathlib.Path)
    write(parser.parse_args().out_dir)


if __name__ == "__main__":
    main()
