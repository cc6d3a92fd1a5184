"""``python -m bot check`` for the handover: console and web chat templates, canned replies, words.

``babel.cfg`` covers Python and flows; the console's templates and the canned
replies are checked here, so a console string without its Tajik or Russian
translation fails the check like any other.
"""

from __future__ import annotations

from pathlib import Path

import yaml
from jinja2.ext import babel_extract

from bot.handover.queue import CATEGORIES, OUTCOMES
from bot.i18n import translator

ROOT = Path(__file__).resolve().parent.parent.parent
TEMPLATES = ROOT / "bot" / "web" / "templates"


def template_messages(root: Path = TEMPLATES) -> list[tuple[str, int, str]]:
    found = []
    for path in sorted(root.glob("*.html")):
        with path.open("rb") as fp:
            for lineno, _func, message, _comments in babel_extract(fp, ["_"], [], {}):
                if isinstance(message, str) and message:
                    found.append((str(path.relative_to(ROOT)), lineno, message))
    return found


def problems() -> list[str]:
    out: list[str] = []
    trs = {lang: translator(lang) for lang in ("tg", "ru")}
    canned_path = ROOT / "data" / "handover" / "canned.yaml"
    msgs = template_messages()
    try:
        canned = (yaml.safe_load(canned_path.read_text(encoding="utf-8")) or {}).get("canned") or []
    except (OSError, yaml.YAMLError) as exc:
        return [f"{canned_path.relative_to(ROOT)}: does not load: {exc}"]
    for item in canned:
        where = f"data/handover/canned.yaml: {item.get('id', '?')}"
        for lang in ("tg", "ru"):
            if not str(item.get(lang) or "").strip():
                out.append(f"{where}: no {lang} text")
        if item.get("title"):
            msgs.append((where, 0, str(item["title"])))
    words = ROOT / "data" / "handover" / "words.yaml"
    doc = yaml.safe_load(words.read_text(encoding="utf-8")) if words.exists() else {}
    for lang in ("tg", "ru"):
        if not (doc.get("cancel") or {}).get(lang):
            out.append(f"data/handover/words.yaml: no {lang} words to withdraw a request")
    seen: set[str] = set()
    for where, lineno, msgid in msgs:
        if msgid in seen:
            continue
        seen.add(msgid)
        for lang, tr in trs.items():
            if not tr.has(msgid):
                out.append(f"{where}:{lineno}: no {lang} translation for \"{msgid[:60]}\"")
    for table in (CATEGORIES, OUTCOMES):
        for label in table.values():
            for lang, tr in trs.items():
                if not tr.has(label):
                    out.append(f"bot/handover/queue.py: no {lang} translation for \"{label}\"")
    return out
