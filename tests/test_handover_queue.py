"""The case queue against a real (embedded) Valkey: order, atomic claims, leases, announcements."""

from __future__ import annotations

import asyncio

import pytest

from bot.handover.queue import CaseError, CaseQueue
from bot.storage import Storage


class Clock:
    def __init__(self, t: float = 1_800_000_000.0) -> None:
        self.t = t

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def queue(storage: Storage, clock: Clock) -> CaseQueue:
    return CaseQueue(storage, None, lease_ms=60_000, reannounce_ms=120_000, clock=clock)


async def test_priority_then_age(queue: CaseQueue, clock: Clock) -> None:
    refs = {}
    for _i, (user, prio) in enumerate([("a", "normal"), ("b", "high"), ("c", "urgent"), ("d", "normal"), ("e", "urgent")]):
        clock.t += 1
        refs[user] = (await queue.open_or_append(f"web:{user}", channel="web", lang="tg", priority=prio)).ref
    order = [c.ref for c in await queue.waiting()]
    assert order == [refs[u] for u in ("c", "e", "b", "a", "d")]
    got = [(await queue.claim_next("op1")).ref for _ in range(5)]  # type: ignore[union-attr]
    assert got == order
    assert await queue.claim_next("op1") is None


async def test_claim_race_50_operators(queue: CaseQueue) -> None:
    n_cases = 20
    for i in range(n_cases):
        await queue.open_or_append(f"web:u{i}", channel="web", lang="ru", priority="urgent" if i % 3 == 0 else "normal")
    results = await asyncio.gather(*(queue.claim_next(f"op{i}") for i in range(50)))
    claimed = [c for c in results if c is not None]
    assert len(claimed) == n_cases
    assert len({c.ref for c in claimed}) == n_cases  # each case to exactly one operator
    for c in claimed:
        assert (await queue.get(c.ref)).operator == c.operator  # type: ignore[union-attr]


async def test_claim_race_one_case_50_operators(queue: CaseQueue) -> None:
    ref = (await queue.open_or_append("web:x", channel="web", lang="tg", priority="urgent")).ref

    async def try_claim(i: int) -> str | None:
        try:
            return (await queue.claim(ref, f"op{i}")).operator
        except CaseError as exc:
            assert exc.code == "not_waiting"
            return None

    winners = [w for w in await asyncio.gather(*(try_claim(i) for i in range(50))) if w]
    assert len(winners) == 1
    assert (await queue.get(ref)).operator == winners[0]  # type: ignore[union-attr]


async def test_one_open_case_per_person(queue: CaseQueue) -> None:
    a = await queue.open_or_append("tg:1", channel="tg", lang="tg", category="question", priority="normal",
                                   messages=[{"text": "first"}])
    b = await queue.open_or_append("tg:1", channel="tg", lang="tg", category="violence", priority="urgent",
                                   messages=[{"text": "second"}], learned={"passport_taken": "yes"})
    assert a.created and not b.created and a.ref == b.ref
    case = await queue.get(a.ref)
    assert case and case.priority == "urgent" and case.learned == {"passport_taken": "yes"}
    assert [m["text"] for m in await queue.messages(a.ref)] == ["first", "second"]
    assert len(await queue.waiting()) == 1
    # concurrently asking twice still makes one case
    res = await asyncio.gather(*(queue.open_or_append("tg:2", channel="tg", lang="ru") for _ in range(10)))
    assert len({r.ref for r in res}) == 1 and sum(r.created for r in res) == 1
    # after closing, a new request opens a new case
    await queue.claim(a.ref, "op")
    await queue.close(a.ref, "op", "resolved")
    c = await queue.open_or_append("tg:1", channel="tg", lang="tg")
    assert c.created and c.ref != a.ref


async def test_lease_expiry_returns_case(queue: CaseQueue, clock: Clock, storage: Storage) -> None:
    ref = (await queue.open_or_append("web:l", channel="web", lang="tg", priority="high")).ref
    await queue.claim(ref, "op1")
    clock.t += 50
    assert await queue.touch(ref, "op1")  # activity renews the lease
    clock.t += 50
    assert await queue.expire_leases() == []
    clock.t += 11
    assert await queue.expire_leases() == [(ref, "web:l", "op1")]
    case = await queue.get(ref)
    assert case and case.status == "waiting" and case.operator == ""
    assert await queue.place(ref) == 1
    kinds = [f["kind"] for _, f in await storage.redis.xrange(storage.keys.audit())]
    assert kinds == ["opened", "claimed", "lease_expired"]
    with pytest.raises(CaseError):
        await queue.reply(ref, "op1", "late")


