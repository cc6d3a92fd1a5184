"""Real ``python -m bot serve`` processes for the attacks of issue 13.

``Server`` starts the program as an operator would, as a subprocess on a free
loopback port with its own ``DATA_DIR``: on the tests' Valkey (``REDIS_URL``, a key
prefix of its own) or, with ``embedded=True``, on its own embedded Valkey. Its
output (the log) is kept in a file the tests read. ``Http`` is an aiohttp client
with its own cookies, as one browser.
"""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import subprocess
import sys
import time
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import aiohttp
import pytest
import redis.asyncio as aioredis

from bot.storage import Keys

ROOT = Path(__file__).resolve().parent.parent.parent
PASSWORD = "correct horse battery"


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def base_env(tmp: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("REDIS_", "TELEGRAM_", "TWILIO_", "PUBLIC_URL", "WEBCHAT_", "LOGIN_", "PEPPER", "DATA_DIR"))}
    env.update(PYTHONPATH=str(ROOT), DATA_DIR=str(tmp / "var"), PEPPER="security-test-pepper", LOG_LEVEL="INFO",
               PYTHONUNBUFFERED="1")
    return env


class Server:
    def __init__(self, tmp: Path, redis_url: str | None, *, env: dict[str, str] | None = None, name: str = "serve") -> None:
        self.tmp = tmp
        self.port = free_port()
        self.prefix = f"sec{uuid.uuid4().hex[:8]}"
        self.env = base_env(tmp)
        self.env.update(PORT=str(self.port), REDIS_PREFIX=self.prefix)
        if redis_url:
            self.env["REDIS_URL"] = redis_url
        self.env.update(env or {})
        self.keys = Keys(self.prefix)
        self.log_path = tmp / f"{name}-{self.port}.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.base = f"http://127.0.0.1:{self.port}"

    def start(self, *, wait: bool = True, args: tuple[str, ...] = ()) -> Server:
        self._log = open(self.log_path, "wb")  # noqa: SIM115  (open while the server runs; closed in stop)
        self.proc = subprocess.Popen([sys.executable, "-m", "bot", "serve", "--host", "127.0.0.1", *args], cwd=ROOT, env=self.env,
                                     stdout=self._log, stderr=subprocess.STDOUT, start_new_session=True)
        if wait:
            self.wait_ready()
        return self

    def wait_ready(self, timeout: float = 90) -> None:
        import urllib.request

        deadline = time.monotonic() + timeout
        while True:
            try:
                with urllib.request.urlopen(self.base + "/healthz", timeout=2) as r:
                    if r.status == 200:
                        return
            except OSError:
                pass
            assert self.proc is not None and self.proc.poll() is None, f"serve exited:\n{self.output()}"
            assert time.monotonic() < deadline, f"serve did not answer:\n{self.output()}"
            time.sleep(0.2)

    def output(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""

    def stop(self, sig: int = signal.SIGTERM, *, group: bool = False, timeout: float = 40) -> int:
        assert self.proc is not None
        if self.proc.poll() is None:
            if group:
                os.killpg(self.proc.pid, sig)  # as a terminal's Ctrl-C: the whole process group
            else:
                self.proc.send_signal(sig)
            try:
                self.proc.wait(timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)
        self._log.close()
        return int(self.proc.returncode)

    def cli(self, *args: str, stdin: str = "", timeout: float = 60) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "bot", *args], cwd=ROOT, env=self.env, input=stdin, text=True,
                              capture_output=True, timeout=timeout)

    def operator(self, name: str, role: str = "operator", password: str = PASSWORD, *, reset: bool = False) -> None:
        res = self.cli("operators", "add", name, "--role", role, "--password-stdin", *(["--reset"] if reset else []),
                       stdin=password + "\n")
        assert res.returncode == 0, res.stderr

    def redis(self) -> aioredis.Redis:
        return aioredis.Redis.from_url(self.env["REDIS_URL"], decode_responses=True)


def http(**kw: Any) -> aiohttp.ClientSession:
    """One browser: its own cookies (``unsafe``: cookies for an IP address host are kept)."""
    return aiohttp.ClientSession(cookie_jar=aiohttp.CookieJar(unsafe=True), timeout=aiohttp.ClientTimeout(total=60), **kw)


CSRF = re.compile(r'name="csrf" value="([^"]+)"')


async def login(client: aiohttp.ClientSession, base: str, name: str, password: str = PASSWORD,
                headers: dict[str, str] | None = None) -> int:
    async with client.get(base + "/console/login", headers=headers) as r:
        csrf = CSRF.search(await r.text()).group(1)  # type: ignore[union-attr]
    async with client.post(base + "/console/login", data={"csrf": csrf, "name": name, "password": password},
                           allow_redirects=False, headers=headers) as r:
        await r.read()
        return r.status


async def csrf_of(client: aiohttp.ClientSession, url: str) -> str:
    async with client.get(url) as r:
        m = CSRF.search(await r.text())
        assert m, f"no form at {url} ({r.status})"
        return m.group(1)


async def sse(client: aiohttp.ClientSession, url: str, *, headers: dict[str, str] | None = None,
              until: Any = None, timeout: float = 30.0) -> list[tuple[str, str]]:
    """Read server-sent events from ``url`` until ``until(events)`` is true (or the stream ends,
    or ``timeout``); the (id, data) pairs read."""
    events: list[tuple[str, str]] = []
    try:
        async with asyncio.timeout(timeout):
            async with client.get(url, headers=headers) as r:
                if r.status != 200:
                    return [("status", str(r.status))]
                eid = ""
                async for raw in r.content:
                    line = raw.decode().rstrip("\n")
                    if line.startswith("id: "):
                        eid = line[4:]
                    elif line.startswith("data: "):
                        events.append((eid, line[6:]))
                        if until and until(events):
                            return events
    except TimeoutError:
        pass
    return events


@pytest.fixture
def servers(tmp_path: Path) -> Iterator[list[Server]]:
    """Servers started by a test; each is stopped (and its log kept) at the end."""
    started: list[Server] = []
    yield started
    for s in started:
        if s.proc is not None and s.proc.poll() is None:
            s.stop()


@pytest.fixture
def serve(servers: list[Server], tmp_path: Path, redis_url: str):  # type: ignore[no-untyped-def]
    """``serve(**env)``: a running server on the tests' Valkey."""

    def start(*, embedded: bool = False, wait: bool = True, folder: str = "", args: tuple[str, ...] = (), **env: str) -> Server:
        tmp = tmp_path / (folder or f"s{len(servers)}")
        tmp.mkdir(exist_ok=True)
        s = Server(tmp, None if embedded else redis_url, env=env)
        servers.append(s)
        return s.start(wait=wait, args=args)

    return start


@pytest.fixture
async def rclient(redis_url: str) -> AsyncIterator[aioredis.Redis]:
    r = aioredis.Redis.from_url(redis_url, decode_responses=True)
    yield r
    await r.aclose()
