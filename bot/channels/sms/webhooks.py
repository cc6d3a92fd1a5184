"""The Twilio-style webhooks of the SMS channel (``bot.channels.sms.channel``)::

    POST /sms/<provider>          an inbound message (answered with TwiML)
    POST /sms/<provider>/status   a delivery report for a message sent by REST

A provider with webhooks of its own (the Android gateway) adds them itself
(``add_routes``). Every request must carry a valid provider signature computed for
the public URL (``PUBLIC_URL`` + path); otherwise 403 and nothing is done. Redis
unreachable: 503, so that the provider sends it again.
"""

from __future__ import annotations

import functools
import logging
from typing import Any

from aiohttp import web

from bot.channels.sms.channel import SmsChannel
from bot.runtime import Runtime
from bot.storage import RedisError

log = logging.getLogger(__name__)


def _public(channel: SmsChannel, request: web.Request) -> str:
    url = channel.public_url + request.path
    return url + "?" + request.query_string if request.query_string else url


async def _signed(channel: SmsChannel, request: web.Request, what: str) -> Any:
    """The form of a request whose provider signature is valid for its public URL, else None."""
    params = await request.post()
    if channel.provider.validate(_public(channel, request), params, request.headers):
        return params
    log.warning("%s with a missing or wrong signature refused", what)
    return None


async def inbound(channel: SmsChannel, request: web.Request) -> web.Response:
    params = await _signed(channel, request, "SMS webhook")
    if params is None:
        return web.Response(status=403, text="forbidden")
    sms = channel.provider.parse_inbound(params)
    if sms is None:
        return web.Response(status=400, text="no sender or message id")
    try:
        bodies = await channel.receive(sms)
    except RedisError as exc:
        log.warning("SMS webhook: redis unavailable (%s); the provider will retry", type(exc).__name__)
        return web.Response(status=503, text="try again")
    body, ctype = channel.provider.webhook_reply(bodies, channel.status_url if bodies else None)
    return web.Response(text=body, content_type=ctype, charset="utf-8")


async def status(channel: SmsChannel, request: web.Request) -> web.Response:
    params = await _signed(channel, request, "SMS status callback")
    if params is None:
        return web.Response(status=403, text="forbidden")
    st = channel.provider.parse_status(params)
    if st is None:
        return web.Response(status=400, text="no message id or status")
    try:
        await channel.delivery(st)
    except RedisError:
        return web.Response(status=503, text="try again")
    return web.Response(status=200, text="")


def routes(app: web.Application, rt: Runtime) -> None:
    channel: SmsChannel | None = rt.processor.services.get("sms")
    if channel is None:
        return
    for provider in channel.providers.values():
        if hasattr(provider, "add_routes"):  # its own webhooks (the Android gateway: POST /sms/android)
            provider.add_routes(app, channel)
        elif provider is channel.provider:
            app.router.add_post(channel.path, functools.partial(inbound, channel))
            app.router.add_post(channel.path + "/status", functools.partial(status, channel))
