"""Privacy and retention (issue 8 point 4), against the real (embedded) Valkey.

- Retention with a clock the test controls: closed cases keep their conversation for
  ``CASE_RETENTION_DAYS``, are then anonymised (only what statistics need stays), and are
  deleted after ``STATS_RETENTION_DAYS``; open cases are never touched; many processes at
  once anonymise each case once; the console's statistics and CSV are the same before and
  after.
- Forget, end to end through the real channels: after a conversation with a job-offer check
  and an open case, no key names the person except what the open case needs; without an open
  case, nothing at all. Every key of the test's prefix is read with SCAN and searched for the
  person's key, its digest and their identity (chat id, phone number).
"""

from __future__ import annotations

import asyncio
import dataclasses
import hashlib
import json
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot import config
from bot.app import Runtime
from bot.handover.queue import ANON_FIELDS, CaseError, CaseQueue
from bot.handover.retention import Retention
from bot.handover.service import tick
from bot.storage import Storage

DAY = 86400.0


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


def retention(q: CaseQueue, **kw: Any) -> Retention:
    return Retention(q, case_days=kw.pop("case_days", 90), stats_days=kw.pop("stats_days", 730), every=0, **kw)


async def closed_case(q: CaseQueue, user: str, *, outcome: str = "resolved", rate: int | None = 3) -> str:
    ref = (await q.open_or_append(user, channel=user.partition(":")[0], lang="ru", category="passport", priority="urgent",
                                  reason="sos", messages=[{"text": "my employer took my passport"}],
                                  learned={"employer": "OOO Stroy", "city": "Kazan"})).ref
    await q.add_message(ref, user, "I am in Kazan, my name is Firuz")
    await q.claim(ref, "olga")
    await q.reply(ref, "olga", "We will call the embassy")
    await q.note(ref, "olga", "called the person back")
    await q.close(ref, "olga", outcome)
    if rate:
        assert await q.rate(ref, user, rate)
    return ref


async def test_a_closed_case_is_anonymised_after_retention_then_deleted(queue: CaseQueue, clock: Clock) -> None:
    r, k = queue.storage.redis, queue.keys
    user = "tg:" + "ab" * 16
    ref = await closed_case(queue, user)
    await r.lpush(k.sms_failures(ref), json.dumps({"t": 1, "status": "failed", "code": "30003"}))
    before = await queue.get(ref)
    assert before and before.user == user and await queue.messages(ref) and await queue.notes(ref)
    ret = retention(queue)

    clock.t += 89 * DAY
    assert (await ret.run()).anonymised == 0  # type: ignore[union-attr]
    assert (await queue.get(ref)).user == user  # type: ignore[union-attr]

    clock.t += 2 * DAY
    done = await ret.run()
    assert done and done.anonymised == 1 and done.deleted == 0
    raw = await r.hgetall(k.case(ref))
    assert set(raw) <= set(ANON_FIELDS)
    for kept in ("created", "closed_at", "first_claimed", "category", "priority", "lang", "channel", "outcome", "rating"):
        assert raw.get(kept), kept
    assert raw["outcome"] == "resolved" and raw["rating"] == "3" and raw["channel"] == "tg"
    assert "Firuz" not in json.dumps(raw) and "OOO Stroy" not in json.dumps(raw) and "olga" not in json.dumps(raw)
    assert not await r.exists(k.case_msgs(ref), k.case_notes(ref), k.sms_failures(ref), k.user_cases(user))
    case = await queue.get(ref)
    assert case and case.user == "" and case.person == "P-erased" and case.learned == {}
    audit = [f for _, f in await r.xrange(k.audit())]
    assert audit[-1]["kind"] == "anonymised" and audit[-1]["n"] == "1" and audit[-1]["case"] == ""

    assert (await ret.run()).anonymised == 0  # type: ignore[union-attr]  (once only)
    with pytest.raises(CaseError):  # nothing can be added to an anonymised case (it would never expire)
        await queue.note(ref, "olga", "one more thing about Firuz")
    with pytest.raises(CaseError):
        await queue.reopen(ref, "olga")
    assert not await r.exists(k.case_notes(ref))
    clock.t += (730 - 91) * DAY + DAY
    done = await ret.run()
    assert done and done.deleted == 1
    assert not await r.exists(k.case(ref))
    assert await r.zcard(k.anon_cases()) == 0 and await r.zcard(k.closed_cases()) == 0


