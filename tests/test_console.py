"""The operator console over real HTTP: login, sessions, CSRF, escaping, the case actions."""

from __future__ import annotations

import asyncio
import json
import re
import time
import uuid

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.app import Runtime
from bot.channels.webchat import plugin as webchat
from bot.engine.model import Inbound
from bot.handover import service
from bot.handover.service import queue_of
from bot.operators import accounts as operators
from bot.operators import console, views
from bot.web.server import RUNTIME_KEY

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each starts the console and signs operators in with Argon2: about a second a test)

PASSWORD = "correct horse battery"
HOSTILE = '<script>alert("x")</script><img src=x onerror=alert(1)>'


async def make_client(rt: Runtime) -> TestClient:
    await service.attach(rt)
    await webchat.attach(rt)
    app = web.Application()
    app[RUNTIME_KEY] = rt
    webchat.routes(app, rt)
    console.routes(app, rt)
    client = TestClient(TestServer(app))
    await client.start_server()
    return client


@pytest.fixture
async def client(runtime: Runtime, monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(views, "FAIL_DELAY", 0.0)
    await operators.add(runtime.storage, "olga", "operator", PASSWORD)
    await operators.add(runtime.storage, "sami", "supervisor", PASSWORD)
    c = await make_client(runtime)
    yield c
    await c.close()


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([^"]+)"', html)
    assert m, html[:500]
    return m.group(1)


async def login(client: TestClient, name: str = "olga", password: str = PASSWORD) -> tuple[int, str]:
    page = await (await client.get("/console/login")).text()
    resp = await client.post("/console/login", data={"csrf": csrf_of(page), "name": name, "password": password})
    return resp.status, await resp.text()


async def token(client: TestClient) -> str:
    return csrf_of(await (await client.get("/console")).text())


async def test_login_and_cookie_flags(client: TestClient) -> None:
    page = await client.get("/console/login")
    assert "script-src 'self'" in page.headers["Content-Security-Policy"]
    resp = await client.post("/console/login", data={"csrf": csrf_of(await page.text()), "name": "olga", "password": PASSWORD},
                             allow_redirects=False)
    assert resp.status == 303
    cookie = resp.headers.getall("Set-Cookie")
    session = next(c for c in cookie if c.startswith(console.SESSION_COOKIE))
    assert "HttpOnly" in session and "SameSite=Strict" in session and "Max-Age=" in session and "Path=/console" in session
    queue = await client.get("/console")
    assert queue.status == 200 and "olga" in await queue.text()


async def test_wrong_password_then_lockout(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LOGIN_LOCK_AFTER", "3")
    for _ in range(3):
        status, text = await login(client, password="wrong password!")
        assert status == 401 and "Wrong name or password" in text
    status, text = await login(client)  # even the right password now
    assert status == 429 and "locked" in text
    assert (await client.get("/console", allow_redirects=False)).status == 303


async def test_wrong_password_slows_down(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(views, "FAIL_DELAY", 0.1)
    t = time.monotonic()
    await login(client, password="nope nope nope")
    await login(client, password="nope nope nope")
    assert time.monotonic() - t >= 0.3  # 0.1 s, then 0.2 s


async def test_expired_session(client: TestClient, runtime: Runtime) -> None:
    await login(client)
    assert (await client.get("/console", allow_redirects=False)).status == 200
    r = runtime.storage.redis
    for key in await r.keys(runtime.storage.keys.session("*")):
        await r.hset(key, "exp", int(time.time()) - 1)
    resp = await client.get("/console", allow_redirects=False)
    assert resp.status == 303 and resp.headers["Location"] == "/console/login"


async def test_csrf_refused(client: TestClient, runtime: Runtime) -> None:
    q = queue_of(runtime)
    await q.open_or_append("web:x1", channel="web", lang="ru")
    resp = await client.post("/console/login", data={"name": "olga", "password": PASSWORD})
    assert resp.status == 403
    await login(client)
    resp = await client.post("/console/claim-next", data={}, allow_redirects=False)
    assert resp.status == 403
    resp = await client.post("/console/claim-next", data={"csrf": "forged"}, allow_redirects=False)
    assert resp.status == 403
    assert len(await q.waiting()) == 1  # nothing was claimed
    resp = await client.post("/console/claim-next", data={"csrf": await token(client)}, allow_redirects=False)
    assert resp.status == 303 and await q.waiting() == []


async def test_hostile_html_is_escaped_everywhere(client: TestClient, runtime: Runtime) -> None:
    q = queue_of(runtime)
    res = await q.open_or_append("web:evil", channel="web", lang="ru", messages=[{"text": HOSTILE}],
                                 learned={"agency_query": HOSTILE})
    await q.note(res.ref, "olga", HOSTILE)
    await login(client)
    for path in (f"/console/case/{res.ref}", f"/console/case/{res.ref}/live", "/console", "/console/queue/live"):
        html = await (await client.get(path)).text()
        assert "<script>alert" not in html and "<img src=x" not in html
    html = await (await client.get(f"/console/case/{res.ref}")).text()
    assert "&lt;script&gt;alert(&#34;x&#34;)&lt;/script&gt;" in html


async def test_claim_reply_close_from_console_reaches_web_chat(client: TestClient, runtime: Runtime) -> None:
    task = await runtime.worker.start()
    try:
        user = "web:abcdefghijklmnopqrstuv"
        q = queue_of(runtime)
        await runtime.inbox.accept(Inbound(channel="web", user=user, command="start", arg="ru", message_id=uuid.uuid4().hex))
        await runtime.inbox.accept(Inbound(channel="web", user=user, text="SOS", message_id=uuid.uuid4().hex))
        for _ in range(200):
            if await q.waiting():
                break
            await asyncio.sleep(0.02)
        ref = (await q.waiting())[0].ref
        await login(client)
        csrf = await token(client)
        resp = await client.post("/console/claim-next", data={"csrf": csrf}, allow_redirects=False)
        assert resp.headers["Location"] == f"/console/case/{ref}"
        await client.post(f"/console/case/{ref}/reply", data={"csrf": csrf, "text": "Мы здесь. Где вы?"})
        await client.post(f"/console/case/{ref}/close", data={"csrf": csrf, "outcome": "referred_ngo"})
        key = runtime.storage.keys.webchat(user)
        for _ in range(200):
            items = [json.loads(f["j"]) for _, f in await runtime.storage.redis.xrange(key)]
            if any("1, 2" in i["text"] or "1, 2" in i["text"] for i in items):
                break
            await asyncio.sleep(0.02)
        texts = [i["text"] for i in items]
        assert "Мы здесь. Где вы?" in texts
        assert (await q.get(ref)).status == "closed"  # type: ignore[union-attr]
    finally:
        task.cancel()


async def test_supervisor_stats_export_reveal(client: TestClient, runtime: Runtime) -> None:
    q = queue_of(runtime)
    a = await q.open_or_append("tg:555", channel="tg", lang="tg", category="passport", priority="urgent", messages=[{"text": "secret"}])
    from bot.ids import TELEGRAM_CHAT, Vault
    from bot.storage import local_pepper

    # the chat id is kept only sealed in the person's state (as TelegramSender.remember keeps it)
    await runtime.storage.redis.hset(runtime.storage.keys.user("tg:555"), "xk", Vault(local_pepper(), TELEGRAM_CHAT).seal("555"))
    await q.open_or_append("web:zzzzzzzzzzzzzzzzzzzz", channel="web", lang="ru", category="question")
    await q.claim(a.ref, "olga")
    await q.close(a.ref, "olga", "resolved")
    await login(client)
    assert (await client.get("/console/stats")).status == 403
    assert (await client.get("/console/export.csv")).status == 403
    client.session.cookie_jar.clear()
    await login(client, "sami")
    stats = await (await client.get("/console/stats")).text()
    assert "<svg" in stats and "Passport taken" in stats
    csv_text = await (await client.get("/console/export.csv")).text()
    lines = csv_text.strip().splitlines()
    assert lines[0].startswith("opened_date,category") and len(lines) == 3
    assert "tg:555" not in csv_text and a.ref not in csv_text and "secret" not in csv_text and "olga" not in csv_text
    csrf = await token(client)
    resp = await client.post(f"/console/case/{a.ref}/reveal", data={"csrf": csrf, "reason": "short"}, allow_redirects=False)
    assert resp.status == 303 and "error=reason" in resp.headers["Location"]
    html = await (await client.post(f"/console/case/{a.ref}/reveal", data={"csrf": csrf, "reason": "Police asked to call back urgently"})).text()
    assert "Telegram chat id 555" in html
    audit = [f for _, f in await runtime.storage.redis.xrange(runtime.storage.keys.audit())]
    rev = [f for f in audit if f["kind"] == "revealed"]
    assert rev and rev[0]["actor"] == "sami" and "Police" in rev[0]["reason"]


async def test_console_language_choice(client: TestClient) -> None:
    await login(client)
    await client.post("/console/lang", data={"csrf": await token(client), "lang": "ru"})
    html = await (await client.get("/console")).text()
    assert 'lang="ru"' in html
