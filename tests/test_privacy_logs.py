"""Logs never hold message text, phone numbers, names, usernames, tokens or secrets.

``python -m bot serve`` runs as in production (its own logging set-up, ``bot.app.setup_logging``
with the ``Redact`` filter) at ``LOG_LEVEL=DEBUG``, with Telegram (webhook), SMS (Twilio) and the
web chat switched on against the fake Bot API and the fake Twilio on loopback. Through every
channel the test sends a distinctive marker text, a phone number, a Telegram first name, last
name and username, a shared contact, and the error paths: forged webhooks (with the marker in the
body), bad JSON, a missing sender, Bot API 5xx and 403, a Twilio error, an undelivered SMS, a wrong
console password. Then it searches everything the process wrote (stderr and stdout) for those
values and for the bot token, the Twilio auth token and the webhook secret. The terminal chat
(``python -m bot chat``) gets the same treatment.

A second test runs the same components in this process with *every* logger at DEBUG, including
the ones production keeps quiet (httpx, telegram, twilio's request log), behind the production
filters, and checks that no token or secret gets through even then (``Redact`` scrubs every
configured secret by value).
"""

from __future__ import annotations

import asyncio
import logging
import os
import re
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path
from typing import Any

import aiohttp
import pytest

from bot.storage import Storage
from tests.fake_telegram import FakeBotAPI, button, message
from tests.fake_twilio import ACCOUNT_SID, TWILIO_NUMBER, FakeTwilio

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each takes over a second)

ROOT = Path(__file__).resolve().parent.parent

TOKEN = "7412589630:AAHm3kXq9ZtR2vB8nL5pW1cY7dF4gJ6sK0e"  # shaped like a real bot token
AUTH_TOKEN = "f3a9c1d7e5b2048697a1c3e5f7092b4d"  # shaped like a Twilio auth token (32 hex)
WEBHOOK_SECRET = "hookSecret_Q7w9E2r4T6y8U0iP"
PASSWORD = "Pa55-marker-hunter2"  # typed into the console's sign-in form (wrong)
MARK = "Zebramarker"  # in every text a person sends
CHAT = 739146825
PHONE = "+992931234567"
PHONE2 = "+992935550199"  # a number Twilio refuses (opted out at Twilio)
FIRST, LAST, USERNAME = "Zarinamarker", "Karimovmarker", "zarina_marker77"
OPS_CHAT = -1001234567890

SECRETS = [TOKEN, TOKEN.split(":")[1], AUTH_TOKEN, WEBHOOK_SECRET, PASSWORD]
PERSONAL = [MARK, PHONE, PHONE[1:], PHONE[4:], PHONE2, PHONE2[1:], str(CHAT), FIRST, LAST, USERNAME]


def leaks(text: str, values: list[str]) -> list[str]:
    return [v for v in values if v.lower() in text.lower()]


def free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def who(chat: int = CHAT) -> dict[str, Any]:
    return {"id": chat, "is_bot": False, "first_name": FIRST, "last_name": LAST, "username": USERNAME, "language_code": "ru"}


def tg_message(text: str | None, chat: int = CHAT, **extra: Any) -> dict[str, Any]:
    upd = message(chat, text, **extra)
    upd["message"]["from"] = who(chat)
    upd["message"]["chat"].update(first_name=FIRST, last_name=LAST, username=USERNAME)
    return upd


async def drain(storage: Storage, partitions: int = 16, timeout: float = 20.0) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        lens = [await storage.redis.xlen(storage.keys.inbox(p)) for p in range(partitions)]
        if not any(lens):
            await asyncio.sleep(0.3)
            if not any([await storage.redis.xlen(storage.keys.inbox(p)) for p in range(partitions)]):
                return
        await asyncio.sleep(0.05)
    raise AssertionError("the inbox was not drained")


