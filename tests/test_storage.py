"""User state in Redis: persistence across a server restart, TTL, strict per-user order
across workers, at-least-once recovery after a crash, and clear errors for bad URLs."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from bot.app import PLUGINS, build_engine, make_runtime
from bot.engine.model import Inbound
from bot.engine.registry import Parts
from bot.engine.runner import Engine
from bot.pipeline.inbox import Worker
from bot.runtime import Plugin
from bot.storage import EmbeddedValkey, Storage

ROOT = Path(__file__).parent.parent


def msg(user: str, text: str = "", **kw) -> Inbound:  # type: ignore[no-untyped-def]
    return Inbound(channel="console", user=user, text=text, message_id=uuid.uuid4().hex, **kw)


class Recorder:
    """A channel sender that records what each person was sent."""

    def __init__(self) -> None:
        self.sent: dict[str, list] = {}

    async def send(self, user, replies, state, inbound) -> None:  # type: ignore[no-untyped-def]
        self.sent.setdefault(user, []).append((inbound.text, replies))


async def drain(rt, n_expected: int, recorder: Recorder, timeout: float = 20) -> None:  # type: ignore[no-untyped-def]
    async def done() -> None:
        while sum(len(v) for v in recorder.sent.values()) < n_expected:
            await asyncio.sleep(0.02)

    await asyncio.wait_for(done(), timeout)


@pytest.mark.slow
async def test_state_survives_a_restart_of_the_embedded_server(tmp_path: Path, engine: Engine) -> None:
    for how in ("stop", "kill"):
        server = EmbeddedValkey(tmp_path / how)
        url = server.start()
        storage = await Storage.open(url, prefix="persist")
        rt = make_runtime(storage, engine=engine, partitions=2, lease_seconds=2)
        rec = Recorder()
        rt.processor.senders["console"] = rec
        task = await rt.worker.start()
        await rt.inbox.accept(msg("console:p", command="start", arg="tg"))
        await rt.inbox.accept(msg("console:p", "4"))
        await drain(rt, 2, rec)
        await rt.worker.stop()
        task.cancel()
        await storage.redis.aclose()
        if how == "stop":
            server.stop()
        else:  # SIGKILL: the append-only file with fsync always keeps every write
            server.server.terminate()
            server._info.unlink()
            server.owner = False
        again = EmbeddedValkey(tmp_path / how)
        storage = await Storage.open(again.start(), prefix="persist")
        state, _ = await make_runtime(storage, engine=engine).processor.load("console:p")
        assert state.lang == "tg" and state.node == "main.contacts", how
        await storage.redis.aclose()
        again.stop()


@pytest.mark.slow
async def test_state_has_a_ttl(runtime) -> None:  # type: ignore[no-untyped-def]
    rec = Recorder()
    runtime.processor.senders["console"] = rec
    runtime.processor.state_ttl = 30 * 86400
    task = await runtime.worker.start()
    await runtime.inbox.accept(msg("console:ttl", command="start", arg="ru"))
    await drain(runtime, 1, rec)
    ttl = await runtime.storage.redis.ttl(runtime.storage.keys.user("console:ttl"))
    assert 30 * 86400 - 60 < ttl <= 30 * 86400
    h = await runtime.storage.redis.hgetall(runtime.storage.keys.user("console:ttl"))
    assert h["l"] == "ru" and len(str(h)) < 1024
    await runtime.worker.stop()
    task.cancel()


@pytest.fixture(scope="module")
def counter_action():  # type: ignore[no-untyped-def]
    """An engine with one more plugin: messages of three or more digits from ``console:c...``
    people are counted in the state (and answered "ok"): a lost update would show."""
    parts = Parts()

    def count(ctx, args):  # type: ignore[no-untyped-def]
        ctx.state.data["n"] = ctx.state.data.get("n", 0) + 1
        seen = ctx.state.data.setdefault("seq", [])
        seen.append(int(ctx.text))
        del seen[:-200]

    def counting_hook(ctx) -> bool:  # type: ignore[no-untyped-def]
        if ctx.inbound.user.startswith("console:c") and ctx.text.isdigit() and len(ctx.text) > 2:
            count(ctx, {})
            ctx.say("ok")
            return True
        return False

    parts.action("test_count")(count)
    parts.hook("before", order=0)(counting_hook)
    return build_engine((*PLUGINS, Plugin("test", engine=parts)))


@pytest.mark.slow
async def test_concurrent_messages_of_one_user_are_handled_one_at_a_time_in_order(storage, counter_action) -> None:  # type: ignore[no-untyped-def]
    rt = make_runtime(storage, engine=counter_action, partitions=4, lease_seconds=2)
    rt.processor.rate_burst = 1000  # this test is about order, not the rate limit
    rt.inbox.per_minute = 1000  # nor the intake cap
    in_flight: set[str] = set()
    overlaps: list[str] = []
    order: dict[str, list[str]] = {}
    handle = rt.processor.handle

    async def watched(worker_id, p, entry_id, inbound):  # type: ignore[no-untyped-def]
        if inbound.user in in_flight:
            overlaps.append(inbound.user)
        in_flight.add(inbound.user)
        order.setdefault(inbound.user, []).append(entry_id)
        await asyncio.sleep(0)  # give a second worker every chance to interleave
        try:
            await handle(worker_id, p, entry_id, inbound)
        finally:
            in_flight.discard(inbound.user)

    rec = Recorder()
    rt.processor.senders["console"] = rec
    workers = [Worker(rt.inbox, watched, lease_seconds=2) for _ in range(2)]
    tasks = [await w.start() for w in workers]
    users = [f"console:c{i}" for i in range(5)]
    for u in users:
        await rt.inbox.accept(msg(u, command="start", arg="ru"))
    # 5 users x 40 messages, all sent at once
    entries = await asyncio.gather(*(rt.inbox.accept(msg(u, str(100 + k))) for u in users for k in range(40)))
    assert all(entries)
    await drain(rt, 5 * 41, rec, timeout=60)
    assert not overlaps
    for u in users:
        state, _ = await rt.processor.load(u)
        assert state.data["n"] == 40  # no lost update
        ids = order[u]
        assert ids == sorted(ids, key=lambda e: tuple(map(int, e.split("-"))))  # stream order kept
    for w in workers:
        await w.stop()
    for t in tasks:
        t.cancel()


async def test_duplicate_provider_message_is_accepted_once(runtime) -> None:  # type: ignore[no-untyped-def]
    m = Inbound(channel="tg", user="tg:1", text="hi", message_id="update-42")
    assert await runtime.inbox.accept(m)
    assert await runtime.inbox.accept(m) is None


@pytest.mark.slow
async def test_entries_of_a_crashed_worker_are_processed_by_the_next(runtime) -> None:  # type: ignore[no-untyped-def]
    """A worker takes entries and dies without acknowledging; after its lease runs out
    the next worker re-reads them from the pending list."""
    rec = Recorder()
    runtime.processor.senders["console"] = rec
    await runtime.inbox.ensure_groups()

    async def die(*_a) -> None:  # type: ignore[no-untyped-def]
        raise asyncio.CancelledError

    dying = Worker(runtime.inbox, die, lease_seconds=1)
    await runtime.inbox.accept(msg("console:crash", command="start", arg="tg"))
    dtask = await dying.start()
    await asyncio.sleep(0.5)
    dtask.cancel()  # gone without releasing its leases or acknowledging
    for t in dying.owned.values():
        t.cancel()
    survivor = Worker(runtime.inbox, runtime.processor.handle, lease_seconds=1)
    stask = await survivor.start()
    await drain(runtime, 1, rec, timeout=15)
    state, _ = await runtime.processor.load("console:crash")
    assert state.lang == "tg"
    await survivor.stop()
    stask.cancel()


@pytest.mark.slow
@pytest.mark.parametrize(
    "url, message",
    [
        ("http://localhost:6379", "REDIS_URL must start with redis://"),
        ("redis://127.0.0.1:1/0", "cannot reach Redis at redis://127.0.0.1:1"),
        ("redis://", "REDIS_URL has no host name"),
    ],
)
def test_bad_redis_url_gives_one_clear_line(url: str, message: str, tmp_path: Path) -> None:
    out = subprocess.run([sys.executable, "-m", "bot", "chat"], cwd=tmp_path, env={"REDIS_URL": url, "PATH": "/usr/bin:/bin", "PYTHONPATH": str(ROOT)},
                         input="", capture_output=True, text=True, timeout=60, check=False)
    assert out.returncode == 2
    lines = out.stderr.strip().splitlines()
    assert len(lines) == 1 and message in lines[0], out.stderr


@pytest.mark.slow
async def test_a_flood_from_one_person_gets_one_polite_answer_then_silence_but_sos_passes(runtime) -> None:  # type: ignore[no-untyped-def]
    rec = Recorder()
    runtime.processor.senders["console"] = rec
    runtime.processor.rate_burst, runtime.processor.rate_refill = 5, 3600
    task = await runtime.worker.start()
    user = "console:flood"
    await runtime.inbox.accept(msg(user, command="start", arg="ru"))
    for _i in range(12):
        await runtime.inbox.accept(msg(user, "меню"))
    await runtime.inbox.accept(msg(user, "помогите"))
    await drain(runtime, 7, rec)
    await asyncio.sleep(0.5)
    sent = rec.sent[user]
    assert len(sent) == 7  # start + 4 allowed + one notice + SOS; the rest in silence
    assert "очень быстро" in sent[5][1][0].text
    assert sent[-1][0] == "помогите" and any(r.kind == "contacts" for r in sent[-1][1])
    await runtime.worker.stop()
    task.cancel()


@pytest.mark.slow
async def test_a_stale_state_cache_is_caught_by_the_save_and_the_entry_redone(storage, counter_action) -> None:  # type: ignore[no-untyped-def]
    """Process A caches a person's state; the partition moves to process B, which handles
    a message; it moves back to A without A being told (its hook is not wired here). A's
    save is refused (the state's last entry id is not the one A cached), A re-reads the
    entry with fresh state, and no update is lost."""
    engine = counter_action
    a = make_runtime(storage, engine=engine, partitions=1, lease_seconds=2)
    b = make_runtime(storage, engine=engine, partitions=1, lease_seconds=2)
    rec = Recorder()
    a.processor.senders["console"] = b.processor.senders["console"] = rec
    await a.inbox.accept(msg("console:cstale", command="start", arg="ru"))
    for n, rt in enumerate((a, b, a)):
        worker = Worker(rt.inbox, rt.processor.handle, lease_seconds=2)  # no on_acquire: the cache is not dropped
        task = await worker.start()
        await rt.inbox.accept(msg("console:cstale", str(100 + n)))
        for _ in range(500):  # until saved (a refused save is redone first)
            state, _ = await a.processor.load("console:cstale")
            if state.data.get("n") == n + 1:
                break
            await asyncio.sleep(0.02)
        await worker.stop()
        task.cancel()
    assert state.data["n"] == 3 and state.data["seq"] == [100, 101, 102]
    assert len(rec.sent["console:cstale"]) == 5  # start, 3 messages, and the refused attempt had answered once


@pytest.mark.slow
async def test_an_ordinary_message_costs_three_redis_commands(tmp_path: Path, engine: Engine) -> None:
    """Intake script, stream read and the save script; the state comes from the cache.
    (A server of its own, as INFO counts every client's commands; a long lease keeps the
    worker's lease renewals out of the measured window.)"""
    server = EmbeddedValkey(tmp_path / "own")
    storage = await Storage.open(server.start(), prefix="rt")
    rt = make_runtime(storage, engine=engine, partitions=2, lease_seconds=60)
    rec = Recorder()
    rt.processor.senders["console"] = rec
    task = await rt.worker.start()
    await rt.inbox.accept(msg("console:rt", command="start", arg="tg"))
    await drain(rt, 1, rec)
    await asyncio.sleep(0.2)

    async def calls() -> dict[str, int]:
        info = await storage.redis.info("commandstats")
        return {k.removeprefix("cmdstat_"): v["calls"] for k, v in info.items()}

    before = await calls()
    await rt.inbox.accept(msg("console:rt", "1"))
    await drain(rt, 2, rec)
    await asyncio.sleep(0.05)
    after = await calls()
    await rt.worker.stop()
    task.cancel()
    delta = {k: n - before.get(k, 0) for k, n in after.items() if n != before.get(k, 0)}
    # commandstats also counts the commands run inside the scripts (HGET, HSET, XADD...)
    await storage.redis.aclose()
    server.stop()
    assert delta.get("evalsha") == 2, delta  # intake + save
    assert delta.get("xreadgroup") == 1, delta
    assert "hgetall" not in delta, delta
