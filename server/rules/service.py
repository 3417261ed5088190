"""gRPC adapter for rupaya.v1.RuleService: proto in -> domain call -> proto out."""

from __future__ import annotations

import datetime as dt
import json
import uuid

import grpc
from google.protobuf.timestamp_pb2 import Timestamp
from sqlalchemy.ext.asyncio import AsyncSession

from rupaya.v1 import rules_pb2 as pb
from rupaya.v1 import rules_pb2_grpc
from server import audit, context, money, pagination
from server.db.engine import Database
from server.db.tables import Rule
from server.errors import check_etag
from server.idempotency import Idempotency
from server.rule_engine import conditions, engine, repository
from server.rules import domain, retroactive
from server.transactions import rows

_TEXT_FIELDS = (engine.PAYEE, engine.DESCRIPTION)


def to_proto(rule: Rule) -> pb.Rule:
    created, updated = Timestamp(), Timestamp()
    created.FromDatetime(rule.created_at)
    updated.FromDatetime(rule.updated_at)
    return pb.Rule(
        id=str(rule.id),
        name=rule.name,
        position=rule.position,
        match=pb.RULE_MATCH_ANY if rule.match_any else pb.RULE_MATCH_ALL,
        conditions=[_condition_proto(c) for c in conditions.loads(rule.conditions)],
        actions=pb.RuleActions(
            category_id=str(rule.set_category_id) if rule.set_category_id else "",
            payee=rule.set_payee,
            tags=json.loads(rule.set_tags),
            notes=rule.set_notes,
        ),
        disabled=rule.disabled,
        create_time=created,
        update_time=updated,
        etag=domain.etag(rule),
    )


def _condition_proto(stored: conditions.Stored) -> pb.RuleCondition:
    for name in _TEXT_FIELDS:
        if name in stored:
            text = pb.TextCondition(operator=stored[name]["op"], value=stored[name]["value"])
            return pb.RuleCondition(**{name: text})
    if "amount" in stored:
        amount = stored["amount"]
        bounds = {
            k: money.to_proto(amount[k], amount["currency"]) for k in ("min", "max") if amount[k] is not None
        }
        return pb.RuleCondition(amount=pb.AmountCondition(**bounds))
    return pb.RuleCondition(account_id=stored["account_id"])


def to_spec(rule: pb.Rule) -> domain.RuleSpec:
    return domain.RuleSpec(
        name=rule.name,
        position=rule.position,
        match=rule.match,
        conditions=tuple(_condition_spec(c) for c in rule.conditions),
        category_id=rule.actions.category_id,
        payee=rule.actions.payee,
        tags=tuple(rule.actions.tags),
        notes=rule.actions.notes,
        disabled=rule.disabled,
    )


def _condition_spec(c: pb.RuleCondition) -> domain.ConditionSpec:
    which = c.WhichOneof("condition")
    if which in _TEXT_FIELDS:
        text: pb.TextCondition = getattr(c, which)
        return domain.TextSpec(which, text.operator, text.value)
    if which == "amount":
        return domain.AmountSpec(
            money.AmountInput.of(c.amount.min) if c.amount.HasField("min") else None,
            money.AmountInput.of(c.amount.max) if c.amount.HasField("max") else None,
        )
    if which == "account_id":
        return domain.AccountSpec(c.account_id)
    return None


def _change_proto(found: retroactive.Found) -> pb.RuleChange:
    changes = found.changes
    change = pb.RuleChange(transaction=rows.message_of(found.transaction))
    change.update_mask.paths.extend(changes.paths)
    values = change.new_values
    if changes.category_id is not None:
        values.category_id = str(changes.category_id)
    if changes.payee is not None:
        values.payee = changes.payee
    if changes.tags is not None:
        values.tags.extend(changes.tags)
    if changes.notes is not None:
        values.notes = changes.notes
    return change


def _actor() -> audit.Actor:
    return audit.Actor(peer=context.client_address.get(), session_id=context.principal().session_id)


