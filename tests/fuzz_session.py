"""One fuzz run against a real server: the users, their seed data, the calls and what each call
must show (no INTERNAL/UNKNOWN, ErrorInfo on every error, a rejected call changes nothing).

Every failure is recorded, not raised, and grouped by (RPC, check, code, first line of the
message) so one run reports every class of bug it found, each with its smallest request."""

from __future__ import annotations

import collections
import datetime as dt
import hashlib
import json
import re
import time
import uuid
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

import grpc
import sqlalchemy as sa
from google.protobuf.message import Message
from google.rpc import error_details_pb2, status_pb2
from google.type import date_pb2
from hypothesis import strategies as st

from rupaya.v1 import (
    accounts_pb2,
    auth_pb2,
    budgets_pb2,
    categories_pb2,
    common_pb2,
    errors_pb2,
    exchange_rates_pb2,
    transactions_pb2,
    users_pb2,
)
from tests.fuzz_contract import (
    Generator,
    Pools,
    Rpc,
    contract_rpcs,
    corrupt_payloads,
    describe,
    edited_tokens,
)
from tests.identity import verify_email
from tests.servers import PASSWORD, ROOT, Backend, Client, ServerProcess

# RPCs that would end the fuzz user's session or credentials. They are still fuzzed, each
# call as a throw-away user (replaced after any call that succeeded).
THROWAWAY_ONLY = {
    "/rupaya.v1.AuthService/SignOut": "ends the calling session",
    "/rupaya.v1.UserService/DeleteUser": "erases the caller once the generator offers the real password",
    "/rupaya.v1.AuthService/ChangePassword": "replaces the password the generator offers; ends the spare session",
}
FORBIDDEN_CODES = {
    grpc.StatusCode.INTERNAL,
    grpc.StatusCode.UNKNOWN,
    grpc.StatusCode.UNIMPLEMENTED,  # every RPC of the contract is served
    grpc.StatusCode.DATA_LOSS,
    # PostgreSQL, Redis and SQLite are up during the run: UNAVAILABLE ("retry shortly") would
    # send a client into retries of a request that can never succeed.
    grpc.StatusCode.UNAVAILABLE,
}
# Non-OK replies that come from gRPC itself, not from the application, and so carry no
# ErrorInfo. Only the fuzzer's own deadline probes (read-only RPCs called with a 1 ms deadline).
NO_ERROR_INFO_EXPECTED = {grpc.StatusCode.DEADLINE_EXCEEDED: "the fuzzer's 1 ms deadline probe"}
# Rows a rejected call may change, with the reason (the contract asks for the change).
ALLOWED_REJECTED_CHANGES: dict[tuple[str, str], str] = {
    ("RefreshToken", "sessions"): "reuse of a rotated refresh token ends its whole session (theft detection)",
    ("RefreshToken", "audit_events"): "... and records that in the audit trail",
    ("RefreshToken", "sync_changes"): "... and the ended session is a tombstone in the user's change feed",
    (
        "RefreshToken",
        "ledger_versions",
    ): "... whose cursor that user's sync sequencer (change_cursor) hands out",
    ("SignIn", "audit_events"): "a failed sign-in is a security event the audit trail records",
}
# Id fields the contract documents as read-only, so a request may carry any value in them. That
# no call changes another user's rows is checked separately, for every call.
# System categories are every user's: seen by the other user, they are not "another user's id"
# (the pools keep the latest 40 ids per kind, so the session user's copy may have dropped out).
SHARED_IDS = frozenset(
    c["id"] for c in json.loads((ROOT / "shared" / "categories.json").read_text())["categories"]
)
READ_ONLY_IDS = {"profile.id": "users.proto: Profile.id is read-only; UpdateProfile changes the caller"}
# RPCs whose accepted call leaves work to a background step (server/auth/recovery/resolver.py).
QUEUED_WORK = {"/rupaya.v1.AuthService/RequestPasswordReset"}
# A budget alert raised for a user who wants e-mail waits for the alert mailer (server/notifications/mailer.py).
MAIL_PENDING = 1
# Server streams that stay open until the client leaves: the first message (the backlog or a
# heartbeat) shows the call was accepted.
LIVE_STREAMS = {"/rupaya.v1.SyncService/WatchChanges"}
CALL_TIMEOUT_S = 30.0
PROBE_TIMEOUT_S = 0.001
GOOGLE_STATUS_TRAILER = "grpc-status-details-bin"


