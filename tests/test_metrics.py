"""``/metrics``, ``/healthz`` and ``/readyz`` of the whole web application (every component,
as ``serve`` composes it), scraped over real HTTP after real traffic: Telegram updates
through the webhook and the fake Bot API (including a 429 and a 500 from it), an SMS
through the signed Twilio webhook, a web chat message, an SOS that opens an urgent case,
and its claim. Counters are process-wide, so each check compares a scrape before with
one after. No label value may name a person, a chat, a case or an operator."""

from __future__ import annotations

import asyncio
import socket
import time
import uuid
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest
from aiohttp import web
from prometheus_client.parser import text_string_to_metric_families

from bot import metrics
from bot.app import Runtime, make_runtime
from bot.channels.sms.providers.base import SendError
from bot.channels.sms.providers.twilio import TwilioProvider
from bot.channels.webchat.visitors import new_cookie
from bot.engine.runner import Engine
from bot.handover.service import queue_of
from bot.storage import EmbeddedValkey, Storage
from bot.web import metrics as web_metrics
from bot.web.server import detach_all
from tests.fake_telegram import TOKEN, FakeBotAPI
from tests.fake_twilio import ACCOUNT_SID, AUTH_TOKEN, TWILIO_NUMBER, FakeTwilio
from tests.telegram_harness import SECRET
from tests.whole_app import WholeApp, listen, serving

Sample = dict[tuple[str, frozenset[tuple[str, str]]], float]

# every label value /metrics may carry: channel names and fixed categories, nothing else
ALLOWED_LABELS = {
    "channel": {"tg", "tgop", "sms", "web", "console", "system", "other"},  # other: a test's own channel names
    "kind": {"rate_limited", "server", "network", "timeout", "blocked", "rejected"},
    "reason": {"rate_limited", "server", "network", "timeout", "too_large", "flood",
               "new_visitors", "login_rate", "login_locked", "login_busy",  # (docs/security.md)
               "not_picture", "too_many_pixels", "broken", "unavailable", "failed"},  # OCR failures, when bot.pictures ran first
    "priority": {"urgent", "high", "normal"},
    "le": None,  # histogram buckets (numbers)
}


def parse(text: str) -> Sample:
    out: Sample = {}
    for family in text_string_to_metric_families(text):
        for s in family.samples:
            out[(s.name, frozenset(s.labels.items()))] = s.value
    return out


def value(sample: Sample, name: str, **labels: str) -> float:
    return sample.get((name, frozenset(labels.items())), 0.0)


class App(WholeApp):
    async def scrape(self) -> Sample:
        async with self.http.get(self.base + "/metrics") as r:
            assert r.status == 200 and r.headers["Content-Type"].startswith("text/plain")
            return parse(await r.text())

    async def reply_to(self, chat: int, count: int = 1, timeout: float = 10.0) -> list[str]:
        return [c.text for c in await self.fake.wait_for("sendMessage", count, chat_id=chat, timeout=timeout)]


def full_env(monkeypatch: pytest.MonkeyPatch, fake: FakeBotAPI, twilio: FakeTwilio) -> None:
    for name, val in {
        "TELEGRAM_BOT_TOKEN": TOKEN, "TELEGRAM_API_BASE_URL": fake.base_url, "TELEGRAM_WEBHOOK_SECRET": SECRET,
        "TELEGRAM_CHAT_RATE": "1000", "PUBLIC_URL": twilio.public_url,
        "TWILIO_ACCOUNT_SID": ACCOUNT_SID, "TWILIO_AUTH_TOKEN": AUTH_TOKEN, "TWILIO_FROM": TWILIO_NUMBER,
        "TWILIO_API_BASE_URL": twilio.base_url, "SMS_REPLY_WAIT_SECONDS": "8",
    }.items():
        monkeypatch.setenv(name, val)
    monkeypatch.delenv("TELEGRAM_OPERATORS_CHAT_ID", raising=False)


