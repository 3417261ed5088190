"""Messages and fields -> JSON Schema in protobuf's JSON mapping, as google.protobuf.json_format
emits it: lowerCamelCase names, 64-bit integers as strings, enums by name, well-known types
in their JSON form. Messages become components (by full name); rules come from
gateway.openapi_rules."""

from __future__ import annotations

from google.protobuf.descriptor import Descriptor, EnumDescriptor, FieldDescriptor

from gateway import openapi_rules as rules_
from rupaya.v1 import common_pb2

Schema = dict[str, object]

_INT64 = {"type": "string", "format": "int64", "pattern": "^-?[0-9]+$"}
_UINT64 = {"type": "string", "format": "uint64", "pattern": "^[0-9]+$"}
_SCALARS: dict[int, Schema] = {
    FieldDescriptor.TYPE_DOUBLE: {"type": "number", "format": "double"},
    FieldDescriptor.TYPE_FLOAT: {"type": "number", "format": "float"},
    FieldDescriptor.TYPE_INT32: {"type": "integer", "format": "int32"},
    FieldDescriptor.TYPE_SINT32: {"type": "integer", "format": "int32"},
    FieldDescriptor.TYPE_SFIXED32: {"type": "integer", "format": "int32"},
    FieldDescriptor.TYPE_UINT32: {"type": "integer", "format": "int64", "minimum": 0, "maximum": 4294967295},
    FieldDescriptor.TYPE_FIXED32: {"type": "integer", "format": "int64", "minimum": 0, "maximum": 4294967295},
    FieldDescriptor.TYPE_INT64: _INT64,
    FieldDescriptor.TYPE_SINT64: _INT64,
    FieldDescriptor.TYPE_SFIXED64: _INT64,
    FieldDescriptor.TYPE_UINT64: _UINT64,
    FieldDescriptor.TYPE_FIXED64: _UINT64,
    FieldDescriptor.TYPE_BOOL: {"type": "boolean"},
    FieldDescriptor.TYPE_STRING: {"type": "string"},
    FieldDescriptor.TYPE_BYTES: {"type": "string", "format": "byte", "description": "Base64."},
}
_WRAPPERS = {
    "DoubleValue": FieldDescriptor.TYPE_DOUBLE,
    "FloatValue": FieldDescriptor.TYPE_FLOAT,
    "Int64Value": FieldDescriptor.TYPE_INT64,
    "UInt64Value": FieldDescriptor.TYPE_UINT64,
    "Int32Value": FieldDescriptor.TYPE_INT32,
    "UInt32Value": FieldDescriptor.TYPE_UINT32,
    "BoolValue": FieldDescriptor.TYPE_BOOL,
    "StringValue": FieldDescriptor.TYPE_STRING,
    "BytesValue": FieldDescriptor.TYPE_BYTES,
}
# Well-known types have a JSON form of their own instead of an object of their fields.
WELL_KNOWN: dict[str, Schema] = {
    "google.protobuf.Timestamp": {"type": "string", "format": "date-time"},
    "google.protobuf.Duration": {
        "type": "string",
        "pattern": "^-?[0-9]+([.][0-9]{1,9})?s$",
        "description": 'Seconds with an "s" suffix, e.g. "3.5s".',
    },
    "google.protobuf.FieldMask": {
        "type": "string",
        "description": "Field paths in lowerCamelCase, separated by commas.",
    },
    "google.protobuf.Empty": {"type": "object"},
    "google.protobuf.Struct": {"type": "object", "additionalProperties": True},
    "google.protobuf.Value": {},
    "google.protobuf.ListValue": {"type": "array", "items": {}},
    "google.protobuf.Any": {
        "type": "object",
        "properties": {"@type": {"type": "string"}},
        "required": ["@type"],
        "additionalProperties": True,
    },
    **{f"google.protobuf.{name}": dict(_SCALARS[kind]) for name, kind in _WRAPPERS.items()},
}


def join_paragraphs(*parts: str) -> str:
    """The non-empty parts as Markdown paragraphs (descriptions built from several sources)."""
    return "\n\n".join(p for p in parts if p)


def message_notes(desc: Descriptor) -> list[str]:
    """What a message says about its fields together: oneofs and message-level CEL rules."""
    notes = [
        f"At most one of: {', '.join(f.json_name for f in oneof.fields)}."
        for oneof in desc.oneofs
        if not (len(oneof.fields) == 1 and oneof.fields[0].has_presence and oneof.name.startswith("_"))
    ]
    message_rules = desc.GetOptions().Extensions[rules_.validate_pb2.message]
    return notes + [f"Rule `{rule.id}`: {rule.message or rule.expression}" for rule in message_rules.cel]


