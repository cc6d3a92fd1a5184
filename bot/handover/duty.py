"""Who is on duty: working hours and the operators present (settings plus console/Telegram activity).

An operator counts as present while their console (or another interface calling
``mark_present``) showed activity within ``PRESENCE_MINUTES``. Outside working
hours, or with nobody present, the person is given the emergency contacts at
once, and told that an operator will answer when the hotline opens.
"""

from __future__ import annotations

import datetime as dt
import time
from zoneinfo import ZoneInfo

from bot import config
from bot.config import Setting
from bot.storage import Storage
from bot.storage.duty import DutyStore

SETTINGS = (
    Setting("WORKING_HOURS", "", "Hotline hours, e.g. `09:00-18:00` or `mon-fri 09:00-18:00` (in `HOTLINE_TIMEZONE`). Unset: always open."),
    Setting("HOTLINE_TIMEZONE", "Asia/Dushanbe", "Time zone of `WORKING_HOURS` and of the supervisors' daily statistics."),
    Setting("OPERATORS_ON_DUTY", "",
            "Comma-separated operator names on the duty roster. Unset: every operator with the console open counts as on duty."),
    Setting("PRESENCE_MINUTES", "3", "An operator counts as present this long after their last console activity.", int),
)

DAYS = ("mon", "tue", "wed", "thu", "fri", "sat", "sun")


def parse_hours(spec: str) -> tuple[set[int], int, int] | None:
    """'mon-fri 09:00-18:00' -> (weekdays, start minute, end minute); None = always open."""
    spec = spec.strip().lower()
    if not spec:
        return None
    parts = spec.split()
    days = set(range(7))
    if len(parts) == 2:
        d = parts[0].split("-")
        a, b = DAYS.index(d[0]), DAYS.index(d[-1])
        days = {i % 7 for i in range(a, (b if b >= a else b + 7) + 1)}
        parts = parts[1:]
    start, end = parts[0].split("-")

    def minutes(s: str) -> int:
        h, m = s.split(":")
        return int(h) * 60 + int(m)

    return days, minutes(start), minutes(end)


def in_hours(now: float | None = None, spec: str | None = None) -> bool:
    hours = parse_hours(config.get("WORKING_HOURS") if spec is None else spec)
    if hours is None:
        return True
    days, start, end = hours
    local = dt.datetime.fromtimestamp(now if now is not None else time.time(), ZoneInfo(config.get("HOTLINE_TIMEZONE")))
    minute = local.hour * 60 + local.minute
    return local.weekday() in days and start <= minute < end


async def mark_present(storage: Storage, operator: str, now: float | None = None) -> None:
    await DutyStore(storage).mark_present(operator, int((now or time.time()) * 1000))


async def present(storage: Storage, now: float | None = None) -> list[str]:
    now_ms = int((now or time.time()) * 1000)
    names = await DutyStore(storage).present_since(now_ms - config.get("PRESENCE_MINUTES") * 60_000)
    roster = {n.strip() for n in config.get("OPERATORS_ON_DUTY").split(",") if n.strip()}
    return [n for n in names if not roster or n in roster]


async def on_duty(storage: Storage, now: float | None = None) -> int:
    """How many operators are on duty now (0 outside working hours)."""
    if not in_hours(now):
        return 0
    return len(await present(storage, now))


def next_opening(now: float | None = None, spec: str | None = None) -> dt.datetime | None:
    """When the hotline next opens (aware, in ``HOTLINE_TIMEZONE``); None when it is open
    now or always open. Looks up to eight days ahead (a week of hours always has one)."""
    hours = parse_hours(config.get("WORKING_HOURS") if spec is None else spec)
    if hours is None or in_hours(now, spec):
        return None
    days, start, _end = hours
    tz = ZoneInfo(config.get("HOTLINE_TIMEZONE"))
    local = dt.datetime.fromtimestamp(now if now is not None else time.time(), tz)
    for ahead in range(9):
        day = (local + dt.timedelta(days=ahead)).date()
        opening = dt.datetime(day.year, day.month, day.day, start // 60, start % 60, tzinfo=tz)
        if day.weekday() in days and opening > local:
            return opening
    return None
