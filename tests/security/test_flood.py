"""Finding 2: nobody may flood the queue with fake urgent cases.

The attack: any made-up ``hamroh_chat`` cookie was a new visitor, so 100 POSTs of
``{"text": "SOS"}`` from one address opened 100 urgent cases; the console showed
only the first 200 waiting cases. Now cookies are signed by the server, new visitors
and new cases are limited per address and overall, the console pages through every
waiting case, and a supervisor can mark a sender as abusive. Urgent words still get
the emergency numbers every time.
"""

from __future__ import annotations

import asyncio
import json
import re

import aiohttp
import pytest

from bot.handover.queue import CaseQueue
from bot.storage import Storage
from tests.security.conftest import csrf_of, http, login

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each takes over a second)

SEND = {"X-Hamroh-Chat": "1"}


async def shown(r, s, cookie_jar_client) -> list[dict]:  # type: ignore[no-untyped-def]
    """What the visitor's chat shows (their stream's backlog, read with their cookie)."""
    out: list[dict] = []
    try:
        async with asyncio.timeout(3):
            async with cookie_jar_client.get(s.base + "/chat/events") as resp:
                async for raw in resp.content:
                    line = raw.decode()
                    if line.startswith("data: "):
                        out.append(json.loads(line[6:]))
    except TimeoutError:
        pass
    return out


async def settle(r, s, timeout: float = 30) -> None:  # type: ignore[no-untyped-def]
    for _ in range(int(timeout * 10)):
        if not any([await r.xlen(s.keys.inbox(p)) for p in range(16)]):
            return
        await asyncio.sleep(0.1)
    raise AssertionError("the inbox did not drain")


async def test_a_made_up_cookie_is_refused_and_gets_a_signed_one(serve, rclient) -> None:  # type: ignore[no-untyped-def]
    s = serve()
    issued = []
    async with aiohttp.ClientSession(cookie_jar=aiohttp.DummyCookieJar()) as forger:
        for i in range(20):
            async with forger.post(s.base + "/chat/send", json={"text": "SOS"},
                                   headers={**SEND, "Cookie": f"hamroh_chat=made-up-visitor-{i:04d}"}) as r:
                assert r.status == 403
                issued.append(r.cookies["hamroh_chat"].value)
        await settle(rclient, s)
        assert await rclient.zcard(s.keys.queue()) == 0  # no made-up cookie opened a case
        assert len(set(issued)) == 20 and all("." in c for c in issued)
        async with forger.post(s.base + "/chat/send", json={"text": "SOS"}, headers={**SEND, "Cookie": f"hamroh_chat={issued[0]}"}) as r:
            assert r.status == 202  # the cookie the server signed is a visitor
        await settle(rclient, s)
        assert await rclient.zcard(s.keys.queue()) == 1


async def test_one_address_cannot_open_more_than_its_cases_but_every_sos_gets_emergency_numbers(serve, rclient) -> None:  # type: ignore[no-untyped-def]
    s = serve(WEBCHAT_CASES_PER_ADDRESS="3", WEBCHAT_CASES_PER_HOUR="100")
    visitors = [http() for _ in range(10)]
    try:
        for v in visitors:
            await (await v.get(s.base + "/?lang=ru")).read()
            async with v.post(s.base + "/chat/send", json={"text": "SOS"}, headers=SEND) as r:
                assert r.status == 202
        await settle(rclient, s)
        assert await rclient.zcard(s.keys.queue()) == 3
        for v in visitors:
            items = await shown(rclient, s, v)
            bot = " ".join(i.get("text", "") for i in items if i.get("by") == "bot")
            assert "112" in bot or any(i.get("kind") == "contacts" for i in items), items  # the emergency numbers, every time
    finally:
        for v in visitors:
            await v.close()