async def test_urgent_reannounce(queue: CaseQueue, clock: Clock) -> None:
    ref = (await queue.open_or_append("web:u", channel="web", lang="tg", priority="urgent")).ref
    await queue.open_or_append("web:n", channel="web", lang="tg", priority="normal")
    clock.t += 119
    assert await queue.reannounce_due() == []
    clock.t += 2
    assert await queue.reannounce_due() == [ref]
    assert await queue.reannounce_due() == []  # once per interval, whoever asks
    clock.t += 121
    assert await queue.reannounce_due() == [ref]
    await queue.claim(ref, "op")
    clock.t += 500
    assert await queue.reannounce_due() == []


async def test_concurrent_timers_act_once(queue: CaseQueue, clock: Clock) -> None:
    refs = [(await queue.open_or_append(f"web:t{i}", channel="web", lang="tg", priority="urgent")).ref for i in range(10)]
    for r in refs:
        await queue.claim(r, "op")
    clock.t += 61
    results = await asyncio.gather(*(queue.expire_leases() for _ in range(8)))
    assert sorted(x[0] for res in results for x in res) == sorted(refs)


async def test_operations_and_audit_has_no_text(queue: CaseQueue, storage: Storage) -> None:
    ref = (await queue.open_or_append("sms:abc", channel="sms", lang="ru", messages=[{"text": "secret words"}])).ref
    await queue.claim(ref, "op1")
    with pytest.raises(CaseError) as e:
        await queue.reply(ref, "op2", "not mine")
    assert e.value.code == "not_yours"
    await queue.reply(ref, "op1", "hello there")
    await queue.note(ref, "op1", "called back")
    await queue.transfer(ref, "op1", "op2")
    await queue.reply(ref, "op2", "I continue")
    await queue.release(ref, "op2")
    await queue.claim(ref, "op3")
    await queue.close(ref, "op3", "referred_ngo")
    with pytest.raises(CaseError):
        await queue.close(ref, "op3", "resolved")
    await queue.reopen(ref, "sup")
    case = await queue.get(ref)
    assert case and case.status == "waiting"
    entries = await storage.redis.xrange(storage.keys.audit())
    kinds = [f["kind"] for _, f in entries]
    assert kinds == ["opened", "claimed", "reply", "note", "transferred", "reply", "released", "claimed", "closed", "reopened"]
    for _, f in entries:
        assert {"ts", "case", "kind", "actor"} <= set(f)
        assert not any("secret" in v or "hello" in v or "called" in v for v in f.values())
    assert [n["text"] for n in await queue.notes(ref)] == ["called back"]


async def test_forget_keeps_open_case(queue: CaseQueue) -> None:
    old = (await queue.open_or_append("tg:9", channel="tg", lang="tg", messages=[{"text": "old"}], learned={"x": "1"})).ref
    await queue.claim(old, "op")
    await queue.close(old, "op", "resolved")
    new = (await queue.open_or_append("tg:9", channel="tg", lang="tg", messages=[{"text": "new"}])).ref
    assert await queue.forget_user("tg:9") == new
    gone = await queue.get(old)
    assert gone and gone.user == "" and gone.learned == {} and await queue.messages(old) == []
    assert [m["text"] for m in await queue.messages(new)] == ["new"]


async def test_a_message_handled_again_is_not_added_to_the_case_twice(queue: CaseQueue, clock: Clock) -> None:
    """Messages are handled at least once: after a crash the worker may handle one again.
    The case keeps it once (by the inbound message's id); messages without an id, or
    with another id, are all kept."""
    first = [{"by": "person", "t": 1, "text": "earlier words", "i": "r1"},
             {"by": "person", "text": "они забрали паспорт", "i": "tg:501"}]
    opened = await queue.open_or_append("u:again", channel="tg", lang="ru", priority="urgent", reason="passport", messages=first)
    # the same message handled again (the state was not saved before the crash): the case is open now
    again = await queue.open_or_append("u:again", channel="tg", lang="ru", priority="urgent", reason="passport", messages=first)
    assert again.ref == opened.ref and not again.created
    assert await queue.add_message(opened.ref, "u:again", "помогите", mid="tg:502")
    assert await queue.add_message(opened.ref, "u:again", "помогите", mid="tg:502")
    assert await queue.add_message(opened.ref, "u:again", "помогите", mid="tg:503")  # the person said it again
    assert await queue.add_message(opened.ref, "u:again", "ещё")  # no id: always kept
    assert await queue.add_message(opened.ref, "u:again", "ещё")
    texts = [m["text"] for m in await queue.messages(opened.ref) if m["by"] == "person"]
    assert texts == ["earlier words", "они забрали паспорт", "помогите", "помогите", "ещё", "ещё"]
