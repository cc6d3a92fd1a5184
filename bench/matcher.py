"""Accuracy and speed of the question matcher.

Development set (default): ``tests/data/questions_<lang>.tsv`` (columns
``article_id``, ``script``, ``question`` and optionally ``kind``; the language
is in the file name). Held-out set: ``--data tests/data/holdout/questions.tsv``
(columns ``article_id``, ``lang``, ``script``, ``kind``, ``question``).

Reported per language x script group (tg-cyr, tg-lat, ru-cyr, ru-lat) and per
kind: top-1 and top-3 accuracy, the share of questions answered directly
("direct") and the share of direct answers that were wrong ("wrong-direct"),
how many got the three choices or nothing; and the median and 99th-percentile
time per question (index and model built once beforehand, as in the bot).

    .venv/bin/python bench/matcher.py                 # development set, table
    .venv/bin/python bench/matcher.py --data tests/data/holdout/questions.tsv
    .venv/bin/python bench/matcher.py --misses        # also list the misses
    .venv/bin/python bench/matcher.py --json          # figures as JSON
    .venv/bin/python bench/matcher.py --lexical       # the lexical index alone (no n-gram model)
    .venv/bin/python bench/matcher.py --calibrate     # direct-answer thresholds for <= 3 % wrong (dev set only!)
"""

from __future__ import annotations

import argparse
import csv
import inspect
import json
import statistics
import sys
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.knowledge.articles import load_library  # noqa: E402
from bot.knowledge.matcher import Matcher  # noqa: E402

DATA = ROOT / "tests" / "data"
GROUPS = ("tg-cyr", "tg-lat", "ru-cyr", "ru-lat")


def _script(s: str) -> str:
    s = (s or "").strip().lower()
    return "lat" if s.startswith("l") else "cyr"


def read_file(path: Path, lang: str | None = None) -> list[dict[str, str]]:
    """Rows of a question file as dicts with article_id, lang, script, kind, question."""
    with path.open(encoding="utf-8", newline="") as fp:
        rows = list(csv.DictReader(fp, delimiter="\t", quoting=csv.QUOTE_NONE))
    out = []
    for r in rows:
        q = r.get("question") or r.get("text") or ""
        if not q.strip():
            continue
        out.append(
            {
                "article_id": (r.get("article_id") or "").strip(),
                "lang": (r.get("lang") or lang or "").strip(),
                "script": _script(r.get("script") or ""),
                "kind": (r.get("kind") or "").strip() or "plain",
                "question": q,
            }
        )
    return out


def read_set(lang: str, data_dir: Path = DATA) -> list[tuple[str, str, str]]:
    """(article id, script, question) rows of one language's development set."""
    return [(r["article_id"], r["script"], r["question"]) for r in read_file(data_dir / f"questions_{lang}.tsv", lang)]


def dev_rows(langs: tuple[str, ...] = ("tg", "ru"), data_dir: Path = DATA) -> list[dict[str, str]]:
    rows: list[dict[str, str]] = []
    for lang in langs:
        rows.extend(read_file(data_dir / f"questions_{lang}.tsv", lang))
    return rows


def evaluate(matcher: Matcher, langs: tuple[str, ...] = ("tg", "ru"), data_dir: Path = DATA, present_only: bool = False, rows: list[dict[str, str]] | None = None) -> dict:
    """Run every question once; return counts by group and kind, timings and misses.

    Group keys: ``all``, ``tg``, ``ru``, ``tg-cyr`` ... and ``kind:<kind>``.
    ``present_only`` skips questions whose article is not in the library.
    """
    if rows is None:
        rows = dev_rows(langs, data_dir)
    groups: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    times: list[float] = []
    misses: list[tuple[str, str, str, str, str, list[str]]] = []
    records: list[dict] = []
    for r in rows:
        gold, lang, script, kind, q = r["article_id"], r["lang"], r["script"], r["kind"], r["question"]
        if present_only and gold not in matcher.library.articles:
            continue
        t0 = time.perf_counter()
        m = matcher.match(q, lang)
        times.append((time.perf_counter() - t0) * 1000)
        top = m.top(3)
        for key in ("all", lang, f"{lang}-{script}", f"kind:{kind}"):
            g = groups[key]
            g["n"] += 1
            g["top1"] += int(bool(top) and top[0] == gold)
            g["top3"] += int(gold in top)
            g[m.decision] += 1
            g["wrong_answer"] += int(m.decision == "answer" and m.topic != gold)
        second = m.alternatives[0][1] if m.alternatives else 0.0
        records.append({"gold": gold, "top": m.topic, "score": m.score, "second": second, "lang": lang, "script": script})
        if not top or top[0] != gold:
            misses.append((lang, script, kind, gold, q, top))
    times.sort()
    p99 = times[min(len(times) - 1, round(0.99 * (len(times) - 1)))] if times else 0.0
    return {
        "groups": {k: dict(v) for k, v in sorted(groups.items())},
        "median_ms": statistics.median(times) if times else 0.0,
        "p99_ms": p99,
        "misses": misses,
        "records": records,
    }


