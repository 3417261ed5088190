"""A request generator driven by the contract's descriptors, for the fuzz test (tests/test_fuzz.py).

Every RPC of every service in the generated rupaya.v1 modules is found by walking the file
descriptors, so a new RPC is fuzzed without a list to edit. A request is built field by field
from the field's type (and a few hints in its name: `*_id`, `etag`, `page_token`, `*currency*`,
...), either valid (real ids, etags and page tokens of the fuzz user, so calls reach real rows)
or mutated (boundary numbers, over-long/empty/unicode/NUL strings, invalid UUIDs and dates,
unknown enum numbers, huge repeated fields, unknown field-mask paths, foreign or edited tokens).
The values are drawn through hypothesis (`draw` is `st.data().draw`), so a run replays from its seed.
"""

from __future__ import annotations

import datetime as dt
import importlib
import pkgutil
import re
import uuid
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import Any

from google.api import annotations_pb2
from google.protobuf import message_factory, text_format
from google.protobuf.descriptor import Descriptor, FieldDescriptor, MethodDescriptor
from google.protobuf.message import DecodeError, Message
from grpc_health.v1 import health_pb2
from hypothesis import find, settings
from hypothesis import strategies as st

import rupaya.v1
from buf.validate import validate_pb2
from rupaya.v1 import common_pb2

Draw = Callable[[st.SearchStrategy[Any]], Any]

INT64_MIN, INT64_MAX = -(2**63), 2**63 - 1
INT32_MIN, INT32_MAX = -(2**31), 2**31 - 1
# Boundaries around the values the contract documents (page sizes, percents, money limits).
INT64_EDGES = (0, -1, 1, 10**15 - 1, 10**15, 10**15 + 1, -(10**15) - 1, 2**53 + 1, INT64_MAX, INT64_MIN)
INT32_EDGES = (0, -1, 1, 100, 101, 500, 501, 1000, INT32_MAX, INT32_MIN)
BAD_STRINGS = (
    "",
    " ",
    "x" * 10_000,
    "ℝ𝕦𝕡𝕒𝕪𝕒 naïve café ₹💸",
    "a\x00b",
    "\x00",
    "\x01\x02\x1b[31m\r\n\t\x7f",
    "\u202eevil\u202c",
    "' OR 1=1 --",
    "%_\\",
    "../../etc/passwd",
    "99999999999999999999999",
    "-0",
    "1e400",
    "NaN",
)
BAD_UUIDS = (
    "not-a-uuid",
    "00000000-0000-0000-0000-000000000000",
    "{12345678-1234-5678-1234-567812345678}",
    "12345678123456781234567812345678",
    "12345678-1234-5678-1234-56781234567",
    "zzzzzzzz-zzzz-zzzz-zzzz-zzzzzzzzzzzz",
    "12345678-1234-5678-1234-567812345678\x00",
)
# (year, month, day); google.type.Date allows year 0 / month 0 / day 0 as "not given" parts.
BAD_DATES = (
    (2026, 13, 1),
    (2026, 1, 0),
    (2026, 2, 30),
    (2023, 2, 29),
    (0, 1, 1),
    (10000, 1, 1),
    (-1, 1, 1),
    (2026, 0, 0),
    (0, 0, 0),
    (1, 1, 1),
    (9999, 12, 31),
    (INT32_MAX, INT32_MAX, INT32_MAX),
)
CURRENCIES = ("USD", "INR", "EUR", "JPY", "KWD")
BAD_CURRENCIES = ("usd", "XXX", "ZZZ", "US", "USDD", "U\x00D", "💵💵💵")
TIME_ZONES = ("UTC", "Asia/Kolkata", "America/New_York", "Pacific/Kiritimati")
BAD_TIME_ZONES = ("Not/AZone", "UTC+25", "../../etc/localtime", "Asia/Kolkata\x00")
HUGE_REPEATED = 5_000
# Fields an update changes together or not at all (accounts.proto, UpdateAccountRequest.update_mask).
MASKED_TOGETHER = (frozenset({"last_reconciled_date", "reconciled_balance"}),)


@dataclass(frozen=True)
class Rpc:
    """One RPC of the contract, as the descriptors describe it."""

    service: str
    name: str
    descriptor: MethodDescriptor
    request_type: type[Message]
    response_type: type[Message]

    @property
    def path(self) -> str:
        return f"/{self.service}/{self.name}"

    @property
    def public(self) -> bool:
        """Callable without a token (the contract's policy option): the caller is whoever the
        request's own credentials (e-mail and password, refresh token) name."""
        return bool(
            self.descriptor.GetOptions().Extensions[common_pb2.policy].access == common_pb2.ACCESS_PUBLIC
        )

    @property
    def deletes(self) -> bool:
        return self.descriptor.GetOptions().Extensions[annotations_pb2.http].WhichOneof("pattern") == "delete"

    @property
    def read_only(self) -> bool:
        """A GET in the HTTP mapping: reads only, so no state fingerprint is taken around it."""
        rule = self.descriptor.GetOptions().Extensions[annotations_pb2.http]
        return rule.WhichOneof("pattern") == "get"


