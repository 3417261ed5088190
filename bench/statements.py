"""SQL statements and round trips a server sends to PostgreSQL, counted on the wire.

A TCP proxy between the server and PostgreSQL reads the client side of the frontend/backend
protocol: every simple Query ('Q') and every extended-protocol Execute ('E') is one statement
run; a round trip is each time the client speaks again after the server answered. Nothing in
PostgreSQL's configuration is needed (pg_stat_statements wants shared_preload_libraries and a
restart; the statement log is shared with every other database on the host), and it counts
what a pooler such as PgBouncer would see, pipelined batches included.
"""

from __future__ import annotations

import asyncio
import struct
import threading
from dataclasses import dataclass

# Start-up requests that carry no type byte; the server answers 'N' to an encryption request.
SSL_REQUEST, GSSENC_REQUEST = 80877103, 80877104


@dataclass
class Counts:
    statements: int = 0
    round_trips: int = 0

    def __sub__(self, other: Counts) -> Counts:
        return Counts(self.statements - other.statements, self.round_trips - other.round_trips)


class _ClientStream:
    """Splits the client's bytes into protocol messages, counting the statements."""

    def __init__(self, counts: Counts, texts: list[str] | None = None) -> None:
        self._counts = counts
        self._texts = texts  # where to keep the SQL of each Query and Parse, if anywhere
        self._buffer = b""
        self._started = False  # past the untyped start-up message

    def feed(self, data: bytes) -> bytes | None:
        """Counts what `data` completes; returns a reply to send the client ourselves, if any."""
        self._buffer += data
        reply = None
        while True:
            if not self._started:
                if len(self._buffer) < 8:
                    return reply
                length, code = struct.unpack("!ii", self._buffer[:8])
                if len(self._buffer) < length:
                    return reply
                self._buffer = self._buffer[length:]
                if code in (SSL_REQUEST, GSSENC_REQUEST):
                    reply = b"N"  # plain text, so the messages stay readable
                else:
                    self._started = True
                continue
            if len(self._buffer) < 5:
                return reply
            kind, length = self._buffer[:1], struct.unpack("!i", self._buffer[1:5])[0]
            if len(self._buffer) < 1 + length:
                return reply
            message, self._buffer = self._buffer[5 : 1 + length], self._buffer[1 + length :]
            if kind in (b"Q", b"E"):
                self._counts.statements += 1
            if self._texts is not None and kind in (b"Q", b"P"):
                fields = message.split(b"\0")  # Query: the SQL; Parse: the statement's name, then the SQL
                self._texts.append(fields[0 if kind == b"Q" else 1].decode())


class CountingProxy:
    """Listens on a free local port and forwards to PostgreSQL at `host:port`, in a thread."""

    def __init__(self, host: str, port: int, *, record: bool = False) -> None:
        """`record`: keep the SQL text of every Query and Parse message (`take_texts`); a
        statement psycopg prepared is parsed once, so a test that reads texts turns that off."""
        self._upstream = (host, port)
        self._counts = Counts()
        self._texts: list[str] | None = [] if record else None
        self._lock = threading.Lock()
        self._loop = asyncio.new_event_loop()
        self._ready = threading.Event()
        self.port = 0
        threading.Thread(target=self._run, daemon=True).start()
        self._ready.wait(10)

    def snapshot(self) -> Counts:
        with self._lock:
            return Counts(self._counts.statements, self._counts.round_trips)

    def take_texts(self) -> list[str]:
        """The SQL recorded since the last call (with `record`)."""
        with self._lock:
            assert self._texts is not None, "made without record=True"
            texts, self._texts[:] = list(self._texts), []
            return texts

    def _run(self) -> None:
        asyncio.set_event_loop(self._loop)
        server = self._loop.run_until_complete(asyncio.start_server(self._connection, "127.0.0.1", 0))
        self.port = server.sockets[0].getsockname()[1]
        self._ready.set()
        self._loop.run_forever()

    async def _connection(self, client_r: asyncio.StreamReader, client_w: asyncio.StreamWriter) -> None:
        server_r, server_w = await asyncio.open_connection(*self._upstream)
        stream = _ClientStream(self._counts, self._texts)
        answered = [True]  # the server spoke since the client last did

        async def from_client() -> None:
            while data := await client_r.read(65536):
                with self._lock:
                    if answered[0]:
                        self._counts.round_trips += 1
                        answered[0] = False
                    reply = stream.feed(data)
                if reply is not None:  # an encryption request: answered here, not forwarded
                    client_w.write(reply)
                    await client_w.drain()
                    continue
                server_w.write(data)
                await server_w.drain()
            server_w.close()

        async def from_server() -> None:
            while data := await server_r.read(65536):
                answered[0] = True
                client_w.write(data)
                await client_w.drain()
            client_w.close()

        try:
            await asyncio.gather(from_client(), from_server())
        except (ConnectionError, OSError):
            client_w.close()
            server_w.close()
