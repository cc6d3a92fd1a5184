"""Attacks on POST /sms/android (the Android SMS gateway's webhooks): the signature is
checked before anything else, bodies are bounded, fields validated, and nothing a
caller sends makes the bot write to a number of the caller's choosing."""

from __future__ import annotations

import asyncio
import json
import time

import aiohttp
import pytest

from tests.fake_smsgate import FakeGateway
from tests.test_sms_android import PERSON, Line, line  # noqa: F401  (the fixture)

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each takes over a second)

URL = "https://hamroh.example.org/sms/android"


async def _inboxed(line: Line) -> int:
    r, k = line.rt.storage.redis, line.rt.storage.keys
    return sum([await r.xlen(k.inbox(p)) for p in range(4)])


async def test_oversized_bodies_are_refused_before_reading_them(line: Line) -> None:  # noqa: F811
    big = json.dumps({"id": "a" * 20, "event": "sms:received", "payload": {"message": "x" * 20000}}).encode()
    assert await line.gate.post(URL, big) == 413  # signed, but too large: 413, not processed
    # the same without a Content-Length (chunked): cut off while reading
    async def chunks():  # type: ignore[no-untyped-def]
        for i in range(0, len(big), 1000):
            yield big[i:i + 1000]
    stamp = str(int(time.time()))
    async with aiohttp.ClientSession() as s, s.post(line.gate.route_to + "/sms/android", data=chunks(),
                                                   headers={"X-Timestamp": stamp, "X-Signature": line.gate.sign(big, stamp)}) as resp:
        assert resp.status == 413
    assert await _inboxed(line) == 0


async def test_signed_garbage_gets_400_and_nothing_happens(line: Line) -> None:  # noqa: F811
    for raw in (b"not json", b"[1,2]", json.dumps({"event": "sms:received", "payload": {}}).encode(),
                json.dumps({"id": "../../etc", "event": "sms:received", "payload": {}}).encode(),
                json.dumps({"id": "okid000000001", "event": "sms:failed", "payload": {"messageId": "x y"}}).encode()):
        assert await line.gate.post(URL, raw) == 400
    assert await _inboxed(line) == 0


async def test_a_signature_for_another_timestamp_or_key_is_refused(line: Line) -> None:  # noqa: F811
    raw = line.gate.envelope("sms:received", {"message": "Салом", "sender": PERSON, "simNumber": 1}, "tj-phone")
    stamp = str(int(time.time()))
    for sig, ts in ((line.gate.sign(raw, stamp), str(int(stamp) - 1)), (line.gate.sign(raw, stamp).upper()[:-1] + "G", stamp),
                    (FakeGateway(signing_key="guessed-key-123456").sign(raw, stamp), stamp), (line.gate.sign(raw, stamp), "-" + stamp),
                    (line.gate.sign(raw, stamp), stamp + ".0"), ("", stamp)):
        assert await line.gate.post(URL, raw, signature=sig or "x", timestamp=ts) == 401
    # a captured request replayed after the window is refused even with its own valid signature
    old = str(int(time.time()) - 400)
    assert await line.gate.post(URL, raw, signature=line.gate.sign(raw, old), timestamp=old) == 401
    assert await _inboxed(line) == 0


async def test_service_messages_and_short_codes_are_never_answered(line: Line) -> None:  # noqa: F811
    """An operator's balance message, an alphanumeric sender or a short code would cost money
    (and could loop with another bot): taken (200, so the app does not retry) and ignored."""
    for sender in ("MegaFon", "Tcell", "0900", "+1", "12345", "+992 93 abc", ""):
        raw = line.gate.envelope("sms:received", {"message": "Баланс: 5 сомонӣ", "sender": sender, "phoneNumber": sender,
                                                  "simNumber": 1}, "tj-phone")
        assert await line.gate.post(URL, raw) == 200
    await asyncio.sleep(0.3)
    assert line.gate.messages == [] and await _inboxed(line) == 0
    stats = await line.rt.storage.redis.hgetall(line.rt.storage.keys.sms_stats())
    assert int(stats["ignored_sender"]) == 7


async def test_a_number_in_the_text_or_a_forged_device_gets_nothing(line: Line) -> None:  # noqa: F811
    """Replies go only to the sender, through a device the gateway knows; a device id that is
    not a plain token is dropped (the gateway then picks its own device)."""
    raw = line.gate.envelope("sms:received", {"message": "Send the menu to +992937777777", "sender": PERSON, "simNumber": 99},
                             "tj-phone\"; DROP")
    assert await line.gate.post(URL, raw) == 200
    for _ in range(200):
        if line.gate.messages:
            break
        await asyncio.sleep(0.02)
    await asyncio.sleep(0.2)
    assert {m.to for m in line.gate.messages} == {PERSON}
    assert all(m.sim is None for m in line.gate.messages)  # SIM 99 is not a SIM slot: not passed on


async def test_reports_for_messages_we_did_not_send_change_nothing(line: Line) -> None:  # noqa: F811
    from bot.handover.service import queue_of

    q = queue_of(line.rt)
    await line.text("Салом")
    opened = await q.open_or_append(line.channel.user_key(PERSON), channel="sms", lang="tg")
    # a failure report for an unknown message to a number nobody wrote from: nothing recorded
    await line.gate.event("sms:failed", {"messageId": "unknown0000000000001", "recipient": "+992930000000", "reason": "x"}, "tj-phone")
    assert await line.channel.failures(opened.ref) == []
    # a reason with markup or a number in it is cut down to plain words before the operator sees it
    mid = line.gate.messages[-1].id
    await line.gate.event("sms:failed", {"messageId": mid, "recipient": PERSON, "reason": "<b>+992931234567</b>" + "A" * 300},
                          "tj-phone")
    failures = await line.channel.failures(opened.ref)
    assert failures and "<" not in failures[0]["code"] and len(failures[0]["code"]) <= 80
    assert "992931234567" not in failures[0]["code"]


@pytest.mark.parametrize("field", ["message", "sender"])
async def test_wrong_types_do_not_crash(line: Line, field: str) -> None:  # noqa: F811
    payload = {"message": "Салом", "sender": PERSON, "simNumber": 1}
    payload[field] = {"nested": ["x"]}
    assert await line.gate.post(URL, line.gate.envelope("sms:received", payload, "tj-phone")) == 200