def contract_rpcs() -> list[Rpc]:
    """Every unary and server-streaming RPC of every service of every generated rupaya.v1
    module, and the unary ones of the infrastructure services the server also answers
    (grpc.health.v1)."""
    modules = sorted(m.name for m in pkgutil.iter_modules(rupaya.v1.__path__) if m.name.endswith("_pb2"))
    files = [importlib.import_module(f"rupaya.v1.{module}").DESCRIPTOR for module in modules]
    found: list[Rpc] = []
    for file in [*files, health_pb2.DESCRIPTOR]:
        for service in file.services_by_name.values():
            for method in service.methods:
                if method.client_streaming or (method.server_streaming and file is health_pb2.DESCRIPTOR):
                    continue  # Health/Watch: a subscription that never ends, not a request/reply
                found.append(
                    Rpc(
                        service.full_name,
                        method.name,
                        method,
                        message_factory.GetMessageClass(method.input_type),
                        message_factory.GetMessageClass(method.output_type),
                    )
                )
    return found


def words(name: str) -> list[str]:
    """ "GetBudgetProgressRequest" -> [get, budget, progress, request]; "to_account_id" -> [to, account, id]."""
    return [w.lower() for w in re.findall(r"[A-Z]?[a-z0-9]+|[A-Z]+(?![a-z])", name)]


def noun(name: str) -> str:
    """The resource a message or an id field names: "DeviceSession" -> "session", "to_account_id" -> "account"."""
    parts = [w for w in words(name) if w != "id"]
    return parts[-1] if parts else name.lower()


@dataclass
class Pools:
    """Real values harvested from replies: ids by resource noun, etags by id, page tokens by RPC."""

    ids: dict[str, list[str]] = field(default_factory=dict)
    etags: dict[str, str] = field(default_factory=dict)
    tokens: dict[str, list[str]] = field(default_factory=dict)
    seen_tokens: dict[str, set[str]] = field(default_factory=dict)  # every token ever seen, by RPC
    refresh_tokens: list[str] = field(default_factory=list)
    resources: dict[str, list[Message]] = field(default_factory=dict)  # by message full name
    templates: dict[str, list[Message]] = field(default_factory=dict)  # requests answered OK, by RPC
    protected: set[str] = field(default_factory=set)  # never offered (the fuzz session's own id)
    deleted: set[str] = field(default_factory=set)  # ids a delete RPC answered OK for

    def forget_deleted(self) -> None:
        """Drop deleted ids from the pools, so the simplest request names live resources only."""
        for pool in self.ids.values():
            pool[:] = [i for i in pool if i not in self.deleted]

    def remember(self, rpc: str, request: Message, limit: int = 8) -> None:
        """A request the server answered OK: a base for valid requests and single mutations."""
        found = self.templates.setdefault(rpc, [])
        if len(found) < limit and request.ByteSize() < 4096:
            found.append(request)

    def harvest(self, reply: Message, rpc: str = "", limit: int = 40) -> None:
        self._walk(reply, limit)
        token = getattr(reply, "next_page_token", "")
        if rpc and token:
            self._add(self.tokens.setdefault(rpc, []), token, limit)
            self.seen_tokens.setdefault(rpc, set()).add(token)

    def _walk(self, message: Message, limit: int) -> None:
        values = {f.name: v for f, v in message.ListFields()}
        own = noun(message.DESCRIPTOR.name)
        if isinstance(values.get("id"), str):
            self._add(self.ids.setdefault(own, []), values["id"], limit)
            kept = self.resources.setdefault(message.DESCRIPTOR.full_name, [])
            kept.append(message)
            del kept[:-limit]
            if isinstance(values.get("etag"), str):
                self.etags[values["id"]] = values["etag"]
        for f, value in message.ListFields():
            if f.type == FieldDescriptor.TYPE_STRING and f.name.endswith("_id") and not f.is_repeated:
                self._add(self.ids.setdefault(noun(f.name), []), value, limit)
            elif f.type == FieldDescriptor.TYPE_MESSAGE:
                for item in value if f.is_repeated else [value]:
                    if not isinstance(item, Message) or f.message_type.full_name.startswith("google."):
                        continue
                    self._walk(item, limit)

    def _add(self, pool: list[str], value: str, limit: int) -> None:
        if value and value not in pool and value not in self.protected and _is_uuid_or_token(value):
            pool.append(value)
            del pool[:-limit]

    def all_ids(self) -> list[str]:
        return sorted({i for pool in self.ids.values() for i in pool})

    def all_tokens(self) -> list[str]:
        return sorted({t for pool in self.tokens.values() for t in pool})


def _is_uuid_or_token(value: str) -> bool:
    return 0 < len(value) <= 1024


def edited_tokens(token: str) -> list[str]:
    """A real page token with one thing changed: truncated, one character flipped, padded."""
    if not token:
        return []
    middle = len(token) // 2
    flipped = token[:middle] + ("A" if token[middle] != "A" else "B") + token[middle + 1 :]
    return [token[:-1], token[:-4], flipped, token + "A", token + "==", token[::-1], token.upper()]


def _simplest(strategy: st.SearchStrategy[Any]) -> Any:
    """A `draw` that returns a strategy's simplest value (hypothesis' shrink target)."""
    return find(strategy, lambda _: True, settings=settings(database=None))


def pick(draw: Draw, values: list[Any]) -> Any:
    """One of `values` (None if empty). The draw does not depend on how many there are: the
    pools grow during a run, and hypothesis requires the same draws for the same choices."""
    index = draw(st.integers(0, 2**16 - 1))
    return values[index % len(values)] if values else None