@dataclass
class Outcome:
    code: grpc.StatusCode
    details: str = ""
    reply: bytes = b""
    status: status_pb2.Status | None = None


@dataclass
class Failure:
    rpc: str
    check: str  # every check the call failed, joined with " + "
    code: str
    message: str
    request: str
    size: int


@dataclass
class Stats:
    calls: int = 0
    codes: dict[str, collections.Counter[str]] = field(default_factory=dict)
    failures: list[Failure] = field(default_factory=list)

    def count(self, rpc: Rpc, code: grpc.StatusCode) -> None:
        self.calls += 1
        self.codes.setdefault(rpc.path, collections.Counter())[code.name] += 1


def _first_line(text: str) -> str:
    line = (text or "").strip().splitlines()[0] if (text or "").strip() else ""
    line = re.sub(r"[0-9a-f]{8}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{4}-?[0-9a-f]{12}", "<uuid>", line)
    line = re.sub(r"'rupaya\.v1\.\w+'", "<type>", line)
    return re.sub(r"\d+", "<n>", line)[:140]


class Fingerprint:
    """A digest per table of the rows belonging to the given users: tables with a user_id
    column (users by id), and tables one foreign key away from those (refresh tokens,
    split lines, tags). One query per table; compared before and after a mutating call."""

    def __init__(self, backend: Backend, user_ids: list[str]) -> None:
        self.engine = sa.create_engine(backend.sync_db_url)
        self.user_ids = [uuid.UUID(u) for u in user_ids]
        self.queries = self._queries()

    def _queries(self) -> dict[str, sa.TextClause]:
        inspector = sa.inspect(self.engine)
        scoped: dict[str, str] = {}
        tables = inspector.get_table_names()
        for table in tables:
            columns = {c["name"] for c in inspector.get_columns(table)}
            if table == "users":
                scoped[table] = "id IN :u"
            elif "user_id" in columns:
                scoped[table] = "user_id IN :u"
        for table in tables:
            if table in scoped:
                continue
            links = [
                f"{fk['constrained_columns'][0]} IN (SELECT id FROM {fk['referred_table']} WHERE {scoped[fk['referred_table']]})"
                for fk in inspector.get_foreign_keys(table)
                if fk["referred_table"] in scoped and fk["referred_table"] != "categories"
            ]
            if links:
                scoped[table] = " OR ".join(links)
        param = sa.bindparam("u", expanding=True, type_=sa.Uuid())
        if self.engine.dialect.name == "postgresql":
            # Every table's digest in one statement, made by PostgreSQL from each row's text: a
            # query per table, its rows hashed here, made most of the fuzzer's run time.
            digests = " UNION ALL ".join(
                f"SELECT '{t}', md5(coalesce(string_agg(r::text, chr(10) ORDER BY r::text), '')) FROM {t} r WHERE {w}"
                for t, w in sorted(scoped.items())
            )
            return {"": sa.text(digests).bindparams(param)}
        return {
            t: sa.text(f"SELECT * FROM {t} WHERE {w}").bindparams(param) for t, w in sorted(scoped.items())
        }

    def take(self) -> dict[str, str]:
        digests: dict[str, str] = {}
        with self.engine.connect() as conn:
            for table, query in self.queries.items():
                found = conn.execute(query, {"u": self.user_ids})
                if not table:  # PostgreSQL: (table, digest) rows
                    digests.update((name, digest) for name, digest in found)
                    continue
                rows = sorted(repr(tuple(row)) for row in found)
                digests[table] = hashlib.sha256("\n".join(rows).encode()).hexdigest()
        return digests

    def close(self) -> None:
        self.engine.dispose()


def _date(day: dt.date) -> date_pb2.Date:
    return date_pb2.Date(year=day.year, month=day.month, day=day.day)


