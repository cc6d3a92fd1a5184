"""Accuracy and speed of the question matcher on the development set.

Reads ``tests/data/questions_<lang>.tsv`` (``article_id<TAB>script<TAB>question``)
and reports top-1 / top-3 accuracy per language and script, how often each
decision (answer / choose / none) was taken and how often a direct answer was
wrong, and the median and 99th-percentile time per query (index built once
beforehand, as in the running bot).

    .venv/bin/python -m bench.matcher            # table
    .venv/bin/python -m bench.matcher --misses   # also list the misses
    .venv/bin/python -m bench.matcher --json     # figures as JSON
"""

from __future__ import annotations

import argparse
import csv
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.knowledge.articles import load_library
from bot.knowledge.matcher import Matcher

DATA = ROOT / "tests" / "data"


def read_set(lang: str, data_dir: Path = DATA) -> list[tuple[str, str, str]]:
    """(article id, script, question) rows of one language's set."""
    path = data_dir / f"questions_{lang}.tsv"
    with path.open(encoding="utf-8", newline="") as fp:
        rows = list(csv.DictReader(fp, delimiter="\t", quoting=csv.QUOTE_NONE))
    return [(r["article_id"].strip(), r["script"].strip(), r["question"]) for r in rows if r.get("question")]


def evaluate(matcher: Matcher, langs: tuple[str, ...] = ("tg", "ru"), data_dir: Path = DATA, present_only: bool = False) -> dict:
    """Run every question once; return counts by (lang, script), timings and misses.

    ``present_only`` skips questions whose article is not written yet (useful
    while content is being written; the figures are then optimistic).
    """
    groups: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    times: list[float] = []
    misses: list[tuple[str, str, str, str, list[str]]] = []
    for lang in langs:
        for gold, script, q in read_set(lang, data_dir):
            if present_only and gold not in matcher.library.articles:
                continue
            t0 = time.perf_counter()
            m = matcher.match(q, lang)
            times.append((time.perf_counter() - t0) * 1000)
            top = m.top(3)
            for key in (f"{lang}", f"{lang}/{script}", "all"):
                g = groups[key]
                g["n"] += 1
                g["top1"] += int(bool(top) and top[0] == gold)
                g["top3"] += int(gold in top)
                g[m.decision] += 1
                g["wrong_answer"] += int(m.decision == "answer" and m.topic != gold)
            if not top or top[0] != gold:
                misses.append((lang, script, gold, q, top))
    times.sort()
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))] if times else 0.0
    return {
        "groups": {k: dict(v) for k, v in sorted(groups.items())},
        "median_ms": statistics.median(times) if times else 0.0,
        "p99_ms": p99,
        "misses": misses,
    }


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--misses", action="store_true", help="list the questions whose top-1 is wrong")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--present", action="store_true", help="only questions whose article exists (while content is incomplete)")
    args = ap.parse_args(argv)

    t0 = time.perf_counter()
    matcher = Matcher(load_library())
    build_ms = (time.perf_counter() - t0) * 1000
    # Warm-up is not taken: the first query pays for nothing the others do not.
    res = evaluate(matcher, present_only=args.present)
    if args.json:
        out = {k: v for k, v in res.items() if k != "misses"}
        out["build_ms"] = build_ms
        print(json.dumps(out, indent=2))
        return 0
    print(f"articles: {len(matcher.library.articles)}   index built in {build_ms:.0f} ms")
    print(f"{'set':<10}{'n':>5}{'top-1':>8}{'top-3':>8}{'answer':>8}{'choose':>8}{'none':>6}{'wrong ans':>11}")
    for key, g in res["groups"].items():
        n = g["n"]
        print(
            f"{key:<10}{n:>5}{100 * g['top1'] / n:>7.1f}%{100 * g['top3'] / n:>7.1f}%"
            f"{g.get('answer', 0):>8}{g.get('choose', 0):>8}{g.get('none', 0):>6}{g.get('wrong_answer', 0):>11}"
        )
    print(f"time per query: median {res['median_ms']:.3f} ms, p99 {res['p99_ms']:.3f} ms")
    if args.misses:
        for lang, script, gold, q, top in res["misses"]:
            print(f"MISS {lang}/{script} {gold:<32} got {top}  | {q}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
