"""``python -m bot operators add NAME --role operator|supervisor`` (and list, disable, enable)."""

from __future__ import annotations

import argparse
import asyncio
import getpass
import sys
import time

from bot.abuse import supervision
from bot.operators import accounts as operators
from bot.storage import Storage, run_with_storage


def _run(args: argparse.Namespace) -> int:
    async def main(storage: Storage) -> int:
        if args.action == "add":
            if args.password_stdin:
                password = sys.stdin.readline().rstrip("\n")
            else:
                password = getpass.getpass(f"password for {args.name}: ")
                if getpass.getpass("again: ") != password:
                    print("error: the passwords differ", file=sys.stderr)
                    return 1
            try:
                await operators.add(storage, args.name, args.role, password, replace=args.reset)
            except operators.AccountError as exc:
                print(f"error: {exc}", file=sys.stderr)
                return 1
            await _record(storage, "password_reset" if args.reset else "operator_added", args.name, args.role)
            print(f"{args.role} {args.name} can now sign in at /console")
        elif args.action == "list":
            for name in await operators.names(storage):
                op = await operators.get(storage, name)
                if op:
                    print(f"{op.name}\t{op.role}\t{'active' if op.active else 'disabled'}")
        elif args.action in ("disable", "enable"):
            if not await operators.set_active(storage, args.name, args.action == "enable"):
                print(f"error: no operator {args.name}", file=sys.stderr)
                return 1
            await _record(storage, f"operator_{args.action}d", args.name)
            print(f"{args.name}: {args.action}d")
        return 0

    return asyncio.run(run_with_storage(main))


async def _record(storage: Storage, kind: str, name: str, role: str = "") -> None:
    """Account changes are supervision too: kept with the reveals, trimmed by age only."""
    await supervision(storage, {"ts": int(time.time() * 1000), "case": "", "kind": kind, "actor": "cli", "operator": name, "role": role})


def add_arguments(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("operators", help="operator accounts of the web console")
    ops = p.add_subparsers(dest="action", required=True)
    a = ops.add_parser("add", help="create an operator (asks for the password)")
    a.add_argument("name")
    a.add_argument("--role", choices=["operator", "supervisor"], default="operator")
    a.add_argument("--password-stdin", action="store_true", help="read the password from standard input (scripts)")
    a.add_argument("--reset", action="store_true", help="set a new password and role for an existing operator")
    ops.add_parser("list", help="list operators")
    for name in ("disable", "enable"):
        d = ops.add_parser(name, help=f"{name} an operator's sign-in")
        d.add_argument("name")
    p.set_defaults(func=_run)
