"""Budget alerts and NotificationService: raised once per budget, period and level by the write
that crosses it (also under concurrent writers), listed and marked read only by their owner,
in the change feed, and mailed only to a user who opted in."""

from __future__ import annotations

import datetime as dt
import uuid
from concurrent import futures

import grpc
import httpx
from google.protobuf import field_mask_pb2

from rupaya.v1 import budgets_pb2 as bu
from rupaya.v1 import notifications_pb2 as pb
from rupaya.v1 import sync_pb2
from rupaya.v1 import transactions_pb2 as tx
from rupaya.v1 import users_pb2 as us
from tests import mailbox
from tests.identity import verify_email
from tests.ledger import DINING, GROCERIES, RESTAURANTS, day, expense_request, money, open_account, record
from tests.rpc_errors import field_violations, rpc_fails
from tests.servers import Backend, Client, Connection

THRESHOLD = pb.NOTIFICATION_KIND_BUDGET_THRESHOLD_REACHED
LIMIT = pb.NOTIFICATION_KIND_BUDGET_LIMIT_REACHED


def today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()


def next_month(of: dt.date) -> dt.date:
    return (of.replace(day=28) + dt.timedelta(days=4)).replace(day=1)


def budget(client: Client, amount: int = 10_000, threshold: int = 80, category: str = DINING) -> bu.Budget:
    return client.budgets.CreateBudget(
        bu.CreateBudgetRequest(
            request_id=str(uuid.uuid4()),
            category_id=category,
            amount=money(amount, "INR"),
            period=bu.BUDGET_PERIOD_MONTHLY,
            alert_threshold_percent=threshold,
        ),
        metadata=client.md(),
    ).budget


def spend(
    client: Client, account: object, amount: int, on: dt.date | None = None, **fields: object
) -> tx.Transaction:
    fields.setdefault("category_id", DINING)
    return record(
        client, expense_request(account, amount, occurred_on=day((on or today()).isoformat()), **fields)
    )  # type: ignore[arg-type]


def notifications(client: Client, unread_only: bool = False) -> list[pb.Notification]:
    found, token = [], ""
    while True:
        reply = client.notifications.ListNotifications(
            pb.ListNotificationsRequest(page_size=2, page_token=token, unread_only=unread_only),
            metadata=client.md(),
        )
        found += reply.notifications
        token = reply.next_page_token
        if not token:
            return found


def mark_read(client: Client, notification_id: str, request_id: str = "") -> pb.Notification:
    return client.notifications.MarkNotificationRead(
        pb.MarkNotificationReadRequest(id=notification_id, request_id=request_id), metadata=client.md()
    ).notification


def test_twenty_concurrent_expenses_raise_the_threshold_and_the_limit_alert_exactly_once(
    conn: Connection, backend: Backend
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=10**7)
    watched = budget(client, amount=10_000, threshold=80)
    with futures.ThreadPoolExecutor(20) as pool:
        list(pool.map(lambda _: spend(client, account, 500), range(20)))  # 20 x 500 = 100%

    raised = notifications(client)
    assert sorted(n.kind for n in raised) == [THRESHOLD, LIMIT]
    by_kind = {n.kind: n.budget_alert for n in raised}
    # Writers took turns: the crossing write saw exactly the spending before it plus its own.
    assert by_kind[THRESHOLD].level_percent == 80 and by_kind[THRESHOLD].spent.amount_minor == 8_000
    assert by_kind[LIMIT].level_percent == 100 and by_kind[LIMIT].spent.amount_minor == 10_000
    assert all(a.budget_id == watched.id and a.limit.amount_minor == 10_000 for a in by_kind.values())
    assert by_kind[LIMIT].period_start.day == 1 and by_kind[LIMIT].spent.currency_code == "INR"
    assert backend.count_id("notifications", "budget_id", watched.id) == 2


