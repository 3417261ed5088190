"""HTTP request -> request message, response message -> JSON, by protobuf's JSON mapping.

google.protobuf.json_format does the mapping: int64 as strings, lowerCamelCase names out and
both lowerCamelCase and original names in, enums by name or number, Timestamps in RFC 3339,
FieldMasks as "a,b". Unknown fields are IGNORED, as binary gRPC ignores them: a newer web
client sending a field this replica does not know yet keeps working during a rolling deploy.
"""

from __future__ import annotations

import functools
from typing import Any

import orjson
from google.protobuf import json_format
from google.protobuf.descriptor import Descriptor, FieldDescriptor
from google.protobuf.message import Message

from gateway.routes import Route

# Message types whose JSON form is a single string or number, so one query value fills them.
_SCALAR_JSON_TYPES = {
    "google.protobuf.Timestamp",
    "google.protobuf.Duration",
    "google.protobuf.FieldMask",
    *(
        f"google.protobuf.{name}Value"
        for name in ("Double", "Float", "Int64", "UInt64", "Int32", "UInt32", "Bool", "String", "Bytes")
    ),
}


class MalformedRequest(ValueError):
    """The body or query string is not a valid request for this method; `where` says which part."""

    def __init__(self, where: str, detail: str) -> None:
        super().__init__(detail)
        self.where = where


def _field(descriptor: Descriptor, name: str) -> FieldDescriptor | None:
    found = descriptor.fields_by_name.get(name)
    if found is None:
        found = next((f for f in descriptor.fields if f.json_name == name), None)
    return found


def _nest(tree: dict[str, Any], path: list[str], value: Any) -> None:
    for name in path[:-1]:
        tree = tree.setdefault(name, {})
        if not isinstance(tree, dict):
            raise MalformedRequest("query", f"{'.'.join(path)} is both a value and a message")
    tree[path[-1]] = value


def _query_tree(route: Route, query: list[tuple[str, str]], bound: set[str]) -> dict[str, Any]:
    """`a.b=1&tags=x&tags=y` -> {"a": {"b": "1"}, "tags": ["x", "y"]}, by proto field names.
    Parameters naming no field, or a field the path or body already fills, are ignored."""
    tree: dict[str, Any] = {}
    for key, value in query:
        descriptor: Descriptor | None = route.request_class.DESCRIPTOR
        names: list[str] = []
        found: FieldDescriptor | None = None
        for part in key.split("."):
            found = _field(descriptor, part) if descriptor is not None else None
            if found is None:
                break
            names.append(found.name)
            descriptor = found.message_type
            if descriptor is not None and descriptor.full_name in _SCALAR_JSON_TYPES:
                descriptor = None  # filled by one value; no deeper names
        if found is None or names[0] in bound:
            continue
        if found.message_type is not None and found.message_type.full_name not in _SCALAR_JSON_TYPES:
            raise MalformedRequest("query", f"{key} is a message; give its fields, e.g. {key}.<field>")
        value = _query_value(found, value)
        if found.is_repeated:
            tree_value = _get(tree, names)
            _nest(tree, names, [*(tree_value or []), value])
        else:
            _nest(tree, names, value)
    return tree


def _query_value(field: FieldDescriptor, value: str) -> Any:
    """Query strings are text; JSON parsing takes numbers and enum numbers as text too, not bools."""
    if field.type == FieldDescriptor.TYPE_BOOL and value.lower() in {"true", "false", "1", "0"}:
        return value.lower() in {"true", "1"}
    return value


def _get(tree: dict[str, Any], path: list[str]) -> Any:
    for name in path:
        if not isinstance(tree, dict) or name not in tree:
            return None
        tree = tree[name]
    return tree


def _parse(tree: dict[str, Any], message: Message, where: str) -> None:
    # Unknown names were dropped from query and path trees already; what is left to refuse there
    # is an unknown enum name, which in a filter is a typo (ignoring it would widen the filter).
    try:
        json_format.ParseDict(tree, message, ignore_unknown_fields=where == "body")
    except (json_format.ParseError, ValueError, TypeError, AttributeError) as error:
        raise MalformedRequest(where, str(error)[:300]) from None


def request_message(
    route: Route, variables: dict[str, str], query: list[tuple[str, str]], body: bytes
) -> Message:
    """Body, then query string, then path variables (the path wins), merged into one request."""
    message = route.request_class()
    bound = {path.split(".", 1)[0] for path in variables}
    if route.body:
        try:
            data = orjson.loads(body) if body.strip() else {}
        except orjson.JSONDecodeError as error:
            raise MalformedRequest("body", f"not JSON: {error}") from None
        if route.body == "*":
            if not isinstance(data, dict):
                raise MalformedRequest("body", "the body must be a JSON object")
            _parse(data, message, "body")
            bound.add("*")
        else:
            _parse({route.body: data}, message, "body")
            bound.add(route.body)
    if "*" not in bound and query:
        from_query = route.request_class()
        _parse(_query_tree(route, query, bound), from_query, "query")
        message.MergeFrom(from_query)
    if variables:
        from_path = route.request_class()
        tree: dict[str, Any] = {}
        for path, value in variables.items():
            _nest(tree, path.split("."), value)
        _parse(tree, from_path, "path")
        message.MergeFrom(from_path)
    return message


def response_json(route: Route, message: Message) -> bytes:
    if route.response_body:
        value = json_format.MessageToDict(message).get(_json_name(message.DESCRIPTOR, route.response_body))
        return orjson.dumps(value if value is not None else {})
    return orjson.dumps(json_format.MessageToDict(message))


def _json_name(descriptor: Descriptor, name: str) -> str:
    return descriptor.fields_by_name[name].json_name


@functools.cache
def etag_field(descriptor: Descriptor) -> tuple[str, ...]:
    """Where a message carries its etag: ["etag"] at the top, or ["account", "etag"] in the one
    resource it holds (Update requests, Create/Get/Update replies); () if nowhere."""
    if "etag" in descriptor.fields_by_name:
        return ("etag",)
    holders = [
        f.name
        for f in descriptor.fields
        if f.message_type is not None and not f.is_repeated and "etag" in f.message_type.fields_by_name
    ]
    return (holders[0], "etag") if len(holders) == 1 else ()


def read_etag(message: Message) -> str:
    path = etag_field(message.DESCRIPTOR)
    if not path or (len(path) == 2 and not message.HasField(path[0])):
        return ""
    return str(getattr(getattr(message, path[0]), path[1]) if len(path) == 2 else message.etag)


def write_etag(message: Message, etag: str) -> bool:
    path = etag_field(message.DESCRIPTOR)
    if not path:
        return False
    holder = getattr(message, path[0]) if len(path) == 2 else message
    holder.etag = etag
    return True