def short_text(draw: Draw, max_size: int = 24) -> str:
    alphabet = st.characters(codec="utf-8", exclude_categories=("Cs",))
    return str(draw(st.text(alphabet, max_size=max_size)))


def printable_text(draw: Draw, max_size: int = 24) -> str:
    """Text without control characters (C0, DEL, C1) and not blank."""
    alphabet = st.characters(codec="utf-8", exclude_categories=("Cs", "Cc"))
    text = str(draw(st.text(alphabet, min_size=1, max_size=max_size)))
    return text if text.strip() else f"x{text}"[:max_size]


@dataclass
class Generator:
    """Builds requests for `rpc` from the descriptors. `own` holds the fuzz user's real values,
    `foreign` another user's; `password` is the fuzz user's password."""

    own: Pools
    foreign: Pools
    password: str
    email: str
    today: dt.date = field(default_factory=dt.date.today)

    def request(self, draw: Draw, rpc: Rpc) -> tuple[str, Message]:
        """(mode, request): valid, valid but for one mutated field, or chaos. Valid requests and
        single mutations start, when there is one, from a request the server answered OK; those
        of an update RPC from a fresh update of a live resource (see `_update`)."""
        mode = draw(
            st.sampled_from(("valid", "valid", "one-mutation", "one-mutation", "one-mutation", "chaos"))
        )
        message = rpc.request_type()
        templates = self.own.templates.get(rpc.path, [])
        updates = _update_fields(rpc.request_type.DESCRIPTOR) is not None
        if mode == "one-mutation":
            paths = list(self._field_paths(rpc.request_type.DESCRIPTOR))
            target = draw(st.sampled_from(paths)) if paths else ""
            self._fill(draw, message, rpc, "valid", depth=0, target=target, prefix="")
            if updates:
                base = self._update(draw, rpc, target=target)
                _copy_path(message, base, target.split("."))
                return mode, base
            use_template, template = draw(st.integers(0, 3)) > 0, pick(draw, templates)
            if use_template and template is not None:
                base = rpc.request_type()
                base.CopyFrom(template)
                self._refresh(base, skip=target)
                _copy_path(message, base, target.split("."))
                message = base
        else:
            self._fill(draw, message, rpc, mode, depth=0, target=None, prefix="")
            if mode == "valid" and updates:
                return mode, self._update(draw, rpc)
            use_template, template = draw(st.booleans()), pick(draw, templates)
            if mode == "valid" and use_template and template is not None:
                message.CopyFrom(template)
                self._refresh(message, skip="")
        return mode, message

    def _update(self, draw: Draw, rpc: Rpc, target: str = "") -> Message:
        """A valid update (AIP-134) of one of the user's live resources as the server last
        returned it: its `id`, its current etag or none, 1-3 paths the mask may name (those
        changed together, together), and valid new values in the masked fields only (Money as
        exactly one of amount_minor/amount_decimal, in the resource's currency). Output-only
        and unmasked fields stay empty. A one-mutation `target` inside the resource is masked
        too when it may be, so the mutated value is not ignored."""
        desc = rpc.request_type.DESCRIPTOR
        resource_field, mask_field = _update_fields(desc)  # type: ignore[misc]
        request = rpc.request_type()
        resource = getattr(request, resource_field.name)
        resource.SetInParent()
        fields = resource.DESCRIPTOR.fields_by_name
        latest = {r.id: r for r in self.own.resources.get(resource.DESCRIPTOR.full_name, [])}  # type: ignore[attr-defined]
        live = [r for r in latest.values() if self._live(r)]
        real = pick(draw, live)
        allowed = _updatable(mask_field)
        paths: list[str] = list(draw(st.lists(st.sampled_from(allowed), min_size=1, max_size=3, unique=True)))
        for together in MASKED_TOGETHER:
            if together & set(paths):
                paths += sorted(n for n in together - set(paths) if n in allowed)
        parts = target.split(".")
        if (
            len(parts) > 1
            and parts[0] == resource_field.name
            and parts[1] in allowed
            and parts[1] not in paths
        ):
            paths.append(parts[1])
        getattr(request, mask_field.name).paths.extend(paths)
        if real is not None and "id" in fields:
            resource.id = real.id  # type: ignore[attr-defined]
        etag = self.own.etags.get(getattr(real, "id", ""), "") if draw(st.booleans()) else ""
        if "etag" in desc.fields_by_name:
            request.etag = etag  # type: ignore[attr-defined]
        elif "etag" in fields:
            resource.etag = etag  # type: ignore[attr-defined]
        for path in paths:
            self._update_value(draw, resource, fields[path], real, rpc)
        if "request_id" in desc.fields_by_name:
            request.request_id = str(uuid.uuid4())  # type: ignore[attr-defined]
        return request

    def _live(self, resource: Message) -> bool:
        """Not deleted, and not one every user shares (a system category cannot change)."""
        fields = resource.DESCRIPTOR.fields_by_name
        if getattr(resource, "id", "") in self.own.deleted:
            return False
        if "delete_time" in fields and resource.HasField("delete_time"):
            return False
        return not ("is_system" in fields and resource.is_system)  # type: ignore[attr-defined]

    def _update_value(
        self, draw: Draw, resource: Message, f: FieldDescriptor, real: Message | None, rpc: Rpc
    ) -> None:
        """A valid new value for the masked field `f` of `resource` (`real`: its current version)."""
        kind = f.message_type.full_name if f.message_type is not None else ""
        current = getattr(real, f.name) if real is not None else None
        if f.is_repeated and f.type == FieldDescriptor.TYPE_MESSAGE:
            target = getattr(resource, f.name)
            for item in current or []:  # e.g. split lines: the current ones, one amount each
                target.add().CopyFrom(item)
                _one_amount(target[-1])
        elif f.is_repeated:
            getattr(resource, f.name).extend(
                self._string(draw, resource, f, rpc, False, printable=True)
                if f.type == FieldDescriptor.TYPE_STRING
                else self._scalar(draw, resource, f, rpc, False)
                for _ in range(draw(st.integers(0, 3)))
            )
        elif _is_money(f.message_type):
            money = getattr(resource, f.name)
            currency = (current.currency_code if current is not None else "") or getattr(
                real, "currency_code", ""
            )
            if draw(st.booleans()):
                money.amount_minor = draw(st.integers(1, 10_000_000))
            else:
                money.amount_decimal = draw(st.sampled_from(("1", "10", "250", "1234")))
            money.currency_code = currency  # a budget's amount names it; others may omit it
        elif kind == "google.type.Date":
            day = self.today - dt.timedelta(days=draw(st.integers(0, 400)))
            date = getattr(resource, f.name)
            date.year, date.month, date.day = day.year, day.month, day.day
        elif f.type == FieldDescriptor.TYPE_MESSAGE:
            self._message_field(draw, resource, f, rpc, "valid", 1, None, f.name, False, False)
        elif f.type == FieldDescriptor.TYPE_STRING and f.name.endswith("_id"):
            keep = current is not None and draw(st.integers(0, 3)) > 0
            setattr(resource, f.name, current if keep else self._own_id(draw, resource, f, rpc))
        elif f.type == FieldDescriptor.TYPE_STRING:
            setattr(resource, f.name, self._string(draw, resource, f, rpc, False, printable=True))
        else:
            setattr(resource, f.name, self._scalar(draw, resource, f, rpc, False))

    def _refresh(self, message: Message, skip: str, prefix: str = "") -> None:
        """A fresh request_id and the latest known etag, so a replayed template is valid again."""
        fields = message.DESCRIPTOR.fields_by_name
        if "request_id" in fields and prefix + "request_id" != skip:
            message.request_id = str(uuid.uuid4())  # type: ignore[attr-defined]
        if "etag" in fields and "id" in fields and prefix + "etag" != skip:
            latest = self.own.etags.get(message.id)  # type: ignore[attr-defined]
            if latest:
                message.etag = latest  # type: ignore[attr-defined]
        for f, value in message.ListFields():
            if (
                f.type == FieldDescriptor.TYPE_MESSAGE
                and not f.is_repeated
                and not _well_known(f.message_type)
            ):
                self._refresh(value, skip, prefix + f.name + ".")

    def canonical(self, rpc: Rpc) -> Message:
        """A valid request built from the simplest choice of every draw (first real id, ...)."""
        if _update_fields(rpc.request_type.DESCRIPTOR) is not None:
            return self._update(_simplest, rpc)
        request = rpc.request_type()
        self._fill(_simplest, request, rpc, "valid", depth=0, target=None, prefix="")
        return request

    def sweep(self, rpc: Rpc) -> Iterator[tuple[str, Message]]:
        """(label, request): a request the server answered OK (else the canonical one) with one
        field set to each boundary value of its type, for every field of the request. The same
        calls every run, so the bounded run covers each field whatever the seed."""
        templates = self.own.templates.get(rpc.path, [])
        base = templates[0] if templates else self.canonical(rpc)
        for path, f in _leaves(rpc.request_type.DESCRIPTOR):
            for label, value in self._sweep_values(rpc, f):
                request = rpc.request_type()
                request.CopyFrom(base)
                self._refresh(request, skip=path)
                _set_path(request, path.split("."), value)
                yield f"{path}={label}", request

    def _sweep_values(self, rpc: Rpc, f: FieldDescriptor) -> list[tuple[str, Any]]:
        kind = f.message_type.full_name if f.message_type is not None else ""
        if f.is_repeated and f.type == FieldDescriptor.TYPE_MESSAGE:
            empty = f.message_type._concrete_class()
            return [("1 empty item", [empty]), (f"{HUGE_REPEATED} items", [empty] * HUGE_REPEATED)]
        if f.is_repeated and f.type == FieldDescriptor.TYPE_STRING:
            many = [f"t{i}" for i in range(HUGE_REPEATED)]
            return [("1 empty item", [""]), ("1 NUL item", ["a\x00b"]), (f"{HUGE_REPEATED} items", many)]
        if f.is_repeated:
            return [(f"{HUGE_REPEATED} items", list(range(HUGE_REPEATED)))]
        if kind == "google.type.Date":
            return [
                (f"{y:04d}-{m:02d}-{d:02d}", (y, m, d))
                for y, m, d in ((1, 1, 1), (9999, 12, 31), (2026, 2, 30), (10000, 1, 1))
            ]
        if kind == "google.type.TimeOfDay":
            return [("25:00", (25, 0, 0, 0))]
        if kind == "google.protobuf.FieldMask":
            return [("unknown path", ["no_such_field"])]
        if f.type == FieldDescriptor.TYPE_ENUM:
            return [("unknown enum", max(v.number for v in f.enum_type.values) + 1)]
        if f.type in (FieldDescriptor.TYPE_INT64, FieldDescriptor.TYPE_SINT64, FieldDescriptor.TYPE_SFIXED64):
            return [("int64 max", INT64_MAX), ("int64 min", INT64_MIN), ("10^15+1", 10**15 + 1)]
        if f.type in (FieldDescriptor.TYPE_INT32, FieldDescriptor.TYPE_SINT32, FieldDescriptor.TYPE_SFIXED32):
            return [("int32 max", INT32_MAX), ("int32 min", INT32_MIN)]
        if f.type != FieldDescriptor.TYPE_STRING:
            return []
        values = [
            ("empty", ""),
            ("NUL", "a\x00b"),
            ("10k chars", "x" * 10_000),
            ("control chars", "\x01\x1b[31m\r\n"),
        ]
        if f.name == "id" or f.name.endswith("_id"):
            foreign = self._id_pool(self.foreign, f.containing_type._concrete_class(), f, rpc)
            values += [
                ("not a UUID", "not-a-uuid"),
                *([("another user's id", foreign[0])] if foreign else []),
            ]
        if f.name == "page_token":
            own = self.own.tokens.get(rpc.path, [])
            others = [t for t in self.own.all_tokens() if t not in own]
            values += [("another user's token", t) for t in self.foreign.tokens.get(rpc.path, [])[:1]]
            values += [("another list's token", t) for t in others[:1]]
            values += [("edited token", edited_tokens(own[0])[2])] if own else []
        return values

    def _field_paths(self, desc: Descriptor, prefix: str = "", depth: int = 0) -> Iterable[str]:
        for f in desc.fields:
            yield prefix + f.name
            if f.type == FieldDescriptor.TYPE_MESSAGE and depth < 2 and not _well_known(f.message_type):
                yield from self._field_paths(f.message_type, f"{prefix}{f.name}.", depth + 1)

    def _fill(
        self, draw: Draw, message: Message, rpc: Rpc, mode: str, depth: int, target: str | None, prefix: str
    ) -> None:
        for f in message.DESCRIPTOR.fields:
            path = prefix + f.name
            mutate = mode == "chaos" and draw(st.booleans()) or target == path
            on_path = target is not None and target.startswith(path + ".")
            if mode == "chaos" and not mutate and draw(st.integers(0, 3)) == 0:
                continue  # chaos also leaves fields unset
            if f.containing_oneof is not None and not mutate and not draw(st.booleans()):
                continue
            if f.is_repeated:
                self._repeated(draw, message, f, rpc, mode, depth, target, path, mutate)
            elif f.type == FieldDescriptor.TYPE_MESSAGE:
                self._message_field(draw, message, f, rpc, mode, depth, target, path, mutate, on_path)
            else:
                setattr(message, f.name, self._scalar(draw, message, f, rpc, mutate))
        if mode != "chaos" and not (target or "").startswith(prefix):
            _order_dates(message)

    def _repeated(
        self,
        draw: Draw,
        message: Message,
        f: FieldDescriptor,
        rpc: Rpc,
        mode: str,
        depth: int,
        target: str | None,
        path: str,
        mutate: bool,
    ) -> None:
        container = getattr(message, f.name)
        huge = mutate and draw(st.booleans())
        if huge and f.type == FieldDescriptor.TYPE_MESSAGE:
            first = container.add()
            self._fill(draw, first, rpc, "valid", depth + 1, None, path + ".")
            for _ in range(HUGE_REPEATED - 1):
                container.add().CopyFrom(first)
        elif huge:
            first = self._scalar(draw, message, f, rpc, False)
            container.extend(f"{first}{i}" if isinstance(first, str) else first for i in range(HUGE_REPEATED))
        elif f.type == FieldDescriptor.TYPE_MESSAGE:
            for _ in range(draw(st.integers(0, 3))):
                item_mode = "chaos" if mutate else mode
                self._fill(draw, container.add(), rpc, item_mode, depth + 1, target, path + ".")
        else:
            for _ in range(draw(st.integers(0, 3))):
                container.append(self._scalar(draw, message, f, rpc, mutate))

    def _message_field(
        self,
        draw: Draw,
        message: Message,
        f: FieldDescriptor,
        rpc: Rpc,
        mode: str,
        depth: int,
        target: str | None,
        path: str,
        mutate: bool,
        on_path: bool,
    ) -> None:
        sub = getattr(message, f.name)
        kind = f.message_type.full_name
        if kind == "google.type.Date":
            year, month, day = self._date(draw, mutate)
            sub.year, sub.month, sub.day = year, month, day
        elif kind == "google.type.TimeOfDay":
            values = draw(st.sampled_from(((25, 0, 0, 0), (24, 0, 0, 0), (-1, 0, 0, 0), (12, 60, 61, 10**9))))
            if not mutate:
                values = (draw(st.integers(0, 23)), draw(st.integers(0, 59)), draw(st.integers(0, 59)), 0)
            sub.hours, sub.minutes, sub.seconds, sub.nanos = values
        elif kind == "google.protobuf.FieldMask":
            sub.paths.extend(self._mask_paths(draw, message.DESCRIPTOR, f, mutate))
        elif kind == "google.protobuf.Timestamp":
            seconds = int(dt.datetime.now(dt.UTC).timestamp())
            if mutate:
                seconds = draw(st.sampled_from((-62135596801, 253402300800, INT64_MAX, INT64_MIN, 0)))
            sub.seconds = seconds
        elif _well_known(f.message_type):
            sub.SetInParent()
        elif depth < 3:
            empty, use_real, real = (
                draw(st.booleans()),
                draw(st.booleans()),
                pick(draw, self.own.resources.get(kind, [])),
            )
            if mutate and empty:
                sub.SetInParent()  # present but empty
            else:
                self._fill(draw, sub, rpc, "chaos" if mutate else mode, depth + 1, target, path + ".")
            if not mutate and not on_path and use_real and real is not None:
                sub.CopyFrom(real)  # a resource as the server returned it
                self._refresh(sub, skip="")

    def _date(self, draw: Draw, mutate: bool) -> tuple[int, int, int]:
        if mutate:
            return draw(st.sampled_from(BAD_DATES))  # type: ignore[no-any-return]
        day = self.today + dt.timedelta(days=draw(st.integers(-400, 30)))
        return day.year, day.month, day.day

    def _mask_paths(self, draw: Draw, request: Descriptor, mask: FieldDescriptor, mutate: bool) -> list[str]:
        """Paths the contract allows (its `field_mask.in` rule), else the fields of the resource
        the request updates (its other message field)."""
        resource = next(
            (f.message_type for f in request.fields if f.message_type and not _well_known(f.message_type)),
            None,
        )
        names = [f.name for f in resource.fields] if resource else ["name"]
        allowed = _updatable(mask) or names
        if not mutate:
            return list(draw(st.lists(st.sampled_from(allowed), min_size=1, max_size=3, unique=True)))
        outside = [n for n in names if n not in allowed] or ["id"]
        choice = draw(
            st.sampled_from(("unknown", "outside", "star", "empty-path", "nested", "many", "upper", "dup"))
        )
        return {
            "unknown": ["no_such_field"],
            "outside": [outside[draw(st.integers(0, 2**16 - 1)) % len(outside)]],
            "star": ["*"],
            "empty-path": [""],
            "nested": [f"{allowed[0]}.amount_minor", "amount.no_such"],
            "many": [f"f{i}" for i in range(2_000)],
            "upper": [allowed[0].upper()],
            "dup": [allowed[0], allowed[0]],
        }[choice]

    def _scalar(self, draw: Draw, message: Message, f: FieldDescriptor, rpc: Rpc, mutate: bool) -> Any:
        t = f.type
        if t == FieldDescriptor.TYPE_BOOL:
            return draw(st.booleans())
        if t == FieldDescriptor.TYPE_ENUM:
            numbers = [v.number for v in f.enum_type.values if v.number != 0] or [0]
            if mutate:
                return draw(st.sampled_from((0, max(numbers) + 1, 99, -1, INT32_MAX, INT32_MIN)))
            return draw(st.sampled_from(numbers))
        if t in (FieldDescriptor.TYPE_INT64, FieldDescriptor.TYPE_SINT64, FieldDescriptor.TYPE_SFIXED64):
            if mutate:
                return draw(st.one_of(st.sampled_from(INT64_EDGES), st.integers(INT64_MIN, INT64_MAX)))
            return draw(st.integers(1, 10_000_000))
        if t in (FieldDescriptor.TYPE_INT32, FieldDescriptor.TYPE_SINT32, FieldDescriptor.TYPE_SFIXED32):
            if mutate:
                return draw(st.one_of(st.sampled_from(INT32_EDGES), st.integers(INT32_MIN, INT32_MAX)))
            return draw(
                st.integers(1, 50 if "page" in f.name else 10 if f.name != "alert_threshold_percent" else 100)
            )
        if t in (FieldDescriptor.TYPE_UINT32, FieldDescriptor.TYPE_UINT64):
            return draw(st.sampled_from((0, 1, 2**32 - 1))) if mutate else draw(st.integers(0, 100))
        if t == FieldDescriptor.TYPE_BYTES:
            return draw(st.binary(max_size=64))
        if t == FieldDescriptor.TYPE_STRING:
            return self._string(draw, message, f, rpc, mutate)
        return None

    def _string(
        self,
        draw: Draw,
        message: Message,
        f: FieldDescriptor,
        rpc: Rpc,
        mutate: bool,
        printable: bool = False,
    ) -> str:
        """A value for string field `f`: real values where the name says what it holds, else
        text (`printable`: one non-blank line, as the contract's single_line/not-blank rules ask)."""
        name = f.name
        if mutate:
            return self._bad_string(draw, message, f, rpc)
        if name == "request_id":
            return str(uuid.uuid4())
        if name == "etag":
            own_id = getattr(message, "id", "")
            known = self.own.etags.get(own_id) if isinstance(own_id, str) else None
            other = pick(draw, sorted(self.own.etags.values()))
            return known or other or ""
        if name == "page_token":
            return pick(draw, ["", *self.own.tokens.get(rpc.path, [])]) or ""
        if name == "refresh_token":
            return pick(draw, self.own.refresh_tokens) or ""
        if name == "id" or (name.endswith("_id") and name not in ("device_id",)):
            return self._own_id(draw, message, f, rpc)
        if "currency" in name:
            return draw(st.sampled_from(CURRENCIES))  # type: ignore[no-any-return]
        if name == "time_zone":
            return draw(st.sampled_from(TIME_ZONES))  # type: ignore[no-any-return]
        if name == "email":
            return draw(st.sampled_from((self.email, f"fuzz-{uuid.uuid4().hex[:10]}@example.com")))  # type: ignore[no-any-return]
        if "password" in name:
            return draw(st.sampled_from((self.password, "another correct horse battery")))  # type: ignore[no-any-return]
        if name in ("code", "totp_code"):
            return draw(st.sampled_from(("123456", "000000", "abcd-efgh")))  # type: ignore[no-any-return]
        if name in ("rate", "amount_decimal"):
            return draw(st.sampled_from(("1", "83.25", "0.0071", "10.50", "1234.5")))  # type: ignore[no-any-return]
        if name == "color":
            return draw(st.sampled_from(("#1E88E5", "#000000", "")))  # type: ignore[no-any-return]
        if name == "locale":
            return draw(st.sampled_from(("en", "en-IN", "hi-IN")))  # type: ignore[no-any-return]
        return printable_text(draw) if printable else short_text(draw)

    def _own_id(self, draw: Draw, message: Message, f: FieldDescriptor, rpc: Rpc) -> str:
        pool = self._id_pool(self.own, message, f, rpc)
        return pick(draw, pool) or str(uuid.uuid4())

    def _id_pool(self, pools: Pools, message: Message, f: FieldDescriptor, rpc: Rpc) -> list[str]:
        """Ids of the resource the field names, else of the resource its message or RPC names."""
        candidates = [noun(f.name)] if f.name not in ("id", "parent_id") else []
        for name in (message.DESCRIPTOR.name, rpc.name):
            candidates += [w for w in words(name) if w in pools.ids]
        for key in candidates:
            if pools.ids.get(key):
                return pools.ids[key]
        return pools.all_ids()

    def _bad_string(self, draw: Draw, message: Message, f: FieldDescriptor, rpc: Rpc) -> str:
        """A mutation: three times in four one aimed at what the field names (ids, tokens,
        currencies, ...), else a generic bad string (empty, 10k chars, NUL, control chars...)."""
        name = f.name
        aimed: list[str] = []
        if name == "id" or name.endswith("_id") or name == "etag":
            aimed += [*BAD_UUIDS, str(uuid.uuid4()), *self._id_pool(self.foreign, message, f, rpc)[:5]]
            aimed += [*self.foreign.etags.values()][:3]
            aimed += self.own.all_ids()[:5]  # the user's own id of another resource kind
        if name == "page_token":
            own = self.own.tokens.get(rpc.path, [])
            other_rpcs = [t for t in self.own.all_tokens() if t not in own]
            aimed += [*self.foreign.tokens.get(rpc.path, [])[:3], *other_rpcs[:5]]
            aimed += [edit for token in own[:2] for edit in edited_tokens(token)]
            aimed += ["AAAA", "not base64!", "eyJ9"]
        if name == "refresh_token":
            aimed += self.foreign.refresh_tokens
        if "currency" in name:
            aimed += BAD_CURRENCIES
        if name == "time_zone":
            aimed += BAD_TIME_ZONES
        if name in ("rate", "amount_decimal"):
            aimed += ["0", "-1", "1e5", "1.", ".5", "1,5", "0.000000000000000000001", "9" * 30, "1" * 21]
        if name == "email":
            aimed += ["no-at-sign", "a@", "@b", "a" * 300 + "@example.com", "ÄÖÜ@exämple.com"]
        generic = draw(st.integers(0, 3)) == 0
        choice = pick(draw, list(BAD_STRINGS) if generic or not aimed else aimed)
        return str(choice)


