"""The OpenAPI 3.1 document rendered as 3.0.3, for client generators that handle 3.0 better.

3.1 schemas are JSON Schema 2020-12; 3.0 has its own subset: exclusive bounds are booleans
beside minimum/maximum, no `const`, no `type` arrays (`nullable` instead), no siblings
beside a `$ref`, and no `contentEncoding` or `examples`."""

from __future__ import annotations

import copy

Node = dict[str, object]


def _schema(node: Node) -> Node:
    for keyword, bound in (("exclusiveMinimum", "minimum"), ("exclusiveMaximum", "maximum")):
        if isinstance(node.get(keyword), int | float) and not isinstance(node[keyword], bool):
            node[bound] = node[keyword]
            node[keyword] = True
    if "const" in node:
        node["enum"] = [node.pop("const")]
    if isinstance(node.get("type"), list):
        types = [t for t in node["type"] if t != "null"]
        if len(types) < len(node["type"]):
            node["nullable"] = True
        node["type"] = types[0]
    if "examples" in node:
        node["example"] = node.pop("examples")[0]
    node.pop("contentEncoding", None)
    node.pop("$schema", None)
    if "$ref" in node and len(node) > 1:
        ref = node.pop("$ref")
        node["allOf"] = [{"$ref": ref}]
    return node


def rewrite(value: object) -> object:
    """Every schema inside `value` (a document, or one schema) in 3.0's dialect."""
    if isinstance(value, dict):
        return _schema({key: rewrite(item) for key, item in value.items()})
    if isinstance(value, list):
        return [rewrite(item) for item in value]
    return value


def downgrade(document: Node) -> Node:
    out = rewrite(copy.deepcopy(document))
    assert isinstance(out, dict)
    out["openapi"] = "3.0.3"
    out.pop("jsonSchemaDialect", None)
    out.pop("webhooks", None)
    info = out["info"]
    assert isinstance(info, dict)
    info.pop("summary", None)
    return out
