"""The profile as its protobuf message: used by the domain's gRPC service and by the sync feed
(server/sync/), which sends the same form."""

from __future__ import annotations

from google.protobuf.timestamp_pb2 import Timestamp

from rupaya.v1 import users_pb2
from server.users.domain import ProfileView, etag


def profile_to_proto(view: ProfileView) -> users_pb2.Profile:
    created = Timestamp()
    created.FromDatetime(view.user.created_at)
    return users_pb2.Profile(
        id=str(view.user.id),
        email=view.user.email,
        display_name=view.user.display_name,
        base_currency=view.user.base_currency,
        time_zone=view.user.time_zone,
        locale=view.user.locale,
        mfa_enabled=view.mfa_enabled,
        create_time=created,
        etag=etag(view.user),
        email_verified=view.user.email_verified_at is not None,
        pending_email=view.user.pending_email or "",
        budget_alert_emails=view.user.budget_alert_emails,
    )
