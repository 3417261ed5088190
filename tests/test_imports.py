"""Statement import over real channels (issue 20): resumable chunked upload, CSV in two bank
layouts, OFX, QFX and QIF, de-duplication (bank ids, fingerprints, changed ids, pending rows
that post, split transactions), all-or-nothing commits, undo, isolation, and the HTTP gateway."""

from __future__ import annotations

import base64
import hashlib
import pathlib
import uuid

import grpc
import httpx
import pytest
import sqlalchemy as sa
from google.type import date_pb2

from rupaya.v1 import accounts_pb2 as acc
from rupaya.v1 import imports_pb2 as im
from rupaya.v1 import rules_pb2, users_pb2
from rupaya.v1 import transactions_pb2 as tx
from server.config import ConfigError, load_settings
from tests.ledger import DINING, GROCERIES, balance, money, open_account, record, walk
from tests.ledger import expense_request as expense
from tests.rpc_errors import error_info, field_violations, rpc_fails
from tests.servers import Client, Connection
from tests.test_transactions import assert_ledger_consistent, in_parallel

DATA = pathlib.Path(__file__).parent / "data" / "imports"
CREATED, SKIPPED, MATCHED, ERROR = (
    im.IMPORT_ROW_OUTCOME_CREATED,
    im.IMPORT_ROW_OUTCOME_SKIPPED_DUPLICATE,
    im.IMPORT_ROW_OUTCOME_MATCHED,
    im.IMPORT_ROW_OUTCOME_ERROR,
)
NORTHWIND = im.CsvMapping(date_column="Date", amount_column="Amount", payee_column="Description")
CONTOSO = im.CsvMapping(
    delimiter=";",
    date_column="Booking date",
    debit_column="Debit",
    credit_column="Credit",
    payee_column="Payee",
    description_column="Reference",
    external_id_column="Transaction ID",
    status_column="Status",
)


def create(client: Client, account: acc.Account, fmt: int, **options: object) -> im.StatementImport:
    request = im.CreateImportRequest(
        request_id=str(uuid.uuid4()),
        account_id=account.id,
        format=fmt,  # type: ignore[arg-type]
        **options,  # type: ignore[arg-type]
    )
    return client.imports.CreateImport(request, metadata=client.md()).statement_import


def upload(client: Client, import_id: str, index: int, data: bytes, sha256: str = "") -> im.StatementImport:
    request = im.UploadImportChunkRequest(
        import_id=import_id, index=index, data=data, sha256=sha256 or hashlib.sha256(data).hexdigest()
    )
    return client.imports.UploadImportChunk(request, metadata=client.md()).statement_import


def commit(client: Client, import_id: str, chunk_count: int) -> im.StatementImport:
    request = im.CommitImportRequest(import_id=import_id, chunk_count=chunk_count)
    return client.imports.CommitImport(request, metadata=client.md()).statement_import


def rows(client: Client, import_id: str) -> list[im.ImportRow]:
    found: list[im.ImportRow] = []
    token = ""
    while True:
        reply = client.imports.GetImport(
            im.GetImportRequest(import_id=import_id, page_size=3, page_token=token), metadata=client.md()
        )
        found.extend(reply.rows)
        token = reply.next_page_token
        if not token:
            return found


def import_file(
    client: Client, account: acc.Account, name: str, fmt: int, chunk_bytes: int = 150, **options: object
) -> im.StatementImport:
    """The file uploaded in small chunks (so lines and characters straddle them), committed."""
    data = (DATA / name).read_bytes()
    started = create(client, account, fmt, file_name=name, **options)
    chunks = [data[i : i + chunk_bytes] for i in range(0, len(data), chunk_bytes)]
    for index, chunk in enumerate(chunks):
        upload(client, started.id, index, chunk)
    return commit(client, started.id, len(chunks))


def outcomes(client: Client, import_id: str) -> list[int]:
    return [r.outcome for r in rows(client, import_id)]


def undo(client: Client, import_id: str) -> im.StatementImport:
    return client.imports.UndoImport(
        im.UndoImportRequest(import_id=import_id), metadata=client.md()
    ).statement_import


