"""``python -m bot ask``: try the question matcher from the command line.

For content staff testing keywords: one question as an argument prints the
best article, its score and the runner-ups; with no argument every line of
standard input is one question and every output line one JSON object, so a
whole list can be checked at once (``python -m bot ask --lang tg < list.txt``).
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from bot.knowledge.matcher import Match, default_matcher
from bot.trouble import is_urgent


def add_arguments(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Register the ``ask`` sub-command on the program's argument parser."""
    p = subparsers.add_parser("ask", help="match a question to an article (no question: read lines from stdin)")
    p.add_argument("--lang", choices=("tg", "ru"), default="tg", help="language the person chose (both are searched)")
    p.add_argument("--json", action="store_true", help='print {"topic": ..., "score": ..., "alternatives": [...], "urgent": true|false}')
    p.add_argument("question", nargs="*", help="the question; omit to read one question per line from stdin")
    p.set_defaults(func=cmd_ask)
    from bot.knowledge import review

    review.add_arguments(subparsers)


def _print_human(m: Match) -> None:
    if m.topic is None:
        print("(no match)  0.000  none")
        return
    print(f"{m.topic}  {m.score:.3f}  {m.decision}")
    for art, score in m.alternatives:
        print(f"  {art}  {score:.3f}")


def _with_urgent(m: Match, text: str) -> dict[str, Any]:
    """The match, and whether the text says the writer is in trouble now (bot/trouble/):
    then the bot answers with what to do now and a person, not with this article."""
    out = dict(m.as_json())
    out["urgent"] = is_urgent(text)
    return out


def cmd_ask(args: argparse.Namespace) -> int:
    """Run ``ask``; exit status 0 (a question that matches nothing is an answer too)."""
    matcher = default_matcher()
    if args.question:
        m = matcher.match(" ".join(args.question), args.lang)
        if args.json:
            print(json.dumps(_with_urgent(m, " ".join(args.question)), ensure_ascii=False))
        else:
            _print_human(m)
        return 0
    for line in sys.stdin:
        line = line.strip()
        if not line:
            continue
        m = matcher.match(line, args.lang)
        print(json.dumps(_with_urgent(m, line), ensure_ascii=False), flush=True)
    return 0
