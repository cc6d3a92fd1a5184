"""Attacks on the web chat's form post (no JavaScript) and quick-exit endpoints, over real
HTTP: a cross-site form, another visitor's token, an oversized body, a forged message id,
and phone numbers never reaching a URL."""

from __future__ import annotations

import re

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import Runtime

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each takes over a second)


@pytest.fixture
def client(webchat_client: TestClient) -> TestClient:
    return webchat_client


async def token_of(c: TestClient) -> str:
    html = await (await c.get("/?lang=ru")).text()
    return re.search(r'name="t" value="([^"]+)"', html).group(1)


async def test_form_post_needs_the_visitors_own_token(client: TestClient, runtime: Runtime) -> None:
    token = await token_of(client)
    # no token (a cross-site form), a wrong one, and another visitor's
    assert (await client.post("/chat/post", data={"text": "hi"}, allow_redirects=False)).status == 403
    assert (await client.post("/chat/post", data={"text": "hi", "t": "x" * 24}, allow_redirects=False)).status == 403
    other = TestClient(TestServer(client.server.app))
    await other.start_server()
    try:
        other_token = await token_of(other)
    finally:
        await other.close()
    assert other_token != token
    assert (await client.post("/chat/post", data={"text": "hi", "t": other_token}, allow_redirects=False)).status == 403
    # the right token: accepted, answered with a redirect to the page (the text is not in the URL)
    resp = await client.post("/chat/post", data={"text": "SOS +79991234567", "t": token}, allow_redirects=False)
    assert resp.status == 303 and "7999" not in resp.headers["Location"] and "text=" not in resp.headers["Location"]
    page = await (await client.get("/")).text()
    assert "SOS +79991234567" in page and 'href="tel:' in page


async def test_form_post_too_long_is_refused_kindly(client: TestClient) -> None:
    token = await token_of(client)
    resp = await client.post("/chat/post", data={"text": "а" * 2500, "t": token}, allow_redirects=False)
    assert resp.status == 200  # shown again with a notice in the person's language, not cut silently
    assert "не больше 2000" in await resp.text() or "на зиёда аз 2000" in await resp.text()
    assert (await client.post("/chat/post", data={"text": "а" * 200_000, "t": token})).status == 413


async def test_clear_needs_the_token_and_empties_only_the_page(client: TestClient, runtime: Runtime) -> None:
    token = await token_of(client)
    await client.post("/chat/post", data={"text": "привет", "t": token}, allow_redirects=False)
    assert "привет" in await (await client.get("/")).text()
    assert (await client.post("/chat/clear", data={})).status == 403
    assert (await client.post("/chat/clear", data={"t": "y" * 24})).status == 403
    assert "привет" in await (await client.get("/")).text()
    assert (await client.post("/chat/clear", data={"t": token})).status == 204
    assert "привет" not in await (await client.get("/")).text()


async def test_message_id_is_bounded_and_per_visitor(client: TestClient) -> None:
    await client.get("/")
    h = {"X-Hamroh-Chat": "1"}
    # a malformed id is ignored (a fresh id is used): both are accepted, none is a duplicate
    for bad in ("<script>", "x" * 200, "a b c d e f g h"):
        r = await client.post("/chat/send", json={"text": "hi", "id": bad}, headers=h)
        assert r.status == 202 and "duplicate" not in await r.json()
    good = "abcdefgh12345678"
    assert "duplicate" not in await (await client.post("/chat/send", json={"text": "one", "id": good}, headers=h)).json()
    assert (await (await client.post("/chat/send", json={"text": "one", "id": good}, headers=h)).json())["duplicate"] is True
    # another visitor may use the same id: it is theirs, not a duplicate of ours
    other = TestClient(TestServer(client.server.app))
    await other.start_server()
    try:
        await other.get("/")
        r = await other.post("/chat/send", json={"text": "one", "id": good}, headers=h)
        assert r.status == 202 and "duplicate" not in await r.json()
    finally:
        await other.close()
