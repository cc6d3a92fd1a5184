"""SMS Gateway for Android (capcom6/android-sms-gateway) as an SMS provider.

A phone with a local SIM card runs the app; the app (local mode) or its server (the
public cloud ``https://api.sms-gate.app/3rdparty/v1`` or a private server) offers an
HTTP API at ``SMSGATE_URL`` with Basic auth. Outbound messages go through the official
client (``android_sms_gateway.AsyncAPIClient`` over aiohttp); inbound messages and
delivery reports come as webhooks to ``POST /sms/android``:

- Every request is verified before anything else: ``X-Signature`` must be the hex
  HMAC-SHA256, keyed with ``SMSGATE_SIGNING_KEY``, of the raw body followed by the
  ``X-Timestamp`` value (Unix seconds), compared in constant time, and the timestamp
  within ``SMSGATE_TIMESTAMP_TOLERANCE_SECONDS`` (300) of now. Otherwise ``401``.
- The envelope is ``{"id", "event", "deviceId", "webhookId", "payload"}``. The event
  ``id`` is unique per event and kept when the app retries it, so events are
  deduplicated on it (the payload's ``messageId`` of ``sms:received`` is derived from
  the content and is not unique).
- ``sms:received``: ``payload.sender`` (older apps: ``phoneNumber``), ``message``,
  ``simNumber``, ``receivedAt``. It goes through the same channel code as Twilio
  (channel words, limits, the inbox), accepted durably before the ``200``. The app
  expects a 2xx within 30 seconds and retries with backoff (10 s, 20 s, 40 s, ...).
- ``sms:sent`` / ``sms:delivered`` / ``sms:failed``: ``payload.messageId`` is the id we
  gave the message; a failure (``reason``) is recorded on the person's open case.

Replies go back through the device (``deviceId``) and SIM (``simNumber``) the person
wrote to, with a delivery report, by the durable outbox (``bot.channels.sms.outbox``):
the gateway cannot answer inside the webhook's response.
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import re
import time
from collections.abc import Mapping
from typing import Any

from aiohttp import web

from bot import config, metrics
from bot.channels.sms.providers.base import DeliveryStatus, InboundSms, Route, SendError
from bot.config import Setting
from bot.storage import RedisError

log = logging.getLogger(__name__)

SETTINGS = (
    Setting("SMSGATE_URL", "",
            "Base URL of the SMS Gateway for Android API (e.g. `https://api.sms-gate.app/3rdparty/v1`, a private server's `/3rdparty/v1`, "
            "or the phone's own `http://<ip>:8080`). With `SMSGATE_SIGNING_KEY` it switches the `android` SMS provider on."),
    Setting("SMSGATE_USERNAME", "", "User name of the gateway API (Basic auth), as shown in the app."),
    Setting("SMSGATE_PASSWORD", "", "Password of the gateway API (Basic auth), as shown in the app."),
    Setting("SMSGATE_SIGNING_KEY", "",
            "The app's webhook signing key (Settings > Webhooks > Signing Key): checks the `X-Signature` of every request to "
            "`/sms/android`."),
    Setting("SMSGATE_TIMESTAMP_TOLERANCE_SECONDS", "300",
            "Most seconds a webhook's `X-Timestamp` may be from now; older or later requests are refused (replays).", int),
    Setting("SMSGATE_WEBHOOK_MAX_BYTES", "16384", "Largest webhook body accepted from the gateway; larger ones get 413.", int),
    Setting("SMSGATE_MAX_TEXT_CHARS", "1600",
            "Most characters of one inbound SMS from the gateway that are read; the rest is cut off.", int),
    Setting("SMSGATE_MESSAGE_TTL_SECONDS", "86400",
            "How long the gateway may keep a reply waiting for the phone (`ttl`); after that it reports it failed and the failure goes on "
            "the case.", int),
    Setting("SMSGATE_RETRY_BASE_SECONDS", "5",
            "First wait before a reply the gateway did not take is tried again; it doubles each time.", float),
    Setting("SMSGATE_RETRY_MAX_SECONDS", "300", "Longest wait between two attempts to hand a reply to the gateway.", float),
    Setting("SMSGATE_RETRY_HOURS", "24",
            "How long a reply is kept and retried while the gateway cannot be reached; then it is recorded as failed on the case.", float),
)

EVENTS = ("sms:received", "sms:sent", "sms:delivered", "sms:failed")
_TOKEN = re.compile(r"^[A-Za-z0-9_-]{1,64}$")
_NUMBER = re.compile(r"^\+?[0-9]{7,15}$")  # a person's number; not an operator's name or short code
_REASON = re.compile(r"[^A-Za-z0-9_ .:()-]")
# The gateway refuses a message id it already has with 409 and this text (server: ErrMessageAlreadyExists)
ALREADY = 409


def sign(key: str, raw: bytes, timestamp: str) -> str:
    """The app's signature: hex HMAC-SHA256(key, raw body + timestamp)."""
    return hmac.new(key.encode(), raw + timestamp.encode(), hashlib.sha256).hexdigest()