def test_the_same_ofx_twice_adds_nothing_and_a_qfx_with_changed_ids_is_matched(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 0, currency="USD")
    first = import_file(client, account, "statement.ofx", im.IMPORT_FORMAT_OFX)
    assert (first.state, first.rows_total, first.rows_created) == (im.IMPORT_STATE_COMMITTED, 5, 5)
    assert balance(client, account) == 250000 - 4215 - 380 - 12000 - 1599
    listed = walk(client, import_batch_id=first.id)
    assert {t.external_id for t in listed} == {f"FIT-2026-030{d}-A" for d in range(1, 6)}

    again = import_file(client, account, "statement.ofx", im.IMPORT_FORMAT_OFX)
    assert (again.rows_created, again.rows_skipped) == (0, 5)
    skipped = rows(client, again.id)
    assert {r.transaction_id for r in skipped} == {t.id for t in listed}
    assert all("already on transaction" in r.reason for r in skipped)

    renumbered = import_file(client, account, "statement_new_ids.qfx", im.IMPORT_FORMAT_QFX)
    assert (renumbered.rows_created, renumbered.rows_matched) == (0, 5)
    matched = rows(client, renumbered.id)
    assert {r.transaction_id for r in matched} == {t.id for t in listed}
    assert all("the bank's id changed from FIT-" in r.reason for r in matched), matched[0].reason
    assert len(walk(client, account_id=account.id)) == 5
    assert balance(client, account) == 250000 - 4215 - 380 - 12000 - 1599


def test_two_overlapping_csv_statements_import_the_overlap_once(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 0, currency="USD")
    first = import_file(client, account, "northwind_march_1.csv", im.IMPORT_FORMAT_CSV, csv=NORTHWIND)
    assert first.rows_created == 7
    second = import_file(client, account, "northwind_march_2.csv", im.IMPORT_FORMAT_CSV, csv=NORTHWIND)
    # Power, two equal coffees on one day (each matches its own), Streamflix: the overlap.
    assert outcomes(client, second.id) == [MATCHED] * 4 + [CREATED] * 2
    matched = [r.transaction_id for r in rows(client, second.id)[:4]]
    assert len(set(matched)) == 4
    assert len(walk(client, account_id=account.id)) == 9
    assert balance(client, account) == 250000 - 4215 - 380 * 3 - 12000 - 1599 - 6400 - 90000
    rent = rows(client, second.id)[5]
    assert (rent.payee, rent.amount.amount_decimal, rent.row_number) == ("Rent, Flat 2", "-900.00", 7)


def test_the_users_rules_fill_in_imported_rows_in_order_and_the_statements_values_stay(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 0, currency="USD")
    cafe = rules_pb2.RuleCondition(
        payee=rules_pb2.TextCondition(operator=rules_pb2.TEXT_OPERATOR_CONTAINS, value="bean there")
    )
    actions = (
        rules_pb2.RuleActions(category_id=DINING, tags=["coffee"], notes="from a rule", payee="Ignored"),
        rules_pb2.RuleActions(category_id=GROCERIES, tags=["later"]),  # same match, later: loses
    )
    for name, action in zip(("cafe", "cafe again"), actions, strict=True):
        request = rules_pb2.CreateRuleRequest(
            request_id=str(uuid.uuid4()), rule=rules_pb2.Rule(name=name, conditions=[cafe], actions=action)
        )
        client.rules.CreateRule(request, metadata=client.md())
    done = import_file(client, account, "northwind_march_1.csv", im.IMPORT_FORMAT_CSV, csv=NORTHWIND)
    assert done.rows_created == 7
    listed = walk(client, import_batch_id=done.id)
    coffees = [t for t in listed if t.payee == "Bean There Cafe"]
    assert len(coffees) == 3
    for t in coffees:  # the first matching rule decides; the statement's payee stays
        assert (t.category_id, list(t.tags), t.notes) == (DINING, ["coffee"], "from a rule")
    others = [t for t in listed if t.payee != "Bean There Cafe"]
    assert others and all((t.category_id, list(t.tags), t.notes) == ("", [], "") for t in others)
    assert_ledger_consistent(conn)


