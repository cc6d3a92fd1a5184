"""The web chat channel over real HTTP: cookie, intake guard, replies by server-sent events."""

from __future__ import annotations

import asyncio
import json

import pytest
from aiohttp.test_utils import TestClient

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each takes over a second)


@pytest.fixture
def client(webchat_client: TestClient) -> TestClient:
    return webchat_client


async def read_events(resp, n: int, timeout: float = 10.0) -> list[dict]:
    items: list[dict] = []

    async def read() -> None:
        async for line in resp.content:
            line = line.decode().strip()
            if line.startswith("data: "):
                items.append(json.loads(line[6:]))
                if len(items) >= n:
                    return

    await asyncio.wait_for(read(), timeout)
    return items


async def test_page_sets_private_cookie_and_csp(client: TestClient) -> None:
    resp = await client.get("/")
    assert resp.status == 200
    cookie = resp.headers["Set-Cookie"]
    assert cookie.startswith("hamroh_chat=") and "HttpOnly" in cookie and "SameSite=Strict" in cookie
    assert "script-src 'self'" in resp.headers["Content-Security-Policy"]
    assert "SOS" in await resp.text()


async def test_send_needs_cookie_and_header(client: TestClient) -> None:
    assert (await client.post("/chat/send", json={"text": "hi"}, headers={"X-Hamroh-Chat": "1"})).status == 403
    await client.get("/")
    assert (await client.post("/chat/send", json={"text": "hi"})).status == 403  # a cross-site form cannot add the header
    assert (await client.post("/chat/send", data="not json", headers={"X-Hamroh-Chat": "1"})).status == 400
    assert (await client.post("/chat/send", json={"text": "  "}, headers={"X-Hamroh-Chat": "1"})).status == 400


async def test_conversation_by_events(client: TestClient) -> None:
    await client.get("/")
    h = {"X-Hamroh-Chat": "1"}
    assert (await client.post("/chat/send", json={"command": "start"}, headers=h)).status == 202
    events = await client.get("/chat/events")
    first = await read_events(events, 1)
    assert first[0]["by"] == "bot" and len(first[0]["options"]) == 2  # language choice
    await client.post("/chat/send", json={"option": first[0]["options"][1]["id"], "label": "Русский"}, headers=h)
    more = await read_events(events, 2)
    assert more[0] == {"by": "me", "text": "Русский"}
    assert more[1]["by"] == "bot" and more[1]["options"]
    events.close()
    # a reload gets the whole conversation again
    again = await client.get("/chat/events")
    history = await read_events(again, 3)
    assert [i["by"] for i in history] == ["bot", "me", "bot"]
    again.close()
