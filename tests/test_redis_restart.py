"""A Redis restart (or a managed Redis's failover) under a full connection pool: every
pooled connection is dead afterwards, and none of them may fail a command (a failed
save makes the worker handle its message again: a repeated answer per dead connection)."""

from __future__ import annotations

import asyncio
from pathlib import Path

from bot.storage import Keys, Storage
from tests.chaos.harness import RedisServer


async def test_commands_and_scripts_survive_a_restart_on_every_pooled_connection(tmp_path: Path) -> None:
    server = RedisServer(tmp_path / "redis")
    server.start()
    storage = await Storage.open(server.url, prefix="restart")
    try:
        r = storage.redis
        script = r.register_script("return redis.call('INCR', KEYS[1])")
        keys = Keys("restart")
        key = keys.tag + ":n"

        async def piped() -> list[object]:
            pipe = r.pipeline(transaction=True)
            pipe.incr(key)
            pipe.expire(key, 60)
            return await pipe.execute()

        await asyncio.gather(*(script(keys=[key]) for _ in range(20)))  # twenty connections in the pool
        for round_ in (script, piped, lambda: r.incr(key)):
            await asyncio.to_thread(server.stop)
            await asyncio.to_thread(server.start)
            results = await asyncio.gather(*(round_(keys=[key]) if round_ is script else round_() for _ in range(20)),
                                           return_exceptions=True)
            assert not [x for x in results if isinstance(x, BaseException)], results
        assert int(await r.get(key)) == 80  # appendfsync always: nothing lost, nothing run twice
    finally:
        await storage.redis.aclose()
        server.stop()
