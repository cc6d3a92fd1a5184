"""Golden conversation transcripts: files of person and bot turns, run through the engine.

Format (``tests/golden/*.txt``)::

    # a comment
    you: 1
    bot> Чӣ кор кардан мехоҳед? ...
         1. ...

Each ``you:`` line is one message (``you: /start ru`` is the /start command with
an argument, ``you: [button 2]`` presses the second button of the last answer).
The bot's lines that follow are what the terminal chat shows. Run
``UPDATE_GOLDEN=1 pytest tests/test_golden.py`` to rewrite the files after a
deliberate change, then read the diff.
"""

from __future__ import annotations

import re

from bot.channels.terminal import render
from bot.engine.model import Inbound, Reply, State
from bot.engine.runner import Engine

BUTTON = re.compile(r"^\[button (\d+)\]$")


def run(engine: Engine, inputs: list[str], user: str = "console:golden") -> str:
    state = State()
    out: list[str] = []
    last: list[Reply] = []
    for i, text in enumerate(inputs):
        kw: dict = {}
        m = BUTTON.match(text)
        if text.startswith("/"):
            cmd, _, arg = text[1:].partition(" ")
            kw = {"command": cmd, "arg": arg or None}
        elif m:
            opts = [o for r in last for o in r.options]
            kw = {"option": opts[int(m.group(1)) - 1].id}
        else:
            kw = {"text": text}
        result = engine.step(state, Inbound(channel="console", user=user, message_id=str(i), **kw), now=1_700_000_000.0)
        state, last = result.state, result.replies
        out.append(f"you: {text}")
        out.append("bot> " + render(last).replace("\n", "\n     "))
        if result.effects:
            out.append("effects: " + ", ".join(e.kind for e in result.effects))
    return "\n".join(out) + "\n"


def inputs_of(transcript: str) -> list[str]:
    return [line[5:] for line in transcript.splitlines() if line.startswith("you: ")]