async def test_new_visitors_per_address_are_limited(serve) -> None:  # type: ignore[no-untyped-def]
    s = serve(WEBCHAT_NEW_VISITORS_PER_ADDRESS="5")
    got = []
    for _ in range(8):
        async with http() as v:
            async with v.get(s.base + "/") as r:
                await r.read()
                got.append("hamroh_chat" in r.cookies)
            async with v.post(s.base + "/chat/send", json={"text": "hello"}, headers=SEND) as r:
                got.append(r.status)
    assert got[:10] == [True, 202] * 5
    assert got[10:] == [False, 429] * 3
    # beyond the limit, urgent words still get the emergency numbers
    async with http() as v, v.post(s.base + "/chat/send?lang=ru", json={"text": "SOS"}, headers=SEND) as r:
        assert r.status == 429
        body = await r.json()
    assert body["emergency"] and body["title"] == "Экстренные контакты", body


async def test_the_console_pages_through_every_waiting_case(serve, redis_url) -> None:  # type: ignore[no-untyped-def]
    s = serve()
    s.operator("olga")
    storage = await Storage.open(redis_url, prefix=s.prefix)
    try:
        q = CaseQueue(storage)
        refs = [(await q.open_or_append(f"web:{i:032x}", channel="web", lang="ru", category="violence", priority="urgent",
                                        reason="sos")).ref for i in range(230)]
    finally:
        await storage.close()
    async with http() as op:
        assert await login(op, s.base, "olga") == 303
        seen: set[str] = set()
        for page in (1, 2, 3):
            async with op.get(s.base + f"/console?page={page}") as r:
                html = await r.text()
            waiting = html.split("<h2>", 2)[1]  # the waiting table only
            seen |= set(re.findall(r'/console/case/(\d{6})"', waiting))
        assert seen == set(refs)
        async with op.get(s.base + "/console?page=x") as r:
            assert r.status == 400


async def test_a_supervisor_marks_a_sender_abusive_who_then_opens_no_case_but_gets_emergency_numbers(serve, rclient) -> None:  # type: ignore[no-untyped-def]
    s = serve()
    s.operator("sami", "supervisor")
    async with http() as prank, http() as sup:
        await (await prank.get(s.base + "/?lang=ru")).read()
        async with prank.post(s.base + "/chat/send", json={"text": "SOS"}, headers=SEND) as r:
            assert r.status == 202
        await settle(rclient, s)
        ref = (await rclient.zrange(s.keys.queue(), 0, 0))[0]
        assert await login(sup, s.base, "sami") == 303
        csrf = await csrf_of(sup, s.base + f"/console/case/{ref}")
        async with sup.post(s.base + f"/console/case/{ref}/abusive", data={"csrf": csrf, "hours": "24", "reason": "prank calls all night"},
                            allow_redirects=False) as r:
            assert r.status == 303 and "error" not in r.headers["Location"]
        async with sup.post(s.base + f"/console/case/{ref}/claim", data={"csrf": csrf}, allow_redirects=False) as r:
            assert r.status == 303
        async with sup.post(s.base + f"/console/case/{ref}/close", data={"csrf": csrf, "outcome": "other"}, allow_redirects=False) as r:
            assert r.status == 303
        assert await rclient.hget(s.keys.case(ref), "status") == "closed", await rclient.hgetall(s.keys.case(ref))
        before = await shown(rclient, s, prank)
        async with prank.post(s.base + "/chat/send", json={"text": "SOS"}, headers=SEND) as r:
            assert r.status == 202
        await settle(rclient, s)
        assert await rclient.zcard(s.keys.queue()) == 0  # no new case
        after = (await shown(rclient, s, prank))[len(before):]
        assert any(i.get("kind") == "contacts" or "112" in i.get("text", "") for i in after if i.get("by") == "bot"), after
        marks = [f for _id, f in await rclient.xrange(s.keys.audit()) if f.get("kind") == "marked_abusive"]
        assert marks and marks[0]["actor"] == "sami" and marks[0]["case"] == ref
        kept = [f for _id, f in await rclient.xrange(s.keys.any("supervision")) if f.get("kind") == "marked_abusive"]
        assert kept and kept[0]["reason"] == "prank calls all night"
