"""The 200 response of a server-streaming route in the OpenAPI documents: its media types, as
gateway/streaming.py serves them (the Accept header picks SSE or NDJSON; a response shaped like
google.api.HttpBody is by default a download whose media types the contract's `in` rule on
its `content_type` field lists)."""

from __future__ import annotations

from google.protobuf.descriptor import Descriptor

from gateway.openapi_rules import field_rules
from gateway.openapi_schema import Schema, Schemas
from gateway.streaming import EVENT_STREAM, NDJSON, is_http_body

_TEXT: Schema = {"type": "string"}


def download_media_types(message: Descriptor) -> list[str]:
    """The media types the contract allows in the message's `content_type`, without parameters."""
    if not is_http_body(message):
        return []
    allowed = list(getattr(field_rules(message.fields_by_name["content_type"]).string, "in"))
    return sorted({media_type.split(";")[0].strip() for media_type in allowed})


def stream_response(message: Descriptor, schemas: Schemas) -> Schema:
    item = schemas.message(message)  # one message of the stream, as JSON (SSE and NDJSON)
    name = message.name
    framed = {"schema": _TEXT, "x-itemSchema": item}  # OpenAPI 3.2's itemSchema, ahead of time
    content: Schema = {media_type: {"schema": _TEXT} for media_type in download_media_types(message)}
    description = (
        f"A stream of {name} messages, relayed as they arrive. `Accept: {EVENT_STREAM}`: "
        f"Server-Sent Events, one `data:` event per message in JSON, `: heartbeat` comments "
        f"while idle, and `event: error` with a google.rpc.Status if the stream fails after "
        f"it started. `Accept: {NDJSON}`: one message per line in JSON; a failure after the "
        'start is a last line `{"error": <google.rpc.Status>}`.'
    )
    if content:
        description += (
            f" Otherwise a file download (`Content-Disposition: attachment`): the messages' "
            f"`data` bytes as they are, in the media type of their `content_type` "
            f"({', '.join(content)}); a failure after the start cuts the connection, so the "
            f"transfer is visibly incomplete."
        )
    content[EVENT_STREAM] = framed
    content.setdefault(NDJSON, framed)
    description += " An error before the first message is the usual JSON error reply."
    return {"description": description, "content": content}
