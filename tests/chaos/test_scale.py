"""Scale-out and graceful shutdown, with real processes on one Redis.

- Two ``serve --no-worker`` web processes behind the load balancer and one separate
  ``worker`` process: webhooks land on both web processes, the worker handles every
  message exactly once, and each person's replies keep the order of their messages.
- SIGTERM to one of two ``serve`` processes under load: it stops taking requests,
  finishes the messages in hand, gives its partitions back and exits 0 within the
  bound; everything it accepted is processed (by the other process) and nothing is
  answered twice.
"""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

import aiohttp
import pytest

from tests.chaos.harness import Providers, calibrate, check_cases, crowd, read_transcripts, stack

pytestmark = [pytest.mark.timeout(240)]

SHUTDOWN_BOUND = 15.0  # seconds from SIGTERM to exit (the process's own limit is 10 s)


async def test_two_web_processes_and_a_worker_handle_each_message_once_in_order(tmp_path: Path) -> None:
    async with stack(tmp_path) as s, aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        await s.start_bot("serve", "--no-worker")
        await s.start_bot("serve", "--no-worker")
        await s.start_bot("worker")
        p = Providers(s, session)
        people = crowd(35, 15, words=True)  # 500 messages; SMS people use HELP and MORE too
        templates = await calibrate(p, people)
        p.reset()
        await asyncio.gather(*(p.talk(x) for x in people))
        await asyncio.sleep(0.5)  # anything answered twice would have arrived by now

        found = read_transcripts(p, people)  # every message answered completely, in order
        assert not found.duplicated and found.extra_replies == 0, (found, [p.account(i) for i in found.duplicated])
        assert p.accepted() == len(p.deliveries) == sum(len(x.script) for x in people)
        o = p.outcomes()
        assert o.get("503", 0) == 0 and o.get("no_answer", 0) == 0 and o.get("refused", 0) == 0, o
        served = {d.accepted_by for d in p.deliveries.values()}
        assert served == {"serve-0", "serve-1"}, served  # both web processes took webhooks
        assert not await check_cases(s, people + templates)  # one case per person who asked, no message twice
        assert all(b.alive() for b in s.bots), s.logs()


async def test_sigterm_under_load_finishes_in_flight_work_and_loses_nothing(tmp_path: Path) -> None:
    async with stack(tmp_path) as s, aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0)) as session:
        leaving = await s.start_bot("serve")
        await s.start_bot("serve")
        p = Providers(s, session)
        people = crowd(35, 15)
        templates = await calibrate(p, people)
        p.reset()
        exit_after: list[float] = []
        accepted_before: list[int] = []

        async def terminate() -> None:
            while p.accepted() < 150:
                await asyncio.sleep(0.01)
            accepted_before.append(sum(1 for d in p.deliveries.values() if d.accepted_by == leaving.name))
            start = time.monotonic()
            leaving.proc.send_signal(signal.SIGTERM)
            while leaving.alive():
                await asyncio.sleep(0.02)
            exit_after.append(time.monotonic() - start)

        await asyncio.gather(terminate(), *(p.talk(x) for x in people))
        await asyncio.sleep(0.5)

        assert leaving.proc.returncode == 0, s.logs()
        assert exit_after[0] < SHUTDOWN_BOUND, exit_after
        assert accepted_before[0] > 0  # it had taken its share of the stream before the signal
        found = read_transcripts(p, people)  # everything accepted was answered, in order
        assert not found.duplicated, found.duplicated  # the messages in hand were finished, not left to be redone
        assert p.accepted() == len(p.deliveries) == sum(len(x.script) for x in people)
        assert not await check_cases(s, people + templates)
        o = p.outcomes()
        print(f"\nshutdown: exited 0 in {exit_after[0]:.2f} s after SIGTERM; {o.get('refused', 0)} connections refused "
              f"and {o.get('no_answer', 0)} requests cut off were retried on the other process")