def test_pending_rows_that_post_with_new_ids_are_matched_and_cleared_not_duplicated(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 0, currency="EUR")
    options = {"csv": CONTOSO, "date_format": "%d.%m.%Y", "decimal_separator": im.DECIMAL_SEPARATOR_COMMA}
    pending = import_file(client, account, "contoso_pending.csv", im.IMPORT_FORMAT_CSV, **options)
    assert pending.rows_created == 3
    statuses = {t.payee: t.status for t in walk(client, account_id=account.id)}
    assert statuses["Tankstelle Nord"] == tx.TRANSACTION_STATUS_PENDING
    assert statuses["Example Employer GmbH"] == tx.TRANSACTION_STATUS_CLEARED
    before = balance(client, account)
    assert before == 320000 - 5840 - 102499

    posted = import_file(client, account, "contoso_posted.csv", im.IMPORT_FORMAT_CSV, **options)
    assert outcomes(client, posted.id) == [SKIPPED, MATCHED, MATCHED, CREATED]
    fuel = rows(client, posted.id)[1]
    assert "it posted, so it is now cleared" in fuel.reason and "PEND-7781 to BK-1002" in fuel.reason
    listed = walk(client, account_id=account.id)
    assert len(listed) == 4
    assert all(t.status == tx.TRANSACTION_STATUS_CLEARED for t in listed)
    assert balance(client, account) == before - 3110

    # Undoing the posted statement makes the cleared ones pending again, and takes its new row.
    undo(client, posted.id)
    statuses = {t.payee: t.status for t in walk(client, account_id=account.id)}
    assert statuses == {
        "Tankstelle Nord": tx.TRANSACTION_STATUS_PENDING,
        "Buchladen Am Markt": tx.TRANSACTION_STATUS_PENDING,
        "Example Employer GmbH": tx.TRANSACTION_STATUS_CLEARED,
    }
    assert balance(client, account) == before


def test_a_split_transaction_matched_by_an_imported_row_keeps_its_split_lines(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 100000, currency="USD")
    lines = [
        tx.SplitLine(category_id=GROCERIES, amount=money(3000, "USD"), note="food"),
        tx.SplitLine(category_id=DINING, amount=money(1215, "USD"), note="lunch"),
    ]
    split = record(
        client,
        expense(
            account, 4215, category_id="", splits=lines, payee="Corner Grocer", occurred_on=_day(2026, 3, 1)
        ),
    )
    done = import_file(client, account, "statement.ofx", im.IMPORT_FORMAT_OFX)
    grocer = [r for r in rows(client, done.id) if r.payee == "Corner Grocer"][0]
    assert (grocer.outcome, grocer.transaction_id) == (MATCHED, split.id)
    assert "its split lines are kept" in grocer.reason
    kept = client.transactions.GetTransaction(tx.GetTransactionRequest(id=split.id), metadata=client.md())
    assert list(kept.transaction.splits) == list(split.splits)
    assert kept.transaction.etag == split.etag  # not rewritten at all
    assert done.rows_created == 4
    assert balance(client, account) == 100000 - 4215 + 250000 - 380 - 12000 - 1599


def test_chunks_out_of_order_and_one_resent_make_one_import_and_bad_chunks_are_refused(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 0, currency="USD")
    data = (DATA / "northwind_march_1.csv").read_bytes()
    chunks = [data[i : i + 64] for i in range(0, len(data), 64)]
    started = create(client, account, im.IMPORT_FORMAT_CSV, csv=NORTHWIND)
    order = list(reversed(range(len(chunks))))
    for index in order[:-1]:
        upload(client, started.id, index, chunks[index])
    missing = rpc_fails(
        lambda: commit(client, started.id, len(chunks)),
        grpc.StatusCode.FAILED_PRECONDITION,
        "IMPORT_CHUNKS_MISSING",
    )
    assert error_info(missing).metadata["missing"] == "0"
    upload(client, started.id, 0, chunks[0])
    again = upload(client, started.id, 2, chunks[2])  # a retry of a stored chunk changes nothing
    assert (again.chunks_received, again.bytes_received) == (len(chunks), len(data))
    rpc_fails(
        lambda: upload(client, started.id, 2, b"other bytes"),
        grpc.StatusCode.ALREADY_EXISTS,
        "IMPORT_CHUNK_CONFLICT",
    )
    rpc_fails(
        lambda: upload(client, started.id, 99, b"abc", hashlib.sha256(b"abd").hexdigest()),
        grpc.StatusCode.INVALID_ARGUMENT,
        "IMPORT_CHECKSUM_MISMATCH",
    )
    oversized = b"x" * (1024 * 1024 + 1)
    error = rpc_fails(lambda: upload(client, started.id, 100, oversized), grpc.StatusCode.INVALID_ARGUMENT)
    assert "data" in field_violations(error)
    done = commit(client, started.id, len(chunks))
    assert (done.state, done.rows_created, done.chunks_received) == (
        im.IMPORT_STATE_COMMITTED,
        7,
        len(chunks),
    )
    assert len(walk(client, account_id=account.id)) == 7
    rpc_fails(
        lambda: upload(client, started.id, 100, b"late"),
        grpc.StatusCode.FAILED_PRECONDITION,
        "IMPORT_NOT_OPEN",
    )


