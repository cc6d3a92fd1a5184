"""The person's side of the handover through the real engine, inbox and worker."""

from __future__ import annotations

import asyncio
import uuid

import pytest

from bot.app import Runtime
from bot.engine.model import Inbound, Reply, State
from bot.handover.queue import CaseQueue
from bot.handover.service import queue_of, tick


class Recorder:
    def __init__(self) -> None:
        self.sent: list[tuple[str, Reply]] = []
        self.event = asyncio.Event()

    async def send(self, user: str, replies: list[Reply], state: State, inbound: Inbound) -> None:
        self.sent += [(user, r) for r in replies]
        self.event.set()

    def texts(self, user: str) -> list[str]:
        return [r.plain() for u, r in self.sent if u == user]

    async def wait_for(self, user: str, needle: str, timeout: float = 5.0) -> Reply:
        end = asyncio.get_running_loop().time() + timeout
        while True:
            for u, r in self.sent:
                if u == user and needle in r.plain():
                    return r
            left = end - asyncio.get_running_loop().time()
            if left <= 0:
                raise AssertionError(f"no reply containing {needle!r}; got {self.texts(user)}")
            self.event.clear()
            try:
                await asyncio.wait_for(self.event.wait(), left)
            except TimeoutError:
                pass


@pytest.fixture
async def live(runtime: Runtime):
    rec = Recorder()
    runtime.processor.senders["test"] = rec
    task = await runtime.worker.start()
    yield runtime, rec
    task.cancel()


async def say(rt: Runtime, user: str, text: str = "", **kw) -> list[Reply]:
    msg = Inbound(channel="test", user=user, text=text, message_id=uuid.uuid4().hex, **kw)
    fut = asyncio.get_running_loop().create_future()
    rt.processor.waiters[msg.message_id] = fut
    await rt.inbox.accept(msg)
    return await asyncio.wait_for(fut, 10)


@pytest.mark.slow
async def test_menu_case_relay_both_ways_close_and_rate(live) -> None:
    rt, rec = live
    q: CaseQueue = queue_of(rt)
    user = "test:alice"
    await say(rt, user, command="start", arg="ru")
    await say(rt, user, "My boss keeps my passport")  # typed before asking for a person: kept for the case
    await say(rt, user, "меню")
    replies = await say(rt, user, "5")  # Talk to a person
    assert "О чём речь?" in replies[0].text and len(replies[-1].options) == 6
    replies = await say(rt, user, "2")  # passport taken
    text = "\n".join(r.plain() for r in replies)
    case = (await q.waiting())[0]
    assert case.display_ref in text and case.category == "passport" and case.priority == "urgent"
    assert any(r.kind == "contacts" for r in replies)  # urgent: contacts at once
    assert replies[-1].options  # withdraw / main menu
    state, _ = await rt.processor.load(user)
    assert state.case == case.ref
    await say(rt, user, "I am in Kazan, the address is <b>unknown</b>")
    msgs = await q.messages(case.ref)
    assert next(m["text"] for m in msgs if m["by"] == "person") == "My boss keeps my passport"
    # the whole story: the bot's answers and the person's taps (as the words they chose) too
    assert any(m["by"] == "bot" and "Что вы хотите сделать" in m["text"] for m in msgs)
    assert any(m["by"] == "tap" and m["text"] == "Поговорить с человеком" for m in msgs), msgs
    assert msgs[-1]["text"] == "I am in Kazan, the address is <b>unknown</b>"
    # an operator claims and replies; the person gets both through their own channel
    await q.claim(case.ref, "op1")
    await rec.wait_for(user, case.display_ref)
    await q.reply(case.ref, "op1", "Здравствуйте! Вы в безопасности?")
    r = await rec.wait_for(user, "Вы в безопасности?")
    assert r.kind == "operator"
    # now digits and words go to the operator, not to a menu
    assert await say(rt, user, "2") == []
    assert (await q.messages(case.ref))[-1]["text"] == "2"
    await q.close(case.ref, "op1", "referred_ngo")
    r = await rec.wait_for(user, "1, 2 ")  # the optional rating
    assert len(r.options) == 4
    for _ in range(100):  # the reply goes out just before the state is saved
        state, _ = await rt.processor.load(user)
        if state.case is None:
            break
        await asyncio.sleep(0.02)
    assert state.case is None and state.node == "handover.rate"
    await say(rt, user, "3")
    assert (await q.get(case.ref)).rating == "3"  # type: ignore[union-attr]


