"""Precision and recall of the "person in trouble now" recogniser on the held-out set.

    .venv/bin/python bench/trouble_bench.py [--show]

The set (bench/trouble_heldout.yaml) is kept apart from the development examples in
tests/test_trouble.py, from which the rules were written. Target: both >= 0.90.
``--show`` lists the statements it got wrong. Exit status 1 below the target.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.trouble import recognise  # noqa: E402

TARGET = 0.90


def measure(path: Path) -> dict[str, object]:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["statements"]
    tp = fp = fn = tn = 0
    wrong = []
    for it in items:
        got = recognise(it["text"]).urgent
        want = bool(it["urgent"])
        if got and want:
            tp += 1
        elif got and not want:
            fp += 1
            wrong.append(("false alarm", it["text"]))
        elif want:
            fn += 1
            wrong.append(("missed", it["text"]))
        else:
            tn += 1
    precision = tp / (tp + fp) if tp + fp else 0.0
    recall = tp / (tp + fn) if tp + fn else 0.0
    return {"n": len(items), "urgent": tp + fn, "tp": tp, "fp": fp, "fn": fn, "tn": tn,
            "precision": round(precision, 3), "recall": round(recall, 3), "wrong": wrong}


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--show", action="store_true")
    ap.add_argument("--set", default=str(ROOT / "bench" / "trouble_heldout.yaml"))
    args = ap.parse_args()
    r = measure(Path(args.set))
    print(f"statements {r['n']} (urgent {r['urgent']}): precision {r['precision']:.3f}  recall {r['recall']:.3f}  "
          f"(tp {r['tp']} fp {r['fp']} fn {r['fn']} tn {r['tn']}); target >= {TARGET}")
    if args.show:
        for why, text in r["wrong"]:  # type: ignore[union-attr]
            print(f"  {why}: {text}")
    return 0 if r["precision"] >= TARGET and r["recall"] >= TARGET else 1  # type: ignore[operator]


if __name__ == "__main__":
    sys.exit(main())