async def test_open_cases_are_never_touched(queue: CaseQueue, clock: Clock) -> None:
    waiting = (await queue.open_or_append("web:" + "w" * 20, channel="web", lang="tg", messages=[{"text": "help"}])).ref
    claimed = (await queue.open_or_append("web:" + "c" * 20, channel="web", lang="tg", messages=[{"text": "help"}])).ref
    await queue.claim(claimed, "olga")
    clock.t += 1000 * DAY
    done = await retention(queue).run()
    assert done and done.anonymised == 0 and done.deleted == 0
    for ref in (waiting, claimed):
        case = await queue.get(ref)
        assert case and case.user and [m["text"] for m in await queue.messages(ref)] == ["help"]


async def test_a_reopened_case_counts_from_its_last_closing(queue: CaseQueue, clock: Clock) -> None:
    user = "sms:" + "5" * 32
    ref = await closed_case(queue, user, rate=None)
    clock.t += 50 * DAY
    await queue.reopen(ref, "olga")
    ret = retention(queue)
    clock.t += 100 * DAY
    assert (await ret.run()).anonymised == 0  # type: ignore[union-attr]  (open again: untouched)
    await queue.claim(ref, "olga")
    await queue.close(ref, "olga", "information")
    clock.t += 89 * DAY
    assert (await ret.run()).anonymised == 0  # type: ignore[union-attr]
    clock.t += 2 * DAY
    assert (await ret.run()).anonymised == 1  # type: ignore[union-attr]
    case = await queue.get(ref)
    assert case and case.user == "" and case.outcome == "information"


@pytest.mark.slow
async def test_many_processes_anonymise_each_case_once_in_bounded_rounds(queue: CaseQueue, storage: Storage, clock: Clock) -> None:
    refs = set()
    for i in range(120):
        ref = (await queue.open_or_append(f"web:{i:020d}", channel="web", lang="ru", messages=[{"text": f"m{i}"}])).ref
        await queue.claim(ref, "olga")
        await queue.close(ref, "olga", "resolved")
        refs.add(ref)
    clock.t += 91 * DAY
    # five processes, each with its own queue object and retention, all at once
    rets = [retention(CaseQueue(storage, None, clock=clock), limit=20) for _ in range(5)]
    rounds = 0
    got: list[str] = []
    while True:
        results = await asyncio.gather(*(ret.queue.anonymise_due(int((clock.t - 90 * DAY) * 1000), ret.limit) for ret in rets))
        rounds += 1
        for res in results:
            assert len(res) <= 20
            got += res
        if not any(results):
            break
    assert sorted(got) == sorted(refs)  # every case, each exactly once
    assert rounds >= 2
    audit = [f for _, f in await storage.redis.xrange(storage.keys.audit()) if f["kind"] == "anonymised"]
    assert sum(int(f["n"]) for f in audit) == 120


async def test_the_timer_tick_runs_retention(queue: CaseQueue, clock: Clock) -> None:
    ref = await closed_case(queue, "web:" + "t" * 20)
    clock.t += 91 * DAY
    ret = retention(queue)
    await tick(queue, ret)
    assert (await queue.get(ref)).user == ""  # type: ignore[union-attr]
    ret.every = 60
    await tick(queue, ret)  # within the minute: retention waits (no Redis work)


