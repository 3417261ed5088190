"""RuleService over real channels: rules fill what the client left empty on create, in order;
PreviewRule changes nothing; ApplyRule changes through the ledger, once per request_id, under
concurrent edits; RE2 patterns; isolation between users; typed errors."""

from __future__ import annotations

import threading
import uuid
from collections.abc import Callable
from typing import Any

import grpc
import httpx
import sqlalchemy as sa
from google.protobuf import field_mask_pb2

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import categories_pb2 as cat
from rupaya.v1 import rules_pb2 as pb
from rupaya.v1 import transactions_pb2 as tx
from rupaya.v1 import users_pb2
from tests.ledger import DINING, GROCERIES, SALARY, expense_request, money, open_account, record
from tests.rpc_errors import error_info, field_violations, rpc_fails
from tests.servers import Client, Connection

CONTAINS, EQUALS, REGEX = pb.TEXT_OPERATOR_CONTAINS, pb.TEXT_OPERATOR_EQUALS, pb.TEXT_OPERATOR_REGEX


def payee(operator: int, value: str) -> pb.RuleCondition:
    return pb.RuleCondition(payee=pb.TextCondition(operator=operator, value=value))  # type: ignore[arg-type]


def description(operator: int, value: str) -> pb.RuleCondition:
    return pb.RuleCondition(description=pb.TextCondition(operator=operator, value=value))  # type: ignore[arg-type]


def rule(*conditions: pb.RuleCondition, name: str = "r", **fields: Any) -> pb.Rule:
    actions = {k: fields.pop(k) for k in ("category_id", "payee", "tags", "notes") if k in fields}
    return pb.Rule(name=name, conditions=conditions, actions=pb.RuleActions(**actions), **fields)


def create_rule(client: Client, new: pb.Rule) -> pb.Rule:
    request = pb.CreateRuleRequest(request_id=str(uuid.uuid4()), rule=new)
    return client.rules.CreateRule(request, metadata=client.md()).rule


def spend(client: Client, account: acc.Account, amount: int = 500, **fields: Any) -> tx.Transaction:
    return record(client, expense_request(account, amount, **{"category_id": "", **fields}))


def get(client: Client, transaction: tx.Transaction) -> tx.Transaction:
    request = tx.GetTransactionRequest(id=transaction.id)
    return client.transactions.GetTransaction(request, metadata=client.md()).transaction


def all_transactions(client: Client) -> dict[str, tx.Transaction]:
    reply = client.transactions.ListTransactions(
        tx.ListTransactionsRequest(page_size=500), metadata=client.md()
    )
    return {t.id: t for t in reply.transactions}


def preview_all(client: Client, page_size: int = 0, **source: Any) -> list[pb.RuleChange]:
    found: list[pb.RuleChange] = []
    token = ""
    while True:
        request = pb.PreviewRuleRequest(page_size=page_size, page_token=token, **source)
        reply = client.rules.PreviewRule(request, metadata=client.md())
        found.extend(reply.changes)
        token = reply.next_page_token
        if not token:
            return found


def apply(client: Client, rule_id: str, request_id: str | None = None, **fields: Any) -> pb.ApplyRuleResponse:
    request = pb.ApplyRuleRequest(id=rule_id, request_id=request_id or str(uuid.uuid4()), **fields)
    return client.rules.ApplyRule(request, metadata=client.md())


def move(client: Client, rule_: pb.Rule, position: int) -> pb.Rule:
    request = pb.UpdateRuleRequest(
        rule=pb.Rule(id=rule_.id, position=position, etag=rule_.etag),
        update_mask=field_mask_pb2.FieldMask(paths=["position"]),
    )
    return client.rules.UpdateRule(request, metadata=client.md()).rule


def listed(client: Client) -> list[pb.Rule]:
    return list(client.rules.ListRules(pb.ListRulesRequest(), metadata=client.md()).rules)