def _leaves(desc: Descriptor, prefix: str = "", depth: int = 0) -> Iterator[tuple[str, FieldDescriptor]]:
    """(path, field) of every field a request can set, nested messages opened (output-only
    timestamps left out: the server ignores them)."""
    for f in desc.fields:
        kind = f.message_type.full_name if f.message_type is not None else ""
        if kind == "google.protobuf.Timestamp":
            continue
        if f.message_type is not None and not _well_known(f.message_type) and not f.is_repeated and depth < 2:
            yield from _leaves(f.message_type, f"{prefix}{f.name}.", depth + 1)
        else:
            yield prefix + f.name, f


def _set_path(message: Message, path: list[str], value: Any) -> None:
    """Sets the field at `path` (the first item of a repeated message on the way) to `value`."""
    f = message.DESCRIPTOR.fields_by_name[path[0]]
    if len(path) > 1:
        _set_path(getattr(message, path[0]), path[1:], value)
        return
    kind = f.message_type.full_name if f.message_type is not None else ""
    target = getattr(message, f.name)
    if f.is_repeated:
        del target[:]
        target.extend(value)
    elif kind == "google.type.Date":
        target.year, target.month, target.day = value
    elif kind == "google.type.TimeOfDay":
        target.hours, target.minutes, target.seconds, target.nanos = value
    elif kind == "google.protobuf.FieldMask":
        target.paths[:] = value
    else:
        setattr(message, f.name, value)


