"""Command line: ``python -m bot serve | chat | check | ask | check-offer | agencies | ...``.

Each subsystem adds its own sub-commands (``add_arguments``) so that its
command-line code lives beside the code it drives; ``COMMANDS`` lists them.
"""

from __future__ import annotations

import argparse
import sys

from bot import app, config, emergency_cli
from bot.channels.sms import cli as sms_cli
from bot.jobcheck import cli as jobcheck_cli
from bot.knowledge import cli as knowledge_cli
from bot.operators import cli as operators_cli
from bot.web import cli as web_cli

COMMANDS = (knowledge_cli, jobcheck_cli, operators_cli, web_cli, emergency_cli, sms_cli)


def cmd_chat(args: argparse.Namespace) -> int:
    from bot.channels.terminal import chat

    # the terminal is for the conversation: only warnings are logged
    return app.run_with_runtime(lambda rt: chat(rt, lang=args.lang, user=f"console:{args.user}"), log_default="WARNING")


def cmd_check(args: argparse.Namespace) -> int:
    from bot.check import run

    problems, summary = run()
    for p in problems:
        print(p)
    if problems:
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(summary)
    return 0


def cmd_settings(args: argparse.Namespace) -> int:
    print(config.markdown_table())  # (every plugin's settings: ``bot.app`` registers them)
    return 0


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="python -m bot", description="Hamroh, a hotline bot for labour migrants.")
    sub = parser.add_subparsers(dest="command", required=True)
    p = sub.add_parser("chat", help="talk to the bot in this terminal (options as numbers)")
    p.add_argument("--lang", choices=["tg", "ru"], help="start in this language")
    p.add_argument("--user", default="local", help="name of the terminal user (keeps separate state)")
    p.set_defaults(func=cmd_chat)
    p = sub.add_parser("check", help="validate every flow, catalog and content file")
    p.set_defaults(func=cmd_check)
    p = sub.add_parser("settings", help="print the settings table (Markdown)")
    p.set_defaults(func=cmd_settings)
    for module in COMMANDS:
        module.add_arguments(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    config.load_env_file()
    args = build_parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except config.ConfigError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130


if __name__ == "__main__":
    sys.exit(main())
