"""Cases survive a restart of the program and of the (embedded) Valkey server: the
append-only file is replayed, the queue order and claims are intact."""

from __future__ import annotations

from pathlib import Path

from bot.handover.queue import CaseQueue
from bot.storage import EmbeddedValkey, Storage


async def test_cases_survive_server_restart(tmp_path: Path) -> None:
    data = tmp_path / "valkey"
    server = EmbeddedValkey(data)
    url = server.start()
    storage = await Storage.open(url, prefix="restart")
    q = CaseQueue(storage)
    a = await q.open_or_append("tg:1", channel="tg", lang="tg", priority="normal", messages=[{"text": "салом"}])
    b = await q.open_or_append("tg:2", channel="tg", lang="ru", priority="urgent")
    c = await q.open_or_append("tg:3", channel="tg", lang="ru", priority="high")
    await q.claim(c.ref, "op1")
    await storage.close()
    server.stop()  # the program and the server stop

    server = EmbeddedValkey(data)
    url = server.start()
    try:
        storage = await Storage.open(url, prefix="restart")
        q = CaseQueue(storage)
        assert [x.ref for x in await q.waiting()] == [b.ref, a.ref]
        claimed = await q.get(c.ref)
        assert claimed and claimed.status == "claimed" and claimed.operator == "op1"
        assert [m["text"] for m in await q.messages(a.ref)] == ["салом"]
        again = await q.open_or_append("tg:1", channel="tg", lang="tg")
        assert again.ref == a.ref and not again.created  # still one open case per person
        kinds = [f["kind"] for _, f in await storage.redis.xrange(storage.keys.audit())]
        assert kinds.count("opened") == 3 and "claimed" in kinds
        await storage.close()
    finally:
        server.stop()
