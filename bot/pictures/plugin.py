"""The pictures' plugin: job ads read from photos and screenshots before the engine sees them.

Listed before the handover in ``bot.app.PLUGINS``: on "forget me" a case's pictures go
before the handover unlinks the person's closed cases.
"""

from __future__ import annotations

from bot import pictures
from bot.pictures import flow
from bot.runtime import Plugin, Runtime


async def attach(rt: Runtime) -> None:
    pictures.announce_once()  # once per process: pictures cannot be read here (Tesseract missing)


PLUGIN = Plugin(
    "pictures",
    engine=flow.PARTS,
    prepare=(flow.prepare,),
    forget=(flow.forget,),
    settings=pictures.SETTINGS,
    nodes=(flow.SCANNED,),
    attach=attach,
)