def test_a_period_alerts_once_even_when_spending_drops_and_crosses_again_and_the_next_period_alerts_anew(
    conn: Connection,
) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=10**7)
    budget(client, amount=1_000, threshold=50, category=DINING)
    spend(client, account, 400)
    assert notifications(client) == []  # 40%: below the threshold
    crossing = spend(client, account, 200, category_id=RESTAURANTS)  # a sub-category counts: 60%
    assert [n.kind for n in notifications(client)] == [THRESHOLD]
    client.transactions.DeleteTransaction(tx.DeleteTransactionRequest(id=crossing.id), metadata=client.md())
    spend(client, account, 300)  # back below, then 70% again: already told this period
    assert len(notifications(client)) == 1
    spend(client, account, 100, category_id=GROCERIES)  # not watched
    spend(client, account, 900, on=next_month(today()))
    newest, older = notifications(client)  # 90% of next month's limit
    assert newest.kind == older.kind == THRESHOLD
    assert (
        newest.budget_alert.period_start.month
        == next_month(today()).month
        != older.budget_alert.period_start.month
    )
    assert newest.budget_alert.spent.amount_minor == 900 and older.budget_alert.spent.amount_minor == 600


def test_an_expense_dated_in_a_period_that_ended_raises_nothing(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=10**7)
    budget(client, amount=1_000)
    spend(client, account, 5_000, on=today().replace(day=1) - dt.timedelta(days=40))
    assert notifications(client) == []


def test_a_budget_without_threshold_never_alerts_and_an_edit_upwards_can_cross(conn: Connection) -> None:
    client = conn.client().sign_up()
    account = open_account(client, balance=10**7)
    budget(client, amount=1_000, threshold=0)
    spend(client, account, 2_000)
    assert notifications(client) == []
    alerting = budget(client, amount=1_000, threshold=90, category=GROCERIES)
    small = spend(client, account, 100, category_id=GROCERIES)
    client.transactions.UpdateTransaction(
        tx.UpdateTransactionRequest(
            transaction=tx.Transaction(id=small.id, amount=money(950, "INR")),
            update_mask=field_mask_pb2.FieldMask(paths=["amount"]),
        ),
        metadata=client.md(),
    )
    assert [(n.kind, n.budget_alert.budget_id) for n in notifications(client)] == [(THRESHOLD, alerting.id)]


def test_notifications_are_their_owners_alone(conn: Connection) -> None:
    alice, bob = conn.client().sign_up(), conn.client().sign_up()
    budget(alice, amount=100)
    spend(alice, open_account(alice, balance=10**6), 100)
    [alert_a, alert_b] = notifications(alice)
    assert notifications(bob) == []
    rpc_fails(lambda: mark_read(bob, alert_a.id), grpc.StatusCode.NOT_FOUND, "NOTIFICATION_NOT_FOUND")
    assert {n.id for n in notifications(alice, unread_only=True)} == {alert_a.id, alert_b.id}  # untouched
    bob_feed = bob.sync.ListChanges(sync_pb2.ListChangesRequest(), metadata=bob.md()).changes
    assert not [c for c in bob_feed if c.entity_type == sync_pb2.ENTITY_TYPE_NOTIFICATION]


def test_mark_read_is_idempotent_filters_unread_and_shows_in_the_change_feed(conn: Connection) -> None:
    client = conn.client().sign_up()
    budget(client, amount=100, threshold=50)
    spend(client, open_account(client, balance=10**6), 60)
    [alert] = notifications(client)
    assert not alert.HasField("read_time") and alert.etag == "v1"
    feed = client.sync.ListChanges(sync_pb2.ListChangesRequest(), metadata=client.md())
    [change] = [c for c in feed.changes if c.entity_type == sync_pb2.ENTITY_TYPE_NOTIFICATION]
    assert change.notification == alert and change.operation == sync_pb2.CHANGE_OPERATION_UPSERT

    with futures.ThreadPoolExecutor(8) as pool:  # concurrent marks: one change, one read_time
        marked = list(pool.map(lambda _: mark_read(client, alert.id), range(8)))
    first = marked[0]
    assert all(m == first for m in marked)
    again = mark_read(client, alert.id)
    retried = mark_read(client, alert.id, request_id=(request_id := str(uuid.uuid4())))
    assert first.read_time == again.read_time == retried.read_time and first.etag == again.etag == "v2"
    assert mark_read(client, alert.id, request_id=request_id) == retried
    assert notifications(client, unread_only=True) == [] and len(notifications(client)) == 1
    later = client.sync.ListChanges(
        sync_pb2.ListChangesRequest(cursor=feed.next_cursor), metadata=client.md()
    )
    assert [(c.entity_id, c.etag) for c in later.changes] == [(alert.id, "v2")]