def test_parallel_uploads_and_concurrent_commits_of_one_import_apply_it_exactly_once(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 0, currency="USD")
    started = create(client, account, im.IMPORT_FORMAT_OFX)
    data = (DATA / "statement.ofx").read_bytes()
    chunks = [data[i : i + 200] for i in range(0, len(data), 200)]
    sends = [(i, chunk) for i, chunk in enumerate(chunks)] + [(1, chunks[1]), (1, chunks[1])]
    stored = in_parallel([lambda i=i, c=c: upload(client, started.id, i, c) for i, c in sends])
    assert all(isinstance(r, im.StatementImport) for r in stored), stored
    results = in_parallel([lambda: commit(client, started.id, len(chunks)) for _ in range(4)])
    assert all(isinstance(r, im.StatementImport) and r.rows_created == 5 for r in results), results
    assert len(walk(client, account_id=account.id)) == 5
    assert balance(client, account) == 250000 - 4215 - 380 - 12000 - 1599


@pytest.mark.parametrize(
    ("name", "fmt", "options", "errors"),
    [
        (
            "northwind_malformed.csv",
            im.IMPORT_FORMAT_CSV,
            {"csv": NORTHWIND},
            {3: "date", 4: "not a number", 5: "columns"},
        ),
        ("malformed.ofx", im.IMPORT_FORMAT_OFX, {}, {2: "not valid OFX", 4: "not valid OFX"}),
        ("malformed.qfx", im.IMPORT_FORMAT_QFX, {}, {1: "not OFX"}),
        ("malformed.qif", im.IMPORT_FORMAT_QIF, {}, {2: "date", 3: "no amount"}),
    ],
)
def test_a_malformed_file_reports_each_bad_row_and_writes_nothing(
    conn: Connection, name: str, fmt: int, options: dict[str, object], errors: dict[int, str]
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 0, currency="USD")
    done = import_file(client, account, name, fmt, **options)
    assert (done.state, done.failure_reason) == (im.IMPORT_STATE_FAILED, "IMPORT_ROWS_INVALID")
    reported = {r.row_number: r.reason for r in rows(client, done.id)}
    assert reported.keys() == errors.keys(), reported
    for number, words in errors.items():
        assert words in reported[number], reported
    assert walk(client, account_id=account.id) == []
    assert balance(client, account) == 0
    assert commit(client, done.id, 1).state == im.IMPORT_STATE_FAILED  # final: a retry changes nothing


def test_valid_rows_mode_writes_the_good_rows_and_reports_the_bad(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 0, currency="USD")
    done = import_file(
        client,
        account,
        "northwind_malformed.csv",
        im.IMPORT_FORMAT_CSV,
        csv=NORTHWIND,
        mode=im.IMPORT_MODE_VALID_ROWS,
    )
    assert done.state == im.IMPORT_STATE_COMMITTED
    assert outcomes(client, done.id) == [CREATED, ERROR, ERROR, ERROR, CREATED]
    assert (done.rows_created, done.rows_failed) == (2, 3)
    assert balance(client, account) == 250000 - 380


def test_an_import_past_what_the_account_may_spend_is_refused_whole_and_stays_open(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 1000, currency="USD")
    started = create(client, account, im.IMPORT_FORMAT_CSV, csv=NORTHWIND)
    spend = b"Date,Description,Amount\n2026-03-01,Shop,-5.00\n2026-03-02,Shop,-6.00\n"
    upload(client, started.id, 0, spend)
    rpc_fails(
        lambda: commit(client, started.id, 1), grpc.StatusCode.FAILED_PRECONDITION, "INSUFFICIENT_FUNDS"
    )
    assert balance(client, account) == 1000 and walk(client, account_id=account.id) == []
    got = client.imports.GetImport(im.GetImportRequest(import_id=started.id), metadata=client.md())
    assert got.statement_import.state == im.IMPORT_STATE_UPLOADING and list(got.rows) == []


