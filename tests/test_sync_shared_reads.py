"""server/sync/shared_reads.py: the streams woken together share one read of the log, a stream
that cleared its wake-up after a read began gets a read of its own, and a stream going away
does not cancel the read the others wait for. (Plain asyncio: no server needed.)"""

from __future__ import annotations

import asyncio

from server.sync.shared_reads import SharedReads


def test_streams_woken_together_share_one_read_and_a_later_one_reads_anew() -> None:
    async def scenario() -> tuple[list[int], int, int]:
        reads: SharedReads[int] = SharedReads()
        calls: list[int] = []
        release = asyncio.Event()

        async def read() -> int:
            calls.append(len(calls))
            await release.wait()
            return len(calls)

        async def stream(user: str) -> int:
            since = reads.now()  # as WatchChanges does, in its own task, as it clears its wake-up
            return await reads.read(user, since, read)

        together = [asyncio.ensure_future(stream("alice")) for _ in range(100)]
        while not calls:  # the read begins
            await asyncio.sleep(0)
        later = asyncio.ensure_future(stream("alice"))  # cleared after the read began
        other_user = asyncio.ensure_future(stream("bob"))
        together[0].cancel()  # a stream that goes away
        await asyncio.sleep(0)
        release.set()
        answers = await asyncio.gather(*together[1:])
        return sorted(set(answers)), await later, len(calls) + 0 * await other_user

    answers, later, calls = asyncio.run(scenario())
    assert calls == 3  # one read for the 100 streams, one for the later stream, one for bob
    assert len(answers) == 1 and later != answers[0]
