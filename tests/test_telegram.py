"""The Telegram channel for migrants, end to end: real webhook requests in, the requests
python-telegram-bot sends to a fake Bot API out (tests/fake_telegram.py)."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.app import Runtime
from bot.channels.telegram import hooks as telegram_hooks  # noqa: F401  (the engine side: media answers, events)
from bot.channels.telegram.render import user_key
from tests.fake_telegram import FakeBotAPI, button, message, next_update_id
from tests.telegram_harness import SECRET, Harness, env

CHAT = 5550001


@pytest.fixture
async def fake() -> AsyncIterator[FakeBotAPI]:
    f = await FakeBotAPI().start()
    yield f
    await f.stop()


@pytest.fixture
async def tg(runtime: Runtime, fake: FakeBotAPI, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Harness]:
    env(monkeypatch, fake)
    h = await Harness(runtime, fake).start()
    h.channel.pacer.chat = (0.001, 3)  # the real per-chat pace is tested on its own below
    yield h
    await h.stop()


async def say(h: Harness, chat: int, text: str | None = None, **kw: Any) -> list[Any]:
    """Send one message through the webhook and return the bot's new messages."""
    before = len(h.fake.of("sendMessage", chat))
    assert await h.post(message(chat, text, **kw)) == 200
    await h.idle()
    return h.fake.of("sendMessage", chat)[before:]


async def press(h: Harness, chat: int, label_part: str) -> list[Any]:
    """Press the button whose label contains ``label_part`` on the bot's last keyboard."""
    last = [c for c in h.fake.of("sendMessage", chat) if c.buttons()][-1]
    data = next(d for label, d in last.buttons() if label_part.lower() in label.lower())
    before = len(h.fake.of("sendMessage", chat))
    assert await h.post(button(chat, data)) == 200
    await h.idle()
    return h.fake.of("sendMessage", chat)[before:]


@pytest.mark.slow
async def test_webhook_refuses_a_request_without_the_secret_and_processes_nothing(tg: Harness) -> None:
    assert await tg.post(message(CHAT, "/start"), secret=None) == 403
    assert await tg.post(message(CHAT, "/start"), secret="wrong") == 403
    assert await tg.post(message(CHAT, "/start"), secret=SECRET + "x") == 403
    await asyncio.sleep(0.2)
    assert tg.fake.of("sendMessage") == []
    assert await tg.post(message(CHAT, "/start"), secret=SECRET) == 200
    await tg.fake.wait_for("sendMessage", chat_id=CHAT)


async def test_webhook_is_registered_with_the_secret(tg: Harness) -> None:
    await tg.fake.wait_for("setWebhook")
    call = tg.fake.of("setWebhook")[0]
    assert call.params["url"] == "https://hamroh.example.org/telegram/webhook"
    assert call.params["secret_token"] == SECRET
    assert "callback_query" in call.params["allowed_updates"]


@pytest.mark.slow
async def test_a_whole_conversation_in_tajik_with_buttons(tg: Harness) -> None:
    out = await say(tg, CHAT, "/start")
    assert len(out) == 1 and out[0].params["parse_mode"] == "HTML"
    labels = [label for label, _ in out[0].buttons()]
    assert len(labels) == 2
    out = await press(tg, CHAT, labels[0])  # Tajik
    assert out and out[-1].buttons()
    assert any(ch in out[-1].text for ch in "ӣқҳҷӯғ")  # Tajik letters
    assert tg.fake.of("answerCallbackQuery")  # the button's spinner was stopped
    out = await say(tg, CHAT, "/sos")
    assert out
    out = await say(tg, CHAT, "/menu")
    assert out[-1].buttons()


@pytest.mark.slow
async def test_a_whole_conversation_in_russian_from_a_deep_link(tg: Harness) -> None:
    out = await say(tg, CHAT + 1, "/start ru")  # t.me/<bot>?start=ru
    assert out and out[-1].buttons()
    assert "Что" in out[0].text or "что" in out[0].text
    labels = [label for label, _ in out[-1].buttons()]
    out = await press(tg, CHAT + 1, "контакт")  # Emergency contacts
    assert out and "<b>" in out[0].text
    out = await say(tg, CHAT + 1, "/help")
    assert out and "SOS" in out[0].text
    out = await say(tg, CHAT + 1, "/lang")
    assert len(out[-1].buttons()) == 2
    assert labels


