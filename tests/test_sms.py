"""The SMS channel end to end: signed Twilio webhooks into the real server, the real
worker and engine, replies as TwiML or through the real twilio client to a fake
Twilio on loopback (tests/fake_twilio.py). No network beyond 127.0.0.1."""

from __future__ import annotations

import asyncio
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml
from aiohttp import web

from bot.app import Runtime
from bot.channels.sms import plugin as sms_mod
from bot.channels.sms.channel import ANSWER_TTL, SmsChannel
from bot.channels.sms.segments import is_gsm7, segments
from bot.handover.service import queue_of
from tests.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER, FakeTwilio

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each takes over a second)

ROOT = Path(__file__).resolve().parent.parent
PERSON = "+992931234567"
HINT = re.compile(r"^\(\d+/\d+\) ")


def bodies_of(twiml: str) -> list[str]:
    root = ET.fromstring(twiml)
    assert root.tag == "Response"
    return [m.text or "" for m in root.iter("Message")]


@dataclass
class Line:
    rt: Runtime
    channel: SmsChannel
    fake: FakeTwilio

    async def text(self, body: str, sender: str = PERSON, **kw: object) -> list[str]:
        status, twiml = await self.fake.text_in(sender, body, **kw)  # type: ignore[arg-type]
        assert status == 200, twiml
        return bodies_of(twiml)

    async def screen(self, body: str, **kw: object) -> list[str]:
        """Send ``body``, then ask for the rest (MORE) while a page says there is more; every page."""
        pages = await self.text(body, **kw)
        while pages and HINT.search(pages[-1].rsplit("\n", 1)[-1]) and len(pages) < 12:
            pages += await self.text("MORE", sender=str(kw.get("sender", PERSON)))
        return pages

    async def rest(self, n: int, timeout: float = 8.0) -> list[str]:
        """Wait until the fake Twilio has received ``n`` REST messages in all; their bodies."""
        for _ in range(int(timeout / 0.02)):
            if len(self.fake.messages) >= n:
                break
            await asyncio.sleep(0.02)
        return [m.body for m in self.fake.messages]


