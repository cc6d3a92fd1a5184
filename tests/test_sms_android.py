"""The android SMS provider end to end: webhooks signed as SMS Gateway for Android signs
them, into the real server, worker and engine; replies through the official client
(android_sms_gateway.AsyncAPIClient) to a fake gateway on loopback
(tests/fake_smsgate.py). Twilio's fake beside it for both providers at once."""

from __future__ import annotations

import asyncio
import logging
import os
import re
import sys
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from aiohttp import web

from bot.app import Runtime
from bot.channels.sms import plugin as sms_mod
from bot.channels.sms.channel import SmsChannel
from bot.channels.sms.segments import is_gsm7, segments
from bot.handover.service import queue_of
from tests.fake_smsgate import PASSWORD, SIGNING_KEY, USERNAME, FakeGateway
from tests.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER, FakeTwilio

ROOT = Path(__file__).resolve().parent.parent
PERSON = "+992931234567"
RU_PERSON = "+79161234567"
HINT = re.compile(r"\(\d+/\d+\) ")


@dataclass
class Line:
    rt: Runtime
    channel: SmsChannel
    gate: FakeGateway
    twilio: FakeTwilio | None = None

    def to(self, number: str) -> list[str]:
        return [m.text for m in self.gate.messages if m.to == number]

    async def wait_for(self, number: str, n: int, timeout: float = 8.0) -> list[str]:
        """Wait until the gateway has taken ``n`` messages to ``number`` in all; their texts."""
        for _ in range(int(timeout / 0.02)):
            if len(self.to(number)) >= n:
                break
            await asyncio.sleep(0.02)
        return self.to(number)

    async def text(self, body: str, sender: str = PERSON, *, device: str = "tj-phone", sim: int = 1,
                   event_id: str | None = None, expect: int = 1) -> list[str]:
        """The person writes ``body``; the ``expect`` replies it gets."""
        before = len(self.to(sender))
        status = await self.gate.text_in(sender, body, device=device, sim=sim, event_id=event_id)
        assert status == 200
        if expect == 0:
            await asyncio.sleep(0.3)
            assert len(self.to(sender)) == before
            return []
        got = await self.wait_for(sender, before + expect)
        assert len(got) >= before + expect, f"no reply to {body!r}"
        return got[before:]

    async def screen(self, body: str, sender: str = PERSON, **kw: object) -> list[str]:
        pages = await self.text(body, sender, **kw)  # type: ignore[arg-type]
        while pages and HINT.search(pages[-1].rsplit("\n", 1)[-1]) and len(pages) < 12:
            pages += await self.text("MORE", sender, **kw)  # type: ignore[arg-type]
        return pages


async def _serve(runtime: Runtime, gate: FakeGateway, twilio: FakeTwilio | None) -> tuple[web.AppRunner, str]:
    app = web.Application()
    sms_mod.routes(app, runtime)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    url = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
    gate.route_to = url
    if twilio:
        twilio.route_to = url
    return runner, url


def _gateway_env(monkeypatch: pytest.MonkeyPatch, gate: FakeGateway) -> None:
    for name, value in {
        "SMSGATE_URL": gate.base_url, "SMSGATE_USERNAME": USERNAME, "SMSGATE_PASSWORD": PASSWORD,
        "SMSGATE_SIGNING_KEY": SIGNING_KEY, "PUBLIC_URL": gate.public_url, "SMSGATE_RETRY_BASE_SECONDS": "0.05",
        "SMSGATE_RETRY_MAX_SECONDS": "0.2",
    }.items():
        monkeypatch.setenv(name, value)


@pytest.fixture
async def line(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Line]:
    gate = await FakeGateway().start()
    gate.add_device("ru-phone", "Hamroh RU", {1: "+79000000001", 2: "+79000000002"})
    for name in ("TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN"):
        monkeypatch.delenv(name, raising=False)
    _gateway_env(monkeypatch, gate)
    queue_of(runtime)
    await sms_mod.attach(runtime)
    channel: SmsChannel = runtime.processor.services["sms"]
    runner, _ = await _serve(runtime, gate, None)
    await channel.providers["android"].register_webhooks(gate.public_url + "/sms/android")
    task = await runtime.worker.start()
    try:
        yield Line(runtime, channel, gate)
    finally:
        await gate.settle()
        await runtime.worker.stop(timeout=2)
        task.cancel()
        await runner.cleanup()
        await sms_mod.detach(runtime)
        await gate.stop()


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "choice", "marker", "sender", "device", "sim"),
                         [("tg", "1", "ҳ", PERSON, "tj-phone", 1), ("ru", "2", "ы", RU_PERSON, "ru-phone", 2)])
