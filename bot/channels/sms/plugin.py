"""The SMS channel's plugin: Twilio and the Android gateway, paging, caps and "forget me"."""

from __future__ import annotations

from bot.channels.sms import channel
from bot.channels.sms.providers import android
from bot.runtime import Plugin

PLUGIN = Plugin(
    "sms",
    forget=(channel.forget,),
    settings=(*channel.SETTINGS, *android.SETTINGS),
    attach=channel.attach,
    routes=channel.routes,
    detach=channel.detach,
)
