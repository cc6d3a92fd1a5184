"""Attacks with pictures: decompression bombs, oversized and disguised uploads, other people's
pictures. Each is refused before any pixel is decoded or any byte is shown."""

from __future__ import annotations

import tracemalloc

import aiohttp
import pytest
from aiohttp.test_utils import TestClient

from bot import pictures
from bot.app import Runtime
from bot.pictures import store
from tests import picture_ads as pa


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return pa.bomb()  # 30000 × 30000 pixels (900 million) in about 100 KB


@pytest.mark.slow
def test_a_decompression_bomb_is_refused_from_its_header(bomb: bytes) -> None:
    assert len(bomb) < 500_000
    tracemalloc.start()
    try:
        with pytest.raises(pictures.PictureError) as exc:
            pictures.decode(bomb)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert exc.value.reason == "too_many_pixels"
    assert peak < 20 * 1024 * 1024  # nothing like the 900 MB the pixels would need


def test_oversized_and_disguised_pictures_are_refused_unread() -> None:
    with pytest.raises(pictures.PictureError) as exc:
        pictures.decode(b"\xff\xd8\xff" + b"\0" * 100, max_bytes=50)
    assert exc.value.reason == "too_large"
    for fake in (b"GIF89a" + b"\0" * 64, b"<svg xmlns='http://www.w3.org/2000/svg'/>", b"%PDF-1.7", b""):
        with pytest.raises(pictures.PictureError) as exc:
            pictures.decode(fake)
        assert exc.value.reason == "not_picture"
    truncated = pa.flyer("Кор дар Русия", fmt="JPEG")[:400]
    with pytest.raises(pictures.PictureError) as exc:
        pictures.decode(truncated)
    assert exc.value.reason in ("broken", "not_picture")


@pytest.fixture
async def client(webchat_server: TestClient) -> TestClient:
    await webchat_server.get("/")  # the chat cookie
    return webchat_server


def form(data: bytes, name: str = "ad.png", ctype: str = "image/png") -> aiohttp.FormData:
    f = aiohttp.FormData()
    f.add_field("picture", data, filename=name, content_type=ctype)
    return f


H = {"X-Hamroh-Chat": "1"}


@pytest.mark.slow
async def test_upload_refuses_a_bomb_without_decoding_it(client: TestClient, bomb: bytes) -> None:
    resp = await client.post("/chat/picture", data=form(bomb), headers=H)
    assert resp.status == 413 and (await resp.json())["error"] == "too many pixels"


async def test_upload_refuses_oversized_disguised_and_cross_site_requests(client: TestClient, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("PICTURE_MAX_BYTES", "200000")
    big = pa.flyer("x") + b"\0" * 300_000
    resp = await client.post("/chat/picture", data=form(big), headers=H)
    assert resp.status == 413
    # a streamed body without a length is cut off at the limit too
    async def chunks():
        boundary = b"--b\r\nContent-Disposition: form-data; name=\"picture\"; filename=\"a.png\"\r\n\r\n"
        yield boundary
        for _ in range(40):
            yield b"\0" * 10_000
    resp = await client.post("/chat/picture", data=chunks(), headers={**H, "Content-Type": "multipart/form-data; boundary=b"})
    assert resp.status == 413
    html = b"<html><script>alert(1)</script></html>"
    resp = await client.post("/chat/picture", data=form(html, "x.png"), headers=H)
    assert resp.status == 415
    assert (await client.post("/chat/picture", data=form(pa.blank_photo())) ).status == 403  # no header: a cross-site form
    client.session.cookie_jar.clear()
    assert (await client.post("/chat/picture", data=form(pa.blank_photo()), headers=H)).status == 403  # no chat cookie


async def test_a_sealed_picture_opens_only_in_its_own_case(runtime: Runtime) -> None:
    photo = pa.blank_photo()
    pic = await store.keep_for_case(runtime.storage, "111111", photo)
    assert pic is not None
    sealed = await runtime.storage.redis.hget(store.case_key(runtime.storage.keys, "111111"), pic)
    await runtime.storage.redis.hset(store.case_key(runtime.storage.keys, "222222"), pic, sealed)  # copied into another case
    assert await store.load_for_case(runtime.storage, "111111", pic) == photo
    assert await store.load_for_case(runtime.storage, "222222", pic) is None
    assert await store.load_for_case(runtime.storage, "111111", "../../etc/passwd") is None


async def test_a_case_keeps_at_most_its_share_of_pictures(runtime: Runtime, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CASE_PICTURES_MAX", "2")
    photo = pa.blank_photo()
    ids = [await store.keep_for_case(runtime.storage, "333333", photo) for _ in range(3)]
    assert ids[0] and ids[1] and ids[2] is None
