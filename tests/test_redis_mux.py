"""The multiplexed Redis connection behind the rate limiter, against a real redis-server:
replies reach the caller that sent the command, errors keep the stream in step, and a dead,
restarted or hanging Redis gives redis-py's error types and then recovers."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any

import pytest
import redis
import redis.exceptions

from server.redis_mux import MuxConnection
from tests.ops import PrivateRedis


def _run(body: Callable[[MuxConnection], Awaitable[Any]], url: str, timeout_s: float = 0.5) -> Any:
    async def run() -> Any:
        mux = MuxConnection(url, timeout_s=timeout_s)
        try:
            return await body(mux)
        finally:
            await mux.close()

    return asyncio.run(run())


def test_concurrent_callers_each_get_their_own_reply(private_redis: PrivateRedis) -> None:
    async def body(mux: MuxConnection) -> list[Any]:
        return await asyncio.gather(*(mux.execute("ECHO", f"caller-{i}") for i in range(2000)))

    assert _run(body, private_redis.url) == [f"caller-{i}".encode() for i in range(2000)]


def test_an_error_reply_fails_only_its_caller(private_redis: PrivateRedis) -> None:
    async def body(mux: MuxConnection) -> list[Any]:
        return await asyncio.gather(
            mux.execute("SET", "k", "v"),
            mux.execute("INCR", "k"),  # not an integer
            mux.execute("EVALSHA", "0" * 40, 0),
            mux.execute("GET", "k"),
            return_exceptions=True,
        )

    ok, not_integer, no_script, value = _run(body, private_redis.url)
    assert ok == b"OK" and value == b"v"
    assert type(not_integer) is redis.exceptions.ResponseError and "not an integer" in str(not_integer)
    assert isinstance(no_script, redis.exceptions.NoScriptError)


def test_a_cancelled_caller_does_not_shift_the_replies(private_redis: PrivateRedis) -> None:
    async def body(mux: MuxConnection) -> tuple[Any, Any]:
        await mux.execute("SET", "slow", "1")
        blocked = asyncio.ensure_future(mux.execute("BLPOP", "never", "0.2"))  # replies after 0.2 s
        await asyncio.sleep(0.05)
        blocked.cancel()
        after = await mux.execute("GET", "slow")
        return blocked.cancelled(), after

    assert _run(body, private_redis.url, timeout_s=2) == (True, b"1")


def test_database_number_from_the_url_is_selected(private_redis: PrivateRedis) -> None:
    url = private_redis.url.rsplit("/", 1)[0] + "/5"

    async def body(mux: MuxConnection) -> Any:
        return await mux.execute("SET", "where", "db5")

    assert _run(body, url) == b"OK"
    assert redis.Redis.from_url(url).get("where") == b"db5"
    assert redis.Redis.from_url(private_redis.url).get("where") is None


def test_wrong_password_is_a_connection_error(private_redis: PrivateRedis) -> None:
    redis.Redis.from_url(private_redis.url).config_set("requirepass", "right")
    wrong = private_redis.url.replace("redis://", "redis://:wrong@")
    right = private_redis.url.replace("redis://", "redis://:right@")

    async def body(mux: MuxConnection) -> Any:
        return await mux.execute("PING")

    with pytest.raises(redis.exceptions.AuthenticationError):
        _run(body, wrong)
    assert _run(body, right) == b"PONG"


def test_redis_killed_fails_pending_and_next_calls_then_recovers(private_redis: PrivateRedis) -> None:
    async def body(mux: MuxConnection) -> tuple[Any, ...]:
        before = await mux.execute("SET", "k", "1")
        pending = asyncio.ensure_future(mux.execute("BLPOP", "never", "5"))
        await asyncio.sleep(0.05)
        private_redis.kill()
        with pytest.raises(redis.exceptions.ConnectionError):
            await pending
        with pytest.raises(redis.exceptions.ConnectionError):
            await mux.execute("GET", "k")
        private_redis.start()  # empty, same port
        return before, await mux.execute("GET", "k"), await mux.execute("SET", "k", "2")

    assert _run(body, private_redis.url, timeout_s=2) == (b"OK", None, b"OK")


@contextlib.contextmanager
def _silent_server() -> Iterator[str]:
    """Accepts connections and never answers: a hung Redis."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen()
    try:
        yield f"redis://127.0.0.1:{listener.getsockname()[1]}/0"
    finally:
        listener.close()


def test_no_reply_within_the_timeout_is_a_timeout_error() -> None:
    async def body(mux: MuxConnection) -> float:
        started = time.monotonic()
        results = await asyncio.gather(*(mux.execute("PING") for _ in range(3)), return_exceptions=True)
        assert all(isinstance(r, redis.exceptions.TimeoutError) for r in results), results
        return time.monotonic() - started

    with _silent_server() as url:
        waited = _run(body, url, timeout_s=0.3)
    assert 0.3 <= waited < 2


def test_nothing_listening_is_a_connection_error() -> None:
    with _silent_server() as url:
        pass  # closed: the port refuses

    async def body(mux: MuxConnection) -> Any:
        return await mux.execute("PING")

    with pytest.raises(redis.exceptions.ConnectionError):
        _run(body, url)
