"""Shared fixtures: one embedded Valkey server for the whole run (real Redis
protocol, no server prepared by hand), a fresh key prefix per test so tests never
see each other's keys, and the real engine built from the shipped flows."""

from __future__ import annotations

import os
import uuid
from collections.abc import AsyncIterator, Iterator
from pathlib import Path

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from bot.app import Runtime, build_engine, make_runtime
from bot.channels.webchat import plugin as webchat
from bot.engine.runner import Engine
from bot.storage import EmbeddedValkey, Storage
from bot.web.server import RUNTIME_KEY

os.environ.setdefault("PEPPER", "test-pepper-not-secret")


@pytest.fixture(scope="session")
def valkey_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedValkey]:
    server = EmbeddedValkey(tmp_path_factory.mktemp("valkey"))
    server.start()
    yield server
    server.stop()


@pytest.fixture(scope="session")
def redis_url(valkey_server: EmbeddedValkey) -> str:
    return valkey_server.url


@pytest.fixture(scope="session")
def engine() -> Engine:
    return build_engine()


@pytest.fixture
async def storage(redis_url: str) -> AsyncIterator[Storage]:
    s = await Storage.open(redis_url, prefix=f"t{uuid.uuid4().hex[:10]}")
    yield s
    await s.close()


@pytest.fixture
async def runtime(storage: Storage, engine: Engine) -> AsyncIterator[Runtime]:
    """A runtime on the test's own keys (4 partitions, 2 s leases); its worker is not started."""
    rt = make_runtime(storage, engine=engine, partitions=4, lease_seconds=2)
    yield rt
    await rt.worker.stop(timeout=2)
    for t in rt.tasks:
        t.cancel()


@pytest.fixture
async def webchat_server(runtime: Runtime) -> AsyncIterator[TestClient]:
    """The web chat's routes on a real loopback server; the runtime's worker is not started."""
    await webchat.attach(runtime)
    app = web.Application()
    app[RUNTIME_KEY] = runtime
    webchat.routes(app, runtime)
    c = TestClient(TestServer(app))
    await c.start_server()
    yield c
    await c.close()


@pytest.fixture
async def webchat_client(runtime: Runtime, webchat_server: TestClient) -> AsyncIterator[TestClient]:
    """``webchat_server`` with the runtime's worker running."""
    task = await runtime.worker.start()
    yield webchat_server
    task.cancel()


ROOT = Path(__file__).resolve().parent.parent
