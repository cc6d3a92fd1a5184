"""Everything the bot can say by SMS, for the Latin-mode test and the segment benchmark.

Two views of the same content:

- ``texts(lang)``: every translated string (all catalogs) and every article's
  title and SMS text: what must be pure GSM-7 once transliterated.
- ``turns(engine, lang)``: the answers a person really gets, found by walking the
  conversation (every option of every screen, breadth first, from the main menu)
  with the real engine; each turn is what one SMS from the person brings back.
"""

from __future__ import annotations

import json
from collections import deque
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import yaml
from babel.messages.pofile import read_po

from bot.config import ROOT  # the repository (locales/, data/)
from bot.engine.model import Inbound, Reply, State


def texts(lang: str, root: Path = ROOT) -> Iterator[tuple[str, str]]:
    """(where, text) for every string and article SMS text in ``lang``."""
    for po in sorted((root / "locales" / lang / "LC_MESSAGES").glob("*.po")):
        with po.open("rb") as fp:
            catalog = read_po(fp)
        for m in catalog:
            if not m.id or not m.string:
                continue
            strings = m.string if isinstance(m.string, tuple) else (m.string,)
            for s in strings:
                if isinstance(s, str) and s:
                    yield f"{po.name}:{m.id if isinstance(m.id, str) else m.id[0]}"[:90], s
    for path in sorted((root / "locales" / lang / "articles").glob("*.yaml")):
        doc = yaml.safe_load(path.read_text(encoding="utf-8")) or {}
        for key in ("title", "sms"):
            if doc.get(key):
                yield f"articles/{path.name}:{key}", str(doc[key])


def turns(engine: Any, lang: str, limit: int = 600) -> list[list[Reply]]:
    """The replies of each turn met while choosing every option on every screen once."""
    start = State(lang=lang)
    first = engine.step(start, Inbound(channel="sms", user="sms:bench", command="start"))
    out: list[list[Reply]] = [first.replies]
    seen: set[str] = set()
    todo: deque[tuple[State, int]] = deque([(first.state, len(first.replies[-1].options) if first.replies else 0)])
    while todo and len(out) < limit:
        state, n = todo.popleft()
        sig = json.dumps([state.node, [o.stored() for o in state.opts]], sort_keys=True, ensure_ascii=False)
        if sig in seen:
            continue
        seen.add(sig)
        for i in range(1, n + 1):
            res = engine.step(state, Inbound(channel="sms", user="sms:bench", text=str(i)))
            if not res.replies:
                continue
            out.append(res.replies)
            options = len(res.replies[-1].options)
            if options and res.state.node:
                todo.append((res.state, options))
            if len(out) >= limit:
                break
    return out