@pytest.fixture
async def line(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[Line]:
    fake = await FakeTwilio().start()
    for name, value in {
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_FROM": TWILIO_NUMBER,
        "TWILIO_API_BASE_URL": fake.base_url, "PUBLIC_URL": fake.public_url, "SMS_REPLY_WAIT_SECONDS": "8",
    }.items():
        monkeypatch.setenv(name, value)
    queue_of(runtime)  # the handover's case queue in this process (operator replies, notes)
    await sms_mod.attach(runtime)
    channel: SmsChannel = runtime.processor.services["sms"]
    app = web.Application()
    sms_mod.routes(app, runtime)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    fake.route_to = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
    task = await runtime.worker.start()
    try:
        yield Line(runtime, channel, fake)
    finally:
        await fake.settle()
        await runtime.worker.stop(timeout=2)
        task.cancel()
        await runner.cleanup()
        await sms_mod.detach(runtime)
        await fake.stop()


def article_sms(lang: str) -> set[str]:
    out = set()
    for p in (ROOT / "locales" / lang / "articles").glob("*.yaml"):
        doc = yaml.safe_load(p.read_text(encoding="utf-8")) or {}
        if doc.get("sms"):
            out.add(" ".join(str(doc["sms"]).split()))
    return out


@pytest.mark.parametrize(("lang", "choice", "marker"), [("tg", "1", "ҳ"), ("ru", "2", "ы")])
async def test_whole_conversation_by_twiml(line: Line, lang: str, choice: str, marker: str, caplog: pytest.LogCaptureFixture) -> None:
    caplog.set_level(logging.DEBUG)
    first = await line.screen("Салом")  # the bilingual greeting takes two pages in Cyrillic
    assert "1 Тоҷикӣ" in first[-1] and "2 Русский" in first[-1]
    menu = await line.screen(choice)  # language
    assert marker in menu[0]
    topics = await line.screen("1")  # all topics
    redflags = await line.screen("1")  # red flags
    assert "1 " in "".join(redflags) and "2 " in "".join(redflags)
    article = await line.screen("1")
    assert any(" ".join(article[0].split()).startswith(s[:40]) for s in article_sms(lang)), article
    for body in (*first, *menu, *topics, *redflags, *article):
        assert segments(body) <= 2
    assert line.fake.messages == []  # every answer came back in the webhook response
    logged = caplog.text
    assert PERSON not in logged and PERSON[1:] not in logged and "Салом" not in logged
    # the number is kept only encrypted
    user = line.channel.user_key(PERSON)
    raw = await line.rt.storage.redis.get(line.rt.storage.keys.sms_number(user))
    assert raw and PERSON not in raw and await line.channel.number_of(user) == PERSON
    assert await line.rt.storage.redis.ttl(line.rt.storage.keys.sms_number(user)) > 86400


@pytest.mark.parametrize(("lang", "more"), [("tg", "ДАВОМ"), ("tg", "davom"), ("ru", "ДАЛЕЕ"), ("ru", "dalee"), ("ru", "MORE")])
async def test_paging_with_the_continue_keyword(line: Line, lang: str, more: str) -> None:
    await line.screen("Салом")
    await line.screen("1" if lang == "tg" else "2")
    pages = [(await line.text("ЁРӢ" if lang == "tg" else "ПОМОЩЬ"))[0]]
    hint = "ДАВОМ" if lang == "tg" else "ДАЛЕЕ"
    assert hint in pages[0] and segments(pages[0]) <= 2
    for _ in range(10):
        nxt = await line.text(more)
        pages.append(nxt[0])
        if hint not in nxt[0]:
            break
    assert all(segments(p) <= 2 for p in pages)
    assert len(pages) >= 2
    done = await line.text(more)
    assert ("МЕНЮ" in done[0]) and hint not in done[0]


async def test_more_sent_again_gets_the_same_page_and_no_page_is_skipped(line: Line) -> None:
    """A MORE whose response was lost is sent again by Twilio with the same id: it gets
    the same page, and the next MORE the page after it; two MOREs at once get two
    different pages."""
    await line.screen("Салом")
    await line.screen("2")
    help_pages = [(await line.text("СПРАВКА"))[0]]
    sid = "SM" + "a1" * 16
    second = await line.text("ДАЛЕЕ", sid=sid)
    assert await line.text("ДАЛЕЕ", sid=sid) == second  # the retry: same page, not the next
    third, fourth = await asyncio.gather(line.text("ДАЛЕЕ"), line.text("ДАЛЕЕ"))
    pages = help_pages + second + sorted([third[0], fourth[0]], key=lambda p: "ДАЛЕЕ" not in p)
    assert len(set(pages)) == 4, pages  # nothing shown twice ...
    # ... and nothing skipped: HELP again, then MORE, MORE, MORE in turn gives the same pages
    again = [(await line.text("СПРАВКА"))[0]]
    for _ in range(3):
        again.append((await line.text("ДАЛЕЕ"))[0])
    assert set(again) == set(pages), (again, pages)


async def test_latin_mode(line: Line) -> None:
    await line.text("Салом")
    await line.text("1")
    on = await line.text("LAT")
    assert is_gsm7(on[0]) and "KIR" in on[0]
    menu = await line.text("МЕНЮ")
    assert is_gsm7(menu[0]) and "1 " in menu[0]
    more = (await line.text("yori"))[0]
    assert is_gsm7(more) and "DAVOM" in more
    assert is_gsm7((await line.text("DAVOM"))[0])
    off = await line.text("КИР")
    assert not is_gsm7(off[0])
    assert not is_gsm7((await line.text("menu"))[0])


@pytest.mark.parametrize(("stop", "start", "lang_word"), [("STOP", "START", "help"), ("СТОП", "СТАРТ", "справка"), ("ИСТ", "start", "маълумот"),
                                                           ("ist", "СТАРТ", "malumot"), ("stop", "start", "spravka")])
async def test_stop_start_help(line: Line, stop: str, start: str, lang_word: str) -> None:
    user = line.channel.user_key(PERSON)
    r, k = line.rt.storage.redis, line.rt.storage.keys
    helped = await line.text(lang_word)
    assert helped and ("112" in helped[0])  # the emergency number first (+992: Tajikistan)
    stopped = await line.text(stop)
    assert len(stopped) == 1 and ("START" in stopped[0] or "СТАРТ" in stopped[0])
    assert await r.exists(k.sms_optout(user)) and not await r.exists(k.sms_number(user))
    assert await line.text("1") == []  # nothing to a number that said STOP
    assert await line.text("HELP") == []
    assert await line.text(stop) == []  # and no second confirmation
    started = await line.text(start)
    assert len(started) == 1 and not await r.exists(k.sms_optout(user))
    assert await line.text("Салом")  # answered again
    assert line.fake.messages == []


async def test_help_in_three_languages_has_service_and_contacts(line: Line) -> None:
    tg = (await line.text("МАЪЛУМОТ"))[0]
    ru = (await line.text("СПРАВКА", sender="+992931111111"))[0]
    en = (await line.text("HELP", sender="+992932222222"))[0]
    assert "Ҳамроҳ" in tg and "Хамрох" in ru and "Ҳамроҳ" in en  # HELP with no language yet: the default (Tajik)
    # the emergency contacts follow on the next page (MORE)
    rest = []
    for _ in range(6):
        page = (await line.text("ДАВОМ"))[0]
        rest.append(page)
        if "ДАВОМ" not in page:
            break
    contacts = yaml.safe_load((ROOT / "data" / "contacts.yaml").read_text(encoding="utf-8"))["contacts"]
    assert str(contacts[0]["number"]) in tg + "".join(rest)


async def test_twilio_opt_out_type_is_honoured(line: Line) -> None:
    user = line.channel.user_key(PERSON)
    assert await line.text("Salom")
    # Twilio handled STOP on its side and confirmed it itself: we record it and stay silent
    assert await line.text("STOP", extra={"OptOutType": "STOP"}) == []
    assert await line.rt.storage.redis.exists(line.rt.storage.keys.sms_optout(user))
    menu = await line.screen("UNSTOP", extra={"OptOutType": "START"})
    assert menu and "1 " in menu[-1]  # Twilio confirmed the opt-in; we go on to the menu


async def test_forged_and_unsigned_requests_are_refused(line: Line) -> None:
    r, k = line.rt.storage.redis, line.rt.storage.keys
    forged = line.fake.sign(line.fake.public_url + "/sms/twilio", {"From": PERSON, "Body": "other"})
    status, _ = await line.fake.text_in(PERSON, "Салом", signature=forged)
    assert status == 403
    status, _ = await line.fake.text_in(PERSON, "Салом", signature="")
    assert status == 403
    # signed for the address the server sees behind the proxy, not the public one: refused too
    local_sig = line.fake.sign(line.fake.route_to + "/sms/twilio", {"From": PERSON})
    status, _ = await line.fake.text_in(PERSON, "Салом", signature=local_sig)
    assert status == 403
    status = await line.fake.post_webhook(line.fake.public_url + "/sms/twilio/status", {"MessageSid": "SMx", "MessageStatus": "failed"},
                                          signature="bad")
    assert status == 403
    assert not await r.exists(k.sms_number(line.channel.user_key(PERSON)))
    assert sum([await r.xlen(k.inbox(p)) for p in range(4)]) == 0


async def test_duplicate_message_sid_is_processed_once_and_answered_again(line: Line) -> None:
    """Twilio sends a webhook again only when it got no response to it (a dropped
    connection, a process that died): the message is handled once, and the retry gets
    the same answer in its response, or the person would get none."""
    r, k = line.rt.storage.redis, line.rt.storage.keys
    first = await line.text("Салом", sid="SM" + "d" * 32)
    assert first
    again = await line.text("Салом", sid="SM" + "d" * 32)
    assert again == first
    menu = await line.text("2")  # handled once: the language question is still the next step
    assert "ы" in menu[0] and menu != first
    await asyncio.sleep(0.3)
    assert line.fake.messages == []
    # a channel word is deduplicated, and answered again, too; MORE does not turn a second page
    lat = await line.text("LAT", sid="SM" + "e" * 32)
    assert lat and await line.text("LAT", sid="SM" + "e" * 32) == lat
    assert await r.exists(k.dedup("sms", "SM" + "d" * 32))
    assert await r.ttl(k.sms_answer("SM" + "d" * 32)) <= ANSWER_TTL


async def test_a_retry_after_an_answer_by_rest_gets_nothing_more(line: Line) -> None:
    line.channel.reply_wait = 0  # the worker cannot answer in time: empty TwiML, then REST
    sid = "SM" + "f" * 32
    assert await line.text("Салом", sid=sid) == []
    await line.rest(1)
    assert await line.text("Салом", sid=sid) == []  # the REST message carries the answer
    await asyncio.sleep(0.3)
    assert len(line.fake.messages) == 1
    assert not await line.rt.storage.redis.exists(line.rt.storage.keys.sms_answer(sid))


async def test_late_answer_goes_by_rest_exactly_once(line: Line) -> None:
    line.channel.reply_wait = 0  # the worker cannot answer in time: empty TwiML, then REST
    assert await line.text("Салом") == []
    sent = await line.rest(1)
    await asyncio.sleep(0.3)
    assert len(line.fake.messages) == 1 and "Ҳамроҳ" in sent[0]
    assert line.fake.messages[0].to == PERSON and line.fake.messages[0].sender == TWILIO_NUMBER
    assert line.fake.messages[0].status_callback == line.fake.public_url + "/sms/twilio/status"
    await line.fake.settle()
    assert [c[1:] for c in line.fake.callbacks] == [("sent", 200), ("delivered", 200)]


async def test_operator_reply_by_rest_and_failed_delivery_on_the_case(line: Line) -> None:
    q = queue_of(line.rt)
    await line.text("Салом")
    await line.text("1")
    user = line.channel.user_key(PERSON)
    opened = await q.open_or_append(user, channel="sms", lang="tg", category="passport", priority="high")
    await q.claim(opened.ref, "op1")
    before = len(line.fake.messages)
    await q.reply(opened.ref, "op1", "Салом, ман оператор ҳастам. Шиносномаатон дар куҷост?")
    sent = await line.rest(before + 2)  # "operator has taken your request", then the reply
    assert any("Шиносномаатон дар куҷост" in b for b in sent)
    assert all(m.to == PERSON for m in line.fake.messages)
    # the next message does not reach the phone: Twilio reports it undelivered
    line.fake.undeliverable.add(PERSON)
    n = len(line.fake.messages)
    await q.reply(opened.ref, "op1", "Лутфан ҷавоб диҳед.")
    await line.rest(n + 1)
    await line.fake.settle()
    assert ("undelivered", 200) in [c[1:] for c in line.fake.callbacks]
    failures = await line.channel.failures(opened.ref)
    assert failures and failures[0]["code"] == "30003" and failures[0]["status"] == "undelivered"
    notes = await q.notes(opened.ref)
    assert any("30003" in n["text"] and n["op"] == "sms" for n in notes)


async def test_a_number_typed_in_a_message_is_never_written_to(line: Line) -> None:
    line.channel.reply_wait = 0
    await line.text("Send the menu to +992937777777 please")
    await line.rest(1)
    await asyncio.sleep(0.2)
    assert {m.to for m in line.fake.messages} == {PERSON}


async def test_daily_cap_with_one_polite_notice(line: Line) -> None:
    line.channel.daily_cap = 3
    answered = [await line.text(t) for t in ("Салом", "1", "МЕНЮ")]
    assert all(answered)
    notice = await line.text("МЕНЮ")
    assert len(notice) == 1 and "SOS" in notice[0] and "фардо" in notice[0].lower()
    assert await line.text("МЕНЮ") == []
    assert await line.text("МЕНЮ") == []
    sos = await line.text("SOS")  # emergency contacts are never held back
    assert sos


async def test_inbound_rate_limit(line: Line) -> None:
    line.channel.inbound_per_minute = 3
    for t in ("Салом", "1", "МЕНЮ"):
        assert await line.text(t)
    slow_down = await line.text("МЕНЮ")
    assert len(slow_down) == 1 and "дақиқа" in slow_down[0]
    assert await line.text("МЕНЮ") == []


async def test_forget_me_erases_the_number_after_the_last_reply(line: Line) -> None:
    r, k = line.rt.storage.redis, line.rt.storage.keys
    user = line.channel.user_key(PERSON)
    await line.text("Салом")
    await line.text("1")
    await line.text("LAT")
    ask = await line.text("faromush")
    assert ask
    done = await line.text("1")
    assert done and is_gsm7(done[0])  # the last answer still in their language and letters
    assert not await r.exists(k.sms_number(user)) and not await r.exists(k.sms_prefs(user))


async def test_failed_twiml_answer_is_recorded_by_its_recipient(line: Line) -> None:
    q = queue_of(line.rt)
    user = line.channel.user_key(PERSON)
    ok, twiml = await line.fake.text_in(PERSON, "Салом")
    assert ok == 200
    assert 'action="https://hamroh.example.org/sms/twilio/status"' in twiml
    opened = await q.open_or_append(user, channel="sms", lang="ru", category="other")
    status = await line.fake.post_webhook(line.fake.public_url + "/sms/twilio/status", {
        "MessageSid": "SM" + "f" * 32, "MessageStatus": "undelivered", "ErrorCode": "30005", "To": PERSON, "AccountSid": ACCOUNT_SID})
    assert status == 200
    assert (await line.channel.failures(opened.ref))[0]["code"] == "30005"
    assert any("30005" in n["text"] and "не доставлено" in n["text"] for n in await q.notes(opened.ref))


async def test_redis_down_means_503_so_the_provider_retries(line: Line, monkeypatch: pytest.MonkeyPatch) -> None:
    from redis.exceptions import ConnectionError as RedisConnectionError

    async def down(_inbound: object) -> None:
        raise RedisConnectionError("down")

    monkeypatch.setattr(line.rt.inbox, "accept", down)
    status, _ = await line.fake.text_in(PERSON, "Салом")
    assert status == 503
    assert line.channel.waiters == {}


async def test_operator_reply_to_an_opted_out_person_is_noted_on_the_case(line: Line) -> None:
    q = queue_of(line.rt)
    user = line.channel.user_key(PERSON)
    await line.text("Салом")
    opened = await q.open_or_append(user, channel="sms", lang="tg")
    # STOP is recorded before the claim: the "an operator took your case" notice would
    # otherwise race it (sent by the API when the worker gets to it first)
    assert await line.text("СТОП")
    await q.claim(opened.ref, "op1")
    await q.reply(opened.ref, "op1", "Шумо дар куҷо ҳастед?")
    for _ in range(200):
        if await line.channel.failures(opened.ref):
            break
        await asyncio.sleep(0.02)
    assert (await line.channel.failures(opened.ref))[0]["status"] == "opted_out"
    assert line.fake.messages == []
