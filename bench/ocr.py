"""Reading job ads from pictures: OCR character accuracy, verdict agreement, time per picture.

Every Cyrillic ad of ``tests/data/ads.jsonl`` (``--holdout``: also ``ads_holdout.jsonl``)
is rendered three times with Pillow (``tests/picture_ads.py``): a printed flyer (black on
white, 30 px type), a phone screenshot (dark theme, emoji-like symbols, 17 px type, status
bar and channel name around the post), and a phone photo of the flyer (turned up to 3°,
soft, uneven light, noise, 75 % size, JPEG quality 55). Each picture goes through the chat's own path
(``bot.pictures.read_sync``: bounded decoding, preparation, Tesseract with
``OCR_LANGUAGES``), and the recognised text through the scanner.

Reported per language and style:

- character accuracy: 1 − (edit distance / source length) between the ad's text and the
  stretch of the recognised text that matches it best (rapidfuzz alignment; whitespace
  folded), so the screenshot's status bar and channel name do not count as errors;
- verdict agreement: the share of pictures whose risk level equals the text version's,
  and the share whose flags are the same too;
- median seconds per picture on this machine, and as a ratio to scanning the ad's text
  (the baseline, measured in the same run).

    .venv/bin/python bench/ocr.py [--holdout] [--json]
"""

from __future__ import annotations

import argparse
import json
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from rapidfuzz import fuzz  # noqa: E402
from rapidfuzz.distance import Levenshtein  # noqa: E402

from bot.jobcheck.scanner import scan  # noqa: E402
from bot.pictures import availability, read_sync  # noqa: E402
from bot.pictures.flow import joined  # noqa: E402
from tests import picture_ads  # noqa: E402


def fold(text: str) -> str:
    return " ".join(text.split())


def accuracy(source: str, ocr: str) -> float:
    src, got = fold(source), fold(ocr)
    if not src:
        return 1.0
    if not got:
        return 0.0
    al = fuzz.partial_ratio_alignment(src, got)
    window = got[al.dest_start:al.dest_end] if al is not None else got
    # widen the window by the source's length difference (the alignment is on equal lengths)
    dist = min(Levenshtein.distance(src, window), Levenshtein.distance(src, got))
    return max(0.0, 1.0 - dist / len(src))


def rows(holdout: bool) -> list[dict]:
    out = picture_ads.ads()
    if holdout:
        path = ROOT / "tests" / "data" / "ads_holdout.jsonl"
        out += [r for r in (json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip())
                if r.get("script", "cyrl") == "cyrl"]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--holdout", action="store_true", help="also the held-out ads")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args()
    problem = availability()
    if problem:
        print(problem, file=sys.stderr)
        return 3
    read_sync(picture_ads.flyer("Кор дар Русия"))  # load the models once, outside the timings
    results: dict[str, dict] = {}
    for ad in rows(args.holdout):
        lang = ad["lang"]
        t0 = time.perf_counter()
        want = scan(ad["text"], lang)
        text_s = time.perf_counter() - t0
        for style in ("flyer", "screenshot", "photo"):
            data = getattr(picture_ads, style)(ad["text"])
            reading = read_sync(data)
            got = scan(joined("", reading.text), lang)
            r = results.setdefault(f"{lang}/{style}", {"acc": [], "risk": [], "flags": [], "sec": [], "text_sec": []})
            r["acc"].append(accuracy(ad["text"], reading.text))
            r["risk"].append(got.risk == want.risk)
            r["flags"].append(sorted(got.flag_ids) == sorted(want.flag_ids))
            r["sec"].append(reading.seconds)
            r["text_sec"].append(text_s)
    report = {}
    for key, r in sorted(results.items()):
        med, base = statistics.median(r["sec"]), statistics.median(r["text_sec"])
        report[key] = {"pictures": len(r["acc"]), "char_accuracy": round(statistics.mean(r["acc"]), 4),
                       "char_accuracy_min": round(min(r["acc"]), 4),
                       "risk_agreement": round(sum(r["risk"]) / len(r["risk"]), 4),
                       "flags_agreement": round(sum(r["flags"]) / len(r["flags"]), 4),
                       "median_seconds": round(med, 3), "ratio_to_text_scan": round(med / base, 1) if base else None}
    for lang in ("tg", "ru"):
        accs = [a for k, r in results.items() if k.startswith(lang + "/") for a in r["acc"]]
        risks = [a for k, r in results.items() if k.startswith(lang + "/") for a in r["risk"]]
        secs = [a for k, r in results.items() if k.startswith(lang + "/") for a in r["sec"]]
        if accs:
            report[lang] = {"pictures": len(accs), "char_accuracy": round(statistics.mean(accs), 4),
                            "risk_agreement": round(sum(risks) / len(risks), 4), "median_seconds": round(statistics.median(secs), 3)}
    if args.json:
        print(json.dumps(report, ensure_ascii=False, indent=1))
        return 0
    print(f"{'':16} {'pics':>4} {'char acc':>9} {'min':>6} {'risk =':>7} {'flags =':>8} {'median s':>9} {'× text':>7}")
    def pct(v: float | None, digits: int = 0) -> str:
        return "-" if v is None else f"{v:.{digits}%}"

    for key, v in report.items():
        print(f"{key:16} {v['pictures']:>4} {pct(v['char_accuracy'], 2):>9} {pct(v.get('char_accuracy_min')):>6} "
              f"{pct(v['risk_agreement']):>7} {pct(v.get('flags_agreement')):>8} {v['median_seconds']:>9.3f} "
              f"{v.get('ratio_to_text_scan') or '-':>7}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