@pytest.mark.slow
async def test_sos_opens_urgent_case_and_asking_again_appends(live) -> None:
    rt, _rec = live
    q = queue_of(rt)
    user = "test:bob"
    await say(rt, user, command="start", arg="tg")
    replies = await say(rt, user, "SOS")
    assert any(r.kind == "contacts" for r in replies)
    waiting = await q.waiting()
    assert len(waiting) == 1 and waiting[0].priority == "urgent" and waiting[0].lang == "tg"
    replies = await say(rt, user, "помогите")  # the urgent word again: contacts again, same case
    assert any(r.kind == "contacts" for r in replies)
    assert len(await q.waiting()) == 1
    await rt.storage.redis.hset(rt.storage.keys.user(user), "n", "handover.start")
    await say(rt, user, "4")
    assert len(await q.waiting()) == 1  # one open case per person
    replies = await say(rt, user, "бекор")  # withdraw
    assert await q.waiting() == []
    case = await q.get(waiting[0].ref)
    assert case and case.status == "closed" and case.outcome == "withdrawn"
    state, _ = await rt.processor.load(user)
    assert state.case is None and state.node == "main.menu"


@pytest.mark.slow
async def test_forget_with_an_open_case_keeps_the_case_and_says_so(live) -> None:
    rt, _rec = live
    q = queue_of(rt)
    user = "test:forgetful"
    await say(rt, user, command="start", arg="ru")
    await say(rt, user, "SOS")
    [case] = await q.waiting()
    prompt = await say(rt, user, "забудь меня")
    assert "сохранится, пока оператор её не закроет" in prompt[-1].text
    done = await say(rt, user, option=prompt[-1].options[0].id)
    assert "кроме открытой заявки" in done[-1].text
    assert [c.ref for c in await q.waiting()] == [case.ref]  # the case stays, linked again
    for _ in range(100):
        state, _ = await rt.processor.load(user)
        if state.case == case.ref:
            break
        await asyncio.sleep(0.02)
    assert state.case == case.ref and state.lang is None


@pytest.mark.slow
async def test_lease_expiry_tells_person(live) -> None:
    rt, rec = live
    q = CaseQueue(rt.storage, rt.inbox, lease_ms=0)
    rt.processor.services["cases"] = q
    user = "test:carol"
    await say(rt, user, command="start", arg="ru")
    await say(rt, user, "sos")
    ref = (await q.waiting())[0].ref
    await q.claim(ref, "op1")
    await asyncio.sleep(0.01)
    assert (await tick(q))[0] == 1
    await rec.wait_for(user, "back in the queue" if False else ref[:3])
    case = await q.get(ref)
    assert case and case.status == "waiting"


@pytest.mark.slow
async def test_forget_keeps_open_case_link(live) -> None:
    rt, _rec = live
    q = queue_of(rt)
    user = "test:dan"
    await say(rt, user, command="start", arg="ru")
    await say(rt, user, "sos")
    ref = (await q.waiting())[0].ref
    await say(rt, user, "forget me")
    await say(rt, user, "1")  # yes, erase
    for _ in range(100):
        state, _ = await rt.processor.load(user)
        if state.case == ref:
            break
        await asyncio.sleep(0.02)
    assert state.case == ref


@pytest.mark.slow
async def test_menu_still_works_while_waiting(live) -> None:
    rt, _rec = live
    q = queue_of(rt)
    user = "test:erin"
    await say(rt, user, command="start", arg="ru")
    await say(rt, user, "sos")
    ref = (await q.waiting())[0].ref
    n = len(await q.messages(ref))
    await say(rt, user, "меню")
    replies = await say(rt, user, "4")  # Emergency contacts, not a message for the operator
    assert any(r.kind == "contacts" for r in replies)
    assert len(await q.messages(ref)) == n
    await say(rt, user, "Я в Москве, на стройке")
    assert (await q.messages(ref))[-1]["text"] == "Я в Москве, на стройке"


async def test_checklist_escalation_attaches_answers(runtime: Runtime) -> None:
    from bot.engine.effects import Escalate
    from bot.handover.effects import escalate

    state = State(lang="tg", data={"agency_query": "Best Travel"})
    replies = await escalate(runtime.processor, Inbound(channel="test", user="test:fay"), state,
                             Escalate(priority="urgent", category="violence", reason="checklist",
                                      answers={"passport_kept": "yes", "locked_in": "yes"}))
    case = await queue_of(runtime).get(state.case or "")
    assert case and case.priority == "urgent" and case.category == "violence"
    assert case.learned == {"agency_query": "Best Travel", "passport_kept": "yes", "locked_in": "yes"}
    assert any(r.kind == "contacts" for r in replies) and case.display_ref in replies[0].text
