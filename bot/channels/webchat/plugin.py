"""The web chat's plugin: its sender, its routes and what "forget me" erases."""

from __future__ import annotations

from aiohttp import web

from bot.channels.webchat import chat, upload
from bot.runtime import Plugin, Runtime


async def attach(rt: Runtime) -> None:
    rt.processor.senders["web"] = chat.WebSender(rt)


def routes(app: web.Application, rt: Runtime) -> None:
    chat.routes(app, rt)
    upload.routes(app, rt)


PLUGIN = Plugin("webchat", forget=(chat.forget,), settings=chat.SETTINGS, attach=attach, routes=routes)
