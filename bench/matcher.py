"""Accuracy and speed of the question matcher.

Development set (default; training data since round 5, so its figures measure the fit):
``tests/data/questions_<lang>.tsv`` (columns
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
    .venv/bin/python bench/matcher.py --cv            # leave-one-writer-out cross validation (see below)
    .venv/bin/python bench/matcher.py --cv --C 8 --ngram 2-5 --aug 3 --writer-weight 1.5

Since round 5 of issue 16 the development set and the measured held-out sets are
training data (``bot.knowledge.model.WRITER_SETS``: eight since round 7). ``--cv``
trains the model once per writer, each time without that writer's set, and measures it: top-1,
top-3, direct and wrong-direct per group and kind, at the matcher's thresholds and at the
thresholds that give the most direct answers on the worst left-out writer with at most
``--max-wrong`` wrong direct answers on every left-out set. Settings are chosen on the
worst left-out writer. ``--C``, ``--ngram``, ``--aug``, ``--writer-weight``,
``--stem-weight`` override the model's settings for the run. The final blind figures come
from ``tests/data/holdout36`` (never read by ``--cv``; holdout7 and holdout23, measured once each, train the model since
round 23, holdout24 since round 30, holdout31 since round 31, holdout32 since round 32, holdout33 since round 33, holdout34 since round 34,
holdout35 since round 35).
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
from bot.knowledge.model import OFF_TOPIC  # noqa: E402

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


def count_off_topic(groups: dict[str, dict[str, int]], group: str, decision: str) -> None:
    """Count a message about no article: right unless answered directly, in groups of its own (never in "all")."""
    for key in ("off-topic", f"off-topic:{group}"):
        g = groups[key]
        g["n"] += 1
        g["top1"] += int(decision != "answer")
        g["top3"] += int(decision != "answer")
        g[decision] += 1
        g["wrong_answer"] += int(decision == "answer")


def evaluate(
    matcher: Matcher,
    langs: tuple[str, ...] = ("tg", "ru"),
    data_dir: Path = DATA,
    present_only: bool = False,
    rows: list[dict[str, str]] | None = None,
) -> dict:
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
        if gold == OFF_TOPIC:
            count_off_topic(groups, f"{lang}-{script}", m.decision)
            continue
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


def _decide(rec: dict, sure: float, amin: float, lead: float, off_min: float | None = None) -> str:
    """``Matcher.match``'s decision for a record of ``cv_records`` at the given thresholds."""
    import bot.knowledge.matcher as mm

    if rec["model"]:
        s1, s2 = rec["s1"], rec["s2"]
        if mm.off_topic_wins(rec.get("off", 0.0), s1, mm.OFF_TOPIC_MIN if off_min is None else off_min):
            return "none"
        if s1 >= sure or (s1 >= amin and s1 - s2 >= lead and rec["agree"]):
            return "answer"
        return "choose" if s1 >= mm.CHOOSE_MIN else "none"
    if not rec["top"]:
        return "none"
    s1, s2 = rec["s1"], rec["s2"]
    if s1 >= mm.LEX_ANSWER_SURE or (s1 >= mm.LEX_ANSWER_MIN and s1 - s2 >= mm.LEX_ANSWER_LEAD):
        return "answer"
    return "choose" if s1 >= mm.LEX_CHOOSE_MIN else "none"


def writer_rows(name: str) -> list[dict[str, str]]:
    """The questions of one writer set (``bot.knowledge.model.WRITER_SETS``)."""
    from bot.knowledge import model as cm

    rows: list[dict[str, str]] = []
    for path in cm.WRITER_SETS[name]:
        lang = path.stem.split("_")[1] if path.stem.startswith("questions_") else None
        rows.extend(read_file(path, lang))
    return rows