async def traffic(base: str, fake: FakeBotAPI, twilio: FakeTwilio, storage: Storage) -> None:
    """Everything a person, an attacker and a careless operator could send, on every channel."""
    async with aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True)) as http:  # (cookies for 127.0.0.1)
        hook = base + "/telegram/webhook"
        ok = {"X-Telegram-Bot-Api-Secret-Token": WEBHOOK_SECRET}

        async def tg(update: dict[str, Any], headers: dict[str, str] = ok) -> int:
            async with http.post(hook, json=update, headers=headers) as resp:
                return resp.status

        # -- Telegram --------------------------------------------------------------------------
        assert await tg(tg_message("/start ru")) == 200
        assert await tg(tg_message(f"Меня зовут {MARK}, мой номер {PHONE}, паспорт забрали")) == 200
        assert await tg(tg_message(None, contact={"phone_number": PHONE, "first_name": FIRST, "user_id": CHAT})) == 200
        assert await tg(tg_message(None, location={"latitude": 55.79, "longitude": 49.12})) == 200
        edited = tg_message(f"{MARK} исправлено {PHONE}")
        edited["edited_message"] = edited.pop("message")
        assert await tg(edited) == 200
        fake.fail("sendMessage", 502, times=1)  # a Bot API 5xx: retried
        assert await tg(tg_message("/sos")) == 200
        assert await tg(tg_message(f"{MARK}: меня заперли, звоните {PHONE}")) == 200
        assert await tg(button(CHAT, "zz.9")) == 200  # a forged button
        # forged: no secret / a wrong one, with personal data in the body
        assert await tg(tg_message(f"{MARK} forged {PHONE}"), headers={}) == 403
        assert await tg(tg_message(f"{MARK} forged {PHONE}"), headers={"X-Telegram-Bot-Api-Secret-Token": "wrong"}) == 403
        async with http.post(hook, data=f'{{"update_id": 1, "message": {{"text": "{MARK} {PHONE}"', headers=ok) as resp:
            assert resp.status == 400  # bad JSON
        async with http.post(hook, json=[MARK, PHONE], headers=ok) as resp:
            assert resp.status == 400
        # another person who has blocked the bot: 403 from the Bot API
        fake.fail("sendMessage", 403, times=1)
        assert await tg(tg_message(f"/start ru {MARK}", chat=CHAT + 1)) == 200

        # -- SMS ---------------------------------------------------------------------------------
        twilio.undeliverable.add(PHONE)
        twilio.opted_out.add(PHONE2)
        for body in ("Салом", "2", f"Меня зовут {MARK}, мой номер {PHONE}", "SOS"):
            status, _ = await twilio.text_in(PHONE, body)
            assert status == 200
        status, _ = await twilio.text_in(PHONE2, f"{MARK} {PHONE2}")
        assert status == 200
        status, _ = await twilio.text_in(PHONE, f"{MARK} forged {PHONE}", signature="bm90IGEgc2lnbmF0dXJl")
        assert status == 403
        status, _ = await twilio.text_in(PHONE, f"{MARK} unsigned {PHONE}", signature="")
        assert status == 403
        status, _ = await twilio.webhook(twilio.public_url + "/sms/twilio", {"Body": f"{MARK} {PHONE}"})
        assert status == 400  # no sender, no message id
        status, _ = await twilio.webhook(twilio.public_url + "/sms/twilio/status",
                                         {"MessageSid": "SM" + "1" * 32, "MessageStatus": "failed", "ErrorCode": "30003", "To": PHONE})
        assert status == 200

        # -- web chat ------------------------------------------------------------------------------
        async with http.get(base + "/") as resp:
            assert resp.status == 200
        chat_hdr = {"X-Hamroh-Chat": "1"}
        for text in ("/start", f"Меня зовут {MARK}, мой номер {PHONE}", "sos"):
            async with http.post(base + "/chat/send", json={"text": text}, headers=chat_hdr) as resp:
                assert resp.status == 202
        async with http.post(base + "/chat/send", data=f"{MARK} {PHONE}", headers=chat_hdr) as resp:
            assert resp.status == 400
        async with http.post(base + "/chat/send", json={"text": f"{MARK} {PHONE}"}) as resp:
            assert resp.status == 403  # no X-Hamroh-Chat header

        # -- operator console: a wrong password, a name that is personal data ---------------------
        for name in ("olga", USERNAME, PHONE):
            async with http.get(base + "/console/login") as resp:
                page = await resp.text()
            csrf = re.search(r'name="csrf" value="([^"]+)"', page).group(1)  # type: ignore[union-attr]
            async with http.post(base + "/console/login", data={"csrf": csrf, "name": name, "password": PASSWORD}) as resp:
                assert resp.status == 401
        async with http.get(base + "/metrics") as resp:
            metrics = await resp.text()
        assert not leaks(metrics, SECRETS + PERSONAL), "metrics hold only channel names and counts"

    await drain(storage)
    await twilio.settle()
    await fake.wait_for("sendMessage", 3, chat_id=CHAT)
    await fake.wait_for("sendMessage", 1, chat_id=OPS_CHAT)  # the case card in the operators' group


