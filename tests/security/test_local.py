"""Findings 6, 11, 12 and 13: the program on one machine, as a newcomer runs it.

6.  The embedded Valkey was open to any local process (no password), its files 0644
    in 0755 folders, and the append-only file held Telegram chat ids in clear.
11. A start-up error (``PUBLIC_URL=http://...`` with a bot token) hung for ever without a
    word; a Bot API that cannot be reached must not stop the other channels.
12. ``chat`` beside ``serve`` on the same data: the message was acknowledged and its
    reply dropped ("no sender for channel console").
13. Ctrl-C printed a burst of "redis error ConnectionError": the embedded server
    stopped before the workers.
"""

from __future__ import annotations

import asyncio
import os
import signal
import stat
import subprocess
import sys
import time
from pathlib import Path

import pytest
import redis.asyncio as aioredis
from redis.exceptions import AuthenticationError, ResponseError

from tests.fake_telegram import TOKEN, FakeBotAPI, message
from tests.security.conftest import ROOT, Server, base_env, free_port, http

pytestmark = pytest.mark.slow  # (./scripts/test --fast leaves these out: each takes over a second)

SECRET = "sec-test-secret"
CHAT_ID = 987654321


def info_port(data_dir: Path) -> int:
    import json

    return int(json.loads((data_dir / "valkey" / "server.json").read_text())["port"])


async def test_the_embedded_valkey_wants_a_password_keeps_its_files_private_and_no_chat_id_in_clear(serve) -> None:  # type: ignore[no-untyped-def]
    fake = await FakeBotAPI().start()
    try:
        s = serve(embedded=True, TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=fake.base_url, TELEGRAM_WEBHOOK_SECRET=SECRET,
                  PUBLIC_URL="https://hamroh.example.org")
        data = Path(s.env["DATA_DIR"])
        port = info_port(data)
        stranger = aioredis.Redis(port=port)
        with pytest.raises((AuthenticationError, ResponseError)):  # NOAUTH: a local process cannot write an operator
            await stranger.hset("{hamroh}:op:mallory", mapping={"name": "mallory", "role": "supervisor"})
        await stranger.aclose()
        async with http() as c, c.post(s.base + "/telegram/webhook", json=message(CHAT_ID, "/start ru"),
                          headers={"X-Telegram-Bot-Api-Secret-Token": SECRET}) as r:
            assert r.status == 200
        for _ in range(200):  # answered (the reply went to the chat)
            if any(call.chat_id == CHAT_ID for call in fake.calls if call.method == "sendMessage"):
                break
            await asyncio.sleep(0.1)
        else:
            raise AssertionError(s.output()[-2000:])
        assert s.stop() == 0
        for path in [data, *data.rglob("*")]:
            mode = stat.S_IMODE(path.stat().st_mode)
            if path.is_dir():
                assert mode == 0o700, (path, oct(mode))
            else:
                assert mode & 0o077 == 0, (path, oct(mode))
        assert (data / "valkey-password").exists()
        for f in (data / "valkey").rglob("*.aof"):
            assert str(CHAT_ID).encode() not in f.read_bytes(), f  # sealed in the inbox entry as in the state
    finally:
        await fake.stop()