def cv_records(lib, names: list[str]) -> tuple[dict[str, list[dict]], dict[str, float]]:
    """Per left-out writer set: one record per question (ranking, scores, gold), with a model
    trained on everything but that set; and seconds of training per set."""
    from bot.knowledge import model as cm

    out: dict[str, list[dict]] = {}
    secs: dict[str, float] = {}
    for name in names:
        t0 = time.perf_counter()
        model = cm.train(cm.training_pairs(lib, leave_out=name))
        secs[name] = time.perf_counter() - t0
        matcher = Matcher(lib, use_model=False)
        matcher.model = model
        recs = []
        for r in writer_rows(name):
            ranked_model, lex, off = matcher.ranked_off(r["question"], r["lang"])
            ranked = ranked_model or lex
            recs.append(
                {
                    "gold": r["article_id"],
                    "group": f"{r['lang']}-{r['script']}",
                    "kind": r["kind"],
                    "top": [a for a, _ in ranked[:3]],
                    "s1": ranked[0][1] if ranked else 0.0,
                    "s2": ranked[1][1] if len(ranked) > 1 else 0.0,
                    "model": bool(ranked_model),
                    "agree": bool(ranked_model) and bool(lex) and lex[0][0] == ranked_model[0][0],
                    "off": off,
                }
            )
        out[name] = recs
        print(f"  trained without {name} in {secs[name]:.0f} s ({len(recs)} questions)", file=sys.stderr, flush=True)
    return out, secs


