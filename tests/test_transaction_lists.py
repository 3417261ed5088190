"""ListTransactions: filters, newest-first keyset pages, stability under concurrent inserts."""

from __future__ import annotations

import uuid

import grpc
from google.protobuf import field_mask_pb2
from google.type import timeofday_pb2

from rupaya.v1 import categories_pb2 as cat
from rupaya.v1 import transactions_pb2 as tx
from tests.ledger import (
    DINING,
    EXPENSE,
    GROCERIES,
    INCOME,
    RESTAURANTS,
    SALARY,
    TRANSFER,
    day,
    expense_request,
    money,
    open_account,
    record,
    walk,
)
from tests.rpc_errors import rpc_fails
from tests.servers import Connection


def test_pages_are_newest_first_and_return_every_row_once_while_rows_are_inserted(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=10**9)
    original = {
        record(
            client, expense_request(account, 100 + i, occurred_on=day(f"2026-0{1 + i % 9}-{10 + i % 15}"))
        ).id
        for i in range(40)
    }
    seen: list[tx.Transaction] = []
    token = ""
    inserted = 0
    while True:
        reply = client.transactions.ListTransactions(
            tx.ListTransactionsRequest(page_size=7, page_token=token), metadata=client.md()
        )
        seen.extend(reply.transactions)
        # New rows land before, inside and after the part already walked.
        for when in ("2026-12-31", "2026-05-12", "2025-01-01"):
            record(client, expense_request(account, 1, occurred_on=day(when)))
            inserted += 1
        token = reply.next_page_token
        if not token:
            break
    ids = [t.id for t in seen]
    assert len(ids) == len(set(ids)), "a row came back twice"
    assert original <= set(ids), "a row that existed before the walk was skipped"
    keys = [(t.occurred_on.year, t.occurred_on.month, t.occurred_on.day, t.id) for t in seen]
    assert keys == sorted(keys, reverse=True)
    assert inserted > 0


def test_filters_combine_and_category_includes_sub_categories_and_split_lines(conn: Connection) -> None:
    client = conn.client().sign_up()
    wallet, bank = open_account(client, balance=100_000), open_account(client, balance=100_000)
    groceries = record(client, expense_request(wallet, 1_000, payee="Fresh Mart", tags=["Food", "weekly"]))
    dinner = record(
        client, expense_request(wallet, 2_500, category_id=RESTAURANTS, description="Dinner with Ravi")
    )
    split = record(
        client,
        expense_request(
            bank,
            900,
            category_id="",
            splits=[
                tx.SplitLine(category_id=GROCERIES, amount=money(400)),
                tx.SplitLine(category_id=DINING, amount=money(500)),
            ],
            occurred_on=day("2026-04-02"),
        ),
    )
    salary = record(
        client, expense_request(bank, 50_000, kind=INCOME, category_id=SALARY, notes="March 50% bonus")
    )
    moved = record(
        client, expense_request(bank, 3_000, kind=TRANSFER, to_account_id=wallet.id, category_id="")
    )

    def ids(**filters: object) -> set[str]:
        return {t.id for t in walk(client, **filters)}

    assert ids() == {groceries.id, dinner.id, split.id, salary.id, moved.id}
    assert ids(account_id=wallet.id) == {groceries.id, dinner.id, moved.id}  # either side of a transfer
    assert ids(category_id=DINING) == {dinner.id, split.id}  # sub-category and split line
    assert ids(category_id=RESTAURANTS) == {dinner.id}
    assert ids(kind=INCOME) == {salary.id}
    assert ids(kind=EXPENSE, account_id=bank.id) == {split.id}
    assert ids(from_date=day("2026-04-01"), to_date=day("2026-04-30")) == {split.id}
    assert ids(min_amount=money(1_000, "INR"), max_amount=money(3_000, "INR")) == {
        groceries.id,
        dinner.id,
        moved.id,
    }
    assert ids(tag="FOOD") == {groceries.id}
    assert ids(query="fresh") == {groceries.id}
    assert ids(query="ravi") == {dinner.id}
    assert ids(query="50%") == {salary.id}  # LIKE wildcards in the query are literal
    assert ids(query="%") == {salary.id}