def server_env(tmp_path: Path, redis_url: str, prefix: str, port: int, fake: FakeBotAPI, twilio: FakeTwilio) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REDIS_", "TELEGRAM_", "TWILIO_", "SMS_", "LOG_"))}
    env.update(
        PYTHONPATH=str(ROOT), DATA_DIR=str(tmp_path / "var"), PORT=str(port), REDIS_URL=redis_url, REDIS_PREFIX=prefix,
        LOG_LEVEL="DEBUG", PEPPER="log-test-pepper", PUBLIC_URL=twilio.public_url, HANDOVER_TICK_SECONDS="1",
        TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url, TELEGRAM_WEBHOOK_SECRET=WEBHOOK_SECRET,
        TELEGRAM_OPERATORS_CHAT_ID=str(OPS_CHAT), TELEGRAM_CHAT_RATE="100",
        TWILIO_ACCOUNT_SID=ACCOUNT_SID, TWILIO_AUTH_TOKEN=AUTH_TOKEN, TWILIO_FROM=TWILIO_NUMBER,
        TWILIO_API_BASE_URL=twilio.base_url, SMS_REPLY_WAIT_SECONDS="0",  # every SMS answer by REST, through twilio's client
        PYTHONASYNCIODEBUG="1",  # asyncio's own debug logging too
    )
    return env


async def test_serve_logs_nothing_personal_and_no_secret_at_debug(tmp_path: Path, redis_url: str) -> None:
    fake = await FakeBotAPI(token=TOKEN).start()
    twilio = await FakeTwilio(auth_token=AUTH_TOKEN).start()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    twilio.route_to = base
    prefix = f"log{uuid.uuid4().hex[:8]}"
    storage = await Storage.open(redis_url, prefix=prefix)
    proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", cwd=tmp_path,
                                                env=server_env(tmp_path, redis_url, prefix, port, fake, twilio),
                                                stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 60
        async with aiohttp.ClientSession() as http:
            while True:
                try:
                    async with http.get(base + "/healthz") as resp:
                        if resp.status == 200:
                            break
                except aiohttp.ClientError:
                    pass
                assert proc.returncode is None, await proc.communicate()
                assert time.monotonic() < deadline, "serve did not start"
                await asyncio.sleep(0.2)
        await fake.wait_for("setWebhook")
        await traffic(base, fake, twilio, storage)
        await asyncio.sleep(1.5)  # a timer tick (HANDOVER_TICK_SECONDS=1) with retention
    finally:
        if proc.returncode is None:
            proc.send_signal(signal.SIGTERM)
        try:
            out, err = await asyncio.wait_for(proc.communicate(), 30)
        except TimeoutError:
            proc.kill()
            out, err = await proc.communicate()
        await storage.close()
        await twilio.stop()
        await fake.stop()
    logged = (out + err).decode()
    # the capture is real: DEBUG lines, the request ids, and the error paths were logged
    assert " DEBUG " in logged, logged[-2000:]
    assert "SMS webhook with a missing or wrong signature refused" in logged
    assert "telegram call failed" in logged  # the Bot API 5xx, retried
    assert "blocked the bot" in logged
    assert "SMS send failed: provider error 21610" in logged
    assert re.search(r"\[[0-9a-f]{12}\]", logged)
    assert leaks(logged, SECRETS) == [], "a token or secret in the logs"
    found = leaks(logged, PERSONAL)
    assert found == [], "\n".join(line for line in logged.splitlines() if leaks(line, found))[:3000]


