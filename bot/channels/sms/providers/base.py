"""The SMS provider interface (Twilio: ``twilio``; the Android gateway: ``android``).

The channel (``bot.channels.sms.channel``) speaks only to ``SmsProvider``: check that a
webhook really comes from the provider, read an inbound message or a delivery
report out of the form, answer a webhook with messages, and send a message
later. Another provider (an aggregator with Tajik numbers, a local operator's
gateway) is one more class with these methods; see docs/sms.md.

"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, Protocol


@dataclass(frozen=True)
class Route:
    """The way back to a person: the provider they wrote to and, for a phone gateway, the
    device and SIM slot that received it (replies go out the same way)."""

    provider: str
    device: str = ""
    sim: int | None = None


@dataclass(frozen=True)
class InboundSms:
    sender: str  # the person's number, E.164
    body: str
    message_id: str
    opt_out: str | None = None  # provider-side opt-out handling: "STOP", "START" or "HELP"
    media: bool = False  # a picture or other media came with it (MMS)
    route: Route | None = None  # None: the channel's default provider, no device


@dataclass(frozen=True)
class DeliveryStatus:
    message_id: str
    status: str  # queued, sent, delivered, undelivered, failed, ...
    error_code: str | None = None
    to: str = ""  # the recipient (to find the person when the message was a webhook answer)

    @property
    def failed(self) -> bool:
        return self.status in ("failed", "undelivered")


class SendError(Exception):
    """The provider refused or could not take a message. ``permanent``: do not retry."""

    def __init__(self, code: str, permanent: bool, opted_out: bool = False) -> None:
        super().__init__(f"provider error {code}")
        self.code = code
        self.permanent = permanent
        self.opted_out = opted_out


class SmsProvider(Protocol):
    name: str  # the URL segment: /sms/<name> and /sms/<name>/status
    # Optional attributes (read with getattr; a provider without them behaves like Twilio):
    #   answers_in_webhook = True   the webhook's response can carry the answer (TwiML)
    #   idempotent = False          ``send`` with the same ``ref`` never sends twice (the
    #                               provider refuses a known id), so the channel may keep
    #                               the message in its durable outbox and retry it
    #   add_routes(app, channel)    the provider's own webhook routes instead of the two above

    def validate(self, url: str, params: Mapping[str, Any], headers: Mapping[str, str]) -> bool:
        """True when the request was signed by the provider for ``url`` (the public URL)."""
        ...

    def parse_inbound(self, params: Mapping[str, Any]) -> InboundSms | None: ...

    def parse_status(self, params: Mapping[str, Any]) -> DeliveryStatus | None: ...

    def webhook_reply(self, bodies: list[str], status_callback: str | None = None) -> tuple[str, str]:
        """The webhook's response body and content type carrying ``bodies`` (none: an empty answer)."""
        ...

    async def send(self, to: str, body: str, status_callback: str | None, route: Route | None = None,
                   ref: str | None = None) -> str:
        """Send one message to ``to`` (by ``route`` when the provider has devices; ``ref``: the
        message id to give it, for an idempotent provider); the provider's message id.
        Raises ``SendError``."""
        ...

    async def close(self) -> None: ...
