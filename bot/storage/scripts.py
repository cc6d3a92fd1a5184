"""Every Lua script of the program, read from ``bot/storage/scripts/<name>.lua``.

Each script names its keys and arguments at its top (``local inbox = KEYS[1]``) and
says what it returns. ``script(redis, name)`` registers one with a client (EVALSHA,
falling back to EVAL once per connection when the server does not know it yet).
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent / "scripts"


@functools.cache
def source(name: str) -> str:
    return (HERE / f"{name}.lua").read_text(encoding="utf-8")


def script(redis: Any, name: str) -> Any:
    """The script ``name`` registered with ``redis`` (a ``redis.asyncio`` script object)."""
    return redis.register_script(source(name))
