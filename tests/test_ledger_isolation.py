"""User B aims every transaction, category and budget RPC at user A's resources: NOT_FOUND
each time, and A's data is unchanged."""

from __future__ import annotations

import uuid
from collections.abc import Callable

import grpc
import pytest
from google.protobuf import field_mask_pb2

from rupaya.v1 import budgets_pb2 as bud
from rupaya.v1 import categories_pb2 as cat
from rupaya.v1 import transactions_pb2 as tx
from tests.ledger import balance, expense_request, money, open_account, record, walk
from tests.servers import Connection


def test_another_users_ledger_is_not_found_through_every_rpc(conn: Connection) -> None:
    alice, bob = conn.client().sign_up(), conn.client().sign_up()
    account = open_account(alice, balance=10_000)
    category = alice.categories.CreateCategory(
        cat.CreateCategoryRequest(
            request_id=str(uuid.uuid4()), name="Secret", kind=cat.CATEGORY_KIND_EXPENSE
        ),
        metadata=alice.md(),
    ).category
    spent = record(alice, expense_request(account, 1_000, category_id=category.id))
    gone = record(alice, expense_request(account, 500, category_id=category.id))
    alice.transactions.DeleteTransaction(tx.DeleteTransactionRequest(id=gone.id), metadata=alice.md())
    budget = alice.budgets.CreateBudget(
        bud.CreateBudgetRequest(
            request_id=str(uuid.uuid4()),
            category_id=category.id,
            amount=money(5_000, "INR"),
            period=bud.BUDGET_PERIOD_MONTHLY,
        ),
        metadata=alice.md(),
    ).budget
    bob_account = open_account(bob, balance=10_000)
    md = bob.md()
    mask = field_mask_pb2.FieldMask

    attempts: dict[str, Callable[[], object]] = {
        "TransactionService/GetTransaction": lambda: bob.transactions.GetTransaction(
            tx.GetTransactionRequest(id=spent.id), metadata=md
        ),
        "TransactionService/UpdateTransaction": lambda: bob.transactions.UpdateTransaction(
            tx.UpdateTransactionRequest(
                transaction=tx.Transaction(id=spent.id, payee="x"), update_mask=mask(paths=["payee"])
            ),
            metadata=md,
        ),
        "TransactionService/DeleteTransaction": lambda: bob.transactions.DeleteTransaction(
            tx.DeleteTransactionRequest(id=spent.id), metadata=md
        ),
        "TransactionService/UndeleteTransaction": lambda: bob.transactions.UndeleteTransaction(
            tx.UndeleteTransactionRequest(id=gone.id), metadata=md
        ),
        "TransactionService/CreateTransaction": lambda: record(
            bob, expense_request(account, 10, category_id="")
        ),
        "TransactionService/CreateTransaction:to_account": lambda: record(
            bob,
            expense_request(
                bob_account, 10, kind=tx.TRANSACTION_KIND_TRANSFER, to_account_id=account.id, category_id=""
            ),
        ),
        "TransactionService/CreateTransaction:category": lambda: record(
            bob, expense_request(bob_account, 10, category_id=category.id)
        ),
        "CategoryService/GetCategory": lambda: bob.categories.GetCategory(
            cat.GetCategoryRequest(id=category.id), metadata=md
        ),
        "CategoryService/UpdateCategory": lambda: bob.categories.UpdateCategory(
            cat.UpdateCategoryRequest(
                category=cat.Category(id=category.id, name="x"), update_mask=mask(paths=["name"])
            ),
            metadata=md,
        ),
        "CategoryService/DeleteCategory": lambda: bob.categories.DeleteCategory(
            cat.DeleteCategoryRequest(id=category.id), metadata=md
        ),
        "CategoryService/CreateCategory": lambda: bob.categories.CreateCategory(
            cat.CreateCategoryRequest(
                request_id=str(uuid.uuid4()),
                name="Child",
                kind=cat.CATEGORY_KIND_EXPENSE,
                parent_id=category.id,
            ),
            metadata=md,
        ),
        "BudgetService/GetBudget": lambda: bob.budgets.GetBudget(
            bud.GetBudgetRequest(id=budget.id), metadata=md
        ),
        "BudgetService/UpdateBudget": lambda: bob.budgets.UpdateBudget(
            bud.UpdateBudgetRequest(
                budget=bud.Budget(id=budget.id, rollover=True), update_mask=mask(paths=["rollover"])
            ),
            metadata=md,
        ),
        "BudgetService/DeleteBudget": lambda: bob.budgets.DeleteBudget(
            bud.DeleteBudgetRequest(id=budget.id), metadata=md
        ),
        "BudgetService/GetBudgetProgress": lambda: bob.budgets.GetBudgetProgress(
            bud.GetBudgetProgressRequest(id=budget.id), metadata=md
        ),
        "BudgetService/CreateBudget": lambda: bob.budgets.CreateBudget(
            bud.CreateBudgetRequest(
                request_id=str(uuid.uuid4()),
                category_id=category.id,
                amount=money(1, "INR"),
                period=bud.BUDGET_PERIOD_MONTHLY,
            ),
            metadata=md,
        ),
    }
    for name, attempt in attempts.items():
        with pytest.raises(grpc.RpcError) as caught:
            attempt()
        assert caught.value.code() == grpc.StatusCode.NOT_FOUND, (name, caught.value.details())

    # List RPCs answer, but with Bob's data only; filtering by Alice's ids is NOT_FOUND.
    assert walk(bob, show_deleted=True) == []
    for foreign_filter in ({"account_id": account.id}, {"category_id": category.id}):
        with pytest.raises(grpc.RpcError) as caught:
            walk(bob, **foreign_filter)
        assert caught.value.code() == grpc.StatusCode.NOT_FOUND, foreign_filter
        with pytest.raises(grpc.RpcError) as caught:
            list(
                bob.transactions.ExportTransactions(
                    tx.ExportTransactionsRequest(**foreign_filter), metadata=md
                )
            )
        assert caught.value.code() == grpc.StatusCode.NOT_FOUND, foreign_filter
    # Bob's export holds the header line and nothing of Alice's, deleted rows included.
    exported = list(
        bob.transactions.ExportTransactions(tx.ExportTransactionsRequest(show_deleted=True), metadata=md)
    )
    assert b"".join(chunk.data for chunk in exported).count(b"\n") == 1
    assert category.id not in {
        c.id
        for c in bob.categories.ListCategories(
            cat.ListCategoriesRequest(page_size=500), metadata=md
        ).categories
    }
    assert list(bob.budgets.ListBudgets(bud.ListBudgetsRequest(), metadata=md).budgets) == []

    # Every RPC of the three services was tried.
    covered = {name.split(":")[0] for name in attempts} | {
        "TransactionService/ListTransactions",
        "TransactionService/ExportTransactions",
        "CategoryService/ListCategories",
        "BudgetService/ListBudgets",
    }
    for module, service in ((tx, "TransactionService"), (cat, "CategoryService"), (bud, "BudgetService")):
        for method in module.DESCRIPTOR.services_by_name[service].methods:
            assert f"{service}/{method.name}" in covered, method.name

    # Alice's data is untouched.
    assert balance(alice, account) == 10_000 - 1_000
    assert {t.id for t in walk(alice, show_deleted=True)} == {spent.id, gone.id}
    assert alice.budgets.GetBudget(bud.GetBudgetRequest(id=budget.id), metadata=alice.md()).budget == budget
    assert (
        alice.categories.GetCategory(cat.GetCategoryRequest(id=category.id), metadata=alice.md()).category
        == category
    )