def in_parallel(calls: list[Callable[[], object]]) -> list[object]:
    """Each call on its own thread, released together; results or the RpcError raised."""
    results: list[object] = [None] * len(calls)
    gate = threading.Barrier(len(calls))

    def run(i: int) -> None:
        gate.wait()
        try:
            results[i] = calls[i]()
        except grpc.RpcError as error:
            results[i] = error

    threads = [threading.Thread(target=run, args=(i,)) for i in range(len(calls))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def test_rules_fill_only_empty_fields_on_create_first_matching_rule_wins_and_order_can_change(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=100_000)
    first = create_rule(client, rule(payee(CONTAINS, "amaz"), category_id=GROCERIES, tags=["Online"]))
    second = create_rule(
        client,
        rule(payee(REGEX, "(?i)^amazon"), category_id=DINING, payee="Amazon", notes="from the second rule"),
    )
    create_rule(client, rule(payee(CONTAINS, "amazon"), notes="disabled rule", disabled=True))
    assert [r.position for r in listed(client)] == [1, 2, 3]

    filled = spend(client, account, payee="AMAZON Marketplace")
    # Category and tags from the first rule, notes from the second (the first sets none); the
    # client's payee wins over the second rule's; the disabled rule does nothing.
    assert (filled.category_id, list(filled.tags), filled.notes) == (
        GROCERIES,
        ["online"],
        "from the second rule",
    )
    assert filled.payee == "AMAZON Marketplace"

    explicit = spend(client, account, payee="amazon", category_id=DINING, tags=["mine"], notes="my note")
    assert (explicit.category_id, list(explicit.tags), explicit.notes) == (DINING, ["mine"], "my note")
    untouched = spend(client, account, payee="Corner shop")
    assert (untouched.category_id, list(untouched.tags), untouched.notes) == ("", [], "")

    moved = move(client, second, 1)
    assert moved.position == 1 and moved.etag != second.etag
    shifted = client.rules.GetRule(pb.GetRuleRequest(id=first.id), metadata=client.md()).rule
    assert shifted.position == 2 and shifted.etag != first.etag  # moved down: a new etag too
    assert spend(client, account, payee="amazon.in").category_id == DINING


def test_amount_and_account_conditions_combine_with_all_or_any(conn: Connection) -> None:
    client = conn.client().sign_up()
    main, other = open_account(client, balance=10**9), open_account(client, balance=10**9)
    small = pb.AmountCondition(min=money(currency="INR", decimal="1.00"), max=money(50_000, "INR"))
    create_rule(
        client,
        rule(pb.RuleCondition(account_id=main.id), pb.RuleCondition(amount=small), tags=["small-main"]),
    )
    big = pb.AmountCondition(min=money(10_000_000, "INR"))
    create_rule(
        client,
        rule(
            description(EQUALS, "rent"),
            pb.RuleCondition(amount=big),
            notes="big or rent",
            match=pb.RULE_MATCH_ANY,
        ),
    )
    assert list(spend(client, main, 50_000).tags) == ["small-main"]  # bounds are inclusive
    assert list(spend(client, main, 100).tags) == ["small-main"]
    assert list(spend(client, main, 99).tags) == []
    assert list(spend(client, main, 50_001).tags) == []
    assert list(spend(client, other, 300).tags) == []
    assert spend(client, other, 300, description=" RENT ").notes == "big or rent"
    assert spend(client, other, 10_000_000).notes == "big or rent"
    assert spend(client, other, 9_999_999).notes == ""
    # A category of the other kind is not set: an expense category never lands on income.
    create_rule(client, rule(payee(CONTAINS, "employer"), category_id=GROCERIES))
    income = record(
        client, expense_request(main, 700, kind=tx.TRANSACTION_KIND_INCOME, category_id="", payee="Employer")
    )
    assert income.category_id == ""
    create_rule(client, rule(payee(CONTAINS, "employer"), category_id=SALARY))
    assert (
        record(
            client,
            expense_request(main, 700, kind=tx.TRANSACTION_KIND_INCOME, category_id="", payee="employer"),
        ).category_id
        == SALARY
    )


def _log_state(conn: Connection, client: Client) -> list[tuple[object, ...]]:
    """The user's ledger version, sync cursor and change log, as the database holds them."""
    query = sa.text(
        "SELECT version, change_cursor, (SELECT count(*) FROM sync_changes s WHERE s.user_id = v.user_id) "
        "FROM ledger_versions v WHERE v.user_id = :u"
    ).bindparams(sa.bindparam("u", type_=sa.Uuid()))
    engine = sa.create_engine(conn.server.backend.sync_db_url, poolclass=sa.pool.NullPool)
    try:
        with engine.connect() as db:
            return [tuple(row) for row in db.execute(query, {"u": uuid.UUID(client.user_id)})]
    finally:
        engine.dispose()


def test_preview_changes_nothing_and_apply_changes_once_per_request_id_audited(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=100_000)
    cafes = [spend(client, account, 100 + i, payee=f"Cafe {i}") for i in range(3)]
    mine = spend(client, account, 200, payee="Cafe mine", category_id=GROCERIES)
    spend(client, account, 300, payee="Bakery")
    saved = create_rule(client, rule(payee(CONTAINS, "cafe"), category_id=DINING, tags=["coffee"]))
    before, state = all_transactions(client), _log_state(conn, client)

    changes = preview_all(client, page_size=2, rule_id=saved.id)
    assert sorted(c.transaction.id for c in changes) == sorted([*(t.id for t in cafes), mine.id])
    by_id = {c.transaction.id: c for c in changes}
    assert list(by_id[cafes[0].id].update_mask.paths) == ["category_id", "tags"]
    assert by_id[cafes[0].id].new_values.category_id == DINING
    assert list(by_id[mine.id].update_mask.paths) == ["tags"]  # its own category stays
    overwriting = preview_all(client, rule_id=saved.id, overwrite=True)
    assert list({c.transaction.id: c for c in overwriting}[mine.id].update_mask.paths) == [
        "category_id",
        "tags",
    ]
    inline = preview_all(client, rule=rule(payee(EQUALS, "bakery"), notes="bread"))
    assert [c.new_values.notes for c in inline] == ["bread"]
    assert all_transactions(client) == before and _log_state(conn, client) == state  # nothing changed

    request_id = str(uuid.uuid4())
    applied = apply(client, saved.id, request_id)
    assert (applied.changed_count, applied.skipped_count, applied.examined_count) == (4, 0, 5)
    after = all_transactions(client)
    assert [after[t.id].category_id for t in cafes] == [DINING] * 3 and after[
        mine.id
    ].category_id == GROCERIES
    assert all(list(after[t.id].tags) == ["coffee"] for t in [*cafes, mine])
    assert _log_state(conn, client) != state  # new etags went into the change feed
    assert apply(client, saved.id, request_id) == applied  # the retry: the first answer, no change
    assert all_transactions(client) == after
    assert apply(client, saved.id).changed_count == 0  # a new request: nothing left to change
    events = client.users.ListAuditEvents(users_pb2.ListAuditEventsRequest(), metadata=client.md()).events
    applied_events = [e for e in events if e.action == users_pb2.AUDIT_ACTION_RULE_APPLIED]
    assert [e.detail for e in applied_events] == [
        f"rule {saved.id} changed 0 of 5",
        f"rule {saved.id} changed 4 of 5",
    ]
    reused = rpc_fails(
        lambda: apply(client, saved.id, request_id, overwrite=True),
        grpc.StatusCode.INVALID_ARGUMENT,
        "IDEMPOTENCY_KEY_REUSED",
    )
    assert error_info(reused).metadata["request_id"] == request_id
    check = conn.server.backend.check_ledger()
    assert check.returncode == 0 and "0 mismatching" in check.stdout, check.stdout + check.stderr


def test_apply_under_concurrent_edits_loses_no_edit_and_a_twin_retry_applies_once(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=10**7)
    made = [spend(client, account, 100, payee=f"Shop {i}") for i in range(30)]
    saved = create_rule(client, rule(payee(CONTAINS, "shop"), category_id=GROCERIES))
    request_id = str(uuid.uuid4())

    def edit(t: tx.Transaction) -> Callable[[], object]:
        patch = tx.Transaction(id=t.id, etag=t.etag, notes=f"edited {t.id}")
        mask = field_mask_pb2.FieldMask(paths=["notes"])
        request = tx.UpdateTransactionRequest(transaction=patch, update_mask=mask)
        return lambda: client.transactions.UpdateTransaction(request, metadata=client.md()).transaction

    twins = [lambda: apply(client, saved.id, request_id) for _ in range(2)]
    results = in_parallel([*twins, *(edit(t) for t in made)])
    assert isinstance(results[0], pb.ApplyRuleResponse) and results[0] == results[1], results[:2]
    edits = results[2:]
    refused = [r for r in edits if isinstance(r, grpc.RpcError)]
    # An edit that came after the rule changed its transaction held a stale etag: ABORTED.
    assert all(r.code() == grpc.StatusCode.ABORTED for r in refused), refused
    after = all_transactions(client)
    for t, result in zip(made, edits, strict=True):
        now = after[t.id]
        assert now.category_id == GROCERIES  # the rule reached every transaction...
        if isinstance(result, tx.Transaction):
            assert now.notes == f"edited {t.id}"  # ...and lost no edit that succeeded
        # Created at v1: the rule once, plus the edit when it succeeded; never twice.
        assert now.etag == ("v3" if isinstance(result, tx.Transaction) else "v2"), (now.etag, result)


def test_regex_conditions_run_in_linear_time_and_uncompilable_patterns_are_refused(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=100_000)
    for pattern, why in (
        (r"(a)\1", "backreference"),
        (r"^(?=x)", "lookahead"),
        (r"\pL{1000}", "too large"),
        ("(", "unbalanced"),
    ):
        error = rpc_fails(
            lambda p=pattern: create_rule(client, rule(payee(REGEX, p), notes="x")),  # type: ignore[misc]
            grpc.StatusCode.INVALID_ARGUMENT,
            "VALIDATION_FAILED",
        )
        assert "RE2" in field_violations(error)["rule.conditions[0].payee.value"], why
    # Catastrophic for a backtracking engine (2^n paths on n 'a's and no match); RE2 is linear.
    create_rule(client, rule(description(REGEX, r"^(a+)+$"), tags=["all-a"]))
    assert list(spend(client, account, description="a" * 255 + "!").tags) == []
    assert list(spend(client, account, description="a" * 256).tags) == ["all-a"]
    inline = preview_all(client, rule=rule(description(REGEX, r"(x+x+)+y"), notes="n"))
    assert inline == []
    assert len(listed(client)) == 1  # the refused rules were not saved


def test_another_users_rules_accounts_and_categories_are_not_found_and_untouched(conn: Connection) -> None:
    alice, bob = conn.client().sign_up(), conn.client().sign_up()
    alice_account = open_account(alice, balance=10_000)
    alice_category = alice.categories.CreateCategory(
        cat.CreateCategoryRequest(
            request_id=str(uuid.uuid4()), name="Alice's", kind=cat.CATEGORY_KIND_EXPENSE
        ),
        metadata=alice.md(),
    ).category
    secret = create_rule(alice, rule(payee(CONTAINS, "shared"), category_id=alice_category.id))
    shared = spend(alice, alice_account, payee="shared payee")
    assert shared.category_id == alice_category.id
    calls = {
        "get": lambda: bob.rules.GetRule(pb.GetRuleRequest(id=secret.id), metadata=bob.md()),
        "move": lambda: move(bob, secret, 1),
        "delete": lambda: bob.rules.DeleteRule(pb.DeleteRuleRequest(id=secret.id), metadata=bob.md()),
        "preview": lambda: preview_all(bob, rule_id=secret.id),
        "apply": lambda: apply(bob, secret.id),
    }
    for name, call in calls.items():
        assert error_info(rpc_fails(call, grpc.StatusCode.NOT_FOUND)).reason == "RULE_NOT_FOUND", name
    rpc_fails(
        lambda: create_rule(bob, rule(payee(CONTAINS, "x"), category_id=alice_category.id)),
        grpc.StatusCode.NOT_FOUND,
        "CATEGORY_NOT_FOUND",
    )
    rpc_fails(
        lambda: create_rule(bob, rule(pb.RuleCondition(account_id=alice_account.id), notes="n")),
        grpc.StatusCode.NOT_FOUND,
        "ACCOUNT_NOT_FOUND",
    )
    assert listed(bob) == []
    bobs = create_rule(bob, rule(payee(CONTAINS, "shared"), notes="bob was here"))
    assert preview_all(bob, rule_id=bobs.id) == []
    assert apply(bob, bobs.id).examined_count == 0
    bob_account = open_account(bob, balance=10_000)
    assert spend(bob, bob_account, payee="shared").category_id == ""  # Alice's rule is not Bob's
    assert get(alice, shared) == shared  # Bob's rule never reached Alice's transaction


def test_bad_rules_get_typed_errors_and_change_nothing(conn: Connection) -> None:
    client = conn.client().sign_up()
    saved = create_rule(client, rule(payee(CONTAINS, "ok"), notes="n"))
    usd = pb.AmountCondition(min=money(100, "USD"), max=money(50, "USD"))
    mixed = pb.AmountCondition(min=money(100, "USD"), max=money(500, "INR"))
    cases: list[tuple[pb.Rule, str]] = [
        (rule(notes="n"), "rule.conditions"),
        (rule(payee(CONTAINS, "x")), "rule.actions"),
        (rule(payee(0, "x"), notes="n"), "rule.conditions[0].payee.operator"),
        (rule(payee(CONTAINS, "  "), notes="n"), "rule.conditions[0].payee.value"),
        (rule(pb.RuleCondition(), notes="n"), "rule.conditions[0]"),
        (rule(pb.RuleCondition(amount=pb.AmountCondition()), notes="n"), "rule.conditions[0].amount"),
        (rule(pb.RuleCondition(amount=usd), notes="n"), "rule.conditions[0].amount.max"),
        (rule(pb.RuleCondition(amount=mixed), notes="n"), "rule.conditions[0].amount.max.currency_code"),
    ]
    for bad, field in cases:
        error = rpc_fails(lambda b=bad: create_rule(client, b), grpc.StatusCode.INVALID_ARGUMENT)  # type: ignore[misc]
        assert field in field_violations(error), (field, field_violations(error))
    stale = pb.UpdateRuleRequest(
        rule=pb.Rule(id=saved.id, name="renamed", etag="v999"),
        update_mask=field_mask_pb2.FieldMask(paths=["name"]),
    )
    rpc_fails(
        lambda: client.rules.UpdateRule(stale, metadata=client.md()), grpc.StatusCode.ABORTED, "ETAG_MISMATCH"
    )
    rpc_fails(lambda: apply(client, saved.id, etag="v999"), grpc.StatusCode.ABORTED, "ETAG_MISMATCH")
    assert listed(client) == [saved]


def test_parallel_creates_and_deletes_keep_positions_dense(conn: Connection) -> None:
    client = conn.client().sign_up()
    doomed = [create_rule(client, rule(payee(CONTAINS, f"d{i}"), notes="n")) for i in range(4)]
    creates = [lambda i=i: create_rule(client, rule(payee(CONTAINS, f"c{i}"), notes="n")) for i in range(8)]
    deletes = [
        lambda r=r: client.rules.DeleteRule(pb.DeleteRuleRequest(id=r.id), metadata=client.md())
        for r in doomed
    ]
    results = in_parallel([*creates, *deletes])
    assert not [r for r in results if isinstance(r, grpc.RpcError)], results
    assert [r.position for r in listed(client)] == list(range(1, 9))


def test_rules_through_the_http_gateway_create_preview_apply_and_refuse_a_bad_pattern(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=100_000)
    spent = spend(client, account, payee="Cafe Central")
    auth = dict(client.md())
    with httpx.Client(base_url=conn.server.http_url, timeout=30) as http:
        body = {
            "requestId": str(uuid.uuid4()),
            "rule": {
                "name": "Coffee",
                "conditions": [{"payee": {"operator": "TEXT_OPERATOR_REGEX", "value": "(?i)caf(e|é)"}}],
                "actions": {"categoryId": DINING},
            },
        }
        created = http.post("/v1/rules", json=body, headers=auth)
        assert created.status_code == 200, created.text
        rule_id = created.json()["rule"]["id"]
        preview = http.post("/v1/rules:preview", json={"ruleId": rule_id}, headers=auth)
        assert preview.status_code == 200, preview.text
        assert [c["transaction"]["id"] for c in preview.json()["changes"]] == [spent.id]
        applied = http.post(f"/v1/rules/{rule_id}:apply", json={"requestId": str(uuid.uuid4())}, headers=auth)
        assert applied.status_code == 200 and applied.json()["changedCount"] == "1", applied.text
        body["requestId"] = str(uuid.uuid4())
        body["rule"]["conditions"][0]["payee"]["value"] = "(?<=x)y"  # type: ignore[index]
        refused = http.post("/v1/rules", json=body, headers=auth)
        assert refused.status_code == 400, refused.text
        violations = [
            v
            for d in refused.json()["details"]
            if d["@type"].endswith("BadRequest")
            for v in d["fieldViolations"]
        ]
        assert [v["field"] for v in violations] == ["rule.conditions[0].payee.value"]
    assert get(client, spent).category_id == DINING
