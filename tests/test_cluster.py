"""User state and the inbox (Lua scripts, streams, leases) on a real three-node Redis
Cluster: all keys share one hash tag, so every script's keys live in one slot."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator

import pytest

from bot.app import make_runtime
from bot.engine.model import Inbound
from bot.storage import Storage
from tests.redis_cluster import Cluster

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: they start a three-node cluster)


@pytest.fixture(scope="module")
def cluster_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    c = Cluster(tmp_path_factory.mktemp("cluster"))
    url = c.start()
    yield url
    c.stop()


@pytest.fixture
async def cluster_storage(cluster_url: str) -> AsyncIterator[Storage]:
    s = await Storage.open(cluster_url, prefix=f"c{uuid.uuid4().hex[:8]}", cluster=True)
    yield s
    await s.close()


async def test_conversation_state_and_inbox_work_on_cluster(cluster_storage: Storage, engine) -> None:  # type: ignore[no-untyped-def]
    rt = make_runtime(cluster_storage, engine=engine, partitions=4, lease_seconds=2)
    got: list[tuple[str, str]] = []

    class Sink:
        async def send(self, user, replies, state, inbound):  # type: ignore[no-untyped-def]
            got.append((user, replies[-1].text))

    rt.processor.senders["console"] = Sink()
    task = await rt.worker.start()
    users = [f"console:k{i}" for i in range(6)]
    for u in users:
        assert await rt.inbox.accept(Inbound(channel="console", user=u, command="start", arg="ru", message_id=f"{u}-1"))
        assert await rt.inbox.accept(Inbound(channel="console", user=u, text="4", message_id=f"{u}-2"))
        assert await rt.inbox.accept(Inbound(channel="console", user=u, text="4", message_id=f"{u}-2")) is None  # dedup
    for _ in range(200):
        if len(got) >= 12:
            break
        await asyncio.sleep(0.05)
    assert len(got) == 12
    for u in users:
        state, _ = await rt.processor.load(u)
        assert state.lang == "ru" and state.node == "main.contacts"
    # every key of this test is in one slot
    slots = {await cluster_storage.redis.cluster_keyslot(k) for k in await cluster_storage.redis.keys(f"{cluster_storage.keys.tag}*", target_nodes="all")}
    assert len(slots) == 1
    await rt.worker.stop()
    task.cancel()


async def test_case_queue_works_on_cluster(cluster_storage: Storage, engine) -> None:  # type: ignore[no-untyped-def]
    """The handover's case queue through its API (every Lua script: open, claim, act, the
    timers, retention and forget) with the person's events going to their inbox, on the Cluster."""
    from bot.handover import metrics as handover_metrics
    from bot.handover.queue import CaseError, CaseQueue

    class Clock:
        t = 1_800_000_000.0

        def __call__(self) -> float:
            return self.t

    clock = Clock()
    rt = make_runtime(cluster_storage, engine=engine, partitions=4, lease_seconds=2)
    q = CaseQueue(cluster_storage, rt.inbox, lease_ms=60_000, reannounce_ms=120_000, clock=clock)
    await rt.inbox.ensure_groups()
    a = await q.open_or_append("web:alpha", channel="web", lang="ru", category="passport", priority="urgent",
                               messages=[{"text": "they took my passport"}], learned={"where": "Moscow"})
    b = await q.open_or_append("web:beta", channel="web", lang="tg", category="question", priority="normal")
    again = await q.open_or_append("web:alpha", channel="web", lang="ru", priority="normal", messages=[{"text": "hello?"}])
    assert a.created and b.created and not again.created and again.ref == a.ref
    assert [c.ref for c in await q.waiting()] == [a.ref, b.ref]
    assert await handover_metrics.read_queue(cluster_storage, now=clock.t + 30) == {
        "urgent": (1, 30.0), "high": (0, 0.0), "normal": (1, 30.0)}

    # two operators race for the first case: one gets it
    clock.t += 30
    first, second = await asyncio.gather(q.claim_next("olga"), q.claim_next("sami"))
    assert first is not None and second is not None and {first.ref, second.ref} == {a.ref, b.ref}
    mine = first if first.ref == a.ref else second
    with pytest.raises(CaseError) as err:
        await q.claim(a.ref, "nobody")
    assert err.value.code == "not_waiting"
    assert await q.add_message(a.ref, "web:alpha", "are you there?")
    await q.reply(a.ref, mine.operator, "Yes. Where are you now?")
    await q.note(a.ref, mine.operator, "called the embassy")
    assert [m["text"] for m in await q.messages(a.ref)] == [
        "they took my passport", "hello?", "are you there?", "Yes. Where are you now?"]
    await q.release(b.ref, "olga" if mine.operator == "sami" else "sami")
    await q.close(a.ref, mine.operator, "referred_embassy")
    case = await q.get(a.ref)
    assert case is not None and case.status == "closed" and case.outcome == "referred_embassy"

    # timers: the released urgent-free case is waiting; claim it and let the lease run out
    assert (await q.claim(b.ref, "olga")).operator == "olga"
    clock.t += 61
    assert [ref for ref, _user, _op in await q.expire_leases()] == [b.ref]
    assert await q.reannounce_due() == []
    # the person's events (claimed, operator message, released, closed) went to their inbox
    lens = [await cluster_storage.redis.xlen(cluster_storage.keys.inbox(p)) for p in range(4)]
    assert sum(lens) >= 6
    # retention and forget: the closed case is anonymised, the open one kept
    assert await q.forget_user("web:alpha") is None
    gone = await q.get(a.ref)
    assert gone is not None and not gone.user and await q.messages(a.ref) == []
    assert await q.forget_user("web:beta") == b.ref
    assert await q.anonymise_due(int(clock.t * 1000) + 1) == []
    # every key of this test is in one slot
    slots = {await cluster_storage.redis.cluster_keyslot(k)
             for k in await cluster_storage.redis.keys(f"{cluster_storage.keys.tag}*", target_nodes="all")}
    assert len(slots) == 1