def _order_dates(message: Message) -> None:
    """Dates of one message in field order ascending (start_date <= end_date), as valid ranges are."""
    fields = [
        f for f in message.DESCRIPTOR.fields
        if f.message_type is not None and f.message_type.full_name == "google.type.Date" and not f.is_repeated
        and message.HasField(f.name)
    ]  # fmt: skip
    values = sorted(
        (getattr(message, f.name).year, getattr(message, f.name).month, getattr(message, f.name).day)
        for f in fields
    )
    for f, (year, month, day) in zip(fields, values, strict=True):
        date = getattr(message, f.name)
        date.year, date.month, date.day = year, month, day


def _copy_path(source: Message, target: Message, path: list[str]) -> None:
    """Sets field `path` of `target` to its value (or absence) in `source`."""
    if not path or not path[0]:
        return
    name, rest = path[0], path[1:]
    f = source.DESCRIPTOR.fields_by_name[name]
    if rest and f.type == FieldDescriptor.TYPE_MESSAGE and not f.is_repeated:
        _copy_path(getattr(source, name), getattr(target, name), rest)
        return
    target.ClearField(name)
    if f.is_repeated:
        getattr(target, name).extend(getattr(source, name))
    elif f.type == FieldDescriptor.TYPE_MESSAGE:
        if source.HasField(name):
            getattr(target, name).CopyFrom(getattr(source, name))
    elif f.has_presence and not source.HasField(name):
        pass
    else:
        setattr(target, name, getattr(source, name))