def test_bad_notification_requests_get_typed_errors(conn: Connection) -> None:
    client = conn.client().sign_up()
    error = rpc_fails(lambda: mark_read(client, "not-a-uuid"), grpc.StatusCode.INVALID_ARGUMENT)
    assert "id" in field_violations(error)
    rpc_fails(
        lambda: mark_read(client, str(uuid.uuid4())), grpc.StatusCode.NOT_FOUND, "NOTIFICATION_NOT_FOUND"
    )
    rpc_fails(
        lambda: client.notifications.ListNotifications(
            pb.ListNotificationsRequest(page_size=501), metadata=client.md()
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    rpc_fails(
        lambda: client.notifications.ListNotifications(
            pb.ListNotificationsRequest(page_token="forged"), metadata=client.md()
        ),
        grpc.StatusCode.INVALID_ARGUMENT,
    )
    rpc_fails(
        lambda: client.notifications.ListNotifications(pb.ListNotificationsRequest()),
        grpc.StatusCode.UNAUTHENTICATED,
    )


def test_notifications_over_http(conn: Connection) -> None:
    client = conn.client().sign_up()
    budget(client, amount=100)
    spend(client, open_account(client, balance=10**6), 80)
    auth = {"authorization": f"Bearer {client.token}"}
    with httpx.Client(base_url=conn.server.http_url, headers=auth, timeout=30) as http:
        listed = http.get("/v1/notifications", params={"unreadOnly": "true"}).json()["notifications"]
        assert [n["kind"] for n in listed] == ["NOTIFICATION_KIND_BUDGET_THRESHOLD_REACHED"]
        marked = http.post(f"/v1/notifications/{listed[0]['id']}:markRead", json={})
        assert marked.status_code == 200 and marked.json()["notification"]["etag"] == "v2"
        assert (
            http.get("/v1/notifications", params={"unreadOnly": "true"}).json().get("notifications", []) == []
        )
        assert http.post(f"/v1/notifications/{uuid.uuid4()}:markRead", json={}).status_code == 404


def _opt_in(client: Client, on: bool) -> None:
    client.users.UpdateProfile(
        us.UpdateProfileRequest(
            profile=us.Profile(budget_alert_emails=on),
            update_mask=field_mask_pb2.FieldMask(paths=["budget_alert_emails"]),
        ),
        metadata=client.md(),
    )


def test_alert_mail_goes_only_to_a_user_who_opted_in(conn: Connection, backend: Backend) -> None:
    keen, quiet = conn.client().sign_up(), conn.client().sign_up()
    for client in (keen, quiet):
        verify_email(client)
    _opt_in(keen, True)
    assert keen.users.GetProfile(us.GetProfileRequest(), metadata=keen.md()).profile.budget_alert_emails
    assert not quiet.users.GetProfile(us.GetProfileRequest(), metadata=quiet.md()).profile.budget_alert_emails
    for client in (quiet, keen):
        budget(client, amount=1_000, threshold=75)
        spend(client, open_account(client, balance=10**6), 800)
    assert keen.mail_dir is not None
    [mail] = mailbox.wait_for(keen.mail_dir, keen.email, "budget_alert")
    assert "Dining reached 75%" in mail.subject and "8.00 INR of 10.00 INR" in mail.text
    assert mailbox.messages_to(keen.mail_dir, quiet.email, "budget_alert") == []
    for client, mails in ((keen, 1), (quiet, 0)):
        sent = "template = 'budget_alert' AND recipient = :to"
        assert backend.count("mail_outbox", sent, to=client.email) == mails