@pytest.mark.slow
async def test_deep_link_with_a_campaign_is_kept_as_the_source(tg: Harness) -> None:
    await say(tg, CHAT + 2, "/start fb_dushanbe_2026")
    state, _ = await tg.rt.processor.load(user_key(tg.channel.pepper, CHAT + 2))
    assert state.source == "fb_dushanbe_2026"


@pytest.mark.slow
async def test_user_text_is_escaped_in_html(tg: Harness) -> None:
    await say(tg, CHAT + 3, "/start ru")
    await say(tg, CHAT + 3, "<b>agency</b> & <script>")
    for call in tg.fake.of("sendMessage", CHAT + 3):
        assert "<script>" not in call.text
        stripped = call.text.replace("<b>", "").replace("</b>", "")
        assert "<" not in stripped


@pytest.mark.slow
async def test_a_stale_or_forged_button_gets_a_polite_answer(tg: Harness) -> None:
    await say(tg, CHAT + 4, "/start ru")
    first_menu = tg.fake.of("sendMessage", CHAT + 4)[-1].buttons()
    await press(tg, CHAT + 4, "контакт")
    # an old button (the menu is no longer on offer) and a forged one
    before = len(tg.fake.of("sendMessage", CHAT + 4))
    assert await tg.post(button(CHAT + 4, first_menu[0][1])) == 200
    assert await tg.post(button(CHAT + 4, "'; DROP TABLE --" + "x" * 80)) == 200
    await tg.idle()
    out = tg.fake.of("sendMessage", CHAT + 4)[before:]
    assert len(out) >= 2
    assert all(c.buttons() for c in out)  # the current choices again
    assert len(tg.fake.of("answerCallbackQuery")) >= 3


@pytest.mark.slow
async def test_every_callback_data_fits_telegrams_64_bytes(tg: Harness) -> None:
    await say(tg, CHAT + 5, "/start tg")
    await press(tg, CHAT + 5, "")
    for call in tg.fake.of("sendMessage"):
        for _, data in call.buttons():
            assert 0 < len(data.encode()) <= 64


AD = ("Срочно! Требуются рабочие на стройку в Москве. Зарплата 3000 долларов в месяц, жильё бесплатно. "
      "Оплата за оформление визы 500 долларов заранее, паспорт сдаёте агенту по приезду. Без опыта, без языка. "
      "Пишите в WhatsApp, места ограничены, выезд завтра!")


@pytest.mark.slow
async def test_a_forwarded_job_ad_goes_to_the_scanner(tg: Harness) -> None:
    await say(tg, CHAT + 6, "/start ru")
    out = await say(tg, CHAT + 6, AD, forward_origin={"type": "hidden_user", "sender_user_name": "X", "date": 1},
                    forward_date=1)
    assert out
    text = " ".join(c.text for c in out).lower()
    assert "паспорт" in text or "риск" in text or "опас" in text


@pytest.mark.slow
async def test_a_long_pasted_ad_goes_to_the_scanner_and_a_long_question_does_not(tg: Harness) -> None:
    await say(tg, CHAT + 7, "/start ru")
    out = await say(tg, CHAT + 7, AD)
    text = " ".join(c.text for c in out).lower()
    assert "паспорт" in text or "риск" in text or "опас" in text
    question = ("Здравствуйте. Я работаю в Москве уже два года, у меня есть патент, но в этом месяце я опоздал с оплатой "
                "на три дня. Хозяин говорит, что теперь мне надо уехать, а я не хочу терять работу. Подскажите, пожалуйста, "
                "что мне делать, можно ли оплатить патент с опозданием и что будет, если меня остановит полиция?")
    assert len(question) > 280
    out = await say(tg, CHAT + 7, question)
    assert out and "риск" not in " ".join(c.text for c in out).lower()


@pytest.mark.slow
@pytest.mark.parametrize("kind,payload", [
    ("photo", [{"file_id": "AgAC1", "file_unique_id": "u1", "width": 90, "height": 90}]),
    ("voice", {"file_id": "AwAC2", "file_unique_id": "u2", "duration": 3}),
    ("sticker", {"file_id": "CAAC3", "file_unique_id": "u3", "width": 512, "height": 512, "is_animated": False,
                 "is_video": False, "type": "regular"}),
    ("document", {"file_id": "BQAC4", "file_unique_id": "u4"}),
    ("location", {"latitude": 55.75, "longitude": 37.61}),
])
async def test_media_gets_a_kind_answer_that_says_what_the_bot_can_read(tg: Harness, kind: str, payload: Any) -> None:
    chat = CHAT + 100 + len(kind)
    await say(tg, chat, "/start ru")
    out = await say(tg, chat, None, **{kind: payload})
    assert out
    assert "текст" in out[0].text  # "... write in text"
    assert out[-1].buttons()  # and the choices again


