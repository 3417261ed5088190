"""CategoryService: system defaults, own categories with one level of nesting, safe deletes."""

from __future__ import annotations

import json
import uuid

import grpc
from google.protobuf import field_mask_pb2

from rupaya.v1 import categories_pb2 as pb
from tests.ledger import GROCERIES, expense_request, open_account, record, walk
from tests.rpc_errors import field_violations, rpc_fails
from tests.servers import ROOT, Client, Connection

EXPENSE, INCOME = pb.CATEGORY_KIND_EXPENSE, pb.CATEGORY_KIND_INCOME


def create(client: Client, name: str, kind: int = EXPENSE, parent_id: str = "") -> pb.Category:
    return client.categories.CreateCategory(
        pb.CreateCategoryRequest(request_id=str(uuid.uuid4()), name=name, kind=kind, parent_id=parent_id),  # type: ignore[arg-type]
        metadata=client.md(),
    ).category


def list_all(client: Client, **filters: object) -> list[pb.Category]:
    found: list[pb.Category] = []
    token = ""
    while True:
        reply = client.categories.ListCategories(
            pb.ListCategoriesRequest(page_size=20, page_token=token, **filters),  # type: ignore[arg-type]
            metadata=client.md(),
        )
        found.extend(reply.categories)
        token = reply.next_page_token
        if not token:
            return found


def test_every_system_default_is_listed_read_only_and_filterable_by_kind(conn: Connection) -> None:
    client = conn.client().sign_up()
    defaults = json.loads((ROOT / "shared" / "categories.json").read_text())["categories"]
    listed = {c.id: c for c in list_all(client)}
    assert {d["id"] for d in defaults} == set(listed)
    assert all(c.is_system for c in listed.values())
    incomes = list_all(client, kind=INCOME)
    assert incomes and all(c.kind == INCOME for c in incomes)
    assert len(incomes) == sum(d["kind"] == "income" for d in defaults)
    rpc_fails(
        lambda: client.categories.UpdateCategory(
            pb.UpdateCategoryRequest(
                category=pb.Category(id=GROCERIES, name="Mine now"),
                update_mask=field_mask_pb2.FieldMask(paths=["name"]),
            ),
            metadata=client.md(),
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "CATEGORY_READ_ONLY",
    )
    rpc_fails(
        lambda: client.categories.DeleteCategory(
            pb.DeleteCategoryRequest(id=GROCERIES), metadata=client.md()
        ),
        grpc.StatusCode.FAILED_PRECONDITION,
        "CATEGORY_READ_ONLY",
    )


def test_sub_categories_are_one_level_deep_and_match_their_parent_kind(conn: Connection) -> None:
    client = conn.client().sign_up()
    parent = create(client, "Pets")
    child = create(client, "Vet", parent_id=parent.id)
    assert child.parent_id == parent.id and not child.is_system
    nested = rpc_fails(
        lambda: create(client, "Vaccines", parent_id=child.id), grpc.StatusCode.INVALID_ARGUMENT
    )
    assert "parent_id" in field_violations(nested)
    mismatch = rpc_fails(
        lambda: create(client, "Pet sitting", kind=INCOME, parent_id=parent.id),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert "kind" in field_violations(mismatch)
    under_system = create(client, "Organic", parent_id=GROCERIES)
    assert under_system.parent_id == GROCERIES


def test_category_in_use_is_only_deleted_by_reassigning_its_transactions(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=10_000)
    old, new = create(client, "Snacks"), create(client, "Treats")
    spent = record(client, expense_request(account, 300, category_id=old.id))
    rpc_fails(
        lambda: client.categories.DeleteCategory(pb.DeleteCategoryRequest(id=old.id), metadata=client.md()),
        grpc.StatusCode.FAILED_PRECONDITION,
        "CATEGORY_IN_USE",
    )
    wrong_kind = create(client, "Side income", kind=INCOME)
    rpc_fails(
        lambda: client.categories.DeleteCategory(
            pb.DeleteCategoryRequest(id=old.id, reassign_to_category_id=wrong_kind.id), metadata=client.md()
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    reply = client.categories.DeleteCategory(
        pb.DeleteCategoryRequest(id=old.id, reassign_to_category_id=new.id), metadata=client.md()
    )
    assert reply.reassigned_count == 1
    assert [t.id for t in walk(client, category_id=new.id)] == [spent.id]
    rpc_fails(
        lambda: client.categories.GetCategory(pb.GetCategoryRequest(id=old.id), metadata=client.md()),
        grpc.StatusCode.NOT_FOUND,
        "CATEGORY_NOT_FOUND",
    )


def test_update_with_stale_etag_is_aborted_and_archived_categories_take_no_transactions(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=1_000)
    category = create(client, "Hobbies")
    archived = client.categories.UpdateCategory(
        pb.UpdateCategoryRequest(
            category=pb.Category(id=category.id, etag=category.etag, archived=True),
            update_mask=field_mask_pb2.FieldMask(paths=["archived"]),
        ),
        metadata=client.md(),
    ).category
    assert archived.archived and archived.etag != category.etag
    rpc_fails(
        lambda: client.categories.UpdateCategory(
            pb.UpdateCategoryRequest(
                category=pb.Category(id=category.id, etag=category.etag, name="Late"),
                update_mask=field_mask_pb2.FieldMask(paths=["name"]),
            ),
            metadata=client.md(),
        ),
        grpc.StatusCode.ABORTED,
    )
    error = rpc_fails(
        lambda: record(client, expense_request(account, 10, category_id=category.id)),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    assert "category_id" in field_violations(error)
    assert category.id not in {c.id for c in list_all(client)}
    assert category.id in {c.id for c in list_all(client, include_archived=True)}