def test_terminal_chat_logs_nothing_personal_at_debug(tmp_path: Path, redis_url: str) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REDIS_", "TELEGRAM_", "TWILIO_", "LOG_"))}
    env.update(PYTHONPATH=str(ROOT), DATA_DIR=str(tmp_path / "var"), REDIS_URL=redis_url,
               REDIS_PREFIX=f"log{uuid.uuid4().hex[:8]}", LOG_LEVEL="DEBUG", PEPPER="log-test-pepper")
    lines = [f"Меня зовут {MARK}, мой номер {PHONE}", "sos", f"{FIRST} {LAST} @{USERNAME}", "забудь меня", "1"]
    proc = subprocess.run([sys.executable, "-m", "bot", "chat", "--lang", "ru", "--user", "tester"], check=False, cwd=tmp_path, env=env,
                          input="\n".join(lines) + "\n", capture_output=True, text=True, timeout=120)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "bot> " in proc.stdout  # the conversation happened (on stdout, where the person reads it)
    assert " DEBUG " in proc.stderr
    found = leaks(proc.stderr, PERSONAL)
    assert found == [], "\n".join(line for line in proc.stderr.splitlines() if leaks(line, found))[:3000]


async def test_every_library_logger_at_debug_still_shows_no_token_or_secret(runtime: Any, monkeypatch: pytest.MonkeyPatch,
                                                                           caplog: pytest.LogCaptureFixture) -> None:
    """Production keeps httpx, telegram and twilio's request log quiet (and serves without an access
    log). Here they are all forced to DEBUG and the access log is on, behind the production filters
    (``bot.app.Redact``, request ids): tokens and secrets must still not appear, as the filter scrubs
    every configured secret by value. (Message text does appear: python-telegram-bot logs every
    call's parameters at DEBUG, which is why production caps that logger at INFO.)"""
    from aiohttp import web

    from bot.app import Redact
    from bot.logs import RequestIdFilter
    from bot.web.server import attach_all, build_app, detach_all

    fake = await FakeBotAPI(token=TOKEN).start()
    twilio = await FakeTwilio(auth_token=AUTH_TOKEN).start()
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    twilio.route_to = base
    for name, value in server_env(Path("/nonexistent"), "", "", port, fake, twilio).items():
        if name.startswith(("TELEGRAM_", "TWILIO_", "SMS_", "PUBLIC_URL")):
            monkeypatch.setenv(name, value)
    await attach_all(runtime)
    for name in list(logging.root.manager.loggerDict) + ["httpx", "httpcore", "telegram", "twilio", "aiohttp", "asyncio"]:
        logging.getLogger(name).setLevel(logging.DEBUG)
    caplog.set_level(logging.DEBUG)
    caplog.handler.addFilter(RequestIdFilter())
    caplog.handler.addFilter(Redact())
    runner = web.AppRunner(build_app(runtime), access_log=logging.getLogger("aiohttp.access"))  # access log on
    await runner.setup()
    await web.TCPSite(runner, "127.0.0.1", port).start()
    task = await runtime.worker.start()
    try:
        await fake.wait_for("setWebhook")
        await traffic(base, fake, twilio, runtime.storage)
    finally:
        await runtime.worker.stop(timeout=2)
        task.cancel()
        await runner.cleanup()
        await detach_all(runtime)
        await twilio.stop()
        await fake.stop()
    text = "\n".join(caplog.handler.format(r) for r in caplog.records)
    assert any(r.name.startswith("telegram") and r.levelno == logging.DEBUG for r in caplog.records), "telegram at DEBUG"
    assert any(r.name.startswith("aiohttp.access") for r in caplog.records), "the access log was on"
    assert "<secret>" in text  # python-telegram-bot logged setWebhook's secret_token at DEBUG: scrubbed by value
    found = leaks(text, SECRETS)
    assert found == [], "\n".join(line for line in text.splitlines() if leaks(line, found))[:3000]