class FuzzSession:
    """The fuzz user (with a spare second session), a foreign user, and a channel."""

    def __init__(self, server: ServerProcess, backend: Backend) -> None:
        self.server = server
        self.backend = backend
        self.channel = grpc.insecure_channel(
            server.target, options=[("grpc.max_receive_message_length", 64 * 1024 * 1024)]
        )
        self.rpcs = contract_rpcs()
        self.stats = Stats()
        self.user = Client(self.channel, mail_dir=server.mail_dir).sign_up(device_id="fuzz-main")
        verify_email(self.user)  # so calls that need a verified address reach their own rules
        self.foreign = Client(self.channel).sign_up(device_id="fuzz-foreign")
        self.throwaway: Client | None = None
        self.email = self._email(self.user)
        self.own, self.foreign_pools = Pools(), Pools()
        self.own.protected.add(self._session_id(self.user))
        self.own.refresh_tokens.append(self._spare_refresh_token())
        self.foreign_pools.refresh_tokens.append(self.foreign.refresh_token)
        for client, pools in ((self.user, self.own), (self.foreign, self.foreign_pools)):
            self._seed(client, pools)
            self._harvest_lists(client, pools)
        self.generator = Generator(self.own, self.foreign_pools, PASSWORD, self.email)
        self.fingerprint = Fingerprint(backend, [self.user.user_id])
        self.foreign_fingerprint = Fingerprint(backend, [self.foreign.user_id])

    def close(self) -> None:
        self.fingerprint.close()
        self.foreign_fingerprint.close()
        self.channel.close()

    # -- setup --------------------------------------------------------------------------------

    def _email(self, client: Client) -> str:
        return str(client.users.GetProfile(users_pb2.GetProfileRequest(), metadata=client.md()).profile.email)

    def _session_id(self, client: Client) -> str:
        return str(client.auth.WhoAmI(auth_pb2.WhoAmIRequest(), metadata=client.md()).session_id)

    def _spare_refresh_token(self) -> str:
        device = common_pb2.DeviceInfo(device_id="fuzz-spare", platform=common_pb2.PLATFORM_WEB)
        reply = self.user.auth.SignIn(
            auth_pb2.SignInRequest(email=self.email, password=PASSWORD, device=device)
        )
        return str(reply.tokens.refresh_token)

    def _seed(self, client: Client, pools: Pools) -> None:
        """A few accounts, categories, transactions, budgets and an exchange rate."""
        today = dt.date.today()
        rid = lambda: str(uuid.uuid4())  # noqa: E731
        by_request = {rpc.request_type.DESCRIPTOR.full_name: rpc for rpc in self.rpcs}

        def seed(request: Message) -> Any:
            rpc = by_request[request.DESCRIPTOR.full_name]
            outcome = self._send(rpc, request.SerializeToString(), client.md())
            assert outcome.code == grpc.StatusCode.OK, f"seeding {rpc.path}: {outcome.code} {outcome.details}"
            pools.remember(rpc.path, request)
            reply = rpc.response_type.FromString(outcome.reply)
            pools.harvest(reply, rpc.path)
            return reply

        accounts = [
            seed(
                accounts_pb2.CreateAccountRequest(
                    request_id=rid(),
                    name=f"{currency} wallet",
                    type=kind,
                    currency_code=currency,
                    opening_balance=common_pb2.Money(amount_minor=opening),
                ),
            ).account
            for currency, kind, opening in (
                ("INR", accounts_pb2.ACCOUNT_TYPE_CHECKING, 5_000_000),
                ("USD", accounts_pb2.ACCOUNT_TYPE_SAVINGS, 200_000),
                ("INR", accounts_pb2.ACCOUNT_TYPE_CASH, 10_000),
            )
        ]
        categories = [
            seed(categories_pb2.CreateCategoryRequest(request_id=rid(), name=name, kind=kind)).category
            for name, kind in (
                ("Fuzz food", categories_pb2.CATEGORY_KIND_EXPENSE),
                ("Fuzz rent", categories_pb2.CATEGORY_KIND_EXPENSE),
                ("Fuzz pay", categories_pb2.CATEGORY_KIND_INCOME),
            )
        ]
        inr, usd, cash = accounts
        food, rent, pay = categories
        tx = transactions_pb2
        requests = [
            tx.CreateTransactionRequest(
                kind=tx.TRANSACTION_KIND_INCOME, account_id=inr.id, category_id=pay.id,
                amount=common_pb2.Money(amount_minor=9_000_000, currency_code="INR"), payee="Employer",
            ),
            tx.CreateTransactionRequest(
                kind=tx.TRANSACTION_KIND_EXPENSE, account_id=inr.id, category_id=food.id, tags=["fuzz"],
                amount=common_pb2.Money(amount_minor=45_000, currency_code="INR"), payee="Grocer",
            ),
            tx.CreateTransactionRequest(
                kind=tx.TRANSACTION_KIND_TRANSFER, account_id=inr.id, to_account_id=cash.id,
                amount=common_pb2.Money(amount_minor=100_000, currency_code="INR"),
                to_amount=common_pb2.Money(amount_minor=100_000, currency_code="INR"),
            ),
            tx.CreateTransactionRequest(
                kind=tx.TRANSACTION_KIND_EXPENSE, account_id=usd.id, payee="Split shop",
                amount=common_pb2.Money(amount_minor=3_000, currency_code="USD"),
                splits=[tx.SplitLine(category_id=food.id, amount=common_pb2.Money(amount_minor=1_000)),
                        tx.SplitLine(category_id=rent.id, amount=common_pb2.Money(amount_minor=2_000))],
            ),
        ]  # fmt: skip
        for offset, request in enumerate(requests):
            request.request_id = rid()
            request.occurred_on.CopyFrom(_date(today - dt.timedelta(days=offset * 9)))
            seed(request)
        deleted = seed(
            tx.CreateTransactionRequest(
                request_id=rid(), kind=tx.TRANSACTION_KIND_EXPENSE, account_id=cash.id, occurred_on=_date(today),
                amount=common_pb2.Money(amount_minor=500, currency_code="INR"), category_id=food.id,
            )
        ).transaction  # fmt: skip
        seed(tx.DeleteTransactionRequest(id=deleted.id, etag=deleted.etag, request_id=rid()))
        pools.deleted.add(deleted.id)
        for category, period in (
            (food, budgets_pb2.BUDGET_PERIOD_MONTHLY),
            (rent, budgets_pb2.BUDGET_PERIOD_YEARLY),
        ):
            seed(
                budgets_pb2.CreateBudgetRequest(
                    request_id=rid(), category_id=category.id, period=period,
                    amount=common_pb2.Money(amount_minor=500_000, currency_code="INR"),
                    alert_threshold_percent=80, start_date=_date(today.replace(day=1)),
                )
            )  # fmt: skip
        seed(  # past the food budget's threshold: a notification for the fuzzer to mark read
            tx.CreateTransactionRequest(
                request_id=rid(), kind=tx.TRANSACTION_KIND_EXPENSE, account_id=inr.id, occurred_on=_date(today),
                amount=common_pb2.Money(amount_minor=420_000, currency_code="INR"), category_id=food.id,
            )
        )  # fmt: skip
        seed(
            exchange_rates_pb2.SetExchangeRateRequest(
                request_id=rid(), currency_code="USD", base_currency_code="INR", rate="83.25",
                effective_date=_date(today - dt.timedelta(days=30)),
            )
        )  # fmt: skip

    def _harvest_lists(self, client: Client, pools: Pools) -> None:
        """Every read-only RPC answered with an empty request, and every list RPC walked one
        item per page, so the pools hold real ids, etags and page tokens of each list."""
        for rpc in self.rpcs:
            if not rpc.read_only:
                continue
            request = rpc.request_type()
            if "page_size" in request.DESCRIPTOR.fields_by_name:
                request.page_size = 1  # type: ignore[attr-defined]
            for _ in range(4):
                outcome = self._send(rpc, request.SerializeToString(), client.md())
                if outcome.code != grpc.StatusCode.OK:
                    break
                reply = rpc.response_type.FromString(outcome.reply)
                pools.harvest(reply, rpc.path)
                if not request.ListFields():
                    pools.remember(rpc.path, rpc.request_type())
                token = getattr(reply, "next_page_token", "")
                if not token:
                    break
                request.page_token = token  # type: ignore[attr-defined]
        pools.harvest(client.auth.ListSessions(auth_pb2.ListSessionsRequest(), metadata=client.md()))

    # -- calls --------------------------------------------------------------------------------

    def _send(self, rpc: Rpc, payload: bytes, metadata: Any, timeout: float = CALL_TIMEOUT_S) -> Outcome:
        try:
            if rpc.path in LIVE_STREAMS:  # never ends by itself: its first message, then cancel
                stream = self.channel.unary_stream(
                    rpc.path, request_serializer=None, response_deserializer=None
                )
                responses = stream(payload, metadata=metadata, timeout=timeout)
                reply = next(iter(responses), b"")
                responses.cancel()
            elif rpc.descriptor.server_streaming:  # read to the end; the messages merge into one reply
                stream = self.channel.unary_stream(
                    rpc.path, request_serializer=None, response_deserializer=None
                )
                reply = b"".join(stream(payload, metadata=metadata, timeout=timeout))
            else:
                call = self.channel.unary_unary(rpc.path, request_serializer=None, response_deserializer=None)
                reply = call(payload, metadata=metadata, timeout=timeout)
            return Outcome(grpc.StatusCode.OK, reply=reply)
        except grpc.RpcError as error:
            status = None
            for key, value in error.trailing_metadata() or ():  # type: ignore[attr-defined]
                if key == GOOGLE_STATUS_TRAILER:
                    status = status_pb2.Status.FromString(value)
            return Outcome(error.code(), error.details() or "", status=status)  # type: ignore[attr-defined]

    def _caller(self, rpc: Rpc) -> Client:
        if rpc.path not in THROWAWAY_ONLY:
            return self.user
        if self.throwaway is None:
            self.throwaway = Client(self.channel).sign_up(email=None, device_id="fuzz-throwaway")
        return self.throwaway

    def call(self, rpc: Rpc, request: Message, probe: bool = False, label: str = "") -> Outcome:
        """One call with every per-call check; failures are recorded, never raised."""
        caller = self._caller(rpc)
        payload = request.SerializeToString()
        before = None if rpc.read_only or probe else self._fingerprints()
        outcome = self._send(rpc, payload, caller.md(), PROBE_TIMEOUT_S if probe else CALL_TIMEOUT_S)
        self.stats.count(rpc, outcome.code)
        if outcome.code == grpc.StatusCode.OK and not rpc.read_only:
            self._settle(rpc.path in QUEUED_WORK)
        shown = label or describe(request)
        problems = self._check_reply(outcome)
        if outcome.code == grpc.StatusCode.OK and not rpc.public:
            problems += self._accepted_foreign(rpc, request)
            if before is not None:
                problems += self._changed_foreign(before)
        if outcome.code == grpc.StatusCode.OK and rpc.deletes:
            self.own.deleted.add(getattr(request, "id", ""))
        if outcome.code == grpc.StatusCode.OK:
            if caller is self.throwaway:
                self.throwaway = None
            elif not problems:
                self.own.harvest(rpc.response_type.FromString(outcome.reply), rpc.path)
                self.own.remember(rpc.path, request)
        elif before is not None:
            problems += self._changed(rpc, before)
        self._record(rpc, problems, outcome, shown, len(payload))
        return outcome

    def _settle(self, reset_queued: bool, timeout_s: float = 15) -> None:
        """Waits for the background step an accepted call queued: its writes (a reset token, an
        audit event; a budget alert's mail, whose row the alert mailer marks sent) land a moment
        later, and must not be charged to whichever call comes next."""
        deadline = time.monotonic() + timeout_s
        while time.monotonic() < deadline and (
            (reset_queued and self.backend.count("password_reset_requests"))
            or self.backend.count("notifications", f"mail_state = {MAIL_PENDING}")
        ):
            time.sleep(0.05)

    def _accepted_foreign(self, rpc: Rpc, request: Message) -> list[str]:
        """An OK answer to a request naming another user's resource, or carrying a page token
        that is not this user's for this RPC (another user's, another list's, or edited)."""
        problems = []
        foreign = set(self.foreign_pools.all_ids()) - set(self.own.all_ids()) - SHARED_IDS
        ignored = _masked_out(request) | set(READ_ONLY_IDS)
        named = [f"{path}={value}" for path, value in _id_fields(request, ignored) if value in foreign]
        if named:
            problems.append(f"another user's id accepted ({named[0].split('=')[0]})")
        token = (
            getattr(request, "page_token", "") if "page_token" in request.DESCRIPTOR.fields_by_name else ""
        )
        own = self.own.tokens.get(rpc.path, [])
        if token and token not in self.own.seen_tokens.get(rpc.path, set()):
            sources = {
                "another user's": self.foreign_pools.all_tokens(),
                "another list's": [t for t in self.own.all_tokens() if t not in own],
                "an edited": [e for t in own for e in edited_tokens(t)],
            }
            for source, tokens in sources.items():
                if token in tokens:
                    problems.append(f"{source} page token accepted")
                    break
        return problems

    def _fingerprints(self) -> tuple[dict[str, str], dict[str, str]]:
        return self.fingerprint.take(), self.foreign_fingerprint.take()

    def _changed(self, rpc: Rpc, before: tuple[dict[str, str], dict[str, str]]) -> list[str]:
        """A rejected call changed the caller's or the other user's rows."""
        problems = []
        for whose, fingerprint, earlier in (
            ("", self.fingerprint, before[0]),
            ("another user's ", self.foreign_fingerprint, before[1]),
        ):
            after = fingerprint.take()
            changed = [
                t for t in after if after[t] != earlier[t] and (rpc.name, t) not in ALLOWED_REJECTED_CHANGES
            ]
            if changed:
                problems.append(f"rejected call changed {whose}rows ({', '.join(changed)})")
        return problems

    def _changed_foreign(self, before: tuple[dict[str, str], dict[str, str]]) -> list[str]:
        """A call of the fuzz user that succeeded changed the other user's rows."""
        after = self.foreign_fingerprint.take()
        changed = [t for t in after if after[t] != before[1][t]]
        return [f"call changed another user's rows ({', '.join(changed)})"] if changed else []

    def _check_reply(self, outcome: Outcome) -> list[str]:
        """What is wrong with a reply by itself: a forbidden code, no (or a foreign) ErrorInfo."""
        if outcome.code == grpc.StatusCode.OK:
            return []
        problems = [f"code {outcome.code.name}"] if outcome.code in FORBIDDEN_CODES else []
        if outcome.code in NO_ERROR_INFO_EXPECTED and outcome.status is None:
            return problems
        infos = []
        if outcome.status is not None:
            for packed in outcome.status.details:
                if packed.Is(error_details_pb2.ErrorInfo.DESCRIPTOR):
                    info = error_details_pb2.ErrorInfo()
                    packed.Unpack(info)
                    infos.append(info)
            if outcome.status.code != outcome.code.value[0]:
                problems.append("status details disagree with the code")
        if len(infos) != 1 or infos[0].domain != "rupaya" or not infos[0].reason:
            problems.append("error without one rupaya ErrorInfo")
        elif f"ERROR_REASON_{infos[0].reason}" not in errors_pb2.ErrorReason.DESCRIPTOR.values_by_name:
            problems.append("ErrorInfo reason not in the contract's ErrorReason")
        return problems

    def _record(self, rpc: Rpc, problems: list[str], outcome: Outcome, shown: str, size: int) -> None:
        if problems:
            check = " + ".join(problems)
            self.stats.failures.append(
                Failure(rpc.path, check, outcome.code.name, _first_line(outcome.details), shown, size)
            )

    # -- phases -------------------------------------------------------------------------------

    def fuzz_one(self, draw: Any) -> None:
        """One generated call: a contract RPC, a request for it, sometimes a 1 ms deadline."""
        rpc = draw(st.sampled_from(self.rpcs))
        mode, request = self.generator.request(draw, rpc)
        probe = rpc.read_only and draw(st.integers(0, 49)) == 0
        self.call(rpc, request, probe=probe, label=f"[{mode}] {describe(request)}")

    def sweep(self) -> int:
        """Every field of every RPC set once to each boundary value of its type, on the seeded
        data; RPCs that delete (DELETE in the HTTP mapping) last, so the others find it intact."""
        sent = 0
        for rpc in sorted(self.rpcs, key=lambda rpc: rpc.deletes):
            for label, request in self.generator.sweep(rpc):
                self.call(rpc, request, label=f"[sweep {label[:60]}] {describe(request)}")
                sent += 1
        return sent

    def corrupt_bytes(self) -> int:
        """Every RPC sent byte strings that are not a well-formed request of its type."""
        sent = 0
        for rpc in self.rpcs:
            valid = self.generator.canonical(rpc)
            for label, payload in corrupt_payloads(rpc, valid.SerializeToString()):
                caller = self._caller(rpc)
                before = None if rpc.read_only else self._fingerprints()
                outcome = self._send(rpc, payload, caller.md())
                self.stats.count(rpc, outcome.code)
                sent += 1
                shown = f"raw bytes ({label}): {payload[:24]!r}"
                problems = self._check_reply(outcome)
                if outcome.code != grpc.StatusCode.INVALID_ARGUMENT:
                    problems.append("corrupt bytes not INVALID_ARGUMENT")
                if before is not None and outcome.code != grpc.StatusCode.OK:
                    problems += self._changed(rpc, before)
                self._record(rpc, problems, outcome, shown, len(payload))
        return sent

    def analytics_answer(self) -> list[str]:
        """Every RPC of the analytics service answers a valid request of the fuzz user: one
        naming live resources (a category deleted during the run is rightly NOT_FOUND)."""
        self.own.forget_deleted()
        problems = []
        for rpc in self.rpcs:
            if not rpc.service.endswith("AnalyticsService"):
                continue
            request = self.generator.canonical(rpc)
            outcome = self._send(rpc, request.SerializeToString(), self.user.md())
            if outcome.code != grpc.StatusCode.OK:
                problems.append(f"{rpc.path}: {outcome.code.name} {outcome.details} <- {describe(request)}")
        return problems

    def groups(self) -> Iterator[tuple[tuple[str, str, str, str], int, Failure]]:
        """(rpc, checks, code, message) -> how many, and the smallest request showing it."""
        grouped: dict[tuple[str, str, str, str], list[Failure]] = {}
        for f in self.stats.failures:
            grouped.setdefault((f.rpc, f.check, f.code, f.message), []).append(f)
        for key in sorted(grouped):
            found = grouped[key]
            yield key, len(found), min(found, key=lambda f: (f.size, len(f.request)))

    def classes(self) -> Iterator[tuple[tuple[str, str, str], list[str], int, Failure]]:
        """The groups across RPCs: (checks, code, message) -> RPCs, calls, smallest example."""
        grouped: dict[tuple[str, str, str], list[Failure]] = {}
        for f in self.stats.failures:
            grouped.setdefault((f.check, f.code, f.message), []).append(f)
        for key in sorted(grouped, key=lambda k: -len(grouped[k])):
            found = grouped[key]
            rpcs = sorted({f.rpc.rsplit("/", 1)[1] for f in found})
            yield key, rpcs, len(found), min(found, key=lambda f: (f.size, len(f.request)))