async def test_cases_closed_before_the_index_existed_are_found_in_the_audit(queue: CaseQueue, clock: Clock) -> None:
    """An installation upgraded from a version without the retention index: its closed cases
    are indexed once from the audit stream's ``closed`` entries."""
    r, k = queue.storage.redis, queue.keys
    old = await closed_case(queue, "tg:" + "01" * 16)
    reopened = await closed_case(queue, "tg:" + "02" * 16)
    await queue.reopen(reopened, "olga")
    await r.delete(k.closed_cases())  # what the older version left: no index
    clock.t += 91 * DAY
    done = await retention(queue).run()
    assert done and done.indexed == 2 and done.anonymised == 1
    assert (await queue.get(old)).user == ""  # type: ignore[union-attr]
    assert (await queue.get(reopened)).user  # type: ignore[union-attr]  (open again: kept)
    assert await r.get(k.retention_backfill()) == "done"
    assert (await retention(queue).run()).indexed == 0  # type: ignore[union-attr]


async def test_forget_anonymises_closed_cases_now_and_an_open_one_when_it_closes(queue: CaseQueue, clock: Clock) -> None:
    r, k = queue.storage.redis, queue.keys
    user = "tg:" + "cd" * 16
    old = await closed_case(queue, user)
    new = (await queue.open_or_append(user, channel="tg", lang="ru", messages=[{"text": "again"}], learned={"x": "1"})).ref
    assert await queue.forget_user(user) == new
    gone = await r.hgetall(k.case(old))
    assert set(gone) <= set(ANON_FIELDS) and gone["outcome"] == "resolved"
    assert await r.smembers(k.user_cases(user)) == {new}
    kept = await queue.get(new)
    assert kept and kept.user == user and kept.learned == {"x": "1"}  # the operator still needs it
    await queue.claim(new, "olga")
    await queue.close(new, "olga", "resolved")
    done = await retention(queue).run()  # no waiting for CASE_RETENTION_DAYS
    assert done and done.anonymised == 1
    assert not await r.exists(k.case_msgs(new), k.user_cases(user))
    assert (await queue.get(new)).user == ""  # type: ignore[union-attr]


