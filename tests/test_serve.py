"""``python -m bot serve`` as a newcomer runs it: embedded Valkey, health, metrics, SIGTERM."""

from __future__ import annotations

import asyncio
import dataclasses
import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.status, r.read().decode()
    except urllib.error.HTTPError as e:
        return e.code, e.read().decode()


@pytest.mark.slow
def test_serve_answers_health_and_metrics_and_stops_cleanly_on_sigterm(tmp_path: Path) -> None:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("REDIS_URL", "TELEGRAM_", "TWILIO_"))}
    env.update(DATA_DIR=str(tmp_path / "var"), PYTHONPATH=str(ROOT), PORT=str(port))
    proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1"], cwd=ROOT, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, body = get(f"http://127.0.0.1:{port}/healthz")
                break
            except OSError:
                assert proc.poll() is None, proc.stdout.read() if proc.stdout else ""
                assert time.monotonic() < deadline
                time.sleep(0.2)
        assert status == 200
        assert get(f"http://127.0.0.1:{port}/readyz")[0] == 200
        status, body = get(f"http://127.0.0.1:{port}/metrics")
        assert status == 200 and "hamroh_processing_seconds" in body
        start = time.monotonic()
        proc.send_signal(signal.SIGTERM)
        proc.wait(timeout=30)
        assert proc.returncode == 0
        assert time.monotonic() - start < 20
        assert not (tmp_path / "var" / "valkey" / "server.json").exists()  # the embedded server was stopped
    finally:
        if proc.poll() is None:
            proc.kill()



@pytest.mark.slow
async def test_a_message_logs_under_one_request_id_from_webhook_to_worker(runtime, caplog) -> None:  # type: ignore[no-untyped-def]
    """The web chat request and the processing of its message (in the worker) log under
    one request id, which the response names in ``X-Request-Id``; timers log under "-".
    The JSON format carries it as a field."""
    import json as _json
    import logging

    from aiohttp.test_utils import TestClient, TestServer

    from bot.channels.webchat import plugin as webchat
    from bot.logs import JsonFormatter, RequestIdFilter
    from bot.web.server import build_app

    await webchat.attach(runtime)
    client = TestClient(TestServer(build_app(dataclasses.replace(runtime, plugins=(webchat.PLUGIN,)))))
    await client.start_server()
    task = await runtime.worker.start()
    caplog.set_level(logging.INFO)
    caplog.handler.addFilter(RequestIdFilter())
    try:
        await client.get("/")
        for text in ("/start ru", "how do I get a work patent, asks Zarina?"):
            resp = await client.post("/chat/send", json={"text": text}, headers={"X-Hamroh-Chat": "1"})
            assert resp.status == 202 or resp.status == 200
        rid = resp.headers["X-Request-Id"]
        for _ in range(200):
            mine = [r for r in caplog.records if getattr(r, "request_id", None) == rid and r.name.startswith("bot.knowledge")]
            if mine:
                break
            await asyncio.sleep(0.05)
        assert mine, "the worker's log line about the question carries the webhook's request id"
        line = _json.loads(JsonFormatter().format(mine[0]))
        assert line["request_id"] == rid and line["logger"].startswith("bot.knowledge")
        # and no message text (the topic id may name the topic, e.g. russia-patent)
        assert "Zarina" not in line["message"] and "how do I" not in line["message"]
    finally:
        task.cancel()
        await client.close()


def test_log_lines_and_tracebacks_are_scrubbed_of_configured_secrets() -> None:
    import logging

    from bot.app import Redact
    from bot.logs import secret

    secret("webhook-secret-xyz123")
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "calling %s", ("https://h/?s=webhook-secret-xyz123",), None)
    try:
        raise RuntimeError("failed with token 123456789:AAbbCCddEEffGGhhIIjjKKllMMnnOOppQQ and webhook-secret-xyz123")
    except RuntimeError:
        import sys

        record.exc_info = sys.exc_info()
    Redact().filter(record)
    line = logging.Formatter().format(record)
    assert "webhook-secret-xyz123" not in line and "AAbbCCdd" not in line
    assert "<secret>" in line and "<token>" in line and "RuntimeError" in line
