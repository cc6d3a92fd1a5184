"""The SMS channel's plugin: Twilio and the Android gateway, paging, caps and "forget me".

Its parts: the settings, ``build`` (the channel from the settings), ``attach`` / ``detach``
(the channel in a process), ``routes`` (``bot.channels.sms.webhooks``) and ``forget``."""

from __future__ import annotations

import logging
from typing import Any

from bot import config
from bot.channels.sms.channel import SmsChannel
from bot.channels.sms.providers import android as sms_android
from bot.channels.sms.providers.base import SmsProvider
from bot.channels.sms.providers.twilio import TWILIO_API, TwilioProvider
from bot.channels.sms.webhooks import routes
from bot.config import Setting
from bot.i18n import DEFAULT_LANG
from bot.logs import secret
from bot.pipeline.processor import Processor
from bot.runtime import Plugin, Runtime
from bot.storage import local_pepper

log = logging.getLogger(__name__)

SETTINGS = (
    Setting("TWILIO_ACCOUNT_SID", "", "Twilio account SID (`AC...`). With `TWILIO_AUTH_TOKEN` it switches the SMS channel on."),
    Setting("TWILIO_AUTH_TOKEN", "", "Twilio auth token: authenticates REST calls and checks the `X-Twilio-Signature` of every webhook."),
    Setting("TWILIO_FROM", "", "The Twilio number (E.164) that sends replies. Or set `TWILIO_MESSAGING_SERVICE_SID`."),
    Setting("TWILIO_MESSAGING_SERVICE_SID", "",
            "Twilio Messaging Service (`MG...`) that sends replies (takes precedence over `TWILIO_FROM`)."),
    Setting("TWILIO_API_BASE_URL", TWILIO_API,
            "Base URL of the Twilio REST API; point it at a Twilio-compatible provider (or the test double)."),
    Setting("PUBLIC_URL", "",
            "Public https address of this server (e.g. `https://hamroh.example.org`); webhook signatures are checked against it."),
    Setting("SMS_SEGMENT_BUDGET", "2",
            "Most segments one SMS reply may use; longer answers are split into pages the person continues with MORE.", int),
    Setting("SMS_DAILY_REPLY_CAP", "30",
            "Most SMS sent to one number per day (emergency contacts exempt); one polite notice when reached.", int),
    Setting("SMS_INBOUND_PER_MINUTE", "20",
            "Most inbound SMS from one number processed per minute; more are dropped with one notice a day.", int),
    Setting("SMS_REPLY_WAIT_SECONDS", "3",
            "How long a webhook waits to answer in its own response (TwiML) before the reply goes by REST.", int),
)


async def forget(proc: Processor, user: str) -> bool:
    """True (keep the way back) while the person has an open case."""
    channel = proc.services.get("sms")
    if channel is None or not user.startswith("sms:"):
        return False
    keep = bool(await channel.store.has_open_case(user))
    await channel.forget(user, keep_number=keep)
    return keep


def _twilio_on() -> bool:
    return bool(config.get("TWILIO_ACCOUNT_SID") and config.get("TWILIO_AUTH_TOKEN"))


def build(rt: Runtime, provider: SmsProvider | None = None, **overrides: Any) -> SmsChannel:
    """The channel from the settings (``provider`` and keyword ``overrides`` for tests).
    Twilio and the Android gateway may both be on; Twilio is then the default provider."""
    public = str(config.get("PUBLIC_URL")).strip()
    if not public:
        raise config.ConfigError("PUBLIC_URL must be set for the SMS channel: webhook signatures are checked against it")
    extra: list[SmsProvider] = []
    if provider is None:
        android = sms_android.from_settings()
        if _twilio_on():
            provider = TwilioProvider(
                str(config.get("TWILIO_ACCOUNT_SID")), str(config.get("TWILIO_AUTH_TOKEN")),
                from_=str(config.get("TWILIO_FROM")), messaging_service_sid=str(config.get("TWILIO_MESSAGING_SERVICE_SID")),
                api_base_url=str(config.get("TWILIO_API_BASE_URL")) or TWILIO_API,
            )
            extra = [android] if android else []
        elif android is not None:
            provider = android
        else:
            raise config.ConfigError("no SMS provider: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN, or SMSGATE_URL")
    opts: dict[str, Any] = {
        "public_url": public, "pepper": local_pepper(), "state_ttl": rt.processor.state_ttl, "resources": rt.engine.resources,
        "budget": config.get("SMS_SEGMENT_BUDGET"), "daily_cap": config.get("SMS_DAILY_REPLY_CAP"),
        "inbound_per_minute": config.get("SMS_INBOUND_PER_MINUTE"), "reply_wait": float(config.get("SMS_REPLY_WAIT_SECONDS")),
        "services": rt.processor.services, "default_lang": rt.engine.resources.get("default_lang", DEFAULT_LANG),
        "is_urgent": lambda text: rt.engine.commands.match(text[:200]) == "sos",
        "providers": extra, "retry_base": float(config.get("SMSGATE_RETRY_BASE_SECONDS")),
        "retry_max": float(config.get("SMSGATE_RETRY_MAX_SECONDS")), "retry_window": float(config.get("SMSGATE_RETRY_HOURS")) * 3600,
    }
    opts.update(overrides)
    return SmsChannel(rt.storage, rt.inbox, provider, **opts)


async def attach(rt: Runtime) -> None:
    secret(str(config.get("TWILIO_AUTH_TOKEN")))
    if not (_twilio_on() or str(config.get("SMSGATE_URL")).strip()):
        log.info("SMS channel off (TWILIO_ACCOUNT_SID / TWILIO_AUTH_TOKEN and SMSGATE_URL unset)")
        return
    channel = build(rt)
    rt.processor.senders["sms"] = channel
    rt.processor.services["sms"] = channel
    if any(getattr(p, "idempotent", False) for p in channel.providers.values()):
        channel.outbox.start()  # replies kept while a gateway was down, by this or an earlier process
    log.info("SMS channel on (%s)", ", ".join(channel.providers))


async def detach(rt: Runtime) -> None:
    channel: SmsChannel | None = rt.processor.services.get("sms")
    if channel is not None:
        await channel.close()


PLUGIN = Plugin(
    "sms",
    forget=(forget,),
    settings=(*SETTINGS, *sms_android.SETTINGS),
    attach=attach,
    routes=routes,
    detach=detach,
)
