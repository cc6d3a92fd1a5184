"""User state and the inbox (Lua scripts, streams, leases) on a real three-node Redis
Cluster: all keys share one hash tag, so every script's keys live in one slot."""

from __future__ import annotations

import asyncio
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest

from bot.app import make_runtime
from bot.engine.model import Inbound
from bot.storage import Storage
from tests.redis_cluster import Cluster


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