def _update_fields(desc: Descriptor) -> tuple[FieldDescriptor, FieldDescriptor] | None:
    """(resource field, update_mask field) of an update request (AIP-134), else None."""
    mask = desc.fields_by_name.get("update_mask")
    resource = next(
        (f for f in desc.fields if f.message_type is not None and not _well_known(f.message_type)), None
    )
    if mask is None or resource is None or mask.message_type.full_name != "google.protobuf.FieldMask":
        return None
    return resource, mask


def _updatable(mask: FieldDescriptor) -> list[str]:
    """The paths an update mask may name: its `field_mask.in` rule."""
    return list(mask.GetOptions().Extensions[validate_pb2.field].field_mask.__getattribute__("in"))


def _is_money(desc: Descriptor | None) -> bool:
    return desc is not None and {"amount_minor", "amount_decimal"} <= set(desc.fields_by_name)


def _one_amount(message: Message) -> None:
    """Every Money of `message` (as a reply carries it, both forms set) with its minor units only."""
    for f, value in message.ListFields():
        if f.type != FieldDescriptor.TYPE_MESSAGE or f.is_repeated or _well_known(f.message_type):
            continue
        if _is_money(f.message_type):
            if value.amount_minor:
                value.ClearField("amount_decimal")
        else:
            _one_amount(value)