def rates(g: dict[str, int]) -> dict[str, float]:
    n = max(1, g["n"])
    ans = g.get("answer", 0)
    return {
        "top1": g["top1"] / n,
        "top3": g["top3"] / n,
        "direct": ans / n,
        "wrong_direct": g.get("wrong_answer", 0) / ans if ans else 0.0,
    }


def calibrate(matcher: Matcher, rows: list[dict[str, str]], max_wrong: float = 0.015) -> list[tuple[float, float, float, float, float]]:
    """(direct share, wrong share, ANSWER_SURE, ANSWER_MIN, ANSWER_LEAD) with at most ``max_wrong`` wrong, most direct first.

    Uses the same rule as ``Matcher.match`` (sure, or less sure but ahead and
    agreed by the lexical index). Run it on the development set only:
    thresholds fitted on the held-out set would make its figures meaningless.
    The default margin (1.5 % on the dev set for a 3 % target) leaves room for
    text written unlike the dev set.
    """
    recs = []
    for r in rows:
        model, lex = matcher.ranked(r["question"], r["lang"])
        if not model:
            continue
        second = model[1][1] if len(model) > 1 else 0.0
        recs.append((model[0][1], second, bool(lex) and lex[0][0] == model[0][0], model[0][0] == r["article_id"]))
    n = len(rows)
    out = []
    for sure in [x / 100 for x in range(20, 91, 5)]:
        for amin in [x / 100 for x in range(10, 61, 5)]:
            if amin > sure:
                continue
            for lead in [x / 100 for x in range(0, 31, 5)]:
                ans = wrong = 0
                for s1, s2, agree, ok in recs:
                    if s1 >= sure or (s1 >= amin and s1 - s2 >= lead and agree):
                        ans += 1
                        wrong += int(not ok)
                if ans and wrong / ans <= max_wrong:
                    out.append((ans / n, wrong / ans, sure, amin, lead))
    out.sort(key=lambda x: (-x[0], x[1]))
    return out[:10]


def build(lexical: bool = False) -> tuple[Matcher, float]:
    t0 = time.perf_counter()
    lib = load_library()
    if "use_model" in inspect.signature(Matcher).parameters:
        matcher = Matcher(lib, use_model=not lexical)
    else:  # the matcher before the n-gram model (to measure a saved copy of old code)
        matcher = Matcher(lib)
    return matcher, (time.perf_counter() - t0) * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, help="a question file with lang and kind columns (default: the development set)")
    ap.add_argument("--misses", action="store_true", help="list the questions whose top-1 is wrong")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--lexical", action="store_true", help="the lexical index alone, without the n-gram model")
    ap.add_argument("--present", action="store_true", help="only questions whose article exists")
    ap.add_argument("--calibrate", action="store_true", help="print direct-answer thresholds with <= 3 %% wrong (development set only)")
    args = ap.parse_args(argv)

    matcher, build_ms = build(args.lexical)
    rows = read_file(args.data) if args.data else None
    res = evaluate(matcher, present_only=args.present, rows=rows)
    if args.calibrate:
        if args.data:
            print("refusing to calibrate on a --data set: calibrate on the development set only")
            return 2
        for direct, wrong, sure, amin, lead in calibrate(matcher, dev_rows()):
            print(f"direct {direct:.1%} wrong {wrong:.1%}: ANSWER_SURE={sure} ANSWER_MIN={amin} ANSWER_LEAD={lead}")
        return 0
    if args.json:
        out = {k: v for k, v in res.items() if k not in ("misses", "records")}
        out["rates"] = {k: rates(g) for k, g in res["groups"].items()}
        out["build_ms"] = build_ms
        print(json.dumps(out, indent=2))
        return 0
    print(f"articles: {len(matcher.library.articles)}   index and model built in {build_ms:.0f} ms   set: {args.data or 'development'}")
    print(f"{'set':<22}{'n':>5}{'top-1':>8}{'top-3':>8}{'direct':>8}{'wrong-d':>9}{'answer':>8}{'choose':>8}{'none':>6}{'wrong':>7}")
    order = ["all", "tg", "ru", *GROUPS]
    keys = [k for k in order if k in res["groups"]] + sorted(k for k in res["groups"] if k.startswith("kind:"))
    for key in keys:
        g = res["groups"][key]
        r = rates(g)
        print(
            f"{key:<22}{g['n']:>5}{100 * r['top1']:>7.1f}%{100 * r['top3']:>7.1f}%{100 * r['direct']:>7.1f}%{100 * r['wrong_direct']:>8.1f}%"
            f"{g.get('answer', 0):>8}{g.get('choose', 0):>8}{g.get('none', 0):>6}{g.get('wrong_answer', 0):>7}"
        )
    print(f"time per question: median {res['median_ms']:.3f} ms, p99 {res['p99_ms']:.3f} ms")
    if args.misses:
        for lang, script, kind, gold, q, top in res["misses"]:
            print(f"MISS {lang}-{script} {kind:<10} {gold:<32} got {top}  | {q}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
