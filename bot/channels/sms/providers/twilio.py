"""Twilio as an SMS provider (``bot.channels.sms.providers.base.SmsProvider``).

Twilio's REST base URL is a setting (``TWILIO_API_BASE_URL``): twilio-python
builds every URL from ``https://api.twilio.com``, so ``BaseUrlHttpClient`` (the
library's own aiohttp client, subclassed) rewrites that origin to the configured
one just before the request goes out. Twilio-compatible providers and the test
double in ``tests/fake_twilio.py`` are reached that way with the real client.
"""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Mapping
from typing import Any

from bot import metrics
from bot.channels.sms.providers.base import DeliveryStatus, InboundSms, Route, SendError

log = logging.getLogger(__name__)

TWILIO_API = "https://api.twilio.com"
_TWILIO_ORIGIN = re.compile(r"^https://api(\.[a-z0-9-]+)*\.twilio\.com(?=/|$)")


def _quiet_logger() -> logging.Logger:
    # twilio-python logs every request line at INFO; URLs carry no numbers, but keep it quiet
    lg = logging.getLogger("bot.channels.sms.providers.base.http")
    lg.setLevel(logging.WARNING)
    return lg


def make_http_client(base_url: str, timeout: float = 10.0) -> Any:
    """twilio's AsyncTwilioHttpClient, with every https://api.twilio.com URL sent to ``base_url``."""
    from twilio.http.async_http_client import AsyncTwilioHttpClient  # type: ignore[import-untyped]

    class BaseUrlHttpClient(AsyncTwilioHttpClient):
        def __init__(self, base: str) -> None:
            super().__init__(timeout=timeout, logger=_quiet_logger())
            self.base = base.rstrip("/")

        async def request(self, method: str, url: str, *args: Any, **kwargs: Any) -> Any:
            if self.base and self.base != TWILIO_API:
                url = _TWILIO_ORIGIN.sub(self.base, url, count=1)
            return await super().request(method, url, *args, **kwargs)

    return BaseUrlHttpClient(base_url)


TWILIO_SID = re.compile(r"^(SM|MM)[0-9a-fA-F]{32}$")


class TwilioProvider:
    """Twilio Programmable Messaging: signed webhooks, TwiML answers, REST sends."""

    name = "twilio"

    # REST errors that will not go away by retrying (bad number, unsubscribed, not allowed)
    PERMANENT = frozenset({"21211", "21408", "21610", "21612", "21614", "21606", "21660", "30004", "30005", "30006", "30007"})
    OPTED_OUT = "21610"

    def __init__(self, account_sid: str, auth_token: str, *, from_: str = "", messaging_service_sid: str = "",
                 api_base_url: str = TWILIO_API, attempts: int = 3) -> None:
        from twilio.request_validator import RequestValidator  # type: ignore[import-untyped]
        from twilio.rest import Client  # type: ignore[import-untyped]

        if not (from_ or messaging_service_sid):
            raise ValueError("set TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID")
        self.from_ = from_
        self.messaging_service_sid = messaging_service_sid
        self.account_sid = account_sid
        self.validator = RequestValidator(auth_token)
        self.http = make_http_client(api_base_url or TWILIO_API)
        self.client = Client(account_sid, auth_token, http_client=self.http)
        self.attempts = attempts

    def validate(self, url: str, params: Mapping[str, Any], headers: Mapping[str, str]) -> bool:
        from twilio.request_validator import SIGNATURE_HEADER, SIGNATURE_SETTINGS_HEADER, get_signature_algorithm

        signature = headers.get(SIGNATURE_HEADER, "")
        if not signature:
            return False
        algorithm = get_signature_algorithm(headers.get(SIGNATURE_SETTINGS_HEADER, ""))
        try:
            return bool(self.validator.validate(url, params, signature, algorithm))
        except ValueError:
            return False

    def parse_inbound(self, params: Mapping[str, Any]) -> InboundSms | None:
        sender = str(params.get("From") or "").strip()
        sid = str(params.get("MessageSid") or "")
        # Twilio's signature runs names and values together without separators, so a later
        # parameter's name and value can be moved into MessageSid and the signature still
        # holds: only a real message id and our own account are taken
        if not sender or not TWILIO_SID.match(sid) or str(params.get("AccountSid") or "") != self.account_sid:
            return None
        opt = str(params.get("OptOutType") or "").strip().upper() or None
        media = str(params.get("NumMedia") or "0").strip() not in ("", "0")
        return InboundSms(sender=sender, body=str(params.get("Body") or ""), message_id=sid, opt_out=opt, media=media)

    def parse_status(self, params: Mapping[str, Any]) -> DeliveryStatus | None:
        sid = str(params.get("MessageSid") or params.get("SmsSid") or "")
        status = str(params.get("MessageStatus") or params.get("SmsStatus") or "")
        if not sid or not status:
            return None
        return DeliveryStatus(sid, status.lower(), str(params.get("ErrorCode") or "") or None, str(params.get("To") or ""))

    def webhook_reply(self, bodies: list[str], status_callback: str | None = None) -> tuple[str, str]:
        from twilio.twiml.messaging_response import MessagingResponse  # type: ignore[import-untyped]

        twiml = MessagingResponse()
        for body in bodies:
            # ``action``: Twilio reports the delivery of a TwiML message to this URL
            twiml.message(body, action=status_callback) if status_callback else twiml.message(body)
        return str(twiml), "text/xml"

    async def send(self, to: str, body: str, status_callback: str | None, route: Route | None = None,
                   ref: str | None = None) -> str:
        from twilio.base import values  # type: ignore[import-untyped]
        from twilio.base.exceptions import TwilioRestException  # type: ignore[import-untyped]

        kwargs: dict[str, Any] = {
            "to": to,
            "body": body,
            "status_callback": status_callback or values.unset,
        }
        if self.messaging_service_sid:
            kwargs["messaging_service_sid"] = self.messaging_service_sid
        else:
            kwargs["from_"] = self.from_
        delay = 0.5
        for attempt in range(1, self.attempts + 1):
            try:
                msg = await self.client.messages.create_async(**kwargs)
                return str(msg.sid)
            except TwilioRestException as exc:
                code = str(exc.code or exc.status)
                retry = exc.status == 429 or exc.status >= 500
                kind = "rate_limited" if exc.status == 429 else "server" if exc.status >= 500 else "rejected"
                metrics.provider_error("sms", kind)
                if not retry or attempt == self.attempts:
                    raise SendError(code, permanent=not retry, opted_out=code == self.OPTED_OUT) from None
            except (TimeoutError, OSError) as exc:  # aiohttp's connection errors are OSErrors
                kind = "timeout" if isinstance(exc, TimeoutError) else "network"
                metrics.provider_error("sms", kind)
                if attempt == self.attempts:
                    raise SendError(type(exc).__name__, permanent=False) from None
            except Exception as exc:  # noqa: BLE001  aiohttp.ClientError and friends: retried, then reported
                kind = "network"
                metrics.provider_error("sms", kind)
                if attempt == self.attempts:
                    raise SendError(type(exc).__name__, permanent=False) from None
            metrics.retry("sms", kind)
            await asyncio.sleep(delay)
            delay *= 4
        raise SendError("unreachable", permanent=False)

    async def close(self) -> None:
        await self.http.close()