@pytest.mark.slow
async def test_an_edited_message_gets_a_kind_answer(tg: Harness) -> None:
    await say(tg, CHAT + 8, "/start ru")
    before = len(tg.fake.of("sendMessage", CHAT + 8))
    edit = message(CHAT + 8, "исправленный текст")
    edit["edited_message"] = edit.pop("message")
    assert await tg.post(edit) == 200
    await tg.idle()
    out = tg.fake.of("sendMessage", CHAT + 8)[before:]
    assert out and "новые сообщения" in out[0].text


@pytest.mark.slow
async def test_group_chats_get_no_answer(tg: Harness) -> None:
    upd = message(-100777, "/start")
    upd["message"]["chat"] = {"id": -100777, "type": "supergroup", "title": "Some group"}
    assert await tg.post(upd) == 200
    await asyncio.sleep(0.2)
    assert tg.fake.of("sendMessage", -100777) == []


@pytest.mark.slow
async def test_forget_asks_for_confirmation_then_erases_the_state(tg: Harness) -> None:
    user = user_key(tg.channel.pepper, CHAT + 9)
    await say(tg, CHAT + 9, "/start ru")
    out = await say(tg, CHAT + 9, "/forget")
    assert len(out[-1].buttons()) == 2  # yes / no
    state, _ = await tg.rt.processor.load(user)
    assert state.lang == "ru"  # nothing erased before the confirmation
    await press(tg, CHAT + 9, "Да")
    state, _ = await tg.rt.processor.load(user)
    assert state.lang is None
    r = tg.rt.storage.redis
    assert not await r.exists(tg.rt.storage.keys.tg_unreachable(user))


@pytest.mark.slow
async def test_erase_deletes_the_bots_and_the_persons_messages(tg: Harness) -> None:
    chat = CHAT + 10
    await say(tg, chat, "/start ru")
    await say(tg, chat, "/help")
    sent = [c for c in tg.fake.of("sendMessage", chat)]
    assert len(sent) == 2
    out = await say(tg, chat, "/erase")
    deletes = tg.fake.of("deleteMessages", chat)
    assert len(deletes) == 1
    ids = deletes[0].params["message_ids"]
    assert len(ids) == 5  # the bot's two answers and the person's three messages (with /erase itself)
    assert out and "5" in out[0].text and "/erase" in out[0].text
    # what is older than Telegram's 48 hours is named, not silently left
    tg.channel.sender.clock = lambda: time.time() + 49 * 3600
    try:
        out = await say(tg, chat, "/erase")
    finally:
        tg.channel.sender.clock = time.time
    assert "48" in out[0].text


@pytest.mark.slow
async def test_a_duplicate_update_is_processed_once(tg: Harness) -> None:
    upd = message(CHAT + 11, "/start ru", update_id=next_update_id())
    assert await tg.post(upd) == 200
    assert await tg.post(upd) == 200  # Telegram retried (e.g. our 200 was lost)
    await tg.idle()
    await asyncio.sleep(0.1)
    assert len(tg.fake.of("sendMessage", CHAT + 11)) == 1


@pytest.mark.slow
async def test_a_429_storm_delays_but_loses_and_doubles_nothing(tg: Harness) -> None:
    chats = [CHAT + 200 + i for i in range(5)]
    tg.fake.fail("sendMessage", 429, times=6, retry_after=1)
    for c in chats:
        assert await tg.post(message(c, "/start ru")) == 200
    await tg.idle(timeout=30)
    ok_sends = {}
    for c in chats:
        calls = tg.fake.of("sendMessage", c)
        assert calls, c
        ok_sends[c] = calls
    # 6 refused + 5 delivered; none delivered twice
    assert len(tg.fake.of("sendMessage")) == 11
    texts = [(c.chat_id, c.text) for c in tg.fake.of("sendMessage")]
    assert len(set(texts)) == 5


