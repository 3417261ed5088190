"""Optional OpenTelemetry: a server span per RPC with SQL spans inside, trace id in the log line."""

from __future__ import annotations

import pathlib
import uuid

from rupaya.v1 import accounts_pb2
from tests.ops import eventually, json_lines
from tests.servers import Backend, Connection, start_server


def test_rpc_span_with_sql_children_and_trace_id_in_access_log(
    backend: Backend, tmp_path: pathlib.Path
) -> None:
    server = start_server(backend, tmp_path, extra_env={"RUPAYA_TRACING": "console"})
    try:
        client = Connection(server).client().sign_up()
        request_id = f"req-{uuid.uuid4()}"
        client.accounts.ListAccounts(
            accounts_pb2.ListAccountsRequest(), metadata=[*client.md(), ("x-request-id", request_id)]
        )

        def access_line() -> dict[str, object] | None:
            return next((x for x in json_lines(server.log()) if x.get("request_id") == request_id), None)

        eventually(lambda: access_line() is not None, what="access line")
        line = access_line()
        assert line is not None
        trace_id = f"0x{line['trace_id']}"

        def spans() -> list[dict[str, object]]:
            return [
                x
                for x in json_lines(server.log())
                if isinstance(x.get("context"), dict) and x["context"]["trace_id"] == trace_id
            ]

        rpc_span = "rupaya.v1.AccountService/ListAccounts"

        def names() -> list[str]:
            return [str(span["name"]) for span in spans()]

        # The RPC span ends (and is exported) after its SQL children, so wait for it, not for a count.
        eventually(lambda: rpc_span in names(), what="RPC span exported")
        names_seen = names()
        assert any(name.startswith("SELECT") for name in names_seen), names_seen
    finally:
        server.stop()
