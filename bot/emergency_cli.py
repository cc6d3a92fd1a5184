"""``python -m bot contacts [--country CC] [--lang tg|ru] [--json]`` and
``python -m bot cases [--status waiting|claimed|closed|open] [--json]``.

``contacts`` prints what a person in that country is shown, in the order shown
(no country: the numbers for an unknown country). ``cases`` lists cases for
supervisors and scripts without personal data: reference, status, priority,
category, channel, language, country and when it was opened (no person key, no
operator, no message).
"""

from __future__ import annotations

import argparse
import asyncio
import datetime as dt
import json
import sys
from pathlib import Path
from typing import Any

from bot import contacts

ROOT = Path(__file__).resolve().parent.parent
CASE_LIMIT = 1000  # most cases listed per status (a bound on one command's work)


def cmd_contacts(args: argparse.Namespace) -> int:
    from bot.i18n import translator

    cc = (args.country or "").lower() or None
    if cc is not None and cc not in contacts.COUNTRIES:
        print(f"error: --country must be one of {', '.join(contacts.COUNTRIES)}", file=sys.stderr)
        return 2
    shown = contacts.for_country(contacts.load(ROOT / "data" / "contacts.yaml"), cc)
    if args.json:
        print(json.dumps([c.as_json() for c in shown], ensure_ascii=False, indent=1))
        return 0
    _ = translator(args.lang)._
    for c in shown:
        flag = "  (verify)" if c.verify else ""
        print(f"{c.number:<18} {_(c.label)}{flag}")
        print(f"{'':<18} {c.kind}, checked {c.checked.isoformat() if c.checked else '-'}; {c.source[:120]}")
    return 0


def _iso(ms: int) -> str:
    return dt.datetime.fromtimestamp(ms / 1000, dt.UTC).isoformat(timespec="seconds") if ms else ""


def case_row(case: Any) -> dict[str, str]:
    """A case without personal data."""
    return {"ref": case.display_ref, "status": case.status, "priority": case.priority, "category": case.category,
            "channel": case.channel, "lang": case.lang, "country": case.learned.get("country", ""),
            "opened": _iso(case.created)}


async def list_cases(storage: Any, status: str | None) -> list[dict[str, str]]:
    from bot.handover.queue import CaseQueue

    q = CaseQueue(storage)
    found: list[Any] = []
    if status in (None, "waiting", "open"):
        found += await q.waiting(CASE_LIMIT)
    if status in (None, "claimed", "open"):
        found += await q.claimed_cases(CASE_LIMIT)
    if status in (None, "closed"):
        found += await q.closed_recently(CASE_LIMIT)
    rows = [case_row(c) for c in found if status in (None, "open") or c.status == status]
    return sorted(rows, key=lambda r: r["opened"])


def cmd_cases(args: argparse.Namespace) -> int:
    from bot.storage import Storage, run_with_storage

    async def work(storage: Storage) -> int:
        rows = await list_cases(storage, args.status)
        if args.json:
            print(json.dumps(rows, ensure_ascii=False))
        else:
            for r in rows:
                print("\t".join(r[k] or "-" for k in ("ref", "status", "priority", "category", "channel", "lang", "country", "opened")))
        return 0

    return asyncio.run(run_with_storage(work))


def add_arguments(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    p = sub.add_parser("contacts", help="the emergency contacts a person in a country is shown")
    p.add_argument("--country", help=f"one of {', '.join(contacts.COUNTRIES)} (none: unknown country)")
    p.add_argument("--lang", choices=("tg", "ru"), default="tg", help="language of the labels")
    p.add_argument("--json", action="store_true", help="a JSON list of {id, number, country, kind, label, source, checked, verify}")
    p.set_defaults(func=cmd_contacts)
    p = sub.add_parser("cases", help="list cases (no personal data)")
    p.add_argument("--status", choices=("waiting", "claimed", "closed", "open"), help="only these (open: waiting or claimed)")
    p.add_argument("--json", action="store_true", help="a JSON list of {ref, status, priority, category, channel, lang, country, opened}")
    p.set_defaults(func=cmd_cases)