def test_retention_settings_are_checked(queue: CaseQueue, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASE_RETENTION_DAYS", "90")
    monkeypatch.setenv("STATS_RETENTION_DAYS", "30")
    with pytest.raises(config.ConfigError, match="STATS_RETENTION_DAYS"):
        Retention(queue)
    monkeypatch.setenv("CASE_RETENTION_DAYS", "0")
    with pytest.raises(config.ConfigError, match="CASE_RETENTION_DAYS"):
        Retention(queue, stats_days=730)
    monkeypatch.delenv("CASE_RETENTION_DAYS")
    monkeypatch.delenv("STATS_RETENTION_DAYS")
    ret = Retention(queue)
    assert (ret.case_days, ret.stats_days) == (90, 730)  # the defaults


# -- the console's statistics survive anonymisation ---------------------------------------------
@pytest.mark.slow
async def test_statistics_and_export_are_the_same_after_anonymisation(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    from bot.handover.service import queue_of
    from bot.operators import accounts as operators
    from bot.operators import views
    from tests.test_console import PASSWORD, login, make_client

    monkeypatch.setattr(views, "FAIL_DELAY", 0.0)
    await operators.add(runtime.storage, "sami", "supervisor", PASSWORD)
    client: TestClient = await make_client(runtime)
    try:
        q = queue_of(runtime)
        a = await closed_case(q, "tg:" + "a1" * 16)
        await closed_case(q, "sms:" + "b2" * 16, outcome="referred_embassy", rate=None)
        await q.open_or_append("web:" + "c" * 20, channel="web", lang="tg", category="question")
        await login(client, "sami")
        stats = await (await client.get("/console/stats")).text()
        export = await (await client.get("/console/export.csv")).text()
        assert len(export.strip().splitlines()) == 4

        later = CaseQueue(runtime.storage, None, clock=lambda: time.time() + 91 * DAY)  # a process 91 days on
        done = await retention(later).run()
        assert done and done.anonymised == 2
        assert (await q.get(a)).user == ""  # type: ignore[union-attr]

        assert await (await client.get("/console/export.csv")).text() == export
        assert await (await client.get("/console/stats")).text() == stats
        page = await client.get(f"/console/case/{a}")
        assert page.status == 200 and "P-erased" in await page.text()  # the case page still opens
    finally:
        await client.close()


# -- forget, end to end: SCAN every key ---------------------------------------------------------------
async def dump(storage: Storage) -> dict[str, str]:
    """Every key of the test's prefix with its whole content as text."""
    r = storage.redis
    out: dict[str, str] = {}
    async for key in r.scan_iter(match=storage.keys.tag + ":*", count=1000):
        kind = await r.type(key)
        if kind == "string":
            value: Any = await r.get(key)
        elif kind == "hash":
            value = await r.hgetall(key)
        elif kind == "list":
            value = await r.lrange(key, 0, -1)
        elif kind == "set":
            value = sorted(await r.smembers(key))
        elif kind == "zset":
            value = await r.zrange(key, 0, -1, withscores=True)
        elif kind == "stream":
            value = await r.xrange(key)
        else:
            value = kind
        out[key] = json.dumps(value, ensure_ascii=False)
    return out


def mentioning(keys: dict[str, str], needles: list[str]) -> dict[str, list[str]]:
    """Keys whose name or content holds any of ``needles``, with the needles found."""
    found: dict[str, list[str]] = {}
    for key, content in keys.items():
        hits = [n for n in needles if n in key or n in content]
        if hits:
            found[key] = hits
    return found


def needles_of(user: str, *identity: str) -> list[str]:
    """The person's key, its digest, their pseudonym on the console, and their identity in clear."""
    digest = user.partition(":")[2]
    return [user, digest, "P-" + hashlib.sha256(user.encode()).hexdigest()[:6], *identity]


CHAT = 739146825  # a chat id of nine digits, distinctive in a dump
MARK = "Firuzmarker"


@pytest.fixture
async def tg(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Any]:
    from bot.handover.service import queue_of
    from tests.fake_telegram import FakeBotAPI
    from tests.telegram_harness import Harness, env

    fake = await FakeBotAPI().start()
    env(monkeypatch, fake)
    queue_of(runtime)
    runtime.processor.rate_burst = 1000  # (a whole checklist is more than the rate limit's burst)
    h = await Harness(runtime, fake).start()
    h.channel.pacer.chat = (0.001, 3)
    yield h
    await h.stop()
    await fake.stop()


async def tg_say(h: Any, text: str, chat: int = CHAT) -> None:
    from tests.fake_telegram import message

    assert await h.post(message(chat, text, **{"from": {"id": chat, "is_bot": False, "first_name": "Firuz",
                                                         "last_name": "Karimovmarker", "username": "firuz_marker"}})) == 200
    await h.idle()


async def tg_press(h: Any, label_part: str, chat: int = CHAT) -> None:
    from tests.fake_telegram import button

    last = [c for c in h.fake.of("sendMessage", chat) if c.buttons()][-1]
    data = next(d for label, d in last.buttons() if label_part.lower() in label.lower())
    assert await h.post(button(chat, data)) == 200
    await h.idle()


async def tg_job_check(h: Any, *, violence: bool) -> None:
    await tg_press(h, "Проверить предложение")
    await tg_press(h, "Ответить на вопросы")
    if violence:
        for answer in ("Да", "Нет", "Да"):  # already abroad; no threats; violence: yes -> an urgent case
            await tg_press(h, answer)
    else:
        await tg_press(h, "Нет")  # not abroad yet
        await tg_press(h, "Да")  # asked to pay
        for _ in range(30):
            last = [c for c in h.fake.of("sendMessage", CHAT) if c.buttons()][-1]
            if not any(label == "Не знаю" for label, _ in last.buttons()):
                break
            await tg_press(h, "Не знаю")


async def settle(h: Any) -> None:
    """Until the system events that forget sends itself (case_resume) are processed too."""
    for _ in range(3):
        await asyncio.sleep(0.1)
        await h.idle()


@pytest.mark.slow
async def test_telegram_forget_with_an_open_case_keeps_only_what_the_case_needs(tg: Any) -> None:
    from bot.channels.telegram.render import user_key
    from bot.handover.service import queue_of

    user = user_key(tg.channel.pepper, CHAT)
    await tg_say(tg, "/start ru")
    await tg_job_check(tg, violence=True)
    q = queue_of(tg.rt)
    ref = await q.storage.redis.hget(q.keys.open_cases(), user)
    assert ref, "the violence answer opened a case"
    await tg_say(tg, f"Меня зовут {MARK}, я в Казани")
    assert any(MARK in m["text"] for m in await q.messages(ref))
    await tg_say(tg, "/forget")
    await tg_press(tg, "Да, удалить")
    await settle(tg)

    keys = await dump(tg.rt.storage)
    k = tg.rt.storage.keys
    found = mentioning(keys, needles_of(user, str(CHAT), "firuz_marker", "Karimovmarker"))
    # what the open case needs: the case (its person), the open-case index, the person's list of cases
    # (only this one), and the person's state, linked to the case again, with the sealed way back
    assert set(found) == {k.case(ref), k.open_cases(), k.user_cases(user), k.user(user)}, found
    assert json.loads(keys[k.user_cases(user)]) == [ref]
    state = json.loads(keys[k.user(user)])
    assert state["c"] == ref and str(CHAT) not in keys[k.user(user)]
    # the case link, the sealed chat id, the chat's message ids (/erase), the rate bucket, the last entry id:
    # no answers, no language, no place in a flow
    assert not {f for f in state if f not in ("c", "xk", "xh", "r", "z")}, state
    # the operator can still answer, through the person's own chat
    await q.claim(ref, "olga")
    await q.reply(ref, "olga", "Оператор на связи")
    await settle(tg)
    assert any("Оператор на связи" in t for t in tg.fake.texts(CHAT))
    # what the person said before forget stays in the open case for the operator, and goes when it closes
    await q.close(ref, "olga", "resolved", ask_rating=False)
    await settle(tg)
    done = await Retention(q, case_days=90, stats_days=730, every=0).run()
    assert done and done.anonymised == 1
    keys = await dump(tg.rt.storage)
    assert not any(MARK in v for v in keys.values())
    found = mentioning(keys, needles_of(user, str(CHAT)))
    assert set(found) <= {k.user(user)}  # the state, until its TTL


@pytest.mark.slow
async def test_telegram_forget_without_an_open_case_leaves_nothing(tg: Any) -> None:
    from bot.channels.telegram.render import user_key

    user = user_key(tg.channel.pepper, CHAT)
    await tg_say(tg, "/start ru")
    await tg_job_check(tg, violence=False)
    await tg_say(tg, f"Меня зовут {MARK}. Работа в Польше! Зарплата 3500$ в месяц, без опыта. Предоплата 300$ за визу.")
    keys = await dump(tg.rt.storage)
    assert mentioning(keys, needles_of(user))  # (the search finds the person before forget)
    await tg_say(tg, "/forget")
    await tg_press(tg, "Да, удалить")
    await settle(tg)
    keys = await dump(tg.rt.storage)
    found = mentioning(keys, needles_of(user, str(CHAT), MARK, "firuz_marker", "Karimovmarker"))
    assert found == {}, {key: keys[key] for key in found}


# -- SMS ------------------------------------------------------------------------------------------

PHONE = "+992931234567"


@pytest.fixture
async def sms(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Any]:
    from tests import test_sms

    runtime.processor.rate_burst = 1000
    gen = test_sms.line.__wrapped__(runtime, monkeypatch)  # type: ignore[attr-defined]
    line = await gen.__anext__()
    line.channel.inbound_per_minute = 1000
    yield line
    with pytest.raises(StopAsyncIteration):
        await gen.__anext__()


async def sms_say(line: Any, *bodies: str) -> list[str]:
    pages: list[str] = []
    for body in bodies:
        pages = await line.screen(body, sender=PHONE)
    return pages


@pytest.mark.slow
async def test_sms_forget_with_an_open_case_keeps_only_what_the_case_needs(sms: Any) -> None:
    from bot.handover.service import queue_of

    user = sms.channel.user_key(PHONE)
    await sms_say(sms, "Салом", "2", "МЕНЮ")
    # the job check: answer questions; abroad yes, threats no, violence yes -> an urgent case
    await sms_say(sms, "2", "1", "1", "2", "1")
    q = queue_of(sms.rt)
    ref = await q.storage.redis.hget(q.keys.open_cases(), user)
    assert ref, "the violence answer opened a case"
    await sms_say(sms, f"Меня зовут {MARK}")
    await sms_say(sms, "ЗАБУДЬ МЕНЯ", "1")
    await asyncio.sleep(0.3)

    keys = await dump(sms.rt.storage)
    k = sms.rt.storage.keys
    found = mentioning(keys, needles_of(user, PHONE, PHONE[1:]))
    # (the sealed number, and the provider/phone/SIM they wrote to, are what the case needs
    # to reach the person: see the test below)
    assert set(found) - {k.sms_number(user), k.sms_route(user)} == {k.case(ref), k.open_cases(), k.user_cases(user), k.user(user)}, found
    assert not any(PHONE[1:] in v for v in keys.values())  # the number only ever sealed


@pytest.mark.slow
async def test_sms_forget_with_an_open_case_still_lets_the_operator_answer(sms: Any) -> None:
    from bot.handover.service import queue_of

    user = sms.channel.user_key(PHONE)
    await sms_say(sms, "Салом", "2", "SOS")
    q = queue_of(sms.rt)
    ref = await q.storage.redis.hget(q.keys.open_cases(), user)
    assert ref
    await sms_say(sms, "ЗАБУДЬ МЕНЯ", "1")
    for _ in range(250):  # until the case is linked to the fresh state again (a system event)
        state, _ = await sms.rt.processor.load(user)
        if state.case == ref:
            break
        await asyncio.sleep(0.02)
    await q.claim(ref, "olga")
    await q.reply(ref, "olga", "Оператор на связи")
    for _ in range(500):  # (under load an earlier answer may also have gone by REST)
        if any("Оператор на связи" in m.body for m in sms.fake.messages):
            break
        await asyncio.sleep(0.02)
    assert any("Оператор на связи" in m.body for m in sms.fake.messages), [m.body for m in sms.fake.messages]


@pytest.mark.slow
@pytest.mark.parametrize(("word", "lang", "yes"), [("FORGET", "ru", "Да, удалить"), ("ЗАБУДЬ МЕНЯ", "ru", "Да, удалить"),
                                                  ("ФАРОМӮШ", "tg", "Ҳа, ҳамаашро"), ("faromush", "tg", "Ҳа, ҳамаашро")])
async def test_sms_forget_works_in_tajik_russian_and_latin(sms: Any, word: str, lang: str, yes: str) -> None:
    """FORGET by SMS, in English, Russian and Tajik (Cyrillic and Latin letters): it asks first, in the
    person's language, and the answer to "1" erases."""
    user = sms.channel.user_key(PHONE)
    await sms_say(sms, "Салом", "1" if lang == "tg" else "2")
    pages = await sms_say(sms, word)
    assert yes in " ".join(pages), pages
    state, _ = await sms.rt.processor.load(user)
    assert state.node == "main.forget" and state.lang == lang  # nothing erased before the confirmation
    await sms_say(sms, "1")
    await asyncio.sleep(0.2)
    assert not await sms.rt.storage.redis.exists(sms.rt.storage.keys.user(user))


@pytest.mark.slow
async def test_sms_forget_without_an_open_case_leaves_nothing(sms: Any) -> None:
    user = sms.channel.user_key(PHONE)
    await sms_say(sms, "Салом", "2", "МЕНЮ", "2", "1", "2", "1")
    await sms_say(sms, f"Меня зовут {MARK}")
    await sms_say(sms, "ЗАБУДЬ МЕНЯ", "1")
    await asyncio.sleep(0.3)
    keys = await dump(sms.rt.storage)
    found = mentioning(keys, needles_of(user, PHONE, PHONE[1:], MARK))
    assert found == {}, {key: keys[key] for key in found}


# -- web chat -------------------------------------------------------------------------------------
@pytest.fixture
async def web(runtime: Runtime) -> AsyncIterator[TestClient]:
    from aiohttp.test_utils import TestServer

    from bot.channels.webchat import plugin as webchat
    from bot.handover.service import queue_of
    from bot.web.server import build_app

    queue_of(runtime)
    runtime.processor.rate_burst = 1000
    await webchat.attach(runtime)
    client = TestClient(TestServer(build_app(dataclasses.replace(runtime, plugins=(webchat.PLUGIN,)))))
    await client.start_server()
    task = await runtime.worker.start()
    await client.get("/")
    yield client
    task.cancel()
    await client.close()


def web_user(client: TestClient) -> str:
    from bot.channels.webchat.visitors import COOKIE, cookie_user

    cookie = next(c for c in client.session.cookie_jar if c.key == COOKIE)
    user = cookie_user(cookie.value)
    assert user
    return user


async def web_shown(runtime: Runtime, user: str) -> list[dict[str, Any]]:
    return [json.loads(f["j"]) for _, f in await runtime.storage.redis.xrange(runtime.storage.keys.webchat(user))]


async def web_say(client: TestClient, runtime: Runtime, user: str, text: str = "", label: str = "") -> None:
    """Send a text, or press the option whose label starts with ``label``; wait until it is processed."""
    body: dict[str, Any] = {"text": text}
    if label:
        offered = [o for item in await web_shown(runtime, user) for o in item.get("options", [])]
        option = [o for o in offered if o["label"].startswith(label)][-1]
        body = {"option": option["id"], "label": option["label"]}
    resp = await client.post("/chat/send", json=body, headers={"X-Hamroh-Chat": "1"})
    assert resp.status == 202
    r, k = runtime.storage.redis, runtime.storage.keys
    for _ in range(4):  # (and the system events that processing puts into the inbox)
        await asyncio.sleep(0.05)
        for _ in range(200):
            if not any([await r.xlen(k.inbox(p)) for p in range(runtime.inbox.partitions)]):
                break
            await asyncio.sleep(0.02)


@pytest.mark.slow
async def test_web_chat_forget_without_an_open_case_leaves_only_the_farewell_for_a_minute(web: TestClient, runtime: Runtime) -> None:
    user = web_user(web)
    await web_say(web, runtime, user, "/start")
    await web_say(web, runtime, user, label="Русский")
    await web_say(web, runtime, user, f"Меня зовут {MARK}, это мой вопрос о патенте")
    await web_say(web, runtime, user, "забудь меня")
    await web_say(web, runtime, user, label="Да, удалить")
    keys = await dump(runtime.storage)
    found = mentioning(keys, needles_of(user, MARK))
    stream = runtime.storage.keys.webchat(user)
    # the open page still has to show "done": the visitor's stream holds that answer alone, for a minute
    assert set(found) <= {stream}, {key: keys[key] for key in found}
    if found:
        items = await runtime.storage.redis.xrange(stream)
        assert [json.loads(f["j"])["by"] for _, f in items] == ["bot"] and MARK not in str(items)
        assert 0 < await runtime.storage.redis.ttl(stream) <= 60