class RuleService(rules_pb2_grpc.RuleServiceServicer):
    def __init__(self, db: Database, idempotency: Idempotency) -> None:
        self._db = db
        self._idempotency = idempotency

    async def CreateRule(
        self, request: pb.CreateRuleRequest, context_: grpc.aio.ServicerContext
    ) -> pb.CreateRuleResponse:
        user_id = context.principal().user_id
        spec = to_spec(request.rule)

        async def create(s: AsyncSession) -> pb.CreateRuleResponse:
            return pb.CreateRuleResponse(rule=to_proto(await domain.create(s, user_id, spec)))

        return await self._idempotency.run(
            user_id, request.request_id, "CreateRule", request, pb.CreateRuleResponse, create
        )

    async def GetRule(
        self, request: pb.GetRuleRequest, context_: grpc.aio.ServicerContext
    ) -> pb.GetRuleResponse:
        async with self._db.read() as s:
            rule = await domain.get(s, context.principal().user_id, request.id)
        return pb.GetRuleResponse(rule=to_proto(rule))

    async def ListRules(
        self, request: pb.ListRulesRequest, context_: grpc.aio.ServicerContext
    ) -> pb.ListRulesResponse:
        after = pagination.decode(request, lambda last: int(last[0]))
        size = pagination.page_size(request.page_size)
        async with self._db.read() as s:
            found = await repository.list_page(s, context.principal().user_id, after, size + 1)
        page, token = pagination.split(found, size, lambda r: [str(r.position)], request)
        return pb.ListRulesResponse(rules=[to_proto(r) for r in page], next_page_token=token)

    async def UpdateRule(
        self, request: pb.UpdateRuleRequest, context_: grpc.aio.ServicerContext
    ) -> pb.UpdateRuleResponse:
        user_id = context.principal().user_id
        patch = request.rule
        paths = list(request.update_mask.paths)
        spec = to_spec(patch)

        async def update(s: AsyncSession) -> pb.UpdateRuleResponse:
            rule = await domain.update(s, user_id, patch.id, patch.etag, paths, spec)
            return pb.UpdateRuleResponse(rule=to_proto(rule))

        return await self._idempotency.run(
            user_id, request.request_id, "UpdateRule", request, pb.UpdateRuleResponse, update
        )

    async def DeleteRule(
        self, request: pb.DeleteRuleRequest, context_: grpc.aio.ServicerContext
    ) -> pb.DeleteRuleResponse:
        user_id = context.principal().user_id

        async def delete(s: AsyncSession) -> pb.DeleteRuleResponse:
            await domain.delete(s, user_id, request.id, request.etag)
            return pb.DeleteRuleResponse()

        return await self._idempotency.run(
            user_id, request.request_id, "DeleteRule", request, pb.DeleteRuleResponse, delete
        )

    async def PreviewRule(
        self, request: pb.PreviewRuleRequest, context_: grpc.aio.ServicerContext
    ) -> pb.PreviewRuleResponse:
        user_id = context.principal().user_id
        after = pagination.decode(request, _cursor)
        async with self._db.read() as s:
            if request.HasField("rule"):
                rule = await domain.compiled_spec(s, user_id, to_spec(request.rule))
            else:
                rule = await self._saved(s, user_id, request.rule_id, "rule_id")
        size = pagination.page_size(request.page_size)
        page = await retroactive.preview(self._db, user_id, rule, request.overwrite, after, size)
        token = "" if page.next_after is None else pagination.token_after(_key(page.next_after), request)
        return pb.PreviewRuleResponse(
            changes=[_change_proto(f) for f in page.found],
            next_page_token=token,
            examined_count=page.examined,
        )

    async def ApplyRule(
        self, request: pb.ApplyRuleRequest, context_: grpc.aio.ServicerContext
    ) -> pb.ApplyRuleResponse:
        user_id = context.principal().user_id
        method = "ApplyRule"
        replay = await self._idempotency.replayed(
            user_id, request.request_id, method, request, pb.ApplyRuleResponse
        )
        if replay is not None:
            return replay
        async with self._db.read() as s:
            rule = await self._saved(s, user_id, request.id, "id", request.etag)
        counts = await retroactive.apply(self._db, user_id, rule, request.overwrite)
        response = pb.ApplyRuleResponse(
            examined_count=counts.examined, changed_count=counts.changed, skipped_count=counts.skipped
        )
        detail = f"rule {request.id} changed {counts.changed} of {counts.examined}"

        async def record(s: AsyncSession) -> pb.ApplyRuleResponse:
            await audit.record(s, user_id, audit.Action.AUDIT_ACTION_RULE_APPLIED, _actor(), detail)
            return response

        return await self._idempotency.run(
            user_id, request.request_id, method, request, pb.ApplyRuleResponse, record
        )

    @staticmethod
    async def _saved(
        s: AsyncSession, user_id: uuid.UUID, id_text: str, field_: str, given_etag: str = ""
    ) -> engine.CompiledRule:
        """A saved rule of the caller, compiled (disabled or not: asked for by id)."""
        rule = await domain.get(s, user_id, id_text, field_)
        check_etag(given_etag, domain.etag(rule), "rules", id_text)
        return await domain.compiled_stored(s, user_id, rule)


def _key(cursor: retroactive.Cursor) -> list[str]:
    return [cursor[0].isoformat(), str(cursor[1])]


def _cursor(last: list[str]) -> retroactive.Cursor:
    return dt.date.fromisoformat(last[0]), uuid.UUID(last[1])
