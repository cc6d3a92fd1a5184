"""Every labelled ad of every training set, through the rules alone, saved and compared ad by ad.

    .venv/bin/python bench/allsets.py --save /tmp/before.json      # before an idea
    .venv/bin/python bench/allsets.py --compare /tmp/before.json   # after it: figures, better, worse
    .venv/bin/python bench/allsets.py --compare /tmp/before.json --show   # with the changed ads' texts

The tool a tuner runs before and after each change to the rules: ``bot.jobcheck.train.SETS`` (every
writer set the model learns from; never a blind set) through the scanner without its learned layer,
so that a change is judged on all of them at once and ad by ad, not on the one set it was made for.
An ad is *better* when its verdict became right or its flags got closer to its labels (fewer missed
plus wrong flags), *worse* the other way round. Figures: accuracy (scam = medium or high risk),
genuine ads rated high, wrongly reported flags (share of reported flags the writer did not give),
flag recall (micro), over the scanned flags only.

Texts are printed only with ``--show`` (they are training data, but the scanner never logs ads).
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bot.jobcheck import train  # noqa: E402
from bot.jobcheck.scanner import default_scanner  # noqa: E402


def run(only: set[str] | None = None) -> dict[str, dict]:
    """``"set:line"`` -> what the rules say of that ad, and what its writer labelled."""
    scanner = default_scanner()
    scanner.model = None
    scanned = set(getattr(scanner, "scan_ids", ()))
    out: dict[str, dict] = {}
    for name, path in train.SETS.items():
        if only and name not in only:
            continue
        for i, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if not line.strip():
                continue
            ad = json.loads(line)
            r = scanner.scan(ad["text"], ad["lang"])
            out[f"{name}:{i}"] = {"label": ad["label"], "want": sorted(set(ad["flags"]) & scanned),
                                  "risk": r.risk, "got": sorted(r.flag_ids), "lang": ad["lang"]}
    return out


def figures(res: dict[str, dict]) -> dict[str, float]:
    n = len(res)
    correct = sum((r["risk"] in ("medium", "high")) == (r["label"] == "scam") for r in res.values())
    high = sum(r["label"] == "genuine" and r["risk"] == "high" for r in res.values())
    tp = sum(len(set(r["got"]) & set(r["want"])) for r in res.values())
    fp = sum(len(set(r["got"]) - set(r["want"])) for r in res.values())
    fn = sum(len(set(r["want"]) - set(r["got"])) for r in res.values())
    return {"ads": n, "accuracy": correct / max(1, n), "genuine_high": high,
            "wrong_flags": fp / max(1, tp + fp), "recall": tp / max(1, tp + fn)}


def _cost(r: dict) -> tuple[int, int]:
    wrong_verdict = (r["risk"] in ("medium", "high")) != (r["label"] == "scam")
    high = r["label"] == "genuine" and r["risk"] == "high"
    got, want = set(r["got"]), set(r["want"])
    return (int(wrong_verdict) + int(high), len(got ^ want))


def _text(key: str) -> str:
    name, line = key.rsplit(":", 1)
    return json.loads(train.SETS[name].read_text(encoding="utf-8").splitlines()[int(line) - 1])["text"]


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--save", type=Path, help="write the rules' results on every ad to this file")
    ap.add_argument("--compare", type=Path, help="compare with a file written by --save")
    ap.add_argument("--show", action="store_true", help="print the text of every ad that changed")
    ap.add_argument("--sets", help="comma-separated set names (default: all of train.SETS)")
    args = ap.parse_args(argv)
    only = set(args.sets.split(",")) if args.sets else None
    now = run(only)
    f = figures(now)
    line = "accuracy {accuracy:.2%}  genuine high {genuine_high}  wrong flags {wrong_flags:.2%}  recall {recall:.2%}"
    if args.save:
        args.save.write_text(json.dumps(now, ensure_ascii=False), encoding="utf-8")
    if not args.compare:
        print(f"{f['ads']} ads: " + line.format(**f))
        return 0
    before = json.loads(args.compare.read_text(encoding="utf-8"))
    before = {k: v for k, v in before.items() if k in now}
    print("before: " + line.format(**figures(before)))
    print("after:  " + line.format(**f))
    better, worse, same_cost = [], [], []
    for key, r in now.items():
        b = before.get(key)
        if b is None or (b["risk"], b["got"]) == (r["risk"], r["got"]):
            continue
        (better if _cost(r) < _cost(b) else worse if _cost(r) > _cost(b) else same_cost).append(key)
    print(f"better {len(better)}  worse {len(worse)}  changed at the same cost {len(same_cost)}")
    for title, keys in (("worse", worse), ("better", better), ("same cost", same_cost)):
        for key in keys:
            b, r = before[key], now[key]
            print(f"  {title:<9} {key:<16} {r['label']:<7} want {','.join(r['want']) or '-'}\n"
                  f"            before {b['risk']:<6} {','.join(b['got']) or '-'}\n"
                  f"            after  {r['risk']:<6} {','.join(r['got']) or '-'}")
            if args.show:
                print("            " + _text(key).replace("\n", "\n            "))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
