"""A stored instant as the protobuf Timestamp the contract sends (the list's hot path builds its
own in integer steps: server/transactions/rows.py)."""

from __future__ import annotations

import datetime as dt

from google.protobuf.timestamp_pb2 import Timestamp


def to_proto(value: dt.datetime) -> Timestamp:
    stamp = Timestamp()
    stamp.FromDatetime(value)
    return stamp


def optional(value: dt.datetime | None) -> Timestamp | None:
    """None stays None: the field is left unset."""
    return None if value is None else to_proto(value)