def _masked_out(request: Message) -> set[str]:
    """Paths of the resource an update request does not change (outside its update_mask; AIP-134
    ignores them), e.g. {"budget.category_id"}. Empty for requests without an update_mask."""
    fields = request.DESCRIPTOR.fields_by_name
    if "update_mask" not in fields or not request.HasField("update_mask"):
        return set()
    masked = {p.split(".")[0] for p in request.update_mask.paths}  # type: ignore[attr-defined]
    return {
        f"{resource.name}.{f.name}"
        for resource in request.DESCRIPTOR.fields
        if resource.message_type is not None and resource.name != "update_mask"
        for f in resource.message_type.fields
        if f.name not in masked and f.name != "id"
    }


def _id_fields(message: Message, skip: set[str], prefix: str = "") -> Iterator[tuple[str, str]]:
    """(path, value) of every id-naming string field of a request (not request_id/device_id)."""
    for f, value in message.ListFields():
        if f"{prefix}{f.name}" in skip:
            continue
        if f.type == f.TYPE_MESSAGE:
            for item in value if f.is_repeated else [value]:
                yield from _id_fields(item, skip, f"{prefix}{f.name}.")
        elif f.type == f.TYPE_STRING and _names_an_id(f.name):
            for item in value if f.is_repeated else [value]:
                yield f"{prefix}{f.name}", item


def _names_an_id(name: str) -> bool:
    # Client-chosen labels, not references to a resource: any value is the caller's own.
    return (name == "id" or name.endswith("_id")) and name not in (
        "request_id",
        "device_id",
        "external_id",
        "import_batch_id",
    )
