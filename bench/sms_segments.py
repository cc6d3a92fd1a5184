"""SMS segments per reply, Cyrillic vs Latin mode, across all content.

usage: .venv/bin/python bench/sms_segments.py [--budget N] [--json]

Walks the conversation with the real engine (every option of every screen, both
languages), renders each turn as the SMS channel does, and counts exact segments
(GSM-7 / UCS-2). Also counts every article SMS text on its own.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from bot.channels.sms.content import texts, turns
from bot.channels.sms.render import compose, render
from bot.channels.sms.segments import segments
from bot.channels.sms.translit import to_latin
from bot.engine.runner import Engine
from bot.i18n import LANGUAGES


def measure(budget: int = 2) -> dict:
    engine = Engine.build()
    report: dict = {"budget": budget, "languages": {}}
    for lang in LANGUAGES:
        ts = [compose(t) for t in turns(engine, lang)]
        ts = [t for t in ts if t]
        cyr = [segments(t) for t in ts]
        lat = [segments(to_latin(t, lang)) for t in ts]
        cyr_pages = [len(render(t, lang, latin=False, budget=budget)) for t in ts]
        lat_pages = [len(render(t, lang, latin=True, budget=budget)) for t in ts]
        articles = [s for where, s in texts(lang) if where.endswith(":sms")]
        report["languages"][lang] = {
            "turns": len(ts),
            "segments_cyrillic": sum(cyr),
            "segments_latin": sum(lat),
            "avg_segments_per_reply_cyrillic": round(sum(cyr) / max(1, len(ts)), 2),
            "avg_segments_per_reply_latin": round(sum(lat) / max(1, len(ts)), 2),
            "avg_pages_per_reply_cyrillic": round(sum(cyr_pages) / max(1, len(ts)), 2),
            "avg_pages_per_reply_latin": round(sum(lat_pages) / max(1, len(ts)), 2),
            "article_sms": len(articles),
            "avg_segments_article_sms_cyrillic": round(sum(segments(a) for a in articles) / max(1, len(articles)), 2),
            "avg_segments_article_sms_latin": round(sum(segments(to_latin(a, lang)) for a in articles) / max(1, len(articles)), 2),
        }
    all_c = sum(v["segments_cyrillic"] for v in report["languages"].values())
    all_l = sum(v["segments_latin"] for v in report["languages"].values())
    n = sum(v["turns"] for v in report["languages"].values())
    report["all"] = {
        "turns": n,
        "avg_segments_per_reply_cyrillic": round(all_c / max(1, n), 2),
        "avg_segments_per_reply_latin": round(all_l / max(1, n), 2),
        "saved_by_latin_percent": round(100 * (all_c - all_l) / max(1, all_c), 1),
    }
    return report


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--budget", type=int, default=2)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()
    rep = measure(args.budget)
    if args.json:
        print(json.dumps(rep, indent=2))
        return 0
    print(f"segment budget per SMS: {rep['budget']}")
    print("lang  turns  seg/reply cyr  seg/reply lat  pages/reply cyr  pages/reply lat  article sms cyr  lat")
    for lang, v in rep["languages"].items():
        print(f"{lang:4}  {v['turns']:5}  {v['avg_segments_per_reply_cyrillic']:13}  {v['avg_segments_per_reply_latin']:13}  "
              f"{v['avg_pages_per_reply_cyrillic']:15}  {v['avg_pages_per_reply_latin']:15}  "
              f"{v['avg_segments_article_sms_cyrillic']:15}  {v['avg_segments_article_sms_latin']}")
    a = rep["all"]
    print(f"all   {a['turns']:5}  {a['avg_segments_per_reply_cyrillic']:13}  {a['avg_segments_per_reply_latin']:13}"
          f"   Latin mode saves {a['saved_by_latin_percent']} % of segments")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
