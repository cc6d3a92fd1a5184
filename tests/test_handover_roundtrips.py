"""Redis round trips of the handover's hot paths, counted at the client (one round trip =
one packet written to the server: a pipeline counts once). These numbers are quoted in
docs/handover.md; the test keeps them from growing unnoticed. Run with -s to print them."""

from __future__ import annotations

import contextlib
import uuid
from collections.abc import Iterator

import pytest
from redis.asyncio.connection import AbstractConnection

from bot.app import Runtime
from bot.engine.model import Inbound
from bot.handover.service import queue_of
from bot.storage import GROUP

WORKER = "w-roundtrips"


@contextlib.contextmanager
def counting() -> Iterator[list[str]]:
    sent: list[str] = []
    original = AbstractConnection.send_packed_command

    async def send(self, command, check_health=True):  # type: ignore[no-untyped-def]
        sent.append(bytes(command if isinstance(command, (bytes, str)) else b"".join(command))[:60].decode(errors="replace"))
        return await original(self, command, check_health)

    AbstractConnection.send_packed_command = send  # type: ignore[method-assign]
    try:
        yield sent
    finally:
        AbstractConnection.send_packed_command = original  # type: ignore[method-assign]


async def process_one(rt: Runtime, user: str) -> None:
    """What the worker does for one entry (the stream read is amortised over a batch of 50)."""
    p = rt.inbox.partition(user)
    res = await rt.storage.redis.xreadgroup(GROUP, "owner", {rt.storage.keys.inbox(p): ">"}, count=1)
    entry_id, fields = res[0][1][0]
    await rt.processor.handle(WORKER, p, entry_id, Inbound.from_json(fields["m"]))


class Sink:
    async def send(self, *a, **k) -> None:  # type: ignore[no-untyped-def]
        return None


async def test_round_trips(runtime: Runtime, capsys: pytest.CaptureFixture[str]) -> None:
    rt = runtime
    rt.processor.senders["test"] = Sink()
    await rt.inbox.ensure_groups()
    for p in range(rt.inbox.partitions):
        await rt.storage.redis.set(rt.storage.keys.lease(p), WORKER)
    q = queue_of(rt)
    user = "test:rt"
    for text in ("/start", "sos"):
        await rt.inbox.accept(Inbound(channel="test", user=user, text=text if text != "/start" else "", command="start" if text == "/start" else None,
                                      arg="ru" if text == "/start" else None, message_id=uuid.uuid4().hex))
        await process_one(rt, user)
    ref = (await q.waiting())[0].ref
    other = await q.open_or_append("test:other", channel="test", lang="ru")  # warm the scripts
    await q.claim(other.ref, "warm")
    await q.note(other.ref, "warm", "warm")

    with counting() as sent:
        await q.claim(ref, "op1")
    claim = len(sent)
    await process_one(rt, user)  # the "claimed" notice

    with counting() as sent:
        await rt.inbox.accept(Inbound(channel="test", user=user, text="I am locked in", message_id=uuid.uuid4().hex))
        await process_one(rt, user)
    person_to_case = len(sent) - 1  # less the stream read, amortised over up to 50 entries

    with counting() as sent:
        await q.reply(ref, "op1", "We are here")
    operator_reply = len(sent)
    with counting() as sent:
        await process_one(rt, user)
    reply_delivery = len(sent) - 1

    with capsys.disabled():
        print(f"\nround trips: claim {claim}; person's message into the case {person_to_case} "
              f"(intake, case, save; the state is cached); operator reply {operator_reply} (case, person's inbox) "
              f"+ {reply_delivery} to deliver (save; plus the channel's own send)")
    assert claim == 2  # claim script + the person's inbox
    assert person_to_case == 3
    assert operator_reply == 2
    assert reply_delivery == 1
    assert [m["text"] for m in await q.messages(ref)][-2:] == ["I am locked in", "We are here"]