def test_undo_restores_every_balance_frees_the_bank_ids_and_the_ledger_checks(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 50000, currency="USD")
    done = import_file(client, account, "statement.qif", im.IMPORT_FORMAT_QIF)
    assert outcomes(client, done.id) == [CREATED] * 4
    assert balance(client, account) == 50000 + 250000 - 4215 - 380 - 12000
    ofx = import_file(client, account, "statement.ofx", im.IMPORT_FORMAT_OFX)
    assert (ofx.rows_matched, ofx.rows_created) == (4, 1)  # the QIF rows, found by fingerprint

    undone = undo(client, ofx.id)
    assert undone.state == im.IMPORT_STATE_UNDONE and undone.HasField("undo_time")
    assert undo(client, ofx.id).undo_time == undone.undo_time  # idempotent
    undo(client, done.id)
    assert balance(client, account) == 50000
    assert walk(client, account_id=account.id) == []
    assert_ledger_consistent(conn)
    events = client.users.ListAuditEvents(users_pb2.ListAuditEventsRequest(), metadata=client.md()).events
    assert {e.detail for e in events if e.action == users_pb2.AUDIT_ACTION_IMPORT_UNDONE} == {done.id, ofx.id}

    again = import_file(client, account, "statement.ofx", im.IMPORT_FORMAT_OFX)  # the ids are free again
    assert again.rows_created == 5
    _age_imports(conn)
    rpc_fails(
        lambda: undo(client, again.id), grpc.StatusCode.FAILED_PRECONDITION, "IMPORT_UNDO_WINDOW_PASSED"
    )
    rpc_fails(
        lambda: undo(client, create(client, account, im.IMPORT_FORMAT_OFX).id),
        grpc.StatusCode.FAILED_PRECONDITION,
        "IMPORT_NOT_COMMITTED",
    )


def test_another_user_cannot_see_upload_to_commit_or_undo_an_import_nor_import_into_their_account(
    conn: Connection,
) -> None:
    owner = conn.client().sign_up()
    intruder = conn.client().sign_up()
    account = open_account(owner, 0, currency="USD")
    started = create(owner, account, im.IMPORT_FORMAT_OFX)
    data = (DATA / "statement.ofx").read_bytes()
    for attempt in (
        lambda: intruder.imports.GetImport(im.GetImportRequest(import_id=started.id), metadata=intruder.md()),
        lambda: upload(intruder, started.id, 0, data),
        lambda: commit(intruder, started.id, 1),
        lambda: undo(intruder, started.id),
    ):
        rpc_fails(attempt, grpc.StatusCode.NOT_FOUND, "IMPORT_NOT_FOUND")
    rpc_fails(
        lambda: create(intruder, account, im.IMPORT_FORMAT_OFX),
        grpc.StatusCode.NOT_FOUND,
        "ACCOUNT_NOT_FOUND",
    )
    upload(owner, started.id, 0, data)
    done = commit(owner, started.id, 1)
    rpc_fails(lambda: undo(intruder, done.id), grpc.StatusCode.NOT_FOUND, "IMPORT_NOT_FOUND")
    assert walk(intruder) == []
    assert len(walk(owner, account_id=account.id)) == 5


def test_create_import_is_idempotent_and_refuses_a_mapping_that_cannot_be_read(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 0, currency="USD")
    request = im.CreateImportRequest(
        request_id=str(uuid.uuid4()), account_id=account.id, format=im.IMPORT_FORMAT_QIF
    )
    first = client.imports.CreateImport(request, metadata=client.md()).statement_import
    retried = client.imports.CreateImport(request, metadata=client.md()).statement_import
    assert retried == first and first.state == im.IMPORT_STATE_UPLOADING
    assert conn.server.backend.count_id("imports", "id", first.id) == 1
    cases = {
        "csv": {},
        "csv.amount_column": {"csv": im.CsvMapping(date_column="Date")},
        "date_format": {"csv": NORTHWIND, "date_format": "%H:%M"},
    }
    for field, options in cases.items():
        error = rpc_fails(
            lambda o=options: create(client, account, im.IMPORT_FORMAT_CSV, **o),
            grpc.StatusCode.INVALID_ARGUMENT,
        )
        assert field in field_violations(error), field_violations(error)


def test_an_import_through_the_http_gateway(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 0, currency="USD")
    base = conn.server.http_url
    headers = {"authorization": f"Bearer {client.token}"}
    created = httpx.post(
        f"{base}/v1/imports",
        headers=headers,
        json={"requestId": str(uuid.uuid4()), "accountId": account.id, "format": "IMPORT_FORMAT_QIF"},
    )
    assert created.status_code == 200, created.text
    import_id = created.json()["statementImport"]["id"]
    data = (DATA / "statement.qif").read_bytes()
    body = {"index": 0, "data": base64.b64encode(data).decode(), "sha256": hashlib.sha256(data).hexdigest()}
    assert httpx.post(f"{base}/v1/imports/{import_id}:upload", headers=headers, json=body).status_code == 200
    committed = httpx.post(f"{base}/v1/imports/{import_id}:commit", headers=headers, json={"chunkCount": 1})
    assert committed.status_code == 200, committed.text
    assert committed.json()["statementImport"]["rowsCreated"] == 4
    page = httpx.get(f"{base}/v1/imports/{import_id}", headers=headers, params={"pageSize": 2}).json()
    assert [r["rowNumber"] for r in page["rows"]] == [1, 2] and page["nextPageToken"]
    foreign = httpx.get(
        f"{base}/v1/imports/{import_id}", headers={"authorization": f"Bearer {conn.client().sign_up().token}"}
    )
    assert foreign.status_code == 404
    assert balance(client, account) == 250000 - 4215 - 380 - 12000


