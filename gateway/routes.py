"""The route table, built at start from every contract RPC's `google.api.http` rule.

Nothing here names an RPC: a method with an http rule (and its additional_bindings) is
reachable over HTTP as soon as it is in the contract. Path templates follow google/api/http.proto:
literal segments, `*` (one segment), `**` (the rest), variables `{field.path}` and
`{field.path=pattern/*}`, and a custom verb `:verb` at the end.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import unquote

from google.api import annotations_pb2, http_pb2
from google.protobuf.descriptor import FieldDescriptor, FileDescriptor, MethodDescriptor
from google.protobuf.message import Message
from google.protobuf.message_factory import GetMessageClass

from server.policy import CONTRACT_FILES

HTTP_METHODS = ("get", "put", "post", "delete", "patch")
_VARIABLE = re.compile(r"\{([^}=]+)(?:=([^}]+))?\}")


class TemplateError(ValueError):
    """An http rule whose path template this gateway cannot serve (a contract bug)."""


@dataclass(frozen=True)
class PathTemplate:
    template: str
    regex: re.Pattern[str]
    variables: tuple[str, ...]  # field paths, in the order of the regex groups
    literal_chars: int  # more literal text = more specific; tried first

    def match(self, path: str) -> dict[str, str] | None:
        found = self.regex.fullmatch(path)
        if found is None:
            return None
        return {name: unquote(value) for name, value in zip(self.variables, found.groups(), strict=True)}


def _segments_regex(pattern: str) -> str:
    parts = []
    for segment in pattern.split("/"):
        if segment == "**":
            parts.append(".+")
        elif segment == "*":
            parts.append("[^/]+")
        else:
            parts.append(re.escape(segment))
    return "/".join(parts)


def parse_template(template: str) -> PathTemplate:
    if not template.startswith("/"):
        raise TemplateError(f"path template must start with '/': {template!r}")
    # A custom verb is the text after the last ':' outside any {variable}.
    outside = _VARIABLE.sub(lambda m: "x" * len(m.group(0)), template)
    colon = outside.rfind(":")
    verb = ""
    if colon > outside.rfind("/"):
        template_path, verb = template[:colon], template[colon + 1 :]
    else:
        template_path = template
    regex, variables, literal, last = [], [], 0, 0
    for found in _VARIABLE.finditer(template_path):
        text = template_path[last : found.start()]
        regex.append(_segments_regex(text))
        literal += len(text)
        variables.append(found.group(1).strip())
        regex.append(f"({_segments_regex(found.group(2) or '*')})")
        last = found.end()
    tail = template_path[last:]
    regex.append(_segments_regex(tail))
    literal += len(tail) + len(verb)
    if verb:
        regex.append(re.escape(":" + verb))
    return PathTemplate(template, re.compile("".join(regex)), tuple(variables), literal)


@dataclass(frozen=True)
class Route:
    http_method: str  # upper case
    path: PathTemplate
    body: str  # "" (none: the rest from the query string), "*" or a top-level field name
    response_body: str
    method: MethodDescriptor
    request_class: type[Message] = field(repr=False)
    response_class: type[Message] = field(repr=False)

    @property
    def grpc_method(self) -> str:
        return f"/{self.method.containing_service.full_name}/{self.method.name}"


def _field_path(message: type[Message], path: str) -> FieldDescriptor:
    descriptor = message.DESCRIPTOR
    found = None
    for name in path.split("."):
        if descriptor is None or (found := descriptor.fields_by_name.get(name)) is None:
            raise TemplateError(f"{message.DESCRIPTOR.full_name} has no field {path!r}")
        descriptor = found.message_type
    assert found is not None
    return found


def routes_of(method: MethodDescriptor, rule: http_pb2.HttpRule) -> Iterable[Route]:
    kind = rule.WhichOneof("pattern")
    if kind == "custom":
        http_method, template = rule.custom.kind.upper(), rule.custom.path
    elif kind in HTTP_METHODS:
        http_method, template = kind.upper(), getattr(rule, kind)
    else:
        raise TemplateError(f"{method.full_name}: http rule without a pattern")
    request_class = GetMessageClass(method.input_type)
    response_class = GetMessageClass(method.output_type)
    path = parse_template(template)
    for variable in path.variables:
        _field_path(request_class, variable)
    if rule.body not in ("", "*"):
        _field_path(request_class, rule.body)
    if rule.response_body:
        _field_path(response_class, rule.response_body)
    yield Route(http_method, path, rule.body, rule.response_body, method, request_class, response_class)
    for extra in rule.additional_bindings:
        yield from routes_of(method, extra)


def build_routes(files: Iterable[FileDescriptor] = CONTRACT_FILES) -> list[Route]:
    """Every RPC with an http rule that takes one request (unary or server-streaming; a
    client stream has no HTTP/JSON form here)."""
    routes = []
    for file in files:
        for service in file.services_by_name.values():
            for method in service.methods:
                options = method.GetOptions()
                if method.client_streaming:
                    continue
                if options.HasExtension(annotations_pb2.http):
                    routes.extend(routes_of(method, options.Extensions[annotations_pb2.http]))
    return routes


class RouteTable:
    def __init__(self, routes: list[Route]) -> None:
        # Most literal text first, so "/v1/x/{id}:undelete" wins over "/v1/x/{id}".
        self.routes = sorted(routes, key=lambda route: -route.path.literal_chars)

    def find(self, http_method: str, path: str) -> tuple[Route | None, dict[str, str], list[str]]:
        """(route, path variables, allowed methods): no route but some allowed methods is a 405."""
        allowed: list[str] = []
        for route in self.routes:
            variables = route.path.match(path)
            if variables is None:
                continue
            if route.http_method == http_method:
                return route, variables, allowed
            allowed.append(route.http_method)
        return None, {}, allowed