@pytest.mark.slow
async def test_5xx_answers_are_retried(tg: Harness) -> None:
    tg.fake.fail("sendMessage", 502, times=2)
    out = await say(tg, CHAT + 12, "/start ru")
    assert len(tg.fake.of("sendMessage", CHAT + 12)) == 3
    assert out


@pytest.mark.slow
async def test_a_person_who_blocked_the_bot_is_marked_unreachable_and_unmarked_on_unblock(tg: Harness) -> None:
    chat = CHAT + 13
    await say(tg, chat, "/start ru")
    tg.fake.fail("sendMessage", 403, times=1)
    await say(tg, chat, "/help")
    r = tg.rt.storage.redis
    assert await r.exists(tg.rt.storage.keys.tg_unreachable(user_key(tg.channel.pepper, chat)))
    unblock = {"update_id": next_update_id(), "my_chat_member": {
        "chat": {"id": chat, "type": "private"}, "from": {"id": chat, "is_bot": False, "first_name": "M"}, "date": 1,
        "old_chat_member": {"status": "kicked", "user": {"id": 1, "is_bot": True, "first_name": "H"}, "until_date": 0},
        "new_chat_member": {"status": "member", "user": {"id": 1, "is_bot": True, "first_name": "H"}}}}
    assert await tg.post(unblock) == 200
    await tg.idle()
    assert not await r.exists(tg.rt.storage.keys.tg_unreachable(user_key(tg.channel.pepper, chat)))


@pytest.mark.slow
async def test_keys_hold_no_chat_id_and_an_operator_reply_finds_the_chat_sealed_in_the_state(tg: Harness) -> None:
    chat = CHAT + 14
    await say(tg, chat, "/start ru")
    await say(tg, chat, "/help")
    r = tg.rt.storage.redis
    user = user_key(tg.channel.pepper, chat)
    keys = [k async for k in r.scan_iter(match=f"{tg.rt.storage.keys.tag}*")]
    assert any(user in k for k in keys)
    assert not any(str(chat) in k for k in keys)
    raw = await r.hgetall(tg.rt.storage.keys.user(user))
    assert str(chat) not in "".join(raw.values())  # the chat id is sealed, not stored plainly
    # a reply that answers no update (an operator's, a timer's) goes to the sealed chat
    from bot.engine.model import Inbound, Reply

    state, _ = await tg.rt.processor.load(user)
    before = len(tg.fake.of("sendMessage", chat))
    await tg.channel.sender.send(user, [Reply("from the hotline")], state, Inbound(channel="system", user=user, event="x"))
    assert len(tg.fake.of("sendMessage", chat)) == before + 1


def test_history_keeps_runs_of_consecutive_ids_compactly() -> None:
    from bot.channels.telegram.send import HISTORY_RUNS, History

    h = History(None)
    now = 1_800_000_000.0
    for mid in range(100, 160):  # one long exchange in a private chat
        h.add(mid, now)
    h.add(500, now + 60)
    again = History(h.encode(now + 60))
    assert again.fresh(now + 60) == (list(range(100, 160)) + [500], 0)
    assert len(h.encode(now + 60)) < 30
    for k in range(100):  # scattered ids: capped
        h.add(1000 + 2 * k, now + 120)
    assert len(History(h.encode(now + 120)).runs) == HISTORY_RUNS
    # older than Telegram's deletion window: counted as too old, then dropped
    fresh, old = History(h.encode(now + 120)).fresh(now + 49 * 3600)
    assert fresh == [] and old > 0
    assert History(h.encode(now + 49 * 3600)).runs == []



async def test_long_answers_are_split_under_telegrams_limit() -> None:
    from bot.channels.telegram.render import MAX_MESSAGE, render
    from bot.engine.model import Option, Reply

    text = "\n\n".join(("Параграф & <текст> " * 30) for _ in range(30))
    parts = render(Reply(text, title="Заголовок", options=(Option("abcd.0", "OK"),)))
    assert len(parts) > 1
    assert all(len(p) <= MAX_MESSAGE for p, _ in parts)
    assert parts[0][0].startswith("<b>Заголовок</b>")
    assert parts[-1][1] is not None and all(m is None for _, m in parts[:-1])


