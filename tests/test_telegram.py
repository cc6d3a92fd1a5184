"""The Telegram channel for migrants, end to end: real webhook requests in, the requests
python-telegram-bot sends to a fake Bot API out (tests/fake_telegram.py)."""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from typing import Any

import pytest

from bot.app import Runtime
from bot.channels import telegram_hooks  # noqa: F401  (the engine side: media answers, events)
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
