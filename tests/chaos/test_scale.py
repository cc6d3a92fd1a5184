"""Scale-out and graceful shutdown, with real processes on one Redis.

- Two ``serve --no-worker`` web processes and one separate ``worker`` process:
  webhooks land on both web processes, the worker handles every message, each
  exactly once, and each person's replies keep the order of their messages.
- SIGTERM to a ``serve`` process under load: it stops taking requests, finishes
  the message in hand, gives its partitions back and exits 0 within the bound;
  everything it accepted is processed (by the other process) and nothing is
  answered twice.
"""

from __future__ import annotations

import asyncio
import signal
import time
from pathlib import Path

import aiohttp
import pytest

from tests.chaos.harness import Provider, calibrate, duplicates, people, stack, talk, templates

pytestmark = [pytest.mark.timeout(240)]

SHUTDOWN_BOUND = 15.0  # seconds from SIGTERM to exit


async def test_two_web_processes_and_a_worker_handle_each_message_once_in_order(tmp_path: Path) -> None:
    async with stack(tmp_path) as s, aiohttp.ClientSession() as session:
        await s.start_bot("serve", "--no-worker")
        await s.start_bot("serve", "--no-worker")
        await s.start_bot("worker")
        p = Provider(s, session)
        crowd = people()[::2]  # 50 people, Telegram and SMS
        models = templates()
        await calibrate(s, p, models, crowd)
        p.c = type(p.c)()
        await asyncio.gather(*(talk(s, p, x) for x in crowd))
        await asyncio.sleep(0.5)  # anything answered twice would arrive by now
        assert duplicates(s, crowd) == 0  # each message handled once, in order
        assert p.c.accepted == sum(len(x.script) for x in crowd)
        assert p.c.refused_503 == 0 and p.c.no_answer == 0
        assert all(b.alive() for b in s.bots)


async def test_sigterm_under_load_finishes_in_flight_work_and_loses_nothing(tmp_path: Path) -> None:
    async with stack(tmp_path) as s, aiohttp.ClientSession() as session:
        leaving = await s.start_bot("serve")
        await s.start_bot("serve")
        p = Provider(s, session)
        crowd = people()[1::2]
        models = templates()
        await calibrate(s, p, models, crowd)
        p.c = type(p.c)()
        exit_after: list[float] = []

        async def terminate() -> None:
            while p.c.accepted < 150:
                await asyncio.sleep(0.01)
            start = time.monotonic()
            leaving.proc.send_signal(signal.SIGTERM)
            while leaving.alive():
                await asyncio.sleep(0.05)
            exit_after.append(time.monotonic() - start)

        await asyncio.gather(terminate(), *(talk(s, p, x) for x in crowd))
        await asyncio.sleep(0.5)
        assert leaving.proc.returncode == 0, s.logs()
        assert exit_after[0] < SHUTDOWN_BOUND
        assert duplicates(s, crowd) == 0  # the message in hand was finished, not left to be redone
        assert p.c.accepted == sum(len(x.script) for x in crowd)
        print(f"\nshutdown: exited in {exit_after[0]:.2f} s; {p.c.no_answer} requests found it gone and were retried")