async def test_the_per_chat_pace_is_about_one_message_a_second_after_a_short_burst() -> None:
    from bot.channels.telegram.send import Pacer

    now = [0.0]
    p = Pacer(clock=lambda: now[0])
    delays = [p.reserve(42) for _ in range(6)]
    assert delays[:3] == [0.0, 0.0, 0.0]
    assert delays[3:] == pytest.approx([1.0, 2.0, 3.0])
    g = Pacer(clock=lambda: now[0])
    gd = [g.reserve(-1001) for _ in range(5)]
    assert gd[3] == pytest.approx(3.0) and gd[4] == pytest.approx(6.0)  # 20 a minute in a group
    many = Pacer(clock=lambda: now[0])
    last = [many.reserve(c) for c in range(1, 61)][-1]
    assert last == pytest.approx(1.0, abs=0.05)  # 30 a second overall


@pytest.mark.slow
async def test_long_polling_on_a_laptop_feeds_the_same_intake(runtime: Runtime, fake: FakeBotAPI,
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    env(monkeypatch, fake, public=False)
    h = await Harness(runtime, fake).start()
    h.channel.pacer.chat = (0.001, 3)
    try:
        upd = message(CHAT + 300, "/start ru")
        fake.push_update(upd)
        fake.push_update(upd)  # Telegram may hand an update out twice (our offset was not confirmed)
        await fake.wait_for("sendMessage", chat_id=CHAT + 300)
        await h.idle()
        await asyncio.sleep(0.3)
        assert len(fake.of("sendMessage", CHAT + 300)) == 1
        assert fake.of("deleteWebhook") and not fake.of("setWebhook")
        polls = fake.of("getUpdates")
        assert any(c.params.get("offset") == upd["update_id"] + 1 for c in polls)  # confirmed after accept
    finally:
        await h.stop()


@pytest.mark.slow
async def test_no_token_and_no_message_text_in_the_logs(tg: Harness, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    from tests.fake_telegram import TOKEN

    caplog.set_level(logging.DEBUG)
    tg.fake.fail("sendMessage", 502, times=1)
    tg.fake.fail("sendMessage", 429, times=1, retry_after=1)
    await say(tg, CHAT + 400, "/start ru")
    await say(tg, CHAT + 400, "секретный вопрос про мой паспорт 4455")
    await say(tg, CHAT + 400, AD, forward_date=1, forward_origin={"type": "hidden_user", "sender_user_name": "Y", "date": 1})
    logged = caplog.text
    assert TOKEN not in logged and TOKEN.split(":")[1] not in logged
    assert "секретный" not in logged and "4455" not in logged and "WhatsApp" not in logged
    assert str(CHAT + 400) not in logged


async def test_the_log_names_a_group_the_bot_was_added_to(tg: Harness, caplog: pytest.LogCaptureFixture) -> None:
    import logging

    caplog.set_level(logging.INFO, logger="bot.channels.telegram.channel")
    added = {"update_id": next_update_id(), "my_chat_member": {
        "chat": {"id": -1009876543210, "type": "supergroup", "title": "Ops"}, "from": {"id": 1, "is_bot": False, "first_name": "A"},
        "date": 1, "old_chat_member": {"status": "left", "user": {"id": 1, "is_bot": True, "first_name": "H"}},
        "new_chat_member": {"status": "administrator", "user": {"id": 1, "is_bot": True, "first_name": "H"}}}}
    assert await tg.post(added) == 200
    assert "-1009876543210" in caplog.text


@pytest.mark.slow
async def test_the_command_menu_is_set_in_both_languages(tg: Harness) -> None:
    calls = await tg.fake.wait_for("setMyCommands", 2)
    by_lang = {c.params.get("language_code"): c.params["commands"] for c in calls}
    assert {c["command"] for c in by_lang[None]} == {"start", "menu", "sos", "lang", "help", "erase", "forget"}
    assert " / " in by_lang[None][2]["description"]  # Tajik / Russian for everyone
    assert by_lang["ru"][2]["description"] == "Срочная помощь"


async def test_settings_that_telegram_would_refuse_are_reported_at_start(runtime: Runtime, fake: FakeBotAPI,
                                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    from bot import config
    from bot.channels.telegram import channel as telegram

    env(monkeypatch, fake)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", "has spaces!")
    with pytest.raises(config.ConfigError, match="TELEGRAM_WEBHOOK_SECRET"):
        await telegram.attach(runtime)
    monkeypatch.setenv("TELEGRAM_WEBHOOK_SECRET", SECRET)
    monkeypatch.setenv("PUBLIC_URL", "http://insecure.example.org")
    with pytest.raises(config.ConfigError, match="PUBLIC_URL"):
        await telegram.attach(runtime)