def test_deleted_rows_are_hidden_unless_asked_for(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=1_000)
    kept, gone = record(client, expense_request(account, 10)), record(client, expense_request(account, 20))
    client.transactions.DeleteTransaction(tx.DeleteTransactionRequest(id=gone.id), metadata=client.md())
    assert {t.id for t in walk(client)} == {kept.id}
    assert {t.id for t in walk(client, show_deleted=True)} == {kept.id, gone.id}


def test_page_token_is_bound_to_its_filters(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=1_000)
    for _ in range(3):
        record(client, expense_request(account, 10))
    first = client.transactions.ListTransactions(
        tx.ListTransactionsRequest(page_size=1), metadata=client.md()
    )
    rpc_fails(
        lambda: client.transactions.ListTransactions(
            tx.ListTransactionsRequest(page_size=1, page_token=first.next_page_token, kind=INCOME),
            metadata=client.md(),
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
        "INVALID_PAGE_TOKEN",
    )


def test_user_category_filter_covers_its_own_sub_categories(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=10_000)
    pets = client.categories.CreateCategory(
        cat.CreateCategoryRequest(request_id=str(uuid.uuid4()), name="Pets", kind=cat.CATEGORY_KIND_EXPENSE),
        metadata=client.md(),
    ).category
    vet = client.categories.CreateCategory(
        cat.CreateCategoryRequest(
            request_id=str(uuid.uuid4()), name="Vet", kind=cat.CATEGORY_KIND_EXPENSE, parent_id=pets.id
        ),
        metadata=client.md(),
    ).category
    visit = record(client, expense_request(account, 4_000, category_id=vet.id))
    record(client, expense_request(account, 100))
    assert [t.id for t in walk(client, category_id=pets.id)] == [visit.id]


def test_listed_transactions_carry_every_split_line_and_tag_in_order_as_get_does(conn: Connection) -> None:
    """A page is read in one statement that joins split lines and tags: every line and tag
    comes back once, lines by position, tags sorted, equal byte for byte to GetTransaction."""
    client = conn.client().sign_up()
    wallet, bank = open_account(client, balance=100_000), open_account(client, balance=100_000)
    dollars = open_account(client, currency="USD")

    def lines(*parts: tuple[str, int, str]) -> list[tx.SplitLine]:
        return [tx.SplitLine(category_id=c, amount=money(a), note=n) for c, a, n in parts]

    split = expense_request(wallet, 900, category_id="", occurred_on=day("2026-05-01"))
    split.splits.extend(lines((DINING, 300, "zeta"), (GROCERIES, 200, "alpha"), (DINING, 400, "mid")))
    split.tags.extend(["weekly", "Food", "b-x", "bx", "a_b"])
    other_split = expense_request(bank, 50, category_id="", occurred_on=day("2026-05-01"))
    other_split.splits.extend(lines((GROCERIES, 20, "b"), (GROCERIES, 30, "a")))
    other_split.tags.extend(["y", "x"])
    gone = expense_request(wallet, 70, category_id="", occurred_on=day("2026-05-01"), tags=["old", "gone"])
    gone.splits.extend(lines((DINING, 30, ""), (GROCERIES, 40, "")))
    requests = [
        split,
        other_split,
        gone,
        expense_request(wallet, 10, occurred_on=day("2026-05-01")),  # no lines, no tags
        expense_request(bank, 20_000, kind=INCOME, category_id=SALARY, tags=["pay"], description="May"),
        expense_request(bank, 1_500, kind=TRANSFER, to_account_id=wallet.id, category_id="", tags=["move"]),
        expense_request(
            wallet,
            1_234,
            occurred_on=day("2026-04-30"),
            occurred_time=timeofday_pb2.TimeOfDay(hours=9, minutes=41, seconds=7),
            payee="Café Zürich",
            notes="two\nlines",
            external_id="bank-7",
            import_batch_id=str(uuid.uuid4()),
            status=tx.TRANSACTION_STATUS_PENDING,
            tags=["épicerie", "zebra", "Éclair"],
        ),
        expense_request(
            bank, 8_400, kind=TRANSFER, to_account_id=dollars.id, to_amount=money(100, "USD"), category_id=""
        ),
    ]
    created = [record(client, r) for r in requests]
    deleted = client.transactions.DeleteTransaction(
        tx.DeleteTransactionRequest(id=created[2].id, etag=created[2].etag), metadata=client.md()
    ).transaction

    newest_first = sorted(
        created,
        key=lambda t: (t.occurred_on.year, t.occurred_on.month, t.occurred_on.day, t.id),
        reverse=True,
    )
    for page_size in (2, 50):  # pages of 2 end between the child rows of a statement
        listed = walk(client, page_size=page_size, show_deleted=True)
        assert [t.id for t in listed] == [t.id for t in newest_first]
        for t in listed:
            got = client.transactions.GetTransaction(tx.GetTransactionRequest(id=t.id), metadata=client.md())
            assert t.SerializeToString(deterministic=True) == got.transaction.SerializeToString(
                deterministic=True
            )
    by_id = {t.id: t for t in walk(client, show_deleted=True)}
    assert [line.note for line in by_id[created[0].id].splits] == ["zeta", "alpha", "mid"]
    assert list(by_id[created[0].id].tags) == ["a_b", "b-x", "bx", "food", "weekly"]
    assert [line.note for line in by_id[created[1].id].splits] == ["b", "a"]
    assert list(by_id[created[1].id].tags) == ["x", "y"]
    assert by_id[deleted.id].HasField("delete_time") and len(by_id[deleted.id].splits) == 2
    assert not by_id[created[3].id].splits and not by_id[created[3].id].tags
    detailed, abroad = by_id[created[6].id], by_id[created[7].id]
    assert (detailed.occurred_time.hours, detailed.occurred_time.minutes, detailed.occurred_time.seconds) == (
        9,
        41,
        7,
    )
    assert (detailed.notes, detailed.external_id, detailed.import_batch_id) == (
        "two\nlines",
        "bank-7",
        requests[6].import_batch_id,
    )
    assert detailed.status == tx.TRANSACTION_STATUS_PENDING and list(detailed.tags) == [
        "zebra",
        "éclair",
        "épicerie",
    ]
    assert (abroad.to_account_id, abroad.to_amount.amount_decimal, abroad.to_amount.currency_code) == (
        dollars.id,
        "1.00",
        "USD",
    )
    assert all(
        not t.HasField("occurred_time") and not t.HasField("delete_time")
        for t in (abroad, by_id[created[3].id])
    )


def test_a_transaction_changed_after_it_was_listed_is_listed_changed_under_any_request(
    conn: Connection,
) -> None:
    """A listed transaction's bytes are kept by its whole row (server/transactions/rows.py):
    after a change it is listed changed, also under a request never asked before (no reply
    cache), equal to GetTransaction's, while the unchanged one is listed as it was."""
    client = conn.client().sign_up()
    account = open_account(client, balance=10**6)
    changed, same = (record(client, expense_request(account, 100 + i, payee="Before")) for i in range(2))
    before = {t.id: t for t in walk(client)}
    client.transactions.UpdateTransaction(
        tx.UpdateTransactionRequest(
            transaction=tx.Transaction(id=changed.id, etag=changed.etag, payee="After", tags=["new"]),
            update_mask=field_mask_pb2.FieldMask(paths=["payee", "tags"]),
            request_id=str(uuid.uuid4()),
        ),
        metadata=client.md(),
    )
    after = {t.id: t for t in walk(client, page_size=7)}
    got = client.transactions.GetTransaction(tx.GetTransactionRequest(id=changed.id), metadata=client.md())
    assert (after[changed.id].payee, list(after[changed.id].tags)) == ("After", ["new"])
    assert after[changed.id].SerializeToString(deterministic=True) == got.transaction.SerializeToString(
        deterministic=True
    )
    assert after[same.id] == before[same.id]