@pytest.fixture
async def app(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> AsyncIterator[App]:
    """The application ``serve`` builds (every component), on loopback, with its worker."""
    fake = await FakeBotAPI().start()
    twilio = await FakeTwilio().start()
    full_env(monkeypatch, fake, twilio)
    async with serving(runtime, fake, twilio, App) as app:
        yield app


def check_labels(sample: Sample, *forbidden: str) -> None:
    for (name, labels), _ in sample.items():
        if not name.startswith("hamroh_"):
            continue
        for key, val in labels:
            assert key in ALLOWED_LABELS, f"{name} has label {key}"
            allowed = ALLOWED_LABELS[key]
            assert allowed is None or val in allowed, f"{name}{{{key}={val!r}}}"
            for f in forbidden:
                assert f not in val, f"{name} carries an identifier"


@pytest.mark.slow
async def test_metrics_move_with_real_traffic(app: App) -> None:
    before = await app.scrape()
    assert value(before, "hamroh_redis_up") == 1

    # Telegram: a conversation through the webhook, answered through the fake Bot API
    chat = 7300000 + uuid.uuid4().int % 99999
    assert await app.telegram(chat, "/start ru") == 200
    await app.reply_to(chat, 1)
    # the Bot API answers 429 (retry after 1 s) and then 500: both retried, the reply still arrives
    app.fake.fail("sendMessage", 429, retry_after=1)
    app.fake.fail("sendMessage", 500)
    assert await app.telegram(chat, "menu") == 200
    await app.reply_to(chat, 2, timeout=15)

    # SMS: a signed Twilio webhook, answered in its TwiML
    status, twiml = await app.twilio.text_in("+992930000111", "Салом")
    assert status == 200 and "<Message" in twiml

    # web chat
    app.http.cookie_jar.update_cookies({"hamroh_chat": new_cookie()[0]})
    async with app.http.post(app.base + "/chat/send", json={"command": "start"}, headers={"X-Hamroh-Chat": "1"}) as r:
        assert r.status == 202

    # an SOS opens an urgent case: the queue gauges show it
    sos_chat = chat + 1
    assert await app.telegram(sos_chat, "/start ru") == 200
    await app.reply_to(sos_chat, 1)
    assert await app.telegram(sos_chat, "SOS") == 200
    q = queue_of(app.rt)
    for _ in range(200):
        if await q.waiting():
            break
        await asyncio.sleep(0.05)
    (case,) = await q.waiting()
    assert case.priority == "urgent"
    await asyncio.sleep(1.1)
    mid = await app.scrape()
    assert value(mid, "hamroh_queue_depth", priority="urgent") == 1
    assert value(mid, "hamroh_queue_depth", priority="normal") == 0
    assert 1.0 <= value(mid, "hamroh_queue_oldest_seconds", priority="urgent") < 60
    assert value(mid, "hamroh_queue_oldest_seconds", priority="high") == 0

    # an operator claims it (the queue API the console and the Telegram group use)
    claimed = await q.claim_next("olga")
    assert claimed is not None and claimed.ref == case.ref
    await app.reply_to(sos_chat, 5)  # (the person is told)
    for _ in range(100):  # the messages counted out are counted before they are sent
        after = await app.scrape()
        if value(after, "hamroh_processing_seconds_count") - value(before, "hamroh_processing_seconds_count") >= 7:
            break
        await asyncio.sleep(0.05)

    def delta(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert delta("hamroh_messages_in_total", channel="tg") == 4
    assert delta("hamroh_messages_in_total", channel="sms") == 1
    assert delta("hamroh_messages_in_total", channel="web") == 1
    assert delta("hamroh_messages_in_total", channel="system") >= 1  # the claim, told to the person
    assert delta("hamroh_messages_out_total", channel="tg") >= 5
    assert delta("hamroh_messages_out_total", channel="sms") >= 1
    assert delta("hamroh_messages_out_total", channel="web") >= 1
    assert delta("hamroh_processing_seconds_count") >= 7
    assert delta("hamroh_processing_seconds_sum") > 0
    assert delta("hamroh_provider_errors_total", channel="tg", kind="rate_limited") == 1
    assert delta("hamroh_provider_errors_total", channel="tg", kind="server") == 1
    assert delta("hamroh_retries_total", channel="tg", reason="rate_limited") == 1
    assert delta("hamroh_retries_total", channel="tg", reason="server") == 1
    assert value(after, "hamroh_queue_depth", priority="urgent") == 0
    assert value(after, "hamroh_cases_claimed") == 1
    assert value(after, "process_resident_memory_bytes") > 0
    check_labels(after, str(chat), str(sos_chat), case.ref, "olga", "992930000111")
    text = await (await app.http.get(app.base + "/metrics")).text()
    for identifier in (str(chat), str(sos_chat), case.ref, case.display_ref, "olga", "992930000111", case.user):
        assert identifier not in text

    # time to claim: observed where the claim happens (``CaseQueue._claim_ref``)
    assert delta("hamroh_time_to_claim_seconds_count") == 1
    assert 1.0 <= delta("hamroh_time_to_claim_seconds_sum") < 60


async def test_twilio_errors_and_retries_are_counted() -> None:
    """The Twilio client against the fake Twilio: a refused number (400, not retried) and
    an unreachable API (network errors, retried)."""
    twilio = await FakeTwilio().start()
    twilio.opted_out.add("+992930000222")
    refused = TwilioProvider(ACCOUNT_SID, AUTH_TOKEN, from_=TWILIO_NUMBER, api_base_url=twilio.base_url)
    down = TwilioProvider(ACCOUNT_SID, AUTH_TOKEN, from_=TWILIO_NUMBER, api_base_url=f"http://127.0.0.1:{free_port()}", attempts=2)
    before = parse(metrics_text())
    try:
        with pytest.raises(SendError) as err:
            await refused.send("+992930000222", "hi", None)
        assert err.value.permanent and err.value.opted_out
        with pytest.raises(SendError) as err:
            await down.send("+992930000333", "hi", None)
        assert not err.value.permanent
        assert await refused.send("+992930000444", "hi", None)  # and a good one counts nothing
    finally:
        await refused.close()
        await down.close()
        await twilio.stop()
    after = parse(metrics_text())

    def delta(name: str, **labels: str) -> float:
        return value(after, name, **labels) - value(before, name, **labels)

    assert delta("hamroh_provider_errors_total", channel="sms", kind="rejected") == 1
    assert delta("hamroh_provider_errors_total", channel="sms", kind="network") == 2
    assert delta("hamroh_retries_total", channel="sms", reason="network") == 1
    assert delta("hamroh_retries_total", channel="sms", reason="rejected") == 0


def metrics_text() -> str:
    from prometheus_client import generate_latest

    return generate_latest(metrics.REGISTRY).decode()


def free_port() -> int:
    """A loopback port nothing listens on (bound, then released)."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.mark.slow
async def test_health_and_readiness_follow_redis(tmp_path: Path, engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    """A Redis server of its own, stopped mid-test: /healthz stays 200, /readyz says 503 and
    why, /metrics still answers (redis_up 0), a webhook answers 503 and counts the failure."""
    for name in ("TELEGRAM_BOT_TOKEN", "TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "PUBLIC_URL"):
        monkeypatch.delenv(name, raising=False)
    server = EmbeddedValkey(tmp_path / "valkey")
    url = server.start()
    storage = await Storage.open(url, prefix=f"t{uuid.uuid4().hex[:8]}")
    rt = make_runtime(storage, engine=engine, partitions=2, lease_seconds=2)
    runner, base = await listen(rt)
    try:
        async with aiohttp.ClientSession() as http:
            async with http.get(base + "/healthz") as r:
                assert r.status == 200 and await r.json() == {"status": "ok"}
            async with http.get(base + "/readyz") as r:
                assert r.status == 200 and await r.json() == {"status": "ready", "channels": ["web"]}
            http.cookie_jar.update_cookies({"hamroh_chat": new_cookie()[0]})
            before = parse(await (await http.get(base + "/metrics")).text())

            server.stop()  # Redis goes away
            start = time.monotonic()
            async with http.get(base + "/readyz") as r:
                assert r.status == 503
                assert await r.json() == {"status": "not ready", "reason": "redis unreachable", "channels": ["web"]}
            async with http.get(base + "/healthz") as r:
                assert r.status == 200
            async with http.post(base + "/chat/send", json={"text": "salom"}, headers={"X-Hamroh-Chat": "1"}) as r:
                assert r.status == 503 and await r.json() == {"error": "unavailable"}
            async with http.get(base + "/metrics") as r:
                assert r.status == 200
                after = parse(await r.text())
            assert time.monotonic() - start < 10  # nothing waits long for a server that is not there
            assert value(after, "hamroh_redis_up") == 0
            assert value(after, "hamroh_accept_failures_total", channel="web") - value(before, "hamroh_accept_failures_total", channel="web") == 1
    finally:
        await runner.cleanup()
        for t in rt.tasks:
            t.cancel()
        await detach_all(rt)
        await storage.redis.aclose()
        server.stop()


async def test_readyz_wants_a_channel(runtime: Runtime) -> None:
    """A process with no channel for people is not ready, however healthy Redis is."""
    from bot.web import health

    app = web.Application()
    health.routes(app, runtime)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0)
    await site.start()
    base = f"http://127.0.0.1:{site._server.sockets[0].getsockname()[1]}"  # type: ignore[union-attr]
    try:
        async with aiohttp.ClientSession() as http, http.get(base + "/readyz") as r:
            assert r.status == 503
            assert await r.json() == {"status": "not ready", "reason": "no channel configured", "channels": []}
    finally:
        await runner.cleanup()


async def test_a_worker_process_can_serve_its_own_metrics(runtime: Runtime) -> None:
    """``python -m bot worker`` has no web server: ``bot.web.metrics.start_server`` gives it /metrics."""
    port = free_port()
    runner = await web_metrics.start_server(port, "127.0.0.1", rt=runtime)
    try:
        async with aiohttp.ClientSession() as http, http.get(f"http://127.0.0.1:{port}/metrics") as r:
            assert r.status == 200
            sample = parse(await r.text())
        assert value(sample, "hamroh_redis_up") == 1
        assert any(name == "hamroh_processing_seconds_count" for name, _ in sample)
    finally:
        await runner.cleanup()


def test_the_channel_label_has_a_fixed_set_of_values() -> None:
    from bot import metrics

    assert metrics.channel("tg") == "tg" and metrics.channel("sms") == "sms"
    assert metrics.channel("tg:1234567") == "other"  # a user key can never become a series
    assert metrics.channel("") == "other"
