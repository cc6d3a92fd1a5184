"""1,000 messages from 100 people through the real Telegram and SMS webhooks of real
bot processes, while Redis is stopped and restarted and a bot process is killed.

Afterwards: every message answered 2xx was processed (its replies arrived), each
person's replies came in the order of their messages, every person who asked for
urgent help has exactly one case (none lost, none opened twice), duplicate replies
came only from messages in flight at the kill or the Redis stop (counted), and the
messages refused with 503 while Redis was down were processed after the retry.
"""

from __future__ import annotations

import asyncio
import time
from pathlib import Path

import aiohttp
import pytest
import redis.asyncio as aioredis

from bot.storage import Keys
from tests.chaos.harness import URGENT, Provider, calibrate, duplicates, people, stack, talk, templates

pytestmark = [pytest.mark.timeout(300)]


async def test_chaos_redis_restart_and_a_killed_process(tmp_path: Path) -> None:
    async with stack(tmp_path) as s, aiohttp.ClientSession() as session:
        await s.start_bot("serve")
        await s.start_bot("serve")
        p = Provider(s, session)
        crowd = people()
        models = templates()
        await calibrate(s, p, models, crowd)
        p.c = type(p.c)()  # count the chaos run only
        total = sum(len(x.script) for x in crowd)
        assert total == 1000

        in_flight_at: dict[str, int] = {}

        def in_flight() -> int:
            return sum(len(x.expected[x.sent]) for x in crowd if x.waiting)

        async def chaos() -> None:
            while p.c.accepted < 300:
                await asyncio.sleep(0.01)
            victim = s.web()[0]
            in_flight_at["kill"] = in_flight()
            s.kill(victim)  # SIGKILL: no goodbye, leases and pending entries left behind
            await asyncio.sleep(1.0)
            await s.start_bot("serve")
            while p.c.accepted < 650:
                await asyncio.sleep(0.01)
            in_flight_at["redis"] = in_flight()
            s.redis.stop()
            await asyncio.sleep(2.0)
            s.redis.start()

        started = time.monotonic()
        try:
            await asyncio.gather(chaos(), *(talk(s, p, x) for x in crowd))
        except AssertionError as exc:
            raise AssertionError(f"{exc}\n{s.logs()}") from None
        took = time.monotonic() - started

        # every accepted message was processed, in order; the extra replies are duplicates
        extra = duplicates(s, crowd)
        assert p.c.accepted == total
        bound = in_flight_at["kill"] + in_flight_at["redis"]
        assert extra <= bound, (extra, in_flight_at)

        # Redis down: refused with 503, processed after the provider's retry (the replies above)
        assert p.c.refused_503 > 0 and p.c.retried_503_ids

        # urgent help: exactly one case per person who asked for it, none for the others
        r = aioredis.from_url(s.redis.url, decode_responses=True)
        keys = Keys("chaos")
        open_cases = await r.hgetall(keys.open_cases())
        urgent = {x.user() for x in crowd if URGENT in x.script} | {t.user() for t in models if URGENT in t.script}
        assert set(open_cases) == urgent
        cases = [k async for k in r.scan_iter(match=keys.case_prefix() + "*") if k.count(":") == keys.case_prefix().count(":")]
        assert len(cases) == len(urgent)  # none opened twice
        await r.aclose()
        print(f"\nchaos: {total} messages from {len(crowd)} people in {took:.1f} s; {p.c.posts} webhook posts, "
              f"{p.c.accepted} accepted, {p.c.refused_503} answered 503, {p.c.no_answer} unanswered (killed process), "
              f"{p.c.retries} retries; {extra} duplicate replies (bound {bound}: "
              f"{in_flight_at['kill']} in flight at the kill, {in_flight_at['redis']} at the Redis stop)")
