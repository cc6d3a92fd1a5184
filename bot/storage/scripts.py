"""Every Lua script of the program, read from ``bot/storage/scripts/<name>.lua``.

Each script names its keys and arguments at its top (``local inbox = KEYS[1]``) and
says what it returns; helpers several scripts share are included by name (``-- include:
case_lib``). ``script(redis, name)`` registers one with a client (EVALSHA,
falling back to EVAL once per connection when the server does not know it yet).
"""

from __future__ import annotations

import functools
import re
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "scripts"


INCLUDE = re.compile(r"^-- include: ([a-z_]+)$", re.M)


@functools.cache
def source(name: str) -> str:
    """The script's text, with each ``-- include: NAME`` line replaced by ``NAME.lua`` (helpers
    several scripts share, e.g. ``case_lib``: Redis runs each script on its own)."""
    text = (HERE / f"{name}.lua").read_text(encoding="utf-8")
    return INCLUDE.sub(lambda m: source(m.group(1)), text)


def script(redis: Any, name: str) -> Any:
    """The script ``name`` registered with ``redis`` (a ``redis.asyncio`` script object)."""
    return redis.register_script(source(name))