def test_a_start_up_error_prints_one_line_and_exits(tmp_path: Path, redis_url: str) -> None:
    env = base_env(tmp_path)
    env.update(REDIS_URL=redis_url, PORT=str(free_port()), TELEGRAM_BOT_TOKEN=TOKEN, PUBLIC_URL="http://hamroh.example.org")
    start = time.monotonic()
    res = subprocess.run([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"], cwd=ROOT, env=env, capture_output=True,
                         text=True, timeout=60)
    assert res.returncode == 2
    assert time.monotonic() - start < 30  # (it used to wait for ever)
    lines = [line for line in res.stderr.splitlines() if line.strip()]
    assert lines == ["error: PUBLIC_URL must start with https:// (Telegram only delivers webhooks over HTTPS)"], res.stderr
    # a port already taken
    with __import__("socket").socket() as busy:
        busy.bind(("127.0.0.1", 0))
        busy.listen()
        env["PORT"] = str(busy.getsockname()[1])
        env.pop("TELEGRAM_BOT_TOKEN")
        res = subprocess.run([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"], cwd=ROOT, env=env, capture_output=True,
                             text=True, timeout=60)
    errors = [line for line in res.stderr.splitlines() if line.startswith("error:")]
    assert res.returncode == 2 and len(errors) == 1 and "address already in use" in errors[0], res.stderr
    assert "Traceback" not in res.stderr


async def test_an_unreachable_bot_api_at_start_leaves_the_other_channels_working(serve) -> None:  # type: ignore[no-untyped-def]
    s = serve(TELEGRAM_BOT_TOKEN=TOKEN, TELEGRAM_API_BASE_URL=f"http://127.0.0.1:{free_port()}/bot",
              PUBLIC_URL="https://hamroh.example.org")
    async with http() as v:
        await (await v.get(s.base + "/")).read()
        async with v.post(s.base + "/chat/send", json={"command": "start"}, headers={"X-Hamroh-Chat": "1"}) as r:
            assert r.status == 202
        for _ in range(100):
            async with v.get(s.base + "/chat/events", timeout=__import__("aiohttp").ClientTimeout(sock_read=2)) as r:
                try:
                    body = await asyncio.wait_for(r.content.read(4000), 2)
                except TimeoutError:
                    body = b""
            if b'"by": "bot"' in body:
                break
        else:
            raise AssertionError("the web chat did not answer")
    assert "setWebhook failed" in s.output()  # said, and retried


def run_chat(env: dict[str, str], lines: list[str], *, user: str, folder: Path) -> subprocess.Popen[str]:
    script = folder / f"{user}.txt"
    script.write_text("".join(f"{line}\n" for line in lines), encoding="utf-8")
    with open(script, encoding="utf-8") as inp:
        return subprocess.Popen([sys.executable, "-m", "bot", "chat", "--lang", "ru", "--user", user], cwd=ROOT, env=env, text=True,
                                stdin=inp, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)


def test_chat_beside_serve_on_the_same_data_answers_every_message(tmp_path: Path) -> None:
    s = Server(tmp_path, None)  # the embedded Valkey, shared through DATA_DIR
    s.start()
    try:
        chats = [run_chat(s.env, ["меню", "1"], user=f"u{i}", folder=tmp_path) for i in range(3)]
        outs = [p.communicate(timeout=120)[0] for p in chats]
        for p, out in zip(chats, outs, strict=True):
            assert p.returncode == 0, out
            assert "no answer in time" not in out, out
            assert out.count("bot> ") >= 3, out  # the start and both messages answered
        assert "no sender" not in s.output()
        assert s.stop() == 0
        out = s.output()
        assert "redis error" not in out and "ConnectionError" not in out, out[-3000:]
    finally:
        if s.proc and s.proc.poll() is None:
            s.proc.kill()


def test_ctrl_c_stops_serve_and_chat_in_order_without_warnings(tmp_path: Path) -> None:
    s = Server(tmp_path, None)
    s.start()
    chat = subprocess.Popen([sys.executable, "-m", "bot", "chat", "--lang", "ru"], cwd=ROOT, env=s.env, text=True,
                            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        assert chat.stdin is not None
        chat.stdin.write("меню\n")
        chat.stdin.flush()
        time.sleep(6)
        os.killpg(chat.pid, signal.SIGINT)  # Ctrl-C in the chat's terminal
        out, _ = chat.communicate(timeout=60)
        assert "Traceback" not in out and "redis error" not in out and "ConnectionError" not in out, out
        # Ctrl-C in serve's terminal reaches its whole process group (not the embedded server: its own session)
        assert s.stop(signal.SIGINT, group=True) == 0
        log = s.output()
        assert "redis error" not in log and "ConnectionError" not in log and "Traceback" not in log, log[-3000:]
        assert "stopped" in log
        assert not (Path(s.env["DATA_DIR"]) / "valkey" / "server.json").exists()  # the server went last, cleanly
    finally:
        for p in (chat, s.proc):
            if p and p.poll() is None:
                p.kill()
