"""The operators' Telegram group: a case from /sos is posted as a card, claimed with its
button, the person's messages appear in the group, the operator's reply reaches the person;
nobody else can work the case; release, note, close; topics when the group has them."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest
from redis.exceptions import ResponseError

from bot.app import Runtime
from bot.channels.telegram import hooks as telegram_hooks  # noqa: F401
from tests.fake_telegram import FakeBotAPI, group_button, group_message, message
from tests.telegram_harness import OPS_CHAT, Harness, env

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each takes over a second)

pytest.importorskip("bot.handover.actions")

PERSON = 7770001
ALI, ZARINA = 9001, 9002


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    f = await FakeBotAPI().start()
    yield f
    await f.stop()


async def _start(runtime: Runtime, fake: FakeBotAPI, monkeypatch: pytest.MonkeyPatch) -> Harness:
    env(monkeypatch, fake, ops=True)
    h = await Harness(runtime, fake).start()
    h.channel.pacer.chat = (0.001, 3)
    h.channel.pacer.group = (0.001, 3)
    h.channel.ops.block_ms = 100
    return h


@pytest.fixture
async def tg(runtime: Runtime, fake: FakeBotAPI, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Harness]:
    h = await _start(runtime, fake, monkeypatch)
    yield h
    await h.stop()


@pytest.fixture
async def tg_forum(runtime: Runtime, fake: FakeBotAPI, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Harness]:
    fake.forums.add(OPS_CHAT)
    h = await _start(runtime, fake, monkeypatch)
    yield h
    await h.stop()


async def settle(h: Harness, pause: float = 0.0, timeout: float = 10.0) -> None:
    """Wait until the inbox is drained and the group's follower has handled every case event
    (its consumer group has no lag and nothing pending), twice in a row: each side feeds the other."""
    import time

    r = h.rt.storage.redis
    audit = h.rt.storage.keys.audit()
    deadline = time.monotonic() + timeout
    quiet = 0
    while quiet < 2:
        assert time.monotonic() < deadline, "operators' group did not settle"
        await h.idle()
        busy = True
        try:
            groups = {g["name"]: g for g in await r.xinfo_groups(audit)}
            g = groups.get("tgops")
            busy = g is None or bool(g.get("pending")) or bool(g.get("lag"))
        except ResponseError:  # no audit stream yet
            busy = False
        quiet = 0 if busy else quiet + 1
        await asyncio.sleep(0.05)
    if pause:
        await asyncio.sleep(pause)


def group_posts(h: Harness) -> list[Any]:
    return h.fake.of("sendMessage", OPS_CHAT)


async def open_case(h: Harness) -> tuple[str, Any]:
    assert await h.post(message(PERSON, "/start ru")) == 200
    assert await h.post(message(PERSON, "Хозяин забрал паспорт и не платит")) == 200
    assert await h.post(message(PERSON, "/sos")) == 200
    await h.fake.wait_for("sendMessage", chat_id=OPS_CHAT, timeout=10)
    await settle(h)
    card = next(c for c in group_posts(h) if any(d.startswith("c:") for _, d in c.buttons()))
    ref = next(d for _, d in card.buttons() if d.startswith("c:"))[2:]
    return ref, card


async def test_escalation_claimed_and_answered_from_the_operators_group(tg: Harness) -> None:
    ref, card = await open_case(tg)
    assert "🔴" in card.text and f"{ref[:3]}-{ref[3:]}" in card.text
    assert "паспорт" in card.text  # the summary: what the person wrote before SOS
    r = tg.rt.storage.redis
    card_mid = int(await r.hget(tg.rt.storage.keys.tg_case_post(ref), "card"))

    # Ali claims with the button
    assert await tg.post(group_button(OPS_CHAT, ALI, f"c:{ref}", message_id=card_mid, name="Ali")) == 200
    await settle(tg)
    toast = tg.fake.of("answerCallbackQuery")[-1]
    assert ref[:3] in toast.params.get("text", "")
    edits = tg.fake.of("editMessageText", OPS_CHAT)
    assert edits and "Ali" in edits[-1].text
    assert [d for _, d in edits[-1].buttons()] == [f"r:{ref}", f"x:{ref}"]
    case = await tg.channel.ops.queue.get(ref)
    assert case.status == "claimed" and case.operator == f"Ali (tg{ALI})"

    # Zarina cannot take it
    assert await tg.post(group_button(OPS_CHAT, ZARINA, f"c:{ref}", message_id=card_mid, name="Zarina")) == 200
    await settle(tg, 0.1)
    assert "Ali" in tg.fake.of("answerCallbackQuery")[-1].params.get("text", "")

    # the person writes: it appears in the group, threaded to the card
    before = len(group_posts(tg))
    assert await tg.post(message(PERSON, "Я в Москве, <адрес> не знаю")) == 200
    await settle(tg)
    relayed = group_posts(tg)[before:]
    assert relayed and "&lt;адрес&gt;" in relayed[-1].text
    assert relayed[-1].params["reply_parameters"]["message_id"] == card_mid

    # Ali answers by replying to the card: the person gets it on Telegram
    person_before = len(tg.fake.of("sendMessage", PERSON))
    assert await tg.post(group_message(OPS_CHAT, ALI, "Здравствуйте! Вы в безопасности сейчас?", reply_to=card_mid, name="Ali")) == 200
    await settle(tg)
    to_person = tg.fake.of("sendMessage", PERSON)[person_before:]
    assert any("Вы в безопасности" in c.text for c in to_person)

    # Zarina's reply does not reach the person
    person_before = len(tg.fake.of("sendMessage", PERSON))
    before = len(group_posts(tg))
    assert await tg.post(group_message(OPS_CHAT, ZARINA, "Привет", reply_to=card_mid, name="Zarina")) == 200
    await settle(tg)
    assert not any("Привет" in c.text for c in tg.fake.of("sendMessage", PERSON)[person_before:])
    assert any("Ali" in c.text for c in group_posts(tg)[before:])

    # note, then close with an outcome code
    assert await tg.post(group_message(OPS_CHAT, ALI, "/note called the embassy", reply_to=card_mid, name="Ali")) == 200
    await settle(tg, 0.1)
    notes = await tg.channel.ops.queue.notes(ref)
    assert notes and notes[-1]["text"] == "called the embassy"
    assert await tg.post(group_message(OPS_CHAT, ALI, "/close referred_embassy", reply_to=card_mid, name="Ali")) == 200
    await settle(tg)
    case = await tg.channel.ops.queue.get(ref)
    assert case.status == "closed" and case.outcome == "referred_embassy"
    assert tg.fake.of("editMessageText", OPS_CHAT)[-1].buttons() == []


async def test_release_and_close_by_buttons_and_no_outcome_asks_for_one(tg: Harness) -> None:
    ref, _ = await open_case(tg)
    r = tg.rt.storage.redis
    card_mid = int(await r.hget(tg.rt.storage.keys.tg_case_post(ref), "card"))
    await tg.post(group_button(OPS_CHAT, ALI, f"c:{ref}", message_id=card_mid, name="Ali"))
    await settle(tg)
    await tg.post(group_button(OPS_CHAT, ALI, f"r:{ref}", message_id=card_mid, name="Ali"))
    await settle(tg)
    assert (await tg.channel.ops.queue.get(ref)).status == "waiting"
    assert tg.fake.of("editMessageText", OPS_CHAT)[-1].buttons()[0][1] == f"c:{ref}"
    await tg.post(group_button(OPS_CHAT, ZARINA, f"c:{ref}", message_id=card_mid, name="Zarina"))
    await settle(tg)
    before = len(group_posts(tg))
    await tg.post(group_message(OPS_CHAT, ZARINA, "/close", reply_to=card_mid, name="Zarina"))
    await settle(tg)
    ask = group_posts(tg)[before:]
    assert ask and any(d == f"o:{ref}:resolved" for _, d in ask[-1].buttons())
    assert all(len(d.encode()) <= 64 for _, d in ask[-1].buttons())
    await tg.post(group_button(OPS_CHAT, ZARINA, f"o:{ref}:resolved", message_id=card_mid, name="Zarina"))
    await settle(tg)
    case = await tg.channel.ops.queue.get(ref)
    assert case.status == "closed" and case.outcome == "resolved"


async def test_a_case_gets_its_own_topic_when_the_group_has_topics(tg_forum: Harness) -> None:
    tg = tg_forum
    ref, card = await open_case(tg)
    topics = tg.fake.of("createForumTopic", OPS_CHAT)
    assert len(topics) == 1 and f"{ref[:3]}-{ref[3:]}" in topics[0].params["name"]
    thread = card.params.get("message_thread_id")
    assert thread
    await tg.post(group_button(OPS_CHAT, ALI, f"c:{ref}", message_id=1, thread=int(thread), name="Ali"))
    await settle(tg)
    before = len(group_posts(tg))
    await tg.post(message(PERSON, "Спасибо"))
    await settle(tg)
    assert group_posts(tg)[before:][-1].params.get("message_thread_id") == thread
    person_before = len(tg.fake.of("sendMessage", PERSON))
    await tg.post(group_message(OPS_CHAT, ALI, "Мы рядом.", thread=int(thread), name="Ali"))
    await settle(tg)
    assert any("Мы рядом." in c.text for c in tg.fake.of("sendMessage", PERSON)[person_before:])


async def test_the_person_blocking_the_bot_is_told_to_the_operator(tg: Harness) -> None:
    await open_case(tg)
    before = len(group_posts(tg))
    tg.fake.fail("sendMessage", 403, times=1)
    await tg.post(message(PERSON, "ещё"))
    await settle(tg)
    posts = group_posts(tg)[before:]
    assert any("⚠️" in c.text for c in posts)


async def test_not_an_operator_when_an_allow_list_is_set(runtime: Runtime, fake: FakeBotAPI, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("TELEGRAM_OPERATOR_IDS", str(ALI))
    h = await _start(runtime, fake, monkeypatch)
    try:
        ref, _ = await open_case(h)
        card_mid = int(await h.rt.storage.redis.hget(h.rt.storage.keys.tg_case_post(ref), "card"))
        await h.post(group_button(OPS_CHAT, ZARINA, f"c:{ref}", message_id=card_mid, name="Zarina"))
        await settle(h, 0.1)
        assert (await h.channel.ops.queue.get(ref)).status == "waiting"
    finally:
        await h.stop()


async def test_repeated_urgent_announcements_and_lease_expiries_appear_in_the_group(tg: Harness) -> None:
    import time

    ref, _ = await open_case(tg)
    q = tg.channel.ops.queue
    card_mid = int(await tg.rt.storage.redis.hget(tg.rt.storage.keys.tg_case_post(ref), "card"))
    before = len(group_posts(tg))
    q.clock = lambda: time.time() + 3600  # an hour later nobody has claimed it
    assert await q.reannounce_due() == [ref]
    await settle(tg)
    again = group_posts(tg)[before:]
    assert again and "🔴" in again[-1].text and again[-1].buttons()[0][1] == f"c:{ref}"
    q.clock = time.time
    await tg.post(group_button(OPS_CHAT, ALI, f"c:{ref}", message_id=card_mid, name="Ali"))
    await settle(tg)
    before = len(group_posts(tg))
    q.clock = lambda: time.time() + 24 * 3600  # Ali went quiet
    assert [e[0] for e in await q.expire_leases()] == [ref]
    await settle(tg)
    assert any("Ali" in c.text for c in group_posts(tg)[before:])
    assert tg.fake.of("editMessageText", OPS_CHAT)[-1].buttons()[0][1] == f"c:{ref}"  # claimable again


async def test_a_photo_or_voice_is_copied_to_the_group_as_it_is(tg: Harness) -> None:
    """When the case item says where the person's message is on Telegram, it is copied, not described."""
    import json

    ref, _ = await open_case(tg)
    r = tg.rt.storage.redis
    await r.rpush(tg.rt.storage.keys.case_msgs(ref), json.dumps(
        {"t": 1, "by": "person", "text": "", "media": "voice", "tg_chat": PERSON, "tg_mid": 42}))
    await tg.channel.ops._relay_new(ref)
    copies = tg.fake.of("copyMessage", OPS_CHAT)
    assert copies and copies[-1].params["from_chat_id"] == PERSON and copies[-1].params["message_id"] == 42


async def test_a_voice_message_during_a_case_goes_to_the_operator_not_to_the_kind_answer(tg: Harness) -> None:
    ref, _ = await open_case(tg)
    card_mid = int(await tg.rt.storage.redis.hget(tg.rt.storage.keys.tg_case_post(ref), "card"))
    await tg.post(group_button(OPS_CHAT, ALI, f"c:{ref}", message_id=card_mid, name="Ali"))
    await settle(tg)
    before_group = len(group_posts(tg))
    before_person = len(tg.fake.of("sendMessage", PERSON))
    await tg.post(message(PERSON, None, voice={"file_id": "AwAC9", "file_unique_id": "u9", "duration": 4}))
    await settle(tg)
    relayed = group_posts(tg)[before_group:]
    assert relayed and "voice" in relayed[-1].text
    assert not any("голосов" in c.text for c in tg.fake.of("sendMessage", PERSON)[before_person:])
