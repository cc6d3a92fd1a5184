"""``python -m bot sms register-webhooks | status``: set-up and checks of the Android SMS gateway."""

from __future__ import annotations

import argparse
import asyncio
import sys
from typing import Any

from bot import config
from bot.channels.sms.providers import android as sms_android


def _provider() -> Any:
    provider = sms_android.from_settings()
    if provider is None:
        raise config.ConfigError("SMSGATE_URL is not set: the android SMS provider is off")
    return provider


async def register_webhooks(out: Any = sys.stdout) -> int:
    provider = _provider()
    public = str(config.get("PUBLIC_URL")).strip().rstrip("/")
    if not public.startswith("https://"):
        await provider.close()
        raise config.ConfigError("PUBLIC_URL must be the server's public https address: the app only calls https webhooks")
    try:
        done = await provider.register_webhooks(public + "/sms/android")
    finally:
        await provider.close()
    for event, wid, what in done:
        print(f"{event:14} {wid:28} {what}", file=out)
    print(f"webhooks -> {public}/sms/android", file=out)
    return 0


async def status(out: Any = sys.stdout) -> int:
    provider = _provider()
    try:
        info = await provider.status()
    finally:
        await provider.close()
    print(f"gateway {provider.url}: {info['health']['status']} (version {info['health']['version'] or '?'})", file=out)
    for name, check in info["health"]["checks"].items():
        print(f"  {name}: {check['status']} {check['value'] if check['value'] is not None else ''} {check['unit'] or ''}".rstrip(),
              file=out)
    print(f"devices: {len(info['devices'])}", file=out)
    for d in info["devices"]:
        print(f"  {d['id']}  {d['name']}  last seen {d['last_seen'] or 'never'}", file=out)
    return 0 if info["health"]["status"] != "fail" else 1


def _run(fn: Any) -> int:
    try:
        return asyncio.run(fn())
    except config.ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except Exception as exc:  # noqa: BLE001  the gateway unreachable or refusing: say so, no traceback
        print(f"error: the gateway did not answer as expected ({type(exc).__name__}: {exc})", file=sys.stderr)
        return 1


def cmd_register(args: argparse.Namespace) -> int:
    return _run(register_webhooks)


def cmd_status(args: argparse.Namespace) -> int:
    return _run(status)


def add_arguments(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("sms", help="the Android SMS gateway (SMSGATE_URL): register webhooks, show devices and health")
    verbs = p.add_subparsers(dest="sms_command", required=True)
    v = verbs.add_parser("register-webhooks", help="register sms:received/sent/delivered/failed at PUBLIC_URL/sms/android (idempotent)")
    v.set_defaults(func=cmd_register)
    v = verbs.add_parser("status", help="print the gateway's devices and health")
    v.set_defaults(func=cmd_status)