def cv_figures(recs: list[dict], sure: float, amin: float, lead: float, off_min: float | None = None) -> dict[str, dict[str, int]]:
    groups: dict[str, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    for rec in recs:
        d = _decide(rec, sure, amin, lead, off_min)
        if rec["gold"] == OFF_TOPIC:
            count_off_topic(groups, rec["group"], d)
            continue
        ok1 = bool(rec["top"]) and rec["top"][0] == rec["gold"]
        for key in ("all", rec["group"], f"kind:{rec['kind']}"):
            g = groups[key]
            g["n"] += 1
            g["top1"] += int(ok1)
            g["top3"] += int(rec["gold"] in rec["top"])
            g[d] += 1
            g["wrong_answer"] += int(d == "answer" and not ok1)
    return {k: dict(v) for k, v in groups.items()}


def cv_calibrate(by_set: dict[str, list[dict]], max_wrong: float) -> list[tuple[float, float, float, float, float]]:
    """(worst left-out direct, worst left-out wrong-direct, sure, min, lead), best first: the
    thresholds with at most ``max_wrong`` wrong direct answers on every left-out set."""
    out = []
    for sure in [x / 100 for x in range(30, 91, 5)]:
        for amin in [x / 100 for x in range(15, 61, 5)]:
            if amin > sure:
                continue
            for lead in [x / 100 for x in range(0, 41, 5)]:
                directs, wrongs = [], []
                for recs in by_set.values():
                    figs = cv_figures(recs, sure, amin, lead)
                    if "all" not in figs:  # a set of off-topic questions alone
                        continue
                    r = rates(figs["all"])
                    directs.append(r["direct"])
                    wrongs.append(r["wrong_direct"])
                if max(wrongs) <= max_wrong:
                    out.append((min(directs), max(wrongs), sure, amin, lead))
    out.sort(key=lambda x: (-x[0], x[1]))
    return out


def print_off_topic_sweep(by_set: dict[str, list[dict]]) -> None:
    """At each bar for the off-topic class (``OFF_TOPIC_MIN``), over every left-out set at the matcher's thresholds: the share
    of questions about an article that lose their direct answer or get no article, and of off-topic ones answered directly."""
    import bot.knowledge.matcher as mm

    recs = [r for rs in by_set.values() for r in rs]
    on = [r for r in recs if r["gold"] != OFF_TOPIC]
    off = [r for r in recs if r["gold"] == OFF_TOPIC]
    if not off:
        return
    base = [_decide(r, mm.ANSWER_SURE, mm.ANSWER_MIN, mm.ANSWER_LEAD, 2.0) for r in on]
    print(f"\noff-topic class (left out: {len(off)} off-topic, {len(on)} about an article), at the matcher's thresholds:")
    print(f"{'bar':>6}{'off answered':>14}{'off none':>10}{'on: lost direct':>17}{'on: right lost':>16}{'on: none':>10}")
    for bar in (2.0, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.7):
        d_on = [_decide(r, mm.ANSWER_SURE, mm.ANSWER_MIN, mm.ANSWER_LEAD, bar) for r in on]
        d_off = [_decide(r, mm.ANSWER_SURE, mm.ANSWER_MIN, mm.ANSWER_LEAD, bar) for r in off]
        lost = sum(b == "answer" and d != "answer" for b, d in zip(base, d_on, strict=True))
        right_lost = sum(b == "answer" and d != "answer" and r["top"] and r["top"][0] == r["gold"]
                         for b, d, r in zip(base, d_on, on, strict=True))
        name = "never" if bar > 1 else bar
        print(f"{name:>6}{100 * d_off.count('answer') / len(off):>13.1f}%{100 * d_off.count('none') / len(off):>9.1f}%"
              f"{100 * lost / len(on):>16.2f}%{100 * right_lost / len(on):>15.2f}%{100 * d_on.count('none') / len(on):>9.2f}%")


def run_cv(args: argparse.Namespace) -> int:
    import bot.knowledge.matcher as mm
    from bot.knowledge import model as cm

    if args.C is not None:
        cm.C_REG = args.C
    if args.ngram:
        lo, hi = (int(x) for x in args.ngram.split("-"))
        cm.NGRAM_MIN, cm.NGRAM_MAX = lo, hi
    if args.aug is not None:
        cm.AUG_PARTS = args.aug
    if args.writer_weight is not None:
        cm.WRITER_WEIGHT = args.writer_weight
    if args.stem_weight is not None:
        cm.STEM_WEIGHT = args.stem_weight
    if args.off_weight is not None:
        cm.OFF_TOPIC_WEIGHT = args.off_weight
    lib = load_library()
    names = args.sets.split(",") if args.sets else list(cm.WRITER_SETS)
    settings = (
        f"C={cm.C_REG} ngram={cm.NGRAM_MIN}-{cm.NGRAM_MAX} aug={cm.AUG_PARTS} "
        f"writer_weight={cm.WRITER_WEIGHT} stem_weight={cm.STEM_WEIGHT}"
    )
    print(f"leave-one-writer-out CV: {settings}")
    by_set, secs = cv_records(lib, names)
    best = cv_calibrate(by_set, args.max_wrong)
    thresholds = [("matcher", mm.ANSWER_SURE, mm.ANSWER_MIN, mm.ANSWER_LEAD)]
    if best:
        thresholds.append(("calibrated", *best[0][2:]))
    summary: dict = {"settings": settings, "train_s": secs, "figures": {}, "records": by_set}
    for label, sure, amin, lead in thresholds:
        print(f"\nthresholds ({label}): ANSWER_SURE={sure} ANSWER_MIN={amin} ANSWER_LEAD={lead}")
        print(f"{'left out':<11}{'group':<16}{'n':>5}{'top-1':>8}{'top-3':>8}{'direct':>8}{'wrong-d':>9}")
        worst: dict[str, float] = {}
        for name in names:
            figs = cv_figures(by_set[name], sure, amin, lead)
            summary["figures"].setdefault(label, {})[name] = {k: {**rates(g), "n": g["n"]} for k, g in figs.items()}
            keys = [k for k in ("all", *GROUPS) if k in figs] + sorted(k for k in figs if k.startswith(("kind:", "off-topic")))
            for key in keys:
                r = rates(figs[key])
                print(
                    f"{name:<11}{key:<16}{figs[key]['n']:>5}{100 * r['top1']:>7.1f}%{100 * r['top3']:>7.1f}%"
                    f"{100 * r['direct']:>7.1f}%{100 * r['wrong_direct']:>8.1f}%"
                )
                if key in ("all", *GROUPS, "kind:story"):
                    worst[key] = min(worst.get(key, 1.0), r["top1"])
        print("worst left-out top-1: " + ", ".join(f"{k} {100 * v:.1f}%" for k, v in worst.items()))
    print_off_topic_sweep(by_set)
    if best:
        print("\nbest thresholds (worst direct, worst wrong, sure, min, lead):")
        for b in best[:5]:
            print(f"  {100 * b[0]:.1f}% {100 * b[1]:.1f}%  {b[2]} {b[3]} {b[4]}")
    if args.json_out:
        args.json_out.write_text(json.dumps(summary, indent=1))
    return 0


def build(lexical: bool = False) -> tuple[Matcher, float]:
    t0 = time.perf_counter()
    lib = load_library()
    # (a Matcher without use_model: the matcher before the n-gram model, to measure a saved copy of old code)
    matcher = Matcher(lib, use_model=not lexical) if "use_model" in inspect.signature(Matcher).parameters else Matcher(lib)
    return matcher, (time.perf_counter() - t0) * 1000


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--data", type=Path, help="a question file with lang and kind columns (default: the development set)")
    ap.add_argument("--misses", action="store_true", help="list the questions whose top-1 is wrong")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    ap.add_argument("--lexical", action="store_true", help="the lexical index alone, without the n-gram model")
    ap.add_argument("--present", action="store_true", help="only questions whose article exists")
    ap.add_argument("--calibrate", action="store_true", help="print direct-answer thresholds with <= 3 %% wrong (development set only)")
    ap.add_argument("--cv", action="store_true", help="leave-one-writer-set-out cross validation of the model's settings")
    ap.add_argument("--sets", help="with --cv: only these writer sets left out (comma-separated)")
    ap.add_argument("--C", type=float, help="with --cv: the model's C")
    ap.add_argument("--ngram", help="with --cv: character n-gram range, e.g. 2-5")
    ap.add_argument("--aug", type=int, help="with --cv: augmentation parts (0 or 1: none)")
    ap.add_argument("--writer-weight", type=float, help="with --cv: weight of a writer-set question")
    ap.add_argument("--stem-weight", type=float, help="with --cv: weight of the stem block")
    ap.add_argument("--off-weight", type=float, help="with --cv: weight of an off-topic line")
    ap.add_argument("--max-wrong", type=float, default=0.02, help="with --cv: wrong-direct allowed on every left-out set when calibrating")
    ap.add_argument("--json-out", type=Path, help="with --cv: write the figures to this file")
    args = ap.parse_args(argv)
    if args.cv:
        return run_cv(args)

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
    keys = [k for k in order if k in res["groups"]] + sorted(k for k in res["groups"] if k.startswith(("kind:", "off-topic")))
    if any(k.startswith("off-topic") for k in keys):
        print("(off-topic rows: top-1 and top-3 = not answered directly; every direct answer is wrong)")
    for key in keys:
        g = res["groups"][key]
        r = rates(g)
        print(
            f"{key:<22}{g['n']:>5}{100 * r['top1']:>7.1f}%{100 * r['top3']:>7.1f}%"
            f"{100 * r['direct']:>7.1f}%{100 * r['wrong_direct']:>8.1f}%"
            f"{g.get('answer', 0):>8}{g.get('choose', 0):>8}{g.get('none', 0):>6}{g.get('wrong_answer', 0):>7}"
        )
    print(f"time per question: median {res['median_ms']:.3f} ms, p99 {res['p99_ms']:.3f} ms")
    if args.misses:
        for lang, script, kind, gold, q, top in res["misses"]:
            print(f"MISS {lang}-{script} {kind:<10} {gold:<32} got {top}  | {q}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
