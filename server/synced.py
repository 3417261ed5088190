"""The entities a device syncs (sync.proto EntityType) and the mapped class of each: what the
change log (server/changelog.py) notes and the feed (server/sync/) reads."""

from __future__ import annotations

from typing import Any

from rupaya.v1 import sync_pb2
from server.db.tables import Account, Budget, Category, ExchangeRate, Notification, Transaction, User
from server.db.tables import Session as DeviceSession

ACCOUNT = sync_pb2.ENTITY_TYPE_ACCOUNT
CATEGORY = sync_pb2.ENTITY_TYPE_CATEGORY
TRANSACTION = sync_pb2.ENTITY_TYPE_TRANSACTION
BUDGET = sync_pb2.ENTITY_TYPE_BUDGET
EXCHANGE_RATE = sync_pb2.ENTITY_TYPE_EXCHANGE_RATE
PROFILE = sync_pb2.ENTITY_TYPE_PROFILE
SESSION = sync_pb2.ENTITY_TYPE_SESSION
NOTIFICATION = sync_pb2.ENTITY_TYPE_NOTIFICATION

# The mapped class of each entity type; its `version` column is the etag ("v<n>").
MODELS: dict[int, type[Any]] = {
    ACCOUNT: Account,
    CATEGORY: Category,
    TRANSACTION: Transaction,
    BUDGET: Budget,
    EXCHANGE_RATE: ExchangeRate,
    PROFILE: User,
    SESSION: DeviceSession,
    NOTIFICATION: Notification,
}
