"""Findings 9 and 10: bad input gets a 4xx (never a 500 with a traceback), and no
client value can forge a log line or choose the request id.

9.  A lone surrogate in web chat text, deeply nested JSON, non-UTF-8 bytes in the
    Telegram secret header, ``/console/stats?days=²``.
10. A newline inside a Telegram ``chat.id`` string forged a log line; any
    ``X-Request-Id`` a client sent was taken as the request's id.
"""

from __future__ import annotations

import json
import re
import socket

import pytest
from yarl import URL

from tests.fake_telegram import TOKEN, FakeBotAPI
from tests.security.conftest import http, login

SECRET = "sec-test-secret"


def raw_request(port: int, head: bytes, body: bytes = b"") -> tuple[int, bytes]:
    """One HTTP request written byte by byte (clients refuse to send such headers)."""
    with socket.create_connection(("127.0.0.1", port), timeout=10) as sock:
        sock.sendall(head + b"Content-Length: %d\r\nConnection: close\r\n\r\n" % len(body) + body)
        data = b""
        while chunk := sock.recv(65536):
            data += chunk
    return int(data.split(b" ", 2)[1]), data


@pytest.mark.slow
async def test_bad_input_gets_a_4xx_and_no_traceback(serve) -> None:  # type: ignore[no-untyped-def]
    fake = await FakeBotAPI().start()
    try:
        s = serve(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url, TELEGRAM_WEBHOOK_SECRET=SECRET,
                  PUBLIC_URL="https://hamroh.example.org")
        s.operator("sami", "supervisor")
        async with http() as v:
            await (await v.get(s.base + "/")).read()
            cookie = "; ".join(f"{k}={m.value}" for k, m in v.cookie_jar.filter_cookies(URL(s.base)).items()).encode()
            head = (b"POST /chat/send HTTP/1.1\r\nHost: x\r\nX-Hamroh-Chat: 1\r\nContent-Type: application/json\r\nCookie: " + cookie + b"\r\n")
            # a lone surrogate, as JSON allows it to be written
            status, data = raw_request(s.port, head, b'{"text": "help \\ud800 me"}')
            assert status == 400 and b"not valid text" in data
            # deeply nested JSON
            status, _ = raw_request(s.port, head, b'{"text": ' + b"[" * 30000 + b"]" * 30000 + b"}")
            assert status == 400
            status, _ = raw_request(s.port, head, b"[" * 30000 + b"]" * 30000)
            assert status == 400
        # the Telegram secret header in bytes that are not UTF-8; and deep JSON there
        tg = b"POST /telegram/webhook HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
        status, _ = raw_request(s.port, tg + b"X-Telegram-Bot-Api-Secret-Token: \xff\xfe\xc3\x28\r\n", b"{}")
        assert status == 403
        status, _ = raw_request(s.port, tg + b"X-Telegram-Bot-Api-Secret-Token: " + SECRET.encode() + b"\r\n", b"[" * 50000)
        assert status == 400
        async with http() as sup:
            assert await login(sup, s.base, "sami") == 303
            for days in ("²", "٣", "1e3", "99999999999999999999", "-1"):
                async with sup.get(s.base + "/console/stats", params={"days": days}) as r:
                    assert r.status == 400, (days, r.status)
                    assert "days must be a whole number" in await r.text()
            async with sup.get(s.base + "/console/stats", params={"days": "7"}) as r:
                assert r.status == 200
        out = s.output()
        assert "Traceback" not in out and "Error handling request" not in out, out[-3000:]
    finally:
        await fake.stop()


@pytest.mark.slow
async def test_no_client_value_forges_a_log_line_or_chooses_the_request_id(serve) -> None:  # type: ignore[no-untyped-def]
    fake = await FakeBotAPI().start()
    try:
        s = serve(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url, TELEGRAM_WEBHOOK_SECRET=SECRET,
                  PUBLIC_URL="https://hamroh.example.org")
        forged = "2026-01-01 00:00:00,000 CRITICAL bot.handover [-]: FORGED supervisor sami revealed everyone"
        update = {"update_id": 5, "my_chat_member": {"chat": {"id": "-100\n" + forged, "type": "supergroup"},
                                                     "new_chat_member": {"status": "member"}}}
        async with http() as c:
            async with c.post(s.base + "/telegram/webhook", data=json.dumps(update),
                              headers={"X-Telegram-Bot-Api-Secret-Token": SECRET, "Content-Type": "application/json",
                                       "X-Request-Id": "chosen-by-client"}) as r:
                assert r.status == 200
                rid = r.headers["X-Request-Id"]
            assert rid != "chosen-by-client" and re.fullmatch(r"[0-9a-f]{12}", rid)
        status, data = raw_request(s.port, b"GET /healthz HTTP/1.1\r\nHost: x\r\nX-Request-Id: forged\x0bid\r\n")
        assert status == 400  # (aiohttp itself refuses a control character in a header)
        out = s.output()
        assert "bot added to group" in out  # the line was written...
        assert not any(line.startswith("2026-01-01 00:00:00,000 CRITICAL") for line in out.splitlines())  # ...as one line
        assert "\\n2026-01-01" in out  # the newline shown escaped
    finally:
        await fake.stop()


def test_json_log_lines_keep_the_clients_id_apart_and_sanitised() -> None:
    import logging

    from bot.logs import REMOTE_ID, REQUEST_ID, EscapeFilter, JsonFormatter, RequestIdFilter, client_request_id

    t1, t2 = REQUEST_ID.set("a1b2c3d4e5f6"), REMOTE_ID.set(client_request_id("abc\n{\"level\": \"CRITICAL\"}"))
    try:
        record = logging.LogRecord("x", logging.INFO, __file__, 1, "chat %s", ("1\n2",), None)
        RequestIdFilter().filter(record)
        EscapeFilter().filter(record)
        line = JsonFormatter().format(record)
    finally:
        REQUEST_ID.reset(t1)
        REMOTE_ID.reset(t2)
    doc = json.loads(line)
    assert doc["request_id"] == "a1b2c3d4e5f6" and doc["client_request_id"] == "abclevelCRITICAL"
    assert doc["message"] == "chat 1\\n2" and "\n" not in line
