"""``python -m bot serve`` as a newcomer runs it: embedded Valkey, health, metrics, SIGTERM."""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

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