def _day(year: int, month: int, day: int) -> date_pb2.Date:
    return date_pb2.Date(year=year, month=month, day=day)


def _age_imports(conn: Connection) -> None:
    """Moves every committed import's commit 31 days back (past the 30-day undo window)."""
    backend = conn.server.backend
    if backend.name == "postgres":
        sql = "UPDATE imports SET committed_at = committed_at - interval '31 days' WHERE state = 2"
    else:
        sql = "UPDATE imports SET committed_at = datetime(committed_at, '-31 days') WHERE state = 2"
    engine = sa.create_engine(backend.sync_db_url, poolclass=sa.pool.NullPool)
    try:
        with engine.begin() as db:
            db.execute(sa.text(sql))
    finally:
        engine.dispose()


def test_import_limits_outside_their_ranges_are_refused_at_start(tmp_path: pathlib.Path) -> None:
    for name, bad in (
        ("RUPAYA_IMPORT_MAX_BYTES", "1000"),
        ("RUPAYA_IMPORT_UNDO_WINDOW", "-1"),
        ("RUPAYA_IMPORT_UNDO_WINDOW", "31536001"),
    ):
        with pytest.raises(ConfigError, match=name):
            load_settings({"RUPAYA_DATA_DIR": str(tmp_path), name: bad})
    settings = load_settings({"RUPAYA_DATA_DIR": str(tmp_path), "RUPAYA_IMPORT_UNDO_WINDOW": "0"})
    assert (settings.import_undo_window_s, settings.import_max_bytes) == (0, 64 * 1024 * 1024)


HOSTILE = (
    b"\x00\xff\xfe not text at all",
    b"\xff" * 300,
    b"Date,Description,Amount\n" + b"a" * 200_000 + b"\n",
    b"<OFX>" * 2000,
    b"OFXHEADER:100\nDATA:OFXSGML\nVERSION:102\n\n<OFX><STMTTRN><TRNAMT>1e999999</STMTTRN></OFX>",
    b"!Type:Bank\nD\x00\nT1e5\n^\n!Type:Invst\nDx\n^\nT",
    b'Date,Description,Amount\n2026-02-30,a,1\n2026-01-01,b,NaN\n2026-01-01,c,Infinity\n2026-01-01,"d,5\n',
)


def test_hostile_files_fail_row_by_row_never_with_an_internal_error(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, 0, currency="USD")
    formats = {
        im.IMPORT_FORMAT_CSV: {"csv": NORTHWIND},
        im.IMPORT_FORMAT_OFX: {},
        im.IMPORT_FORMAT_QFX: {},
        im.IMPORT_FORMAT_QIF: {},
    }
    for fmt, options in formats.items():
        for data in HOSTILE:
            started = create(client, account, fmt, **options)
            upload(client, started.id, 0, data)
            done = commit(client, started.id, 1)
            assert done.state == im.IMPORT_STATE_FAILED, (fmt, data[:40], rows(client, done.id))
            assert done.rows_failed >= 1 and all(r.reason for r in rows(client, done.id))
    assert walk(client, account_id=account.id) == []
    # Control characters (NUL, escapes) in a cell are dropped, not stored or fatal.
    started = create(client, account, im.IMPORT_FORMAT_CSV, csv=NORTHWIND, mode=im.IMPORT_MODE_VALID_ROWS)
    upload(
        client,
        started.id,
        0,
        b"Date,Description,Amount\n2026-01-01,\x00Nul\x1b[31m Shop,1\n2026-01-01,x,1\x00\n",
    )
    done = commit(client, started.id, 1)
    assert (done.rows_created, done.rows_failed) == (1, 1)
    assert [t.payee for t in walk(client, account_id=account.id)] == ["Nul [31m Shop"]
    assert "Traceback" not in conn.server.log()
