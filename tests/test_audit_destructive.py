"""Destructive actions in the user's audit trail (ListAuditEvents): deleting or archiving a
money account, deleting a category (with the counts its reassignment moved), deleting a budget;
each with the ids it acted on, in the action's own transaction (a refused action leaves none),
and only in its owner's trail."""

from __future__ import annotations

import uuid

import grpc
from google.protobuf import field_mask_pb2

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import budgets_pb2 as bu
from rupaya.v1 import categories_pb2 as cat
from rupaya.v1 import transactions_pb2 as tx
from rupaya.v1 import users_pb2 as us
from tests.ledger import GROCERIES, day, expense_request, money, open_account, record
from tests.rpc_errors import rpc_fails
from tests.servers import Client, Connection

Action = us.AuditAction


def trail(client: Client, *actions: int) -> list[us.AuditEvent]:
    events = client.users.ListAuditEvents(
        us.ListAuditEventsRequest(page_size=500), metadata=client.md()
    ).events
    return [e for e in events if e.action in actions]


def test_deleting_and_archiving_accounts_is_audited_with_the_account(conn: Connection) -> None:
    client = conn.client().sign_up()
    kept, gone = open_account(client), open_account(client, currency="USD")
    patch = acc.Account(id=kept.id, archived=True)
    mask = field_mask_pb2.FieldMask(paths=["archived"])
    client.accounts.UpdateAccount(
        acc.UpdateAccountRequest(account=patch, update_mask=mask), metadata=client.md()
    )
    client.accounts.UpdateAccount(
        acc.UpdateAccountRequest(account=patch, update_mask=mask), metadata=client.md()
    )
    client.accounts.DeleteAccount(acc.DeleteAccountRequest(id=gone.id), metadata=client.md())
    rpc_fails(
        lambda: client.accounts.DeleteAccount(acc.DeleteAccountRequest(id=gone.id), metadata=client.md()),
        grpc.StatusCode.NOT_FOUND,
    )
    archived = trail(client, Action.AUDIT_ACTION_MONEY_ACCOUNT_ARCHIVED)
    deleted = trail(client, Action.AUDIT_ACTION_MONEY_ACCOUNT_DELETED)
    # Archiving an archived account changes nothing and is not audited again; a refused delete neither.
    assert [dict(e.metadata) for e in archived] == [{"account_id": kept.id, "name": "INR account"}]
    assert [dict(e.metadata) for e in deleted] == [{"account_id": gone.id, "name": "USD account"}]
    assert deleted[0].peer_address and deleted[0].session_id and deleted[0].device_id == "test-device"


def test_deleting_a_category_records_what_its_reassignment_moved(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=10**7)

    def category(name: str) -> cat.Category:
        return client.categories.CreateCategory(
            cat.CreateCategoryRequest(
                request_id=str(uuid.uuid4()), name=name, kind=cat.CATEGORY_KIND_EXPENSE
            ),
            metadata=client.md(),
        ).category

    old, new, empty = category("Snacks"), category("Food"), category("Unused")
    for amount in (100, 200):
        record(client, expense_request(account, amount, category_id=old.id))
    record(
        client,
        expense_request(
            account,
            300,
            category_id="",
            splits=[
                tx.SplitLine(category_id=old.id, amount=money(100)),
                tx.SplitLine(category_id=GROCERIES, amount=money(200)),
            ],
            occurred_on=day(),
        ),
    )
    client.budgets.CreateBudget(
        bu.CreateBudgetRequest(
            request_id=str(uuid.uuid4()),
            category_id=old.id,
            amount=money(1_000, "INR"),
            period=bu.BUDGET_PERIOD_MONTHLY,
        ),
        metadata=client.md(),
    )
    rpc_fails(  # in use and no reassignment: refused, and nothing is audited
        lambda: client.categories.DeleteCategory(cat.DeleteCategoryRequest(id=old.id), metadata=client.md()),
        grpc.StatusCode.FAILED_PRECONDITION,
        "CATEGORY_IN_USE",
    )
    assert trail(client, Action.AUDIT_ACTION_CATEGORY_DELETED) == []
    reply = client.categories.DeleteCategory(
        cat.DeleteCategoryRequest(id=old.id, reassign_to_category_id=new.id), metadata=client.md()
    )
    client.categories.DeleteCategory(cat.DeleteCategoryRequest(id=empty.id), metadata=client.md())
    plain, moved = trail(client, Action.AUDIT_ACTION_CATEGORY_DELETED)  # newest first
    assert dict(moved.metadata) == {
        "category_id": old.id,
        "name": "Snacks",
        "reassigned_to_category_id": new.id,
        "transactions": "2",
        "split_lines": "1",
        "budgets": "1",
    }
    assert reply.reassigned_count == 4
    assert dict(plain.metadata) == {"category_id": empty.id, "name": "Unused"}


def test_deleting_a_budget_is_audited_and_only_its_owner_sees_it(conn: Connection) -> None:
    owner, other = conn.client().sign_up(), conn.client().sign_up()
    budget = owner.budgets.CreateBudget(
        bu.CreateBudgetRequest(
            request_id=str(uuid.uuid4()),
            category_id=GROCERIES,
            amount=money(1_000, "INR"),
            period=bu.BUDGET_PERIOD_WEEKLY,
        ),
        metadata=owner.md(),
    ).budget
    rpc_fails(  # another user's budget: not found, and not deleted
        lambda: other.budgets.DeleteBudget(bu.DeleteBudgetRequest(id=budget.id), metadata=other.md()),
        grpc.StatusCode.NOT_FOUND,
        "BUDGET_NOT_FOUND",
    )
    assert trail(owner, Action.AUDIT_ACTION_BUDGET_DELETED) == []
    request_id = str(uuid.uuid4())
    for _ in range(2):  # a retry replays the first response and records nothing more
        owner.budgets.DeleteBudget(
            bu.DeleteBudgetRequest(id=budget.id, request_id=request_id), metadata=owner.md()
        )
    [event] = trail(owner, Action.AUDIT_ACTION_BUDGET_DELETED)
    assert dict(event.metadata) == {"budget_id": budget.id, "category_id": GROCERIES}
    assert trail(other, Action.AUDIT_ACTION_BUDGET_DELETED) == []