def _well_known(desc: Descriptor) -> bool:
    return desc.full_name.startswith("google.")


# ---------------------------------------------------------------------------------------------
# Raw corrupt bytes on the wire.


def _varint(value: int) -> bytes:
    out = bytearray()
    value &= (1 << 64) - 1
    while True:
        bits = value & 0x7F
        value >>= 7
        if value:
            out.append(bits | 0x80)
        else:
            out.append(bits)
            return bytes(out)


def corrupt_payloads(rpc: Rpc, valid: bytes) -> list[tuple[str, bytes]]:
    """Byte strings that are not a well-formed `rpc` request (each one checked with the local
    parser; a payload the local parser accepts is dropped, it would not be corrupt)."""
    desc = rpc.request_type.DESCRIPTOR
    candidates: list[tuple[str, bytes]] = [
        ("length past the end", b"\x0a\x7fab"),
        ("truncated varint", b"\x08\xff\xff"),
        ("end-group without start", b"\x0c"),
        ("field number 0", b"\x00\x01"),
        ("wire type 7", b"\x0f\x01"),
        ("garbage", bytes(range(256))[::7] * 3),
        ("huge length prefix", b"\x0a" + _varint(2**62) + b"x"),
    ]
    if valid:
        candidates.append(("valid request truncated", valid[:-1]))
    strings = [f for f in desc.fields if f.type == FieldDescriptor.TYPE_STRING]
    messages = [f for f in desc.fields if f.type == FieldDescriptor.TYPE_MESSAGE]
    for f in strings[:2]:
        tag = f.number << 3
        candidates.append((f"invalid UTF-8 in {f.name}", _varint(tag | 2) + b"\x04\xff\xfe\xc3\x28"))
        candidates.append((f"string {f.name} sent as varint", _varint(tag | 0) + b"\x01"))
    for f in messages[:1]:
        candidates.append(
            (f"message {f.name} with a corrupt body", _varint(f.number << 3 | 2) + b"\x03\x0a\x7f\x00")
        )
    corrupt = []
    for label, payload in candidates:
        try:
            rpc.request_type.FromString(payload)
        except DecodeError:
            corrupt.append((label, payload))
    return corrupt


# ---------------------------------------------------------------------------------------------
# Reports.


def describe(message: Message, limit: int = 400) -> str:
    """A request in one line, long strings and repeated fields shortened, for a failure report."""
    text = text_format.MessageToString(message, as_one_line=True, as_utf8=True)
    text = re.sub(r'"([^"]{60})[^"]{40,}"', lambda m: f'"{m.group(1)}...<long>"', text)
    return text if len(text) <= limit else text[:limit] + f"... ({len(text)} chars)"
