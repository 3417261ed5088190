"""buf.validate rules of a field -> JSON Schema constraints, so clients see the rules the server
enforces. A rule JSON Schema cannot say (CEL, byte lengths, int64 bounds on a string) goes
into the description instead, never silently dropped."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from google.protobuf.descriptor import EnumDescriptor, FieldDescriptor
from google.protobuf.message import Message

from buf.validate import validate_pb2

# Rules of StringRules that map to a JSON Schema `format`.
_STRING_FORMATS = {
    "uuid": "uuid",
    "email": "email",
    "hostname": "hostname",
    "ipv4": "ipv4",
    "ipv6": "ipv6",
    "uri": "uri",
    "uri_ref": "uri-reference",
}
# Numeric rules -> JSON Schema keywords (3.1: exclusive bounds are numbers).
_BOUNDS = {"gte": "minimum", "lte": "maximum", "gt": "exclusiveMinimum", "lt": "exclusiveMaximum"}
_IGNORED_WHEN_ZERO = {validate_pb2.IGNORE_IF_ZERO_VALUE, validate_pb2.IGNORE_ALWAYS}


@dataclass
class Constraints:
    schema: dict[str, object] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)
    # The field must be present in JSON: `required`, or a zero value its rules refuse
    # (json_format omits zero values, and the server validates them like any other).
    required: bool = False


def field_rules(fd: FieldDescriptor) -> validate_pb2.FieldRules:
    return fd.GetOptions().Extensions[validate_pb2.field]


def _in(rules: Message) -> list:
    return list(getattr(rules, "in"))  # `in` is a Python keyword


def _cel_notes(rules: Message) -> list[str]:
    return [f"Rule `{rule.id}`: {rule.message or rule.expression}" for rule in rules.cel]


def _predefined_notes(rules: Message, comments: dict[str, str]) -> list[str]:
    """Predefined rules (extensions such as rupaya.v1.single_line), described by their comment."""
    notes = []
    for fd, value in rules.ListFields():
        if fd.is_extension and value:
            notes.append(f"Rule `{fd.full_name}`: {comments.get(fd.full_name, fd.name)}")
    return notes


def _string(rules: validate_pb2.StringRules, c: Constraints) -> bool:
    """Adds string constraints; returns whether the empty string passes them."""
    s = c.schema
    if rules.HasField("len"):
        s["minLength"] = s["maxLength"] = rules.len
    if rules.HasField("min_len"):
        s["minLength"] = rules.min_len
    if rules.HasField("max_len"):
        s["maxLength"] = rules.max_len
    if rules.HasField("pattern"):
        s["pattern"] = rules.pattern
    if rules.HasField("const"):
        s["const"] = rules.const
    if _in(rules):
        s["enum"] = list(_in(rules))
    for name, fmt in _STRING_FORMATS.items():
        if rules.HasField(name) and getattr(rules, name):
            s["format"] = fmt
    for name in ("min_bytes", "max_bytes", "prefix", "suffix", "contains", "not_contains"):
        if rules.HasField(name):
            c.notes.append(f"Rule `string.{name}`: {getattr(rules, name)!r}")
    if rules.not_in:
        c.notes.append(f"Not one of: {', '.join(rules.not_in)}")
    empty_ok = s.get("minLength", 0) == 0 and "format" not in s
    if "pattern" in s and not re.search(str(s["pattern"]), ""):
        empty_ok = False
    if "const" in s or "enum" in s:
        empty_ok = "" in ([s["const"]] if "const" in s else s["enum"])
    return empty_ok


def _number(rules: Message, c: Constraints, as_string: bool) -> bool:
    """Numeric bounds; an int64 travels as a string, so its bounds can only be described."""
    zero_ok = True
    for name, keyword in _BOUNDS.items():
        if not rules.HasField(name):
            continue
        bound = getattr(rules, name)
        if as_string:
            c.notes.append(f"{keyword}: {bound}")
        else:
            c.schema[keyword] = bound
        zero_ok &= {"gte": bound <= 0, "lte": bound >= 0, "gt": bound < 0, "lt": bound > 0}[name]
    if list(_in(rules)):
        if as_string:
            c.notes.append(f"One of: {', '.join(map(str, _in(rules)))}")
        else:
            c.schema["enum"] = list(_in(rules))
        zero_ok &= 0 in _in(rules)
    if rules.HasField("const"):
        c.schema["const"] = str(rules.const) if as_string else rules.const
        zero_ok &= rules.const == 0
    return zero_ok


def enum_names(enum: EnumDescriptor, rules: validate_pb2.EnumRules) -> list[str]:
    """The names a field of this enum accepts under its rules."""
    numbers = [v.number for v in enum.values]
    if _in(rules):
        numbers = [n for n in numbers if n in _in(rules)]
    numbers = [n for n in numbers if n not in rules.not_in]
    if rules.HasField("const"):
        numbers = [n for n in numbers if n == rules.const]
    return [enum.values_by_number[n].name for n in numbers]


def _enum(fd: FieldDescriptor, rules: validate_pb2.EnumRules, c: Constraints) -> bool:
    allowed = enum_names(fd.enum_type, rules)
    if len(allowed) < len(fd.enum_type.values):
        c.schema["enum"] = allowed
    return fd.enum_type.values_by_number[0].name in allowed


def scalar_constraints(
    fd: FieldDescriptor, rules: validate_pb2.FieldRules, comments: dict[str, str]
) -> Constraints:
    """Constraints of one value of `fd` (for a repeated field: of each item)."""
    c = Constraints()
    kind = rules.WhichOneof("type")
    zero_ok = True
    if kind == "string":
        zero_ok = _string(rules.string, c)
        c.notes += _predefined_notes(rules.string, comments)
    elif kind == "enum":
        zero_ok = _enum(fd, rules.enum, c)
    elif kind in ("int32", "sint32", "sfixed32", "uint32", "fixed32", "float", "double"):
        zero_ok = _number(getattr(rules, kind), c, as_string=False)
    elif kind in ("int64", "sint64", "sfixed64", "uint64", "fixed64"):
        zero_ok = _number(getattr(rules, kind), c, as_string=True)
    elif kind == "field_mask" and _in(rules.field_mask):
        c.schema["pattern"] = field_mask_pattern(list(_in(rules.field_mask)))
    elif kind is not None and kind not in ("repeated", "map"):
        c.notes.append(f"Rules `{kind}`: {getattr(rules, kind)}".strip())
    c.notes += _cel_notes(rules)
    ignored = rules.ignore in _IGNORED_WHEN_ZERO
    implicit_presence = not fd.has_presence and fd.type != FieldDescriptor.TYPE_MESSAGE
    c.required = rules.required or (implicit_presence and not ignored and not zero_ok)
    return c


def _camel(path: str) -> str:
    return ".".join(re.sub(r"_([a-z0-9])", lambda m: m.group(1).upper(), part) for part in path.split("."))


def field_mask_pattern(paths: list[str]) -> str:
    """A FieldMask in JSON is its paths in lowerCamelCase joined by commas."""
    one = "|".join(re.escape(_camel(p)) for p in sorted(paths))
    return f"^({one})(,({one}))*$"


def repeated_constraints(rules: validate_pb2.FieldRules) -> Constraints:
    c = Constraints()
    r = rules.repeated
    if r.HasField("min_items"):
        c.schema["minItems"] = r.min_items
    if r.HasField("max_items"):
        c.schema["maxItems"] = r.max_items
    if r.unique:
        c.schema["uniqueItems"] = True
    c.notes += _cel_notes(rules)
    c.required = rules.required or (r.min_items > 0 and rules.ignore not in _IGNORED_WHEN_ZERO)
    return c