class Schemas:
    """Collects component schemas while operations reference messages and enums."""

    def __init__(self, comments: dict[str, str]) -> None:
        self.comments = comments
        self.components: dict[str, Schema] = {}

    def ref(self, name: str) -> Schema:
        return {"$ref": f"#/components/schemas/{name}"}

    def message(self, desc: Descriptor) -> Schema:
        """A reference to the message's component (built once), or its well-known JSON form."""
        if desc.full_name in WELL_KNOWN:
            return dict(WELL_KNOWN[desc.full_name])
        if desc.full_name not in self.components:
            self.components[desc.full_name] = {}  # placeholder: recursive messages end here
            self.components[desc.full_name] = self.object(desc)
        return self.ref(desc.full_name)

    def enum(self, enum: EnumDescriptor) -> Schema:
        if enum.full_name not in self.components:
            values = [
                f"- `{v.name}`: {self.comments.get(f'{enum.full_name}.{v.name}', '')}".rstrip(": ")
                for v in enum.values
            ]
            self.components[enum.full_name] = {
                "type": "string",
                "enum": [v.name for v in enum.values],
                "description": join_paragraphs(self.comments.get(enum.full_name, ""), "\n".join(values)),
            }
        return self.ref(enum.full_name)

    def object(self, desc: Descriptor, skip: frozenset[str] = frozenset()) -> Schema:
        """The message as a JSON object, without the fields named in `skip` (bound elsewhere)."""
        properties: dict[str, Schema] = {}
        required: list[str] = []
        for fd in desc.fields:
            if fd.name in skip:
                continue
            schema, is_required = self.field(fd)
            properties[fd.json_name] = schema
            if is_required:
                required.append(fd.json_name)
        schema: Schema = {"type": "object", "properties": properties}
        description = join_paragraphs(self.comments.get(desc.full_name, ""), "\n".join(message_notes(desc)))
        if description:
            schema["description"] = description
        if required:
            schema["required"] = required
        return schema

    def value(self, fd: FieldDescriptor) -> Schema:
        """One value of the field's type, without rules."""
        if fd.type in (FieldDescriptor.TYPE_MESSAGE, FieldDescriptor.TYPE_GROUP):
            return self.message(fd.message_type)
        if fd.type == FieldDescriptor.TYPE_ENUM:
            return self.enum(fd.enum_type)
        return dict(_SCALARS[fd.type])

    def constrained(
        self, fd: FieldDescriptor, rules: rules_.validate_pb2.FieldRules
    ) -> tuple[Schema, list[str], bool]:
        c = rules_.scalar_constraints(fd, rules, self.comments)
        schema = self.value(fd)
        if c.schema:
            if "$ref" in schema:
                # A restricted enum lists the names it accepts; other constraints sit beside the $ref.
                schema = {"type": "string", **c.schema} if "enum" in c.schema else {**schema, **c.schema}
            else:
                schema.update(c.schema)
        return schema, c.notes, c.required

    def field(self, fd: FieldDescriptor) -> tuple[Schema, bool]:
        """The field's schema (with its comment and rules) and whether JSON must carry it."""
        rules = rules_.field_rules(fd)
        notes: list[str]
        if fd.message_type is not None and fd.message_type.GetOptions().map_entry:
            value_fd = fd.message_type.fields_by_name["value"]
            value, notes, _ = self.constrained(value_fd, rules.map.values)
            schema: Schema = {"type": "object", "additionalProperties": value}
            required = rules.required
        elif fd.is_repeated:
            items, notes, _ = self.constrained(fd, rules.repeated.items)
            c = rules_.repeated_constraints(rules)
            schema = {"type": "array", "items": items, **c.schema}
            notes += c.notes
            required = c.required
        else:
            schema, notes, required = self.constrained(fd, rules)
        cookie = fd.GetOptions().Extensions[common_pb2.credential].cookie
        if cookie:  # gateway/cookies.py: browser clients get and give it as a cookie instead
            schema["x-rupaya-credential-cookie"] = cookie
            notes.append(
                f"A credential: with the header `X-Rupaya-Credentials: cookie` it travels in the "
                f"HttpOnly cookie `{cookie}` instead of here (requests leave it empty and send "
                "`X-CSRF-Token`)."
            )
        description = join_paragraphs(self.comments.get(fd.full_name, ""), "\n".join(notes))
        if description:
            schema["description"] = join_paragraphs(str(schema.get("description", "")), description)
        return schema, required
