"""Finding 1: one request with a bad ``Last-Event-ID`` must not stop every live update.

The attack: ``GET /chat/events`` with ``Last-Event-ID: 99999999999999999999999`` (digits,
but beyond a stream id's 64 bits) made Redis refuse the hub's one shared XREAD, so
from then on no web chat reply and no console event reached anyone. The same on
``/console/events`` with ids that are not ids at all.
"""

from __future__ import annotations

import asyncio
import json
from urllib.parse import urlencode

import pytest

from tests.security.conftest import http, login, sse

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each takes over a second)

BAD_IDS = ("99999999999999999999999", "18446744073709551616-0", "1-18446744073709551616", "abc", "1-2-3", "-", "$", "١٢٣", "5\n")


async def test_a_bad_last_event_id_on_chat_events_stops_no_one_elses_replies(serve) -> None:  # type: ignore[no-untyped-def]
    s = serve()
    async with http() as attacker, http() as visitor:
        await (await attacker.get(s.base + "/")).read()  # a real (signed) cookie
        attacks = [asyncio.create_task(sse(attacker, s.base + "/chat/events", headers={"Last-Event-ID": bad}, timeout=8))
                   for bad in BAD_IDS if bad.isascii() and bad.isprintable()]
        attacks += [asyncio.create_task(sse(attacker, s.base + "/chat/events?" + urlencode({"after": bad}), timeout=8))
                    for bad in BAD_IDS]  # (the same id as a query parameter, as the page sends it after a reload)
        # also with a made-up cookie (refused outright)
        async with http() as forger:
            forger.cookie_jar.update_cookies({"hamroh_chat": "A" * 24})
            got = await sse(forger, s.base + "/chat/events", headers={"Last-Event-ID": BAD_IDS[0]}, timeout=5)
            assert got == [("status", "403")]
        await asyncio.sleep(1.5)  # the hub has read (and, before the fix, failed) meanwhile

        await (await visitor.get(s.base + "/")).read()
        reader = asyncio.create_task(sse(visitor, s.base + "/chat/events",
                                         until=lambda ev: any(json.loads(d).get("by") == "bot" for _i, d in ev), timeout=25))
        await asyncio.sleep(0.5)
        async with visitor.post(s.base + "/chat/send", json={"command": "start"}, headers={"X-Hamroh-Chat": "1"}) as r:
            assert r.status == 202
        events = await reader
        assert any(json.loads(d).get("by") == "bot" for _i, d in events), f"no reply reached the visitor:\n{s.output()[-3000:]}"
        for t in attacks:
            t.cancel()
    assert "sse hub: redis" not in s.output()


async def test_a_bad_last_event_id_on_console_events_stops_no_console_event(serve) -> None:  # type: ignore[no-untyped-def]
    s = serve()
    s.operator("olga")
    async with http() as bad, http() as good, http() as person:
        assert await login(bad, s.base, "olga") == 303
        assert await login(good, s.base, "olga") == 303
        attacks = [asyncio.create_task(sse(bad, s.base + "/console/events", headers={"Last-Event-ID": b}, timeout=8))
                   for b in BAD_IDS if b.isascii() and b.isprintable()]
        await asyncio.sleep(1.5)
        watcher = asyncio.create_task(sse(good, s.base + "/console/events",
                                          until=lambda ev: any(json.loads(d).get("kind") == "opened" for _i, d in ev), timeout=25))
        await asyncio.sleep(0.5)
        await (await person.get(s.base + "/")).read()
        async with person.post(s.base + "/chat/send", json={"text": "SOS"}, headers={"X-Hamroh-Chat": "1"}) as r:
            assert r.status == 202
        events = await watcher
        assert any(json.loads(d).get("kind") == "opened" for _i, d in events), f"no 'new case' event:\n{s.output()[-3000:]}"
        for t in attacks:
            t.cancel()