async def test_whole_conversation_through_the_phone(line: Line, lang: str, choice: str, marker: str, sender: str, device: str,
                                                    sim: int, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    kw = {"device": device, "sim": sim}
    first = await line.screen("Салом", sender, **kw)
    assert "1 Тоҷикӣ" in first[-1] and "2 Русский" in first[-1]
    menu = await line.screen(choice, sender, **kw)
    assert marker in menu[0]
    await line.screen("1", sender, **kw)  # all topics
    redflags = await line.screen("1", sender, **kw)
    assert "1 " in "".join(redflags) and "2 " in "".join(redflags)
    article = await line.screen("1", sender, **kw)
    assert article
    latin = await line.text("LAT", sender, **kw)
    assert is_gsm7(latin[0])
    for body in (*first, *menu, *redflags, *article, *latin):
        assert segments(body) <= 2
    sent = [m for m in line.gate.messages if m.to == sender]
    # every reply went back through the phone and SIM the person wrote to, with a delivery report
    assert {(m.device_id, m.sim, m.with_report) for m in sent} == {(device, sim, True)}
    assert all(m.ttl == 86400 for m in sent)
    await line.gate.settle()
    assert all(status == 200 for _, _, status in line.gate.deliveries)
    assert {e for e, _, _ in line.gate.deliveries} >= {"sms:received", "sms:sent", "sms:delivered"}
    assert sender not in caplog.text and sender[1:] not in caplog.text and "Салом" not in caplog.text
    user = line.channel.user_key(sender)
    raw = await line.rt.storage.redis.get(line.rt.storage.keys.sms_number(user))
    assert raw and sender not in raw  # sealed, as for Twilio
    assert await line.channel.route_of(user) is not None
    assert await line.channel.outbox.pending() == 0


@pytest.mark.slow
async def test_stop_start_help_and_forget(line: Line) -> None:
    r, k = line.rt.storage.redis, line.rt.storage.keys
    user = line.channel.user_key(PERSON)
    helped = await line.text("МАЪЛУМОТ")  # HELP
    assert "112" in helped[0]  # the emergency number first (+992: Tajikistan)
    stopped = await line.text("СТОП")  # the one confirmation goes out, though the number is erased
    assert "СТАРТ" in stopped[0] or "START" in stopped[0]
    assert await r.exists(k.sms_optout(user)) and not await r.exists(k.sms_number(user))
    await line.text("1", expect=0)
    await line.text("СТОП", expect=0)
    started = await line.text("СТАРТ")
    assert started and not await r.exists(k.sms_optout(user))
    await line.text("Салом")
    await line.text("1")
    await line.text("LAT")
    assert await line.text("faromush")
    done = await line.text("1")  # the last answer still reaches them, then the number and route are gone
    assert done and is_gsm7(done[0])
    assert not await r.exists(k.sms_number(user))
    assert not await r.exists(k.sms_route(user))


@pytest.mark.slow
async def test_daily_cap_and_inbound_rate_hold_for_the_phone(line: Line) -> None:
    line.channel.daily_cap = 3
    for t in ("Салом", "1", "МЕНЮ"):
        await line.text(t)
    notice = await line.text("МЕНЮ")
    assert "SOS" in notice[0] and "фардо" in notice[0].lower()
    await line.text("МЕНЮ", expect=0)
    assert await line.text("SOS")  # emergency contacts are never held back
    line.channel.inbound_per_minute = 1
    other = "+992937654321"
    await line.text("Салом", other)
    slow = await line.text("МЕНЮ", other)
    assert "дақиқа" in slow[0]
    await line.text("МЕНЮ", other, expect=0)


@pytest.mark.slow
async def test_forged_and_stale_signatures_get_401(line: Line) -> None:
    r, k = line.rt.storage.redis, line.rt.storage.keys
    gate = line.gate
    url = gate.public_url + "/sms/android"
    raw = gate.envelope("sms:received", {"messageId": "x", "message": "Салом", "sender": PERSON, "phoneNumber": PERSON,
                                         "simNumber": 1, "receivedAt": "2026-12-06T05:00:00.000+05:00"}, "tj-phone")
    now = str(int(time.time()))
    assert await gate.post(url, raw, signature="0" * 64) == 401  # forged
    assert await gate.post(url, raw, signature="") == 401  # unsigned
    other = FakeGateway(signing_key="another-key-0000000000")
    assert await gate.post(url, raw, signature=other.sign(raw, now), timestamp=now) == 401  # another key
    tampered = raw.replace("Салом".encode(), b"Salom")
    assert await gate.post(url, tampered, signature=gate.sign(raw, now), timestamp=now) == 401  # body changed
    old = str(int(time.time()) - 301)
    assert await gate.post(url, raw, timestamp=old) == 401  # stale, though correctly signed
    future = str(int(time.time()) + 301)
    assert await gate.post(url, raw, timestamp=future) == 401
    assert await gate.post(url, raw, signature=gate.sign(raw, now), timestamp=now + "0") == 401  # the signed time, not another
    await asyncio.sleep(0.2)
    assert gate.messages == []
    assert not await r.exists(k.sms_number(line.channel.user_key(PERSON)))
    assert sum([await r.xlen(k.inbox(p)) for p in range(4)]) == 0
    # and a correctly signed one within the window is taken
    assert await gate.post(url, raw, timestamp=str(int(time.time()) - 250)) == 200


@pytest.mark.slow
async def test_duplicate_event_is_processed_once(line: Line) -> None:
    first = await line.text("Салом", event_id="Ey6ECgOkVVFjz3CL48B8C")
    # the app sends the same event again (it got no 2xx in time): no second reply
    await line.text("Салом", event_id="Ey6ECgOkVVFjz3CL48B8C", expect=0)
    menu = await line.text("2")  # handled once: the language question is still the next step
    assert "ы" in menu[0] and menu != first
    # a channel word sent twice with one event id: one answer
    await line.text("LAT", event_id="dupLatEvent000000000a")
    await line.text("LAT", event_id="dupLatEvent000000000a", expect=0)
    # the same text twice (the payload's content-based messageId is equal) with two event ids: both handled
    await line.text("МЕНЮ")
    await line.text("МЕНЮ")


@pytest.mark.slow
async def test_replies_and_operator_replies_go_through_the_right_device_and_sim(line: Line) -> None:
    q = queue_of(line.rt)
    await line.text("Салом", PERSON, device="tj-phone", sim=2)
    await line.text("Салом", RU_PERSON, device="ru-phone", sim=1)
    await line.text("2", RU_PERSON, device="ru-phone", sim=1)
    ru_user = line.channel.user_key(RU_PERSON)
    opened = await q.open_or_append(ru_user, channel="sms", lang="ru", category="passport", priority="high")
    await q.claim(opened.ref, "op1")
    n = len(line.to(RU_PERSON))
    await q.reply(opened.ref, "op1", "Здравствуйте, я оператор. Где ваш паспорт?")
    sent = await line.wait_for(RU_PERSON, n + 2)
    assert any("Где ваш паспорт" in b for b in sent)
    assert {(m.device_id, m.sim) for m in line.gate.messages if m.to == PERSON} == {("tj-phone", 2)}
    assert {(m.device_id, m.sim) for m in line.gate.messages if m.to == RU_PERSON} == {("ru-phone", 1)}
    # the person writes again from the other SIM of the Russian phone: replies follow
    await line.text("МЕНЮ", RU_PERSON, device="ru-phone", sim=2)
    assert (line.gate.messages[-1].device_id, line.gate.messages[-1].sim) == ("ru-phone", 2)


@pytest.mark.slow
async def test_failed_delivery_is_recorded_on_the_case(line: Line) -> None:
    q = queue_of(line.rt)
    await line.text("Салом")
    await line.text("1")
    user = line.channel.user_key(PERSON)
    opened = await q.open_or_append(user, channel="sms", lang="tg", category="passport")
    await q.claim(opened.ref, "op1")
    line.gate.failing[PERSON] = "RESULT_ERROR_GENERIC_FAILURE"
    n = len(line.to(PERSON))
    await q.reply(opened.ref, "op1", "Лутфан ҷавоб диҳед.")
    await line.wait_for(PERSON, n + 1)
    for _ in range(200):
        await line.gate.settle()
        if await line.channel.failures(opened.ref):
            break
        await asyncio.sleep(0.02)
    failures = await line.channel.failures(opened.ref)
    assert failures[0]["status"] == "failed" and failures[0]["code"] == "RESULT_ERROR_GENERIC_FAILURE"
    notes = await q.notes(opened.ref)
    assert any("RESULT_ERROR_GENERIC_FAILURE" in x["text"] and x["op"] == "sms" for x in notes)
    # the same sms:failed event again (the app retried it): recorded once
    mid = line.gate.messages[-1].id
    raw_before = len(failures)
    event_id = next(eid for e, eid, _ in line.gate.deliveries if e == "sms:failed")
    await line.gate.event("sms:failed", {"messageId": mid, "phoneNumber": PERSON, "recipient": PERSON, "simNumber": 1,
                                         "reason": "RESULT_ERROR_GENERIC_FAILURE"}, "tj-phone", event_id=event_id)
    assert len(await line.channel.failures(opened.ref)) == raw_before


@pytest.mark.slow
async def test_gateway_down_reply_is_retried_never_lost_never_twice(line: Line) -> None:
    await line.text("Салом")
    # the gateway answers 503 (its queue limits, a restart): the reply waits in the outbox
    line.gate.down = True
    status = await line.gate.text_in(PERSON, "1")  # the webhook itself still comes (the phone is fine)
    assert status == 200
    await asyncio.sleep(0.6)
    assert len(line.to(PERSON)) == 1 and await line.channel.outbox.pending() == 1
    tries = line.gate.requests
    await asyncio.sleep(0.5)
    assert line.gate.requests > tries  # tried again with backoff
    stats = await line.rt.storage.redis.hgetall(line.rt.storage.keys.sms_stats())
    assert int(stats["outbox_retry"]) >= 2
    line.gate.down = False
    got = await line.wait_for(PERSON, 2)
    await asyncio.sleep(0.5)
    assert len(line.to(PERSON)) == 2 and "ҳ" in got[1]
    assert await line.channel.outbox.pending() == 0
    # nothing listens on the port at all (the phone in local mode is off): refused, then sent once
    await line.gate.refuse()
    await line.text("1", expect=0)
    assert await line.channel.outbox.pending() == 1
    await line.gate.restore()
    await line.wait_for(PERSON, 3)
    # the gateway takes a message but its answer is lost (504): the retry is refused as a
    # known id (409) and counted as sent, so the person gets it once
    line.gate.lose_next = 1
    await line.text("МЕНЮ")
    await asyncio.sleep(0.5)
    assert len(line.to(PERSON)) == 4 and await line.channel.outbox.pending() == 0
    ids = [m.id for m in line.gate.messages]
    assert len(ids) == len(set(ids))


@pytest.mark.slow
async def test_outbox_survives_a_restart_of_the_process(line: Line, runtime: Runtime) -> None:
    """Kept in Redis, not in memory: a new channel (another process) sends what the old one could not."""
    await line.text("Салом")
    line.gate.down = True
    await line.gate.text_in(PERSON, "1")
    await asyncio.sleep(0.3)
    await line.channel.outbox.stop()  # the process dies
    assert await line.channel.outbox.pending() == 1
    line.gate.down = False
    fresh = sms_mod.build(runtime, retry_base=0.05)
    try:
        fresh.outbox.start()
        await line.wait_for(PERSON, 2)
        await asyncio.sleep(0.3)
        assert len(line.to(PERSON)) == 2
    finally:
        await fresh.close()


@pytest.mark.slow
async def test_phone_offline_for_an_hour_messages_wait_pending_then_go(line: Line) -> None:
    """Cloud mode: the server takes the reply while the phone is off line; it stays Pending
    (nothing for us to retry), and goes with a delivery report when the phone is back."""
    await line.text("Салом")
    await line.gate.set_online("tj-phone", False)
    await line.gate.text_in(PERSON, "1")
    got = await line.wait_for(PERSON, 2)
    assert len(got) == 2 and line.gate.messages[-1].state == "Pending"
    assert await line.channel.outbox.pending() == 0  # handed over: the gateway keeps it (ttl 24 h)
    await line.gate.set_online("tj-phone", True)
    await line.gate.settle()
    assert line.gate.messages[-1].state == "Delivered"


@pytest.mark.slow
async def test_both_providers_at_once(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    gate = await FakeGateway().start()
    twilio = await FakeTwilio().start()
    _gateway_env(monkeypatch, gate)
    for name, value in {"TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_FROM": TWILIO_NUMBER,
                        "TWILIO_API_BASE_URL": twilio.base_url, "SMS_REPLY_WAIT_SECONDS": "8"}.items():
        monkeypatch.setenv(name, value)
    q = queue_of(runtime)
    await sms_mod.attach(runtime)
    channel: SmsChannel = runtime.processor.services["sms"]
    assert set(channel.providers) == {"twilio", "android"}
    runner, _ = await _serve(runtime, gate, twilio)
    await channel.providers["android"].register_webhooks(gate.public_url + "/sms/android")
    task = await runtime.worker.start()
    line = Line(runtime, channel, gate, twilio)
    by_twilio = "+992935555555"
    try:
        from tests.test_sms import bodies_of

        status, twiml = await twilio.text_in(by_twilio, "Салом")
        assert status == 200 and "<Message" in twiml  # Twilio: the answer in the webhook's response
        by_phone = await line.text("Салом")  # the phone: by the gateway
        assert bodies_of(twiml) == by_phone  # the same text, so the same segments, whichever way
        _, twiml = await twilio.text_in(by_twilio, "2")
        assert bodies_of(twiml) == await line.text("2")
        assert all(segments(b) <= 2 for b in by_phone + bodies_of(twiml))
        # operator replies to each go back the way each person came
        for number, lang in ((by_twilio, "ru"), (PERSON, "ru")):
            opened = await q.open_or_append(channel.user_key(number), channel="sms", lang=lang, category="other")
            await q.claim(opened.ref, "op1")
            await q.reply(opened.ref, "op1", "Оператор: " + number[-4:])
        for _ in range(400):
            if any(number_tail in m.body for m in twilio.messages for number_tail in [by_twilio[-4:]]) and \
                    any(PERSON[-4:] in b for b in line.to(PERSON)):
                break
            await asyncio.sleep(0.02)
        assert {m.to for m in twilio.messages} == {by_twilio}
        assert any(by_twilio[-4:] in m.body for m in twilio.messages)
        assert {m.to for m in gate.messages} == {PERSON}
        assert any(PERSON[-4:] in b for b in line.to(PERSON))
        assert not any(by_twilio[-4:] in b for b in line.to(PERSON))
    finally:
        await gate.settle()
        await twilio.settle()
        await runtime.worker.stop(timeout=2)
        task.cancel()
        await runner.cleanup()
        await sms_mod.detach(runtime)
        await gate.stop()
        await twilio.stop()


@pytest.mark.slow
async def test_register_webhooks_and_status_commands(monkeypatch: pytest.MonkeyPatch) -> None:
    """The real command line, in its own process, against the fake gateway."""
    gate = await FakeGateway().start()
    env = {**os.environ, "SMSGATE_URL": gate.base_url, "SMSGATE_USERNAME": USERNAME, "SMSGATE_PASSWORD": PASSWORD,
           "SMSGATE_SIGNING_KEY": SIGNING_KEY, "PUBLIC_URL": "https://hamroh.example.org"}

    async def run(*args: str, **extra: str) -> tuple[int, str, str]:
        proc = await asyncio.create_subprocess_exec(sys.executable, "-m", "bot", *args, cwd=ROOT, env={**env, **extra},
                                                    stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
        out, err = await proc.communicate()
        return int(proc.returncode or 0), out.decode(), err.decode()

    try:
        # a webhook registered by hand for the same URL and event is kept, and its duplicate removed
        gate.webhooks["byhand1"] = {"id": "byhand1", "url": "https://hamroh.example.org/sms/android", "event": "sms:received"}
        gate.webhooks["byhand2"] = {"id": "byhand2", "url": "https://hamroh.example.org/sms/android", "event": "sms:received"}
        gate.webhooks["other"] = {"id": "other", "url": "https://elsewhere.example.org/hook", "event": "sms:received"}
        rc, out, err = await run("sms", "register-webhooks")
        assert rc == 0, err
        ours = [w for w in gate.webhooks.values() if w["url"] == "https://hamroh.example.org/sms/android"]
        assert sorted(w["event"] for w in ours) == ["sms:delivered", "sms:failed", "sms:received", "sms:sent"]
        assert "other" in gate.webhooks  # another system's webhook is left alone
        rc, out2, err = await run("sms", "register-webhooks")
        assert rc == 0, err
        again = [w for w in gate.webhooks.values() if w["url"] == "https://hamroh.example.org/sms/android"]
        assert sorted(w["id"] for w in again) == sorted(w["id"] for w in ours)  # idempotent: no duplicates
        assert "created" not in out2 and out2.count("kept") == 4
        rc, out, err = await run("sms", "status")
        assert rc == 0, err
        assert "tj-phone" in out and "Hamroh TJ" in out and "pass" in out and "1.46.3" in out
        rc, _, err = await run("sms", "status", SMSGATE_PASSWORD="wrong-password-000")
        assert rc == 1 and "did not answer" in err
        rc, _, err = await run("sms", "status", SMSGATE_URL="")
        assert rc == 2 and "SMSGATE_URL" in err
    finally:
        await gate.stop()


def test_settings_are_registered() -> None:
    import bot.channels.sms.channel  # noqa: F401  (registers the SMS settings)
    from bot import config

    table = config.markdown_table()
    for name in ("SMSGATE_URL", "SMSGATE_USERNAME", "SMSGATE_PASSWORD", "SMSGATE_SIGNING_KEY"):
        assert f"`{name}`" in table


@pytest.mark.slow
async def test_a_reply_the_gateway_never_takes_is_given_up_and_noted_on_the_case(line: Line) -> None:
    """Down for longer than SMSGATE_RETRY_HOURS: the reply is given up and the operator told;
    refused outright (400: that SIM is gone from the phone): told at once, not retried."""
    q = queue_of(line.rt)
    await line.text("Салом", sim=2)
    user = line.channel.user_key(PERSON)
    opened = await q.open_or_append(user, channel="sms", lang="tg", category="other")
    await q.claim(opened.ref, "op1")
    await line.wait_for(PERSON, 2)  # "an operator has taken your request"
    line.channel.outbox.window = 0.5
    line.gate.down = True
    await q.reply(opened.ref, "op1", "Салом!")
    for _ in range(200):
        if await line.channel.failures(opened.ref):
            break
        await asyncio.sleep(0.02)
    failures = await line.channel.failures(opened.ref)
    assert failures and failures[0]["status"] == "expired" and failures[0]["code"] == "503"
    assert await line.channel.outbox.pending() == 0
    line.gate.down = False
    del line.gate.devices["tj-phone"].sims[2]
    requests = line.gate.requests
    await q.reply(opened.ref, "op1", "Боз салом!")
    for _ in range(200):
        if len(await line.channel.failures(opened.ref)) == 2:
            break
        await asyncio.sleep(0.02)
    failures = await line.channel.failures(opened.ref)
    assert failures[0]["status"] == "rejected" and failures[0]["code"] == "400"
    await asyncio.sleep(0.3)
    assert line.gate.requests == requests + 1  # not retried
    notes = [n["text"] for n in await q.notes(opened.ref)]
    assert any("expired" in n for n in notes) and any("400" in n for n in notes)


@pytest.mark.slow
async def test_accepted_durably_before_the_200_even_with_no_worker(line: Line) -> None:
    """The webhook answers once the message is in the inbox (Redis), not once it is handled:
    well within the app's 30 s, and nothing is lost if no worker runs at that moment."""
    r, k = line.rt.storage.redis, line.rt.storage.keys
    await line.rt.worker.stop(timeout=2)
    started = time.monotonic()
    assert await line.gate.text_in(PERSON, "Салом") == 200
    assert time.monotonic() - started < 5
    assert sum([await r.xlen(k.inbox(p)) for p in range(4)]) == 1
    assert line.gate.messages == []
    from bot.pipeline.inbox import Worker

    second = Worker(line.rt.inbox, line.rt.processor.handle, lease_seconds=2)  # another process's worker, later
    task = await second.start()
    try:
        got = await line.wait_for(PERSON, 1)
    finally:
        await second.stop(timeout=2)
        task.cancel()
    assert got and "Тоҷикӣ" in got[0]
    # a long SMS is read up to SMSGATE_MAX_TEXT_CHARS
    assert line.channel.providers["android"].max_text == 1600