def _number(value: Any) -> str | None:
    text = re.sub(r"[\s()-]", "", str(value or ""))[:32]
    return text if _NUMBER.match(text) else None


def _sim(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and 1 <= value <= 8 else None


class AndroidProvider:
    """The ``android`` provider: signed JSON webhooks in, the official client out."""

    name = "android"
    answers_in_webhook = False  # the app does not read the webhook's response
    idempotent = True  # our message id is kept: the gateway refuses a second copy (409)

    def __init__(self, url: str, username: str, password: str, signing_key: str, *, tolerance: int = 300,
                 max_bytes: int = 16384, ttl: int = 86400, max_text: int = 1600, timeout: float = 10.0,
                 clock: Any = time.time) -> None:
        if not signing_key:
            raise config.ConfigError("SMSGATE_SIGNING_KEY must be set: every webhook from the gateway is verified with it")
        if not url:
            raise config.ConfigError("SMSGATE_URL must be set for the android SMS provider")
        self.url = url.rstrip("/")
        self.username = username
        self.password = password
        self.key = signing_key
        self.tolerance = tolerance
        self.max_bytes = max_bytes
        self.ttl = ttl
        self.max_text = max_text
        self.timeout = timeout
        self.clock = clock
        self._session: Any = None
        self._client: Any = None

    # -- the official client ------------------------------------------------------------
    def client(self) -> Any:
        if self._client is None:
            import aiohttp
            from android_sms_gateway import AsyncAPIClient
            from android_sms_gateway.ahttp import AiohttpAsyncHttpClient

            self._session = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=self.timeout))
            self._client = AsyncAPIClient(self.username or None, self.password, base_url=self.url,
                                          http_client=AiohttpAsyncHttpClient(self._session))
        return self._client

    async def close(self) -> None:
        if self._session is not None:
            await self._session.close()
        self._session = self._client = None

    # -- webhooks ------------------------------------------------------------------------
    def verify(self, raw: bytes, headers: Mapping[str, str]) -> bool:
        signature = headers.get("X-Signature", "").strip().lower()
        stamp = headers.get("X-Timestamp", "").strip()
        if not signature or not stamp.isdigit() or len(stamp) > 12 or len(signature) != 64:
            return False
        if abs(self.clock() - int(stamp)) > self.tolerance:
            return False
        return hmac.compare_digest(sign(self.key, raw, stamp), signature)

    def validate(self, url: str, params: Mapping[str, Any], headers: Mapping[str, str]) -> bool:
        return False  # (the generic form webhooks are not used: see ``add_routes``)

    def parse_inbound(self, params: Mapping[str, Any]) -> InboundSms | None:
        """``params``: a verified ``sms:received`` envelope."""
        payload = params.get("payload")
        event_id = str(params.get("id") or "")
        if not isinstance(payload, dict) or not _TOKEN.match(event_id):
            return None
        sender = _number(payload.get("sender") or payload.get("phoneNumber"))
        if sender is None:
            return None
        device = str(params.get("deviceId") or "")
        route = Route(self.name, device if _TOKEN.match(device) else "", _sim(payload.get("simNumber")))
        text = payload.get("message")
        return InboundSms(sender=sender, body=str(text if isinstance(text, str) else "")[:self.max_text], message_id=event_id, route=route)

    def parse_status(self, params: Mapping[str, Any]) -> DeliveryStatus | None:
        payload = params.get("payload")
        event = str(params.get("event") or "")
        if not isinstance(payload, dict) or event not in EVENTS[1:]:
            return None
        mid = str(payload.get("messageId") or "")
        if not _TOKEN.match(mid):
            return None
        # the app's reason (e.g. RESULT_ERROR_GENERIC_FAILURE) goes on the case: plain words, no number
        reason = re.sub(r"[0-9]{7,}", "#", _REASON.sub("", str(payload.get("reason") or "")))[:80] if event == "sms:failed" else None
        to = _number(payload.get("recipient") or payload.get("phoneNumber")) or ""
        return DeliveryStatus(mid, event.split(":", 1)[1], reason or ("unknown" if event == "sms:failed" else None), to)

    def webhook_reply(self, bodies: list[str], status_callback: str | None = None) -> tuple[str, str]:
        return "", "text/plain"

    def add_routes(self, app: web.Application, channel: Any) -> None:
        app.router.add_post("/sms/android", self.handler(channel))

    def handler(self, channel: Any) -> Any:
        async def webhook(request: web.Request) -> web.Response:
            if request.content_length is not None and request.content_length > self.max_bytes:
                return web.Response(status=413, text="too large")
            chunks, size = [], 0
            async for chunk in request.content.iter_chunked(4096):
                size += len(chunk)
                if size > self.max_bytes:
                    return web.Response(status=413, text="too large")
                chunks.append(chunk)
            raw = b"".join(chunks)
            if not self.verify(raw, request.headers):
                log.warning("SMS gateway webhook with a missing, wrong or stale signature refused")
                return web.Response(status=401, text="unauthorized")
            try:
                envelope = json.loads(raw)
            except ValueError:
                return web.Response(status=400, text="not JSON")
            if not isinstance(envelope, dict) or not _TOKEN.match(str(envelope.get("id") or "")):
                return web.Response(status=400, text="no event id")
            event = str(envelope.get("event") or "")
            try:
                if event == "sms:received":
                    sms = self.parse_inbound(envelope)
                    if sms is None:  # an operator's service message, a short code: never answered
                        await channel.store.count("ignored_sender")
                        return web.Response(status=200, text="")
                    bodies = await channel.receive(sms)
                    if bodies:  # (the gateway cannot carry them in this response)
                        await channel.send_rest(channel.user_key(sms.sender), bodies, number=sms.sender, route=sms.route,
                                                ref=sms.message_id, exempt=True)
                elif event in EVENTS:
                    st = self.parse_status(envelope)
                    if st is None:
                        return web.Response(status=400, text="no message id")
                    await channel.delivery(st, event_id=f"android:{envelope['id']}")
                # other events (system:ping, app:started, ...) are not registered; ignored
            except RedisError as exc:
                log.warning("SMS gateway webhook: redis unavailable (%s); the app will retry", type(exc).__name__)
                return web.Response(status=503, text="try again")
            return web.Response(status=200, text="")

        return webhook

    # -- sending -------------------------------------------------------------------------
    async def send(self, to: str, body: str, status_callback: str | None, route: Route | None = None,
                   ref: str | None = None) -> str:
        """One attempt (the outbox retries). ``ref`` becomes the gateway's message id."""
        import aiohttp
        from android_sms_gateway import Message, TextMessage
        from android_sms_gateway.errors import APIError

        msg = Message(phone_numbers=[to], text_message=TextMessage(text=body), with_delivery_report=True,
                      sim_number=route.sim if route else None, device_id=(route.device or None) if route else None,
                      ttl=self.ttl or None, id=ref)
        try:
            state = await self.client().send(msg, skip_phone_validation=not to.startswith("+"))
        except APIError as exc:
            status = int(exc.status_code or 0)
            if status == ALREADY and ref:
                return ref  # taken before (an attempt whose answer was lost): not sent twice
            kind = "rate_limited" if status == 429 else "server" if status >= 500 else "auth" if status in (401, 403) else "rejected"
            metrics.provider_error("sms", kind)
            if status in (401, 403):
                log.warning("SMS gateway refused the credentials (%s): check SMSGATE_USERNAME / SMSGATE_PASSWORD", status)
            # 400: the gateway will never take this message; anything else may pass later
            raise SendError(str(status or "error"), permanent=status == 400) from None
        except (TimeoutError, OSError, aiohttp.ClientError) as exc:
            metrics.provider_error("sms", "timeout" if isinstance(exc, TimeoutError) else "network")
            raise SendError(type(exc).__name__, permanent=False) from None
        return str(state.id or ref or "")

    # -- set-up --------------------------------------------------------------------------
    async def register_webhooks(self, url: str) -> list[tuple[str, str, str]]:
        """Make exactly one webhook per event point at ``url``; (event, id, what was done)."""
        from android_sms_gateway import Webhook, WebhookEvent

        client = self.client()
        existing = await client.get_webhooks()
        done = []
        for event in EVENTS:
            mine = [w for w in existing if w.event.value == event and w.url == url]
            if mine:
                done.append((event, str(mine[0].id), "kept"))
                for extra in mine[1:]:  # duplicates (registered by hand, or by an older run)
                    await client.delete_webhook(str(extra.id))
                    done.append((event, str(extra.id), "deleted duplicate"))
                continue
            # a fixed id: the server replaces a webhook with the same id, so even two runs
            # at once leave one
            wid = "hamroh-" + event.replace(":", "-")
            created = await client.create_webhook(Webhook(id=wid, url=url, event=WebhookEvent(event)))
            done.append((event, str(created.id or wid), "created"))
        return done

    async def status(self) -> dict[str, Any]:
        from android_sms_gateway.errors import NotFoundError

        client = self.client()
        health = await client.health_check()
        try:
            devices = await client.list_devices()
        except NotFoundError:  # local mode: the phone itself is the API, it has no device list
            devices = []
        return {
            "devices": [{"id": d.id, "name": d.name, "last_seen": d.last_seen.isoformat() if d.last_seen else None} for d in devices],
            "health": {"status": health.status.value, "version": health.version,
                       "checks": {k: {"status": c.status.value, "value": c.observed_value, "unit": c.observed_unit,
                                      "description": c.description} for k, c in (health.checks or {}).items()}},
        }


def from_settings() -> AndroidProvider | None:
    """The provider when ``SMSGATE_URL`` is set (``SMSGATE_SIGNING_KEY`` is then required)."""
    url = str(config.get("SMSGATE_URL")).strip()
    if not url:
        return None
    from bot.logs import secret

    secret(str(config.get("SMSGATE_PASSWORD")))
    secret(str(config.get("SMSGATE_SIGNING_KEY")))
    return AndroidProvider(url, str(config.get("SMSGATE_USERNAME")), str(config.get("SMSGATE_PASSWORD")),
                           str(config.get("SMSGATE_SIGNING_KEY")), tolerance=int(config.get("SMSGATE_TIMESTAMP_TOLERANCE_SECONDS")),
                           max_bytes=int(config.get("SMSGATE_WEBHOOK_MAX_BYTES")), ttl=int(config.get("SMSGATE_MESSAGE_TTL_SECONDS")),
                           max_text=int(config.get("SMSGATE_MAX_TEXT_CHARS")))
