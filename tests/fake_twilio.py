"""A fake Twilio on loopback: the REST Messages API the real twilio client talks to,
and webhooks signed the way Twilio signs them (``RequestValidator.compute_signature``
over the public URL and the sorted form parameters).

It behaves like Twilio where the bot depends on it:

- ``POST /2010-04-01/Accounts/<sid>/Messages.json`` with HTTP basic auth (account
  sid and auth token), ``To``, ``Body`` and ``From`` or ``MessagingServiceSid``;
  answers 201 with a message resource, 401 on bad credentials, and Twilio's error
  JSON (code 21610) for a number that has opted out at Twilio.
- After accepting a message with a ``StatusCallback`` it posts the delivery report
  (``sent`` then ``delivered``, or ``undelivered`` with error 30003 for a number in
  ``undeliverable``) to that URL, signed for the public URL; the request itself
  goes to the test server (``route_to``), as a reverse proxy would forward it.
"""

from __future__ import annotations

import asyncio
import base64
import itertools
import secrets
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web
from twilio.request_validator import RequestValidator

ACCOUNT_SID = "AC" + "0" * 32
AUTH_TOKEN = "fake-auth-token-0123456789abcdef"
TWILIO_NUMBER = "+12025550100"


@dataclass
class Sent:
    sid: str
    to: str
    body: str
    sender: str
    status_callback: str


@dataclass
class FakeTwilio:
    account_sid: str = ACCOUNT_SID
    auth_token: str = AUTH_TOKEN
    public_url: str = "https://hamroh.example.org"
    route_to: str = ""  # where webhooks really go (the test server's loopback address)
    messages: list[Sent] = field(default_factory=list)
    opted_out: set[str] = field(default_factory=set)  # numbers Twilio itself blocks (error 21610)
    undeliverable: set[str] = field(default_factory=set)  # accepted, then reported undelivered (30003)
    callbacks: list[tuple[str, str, int]] = field(default_factory=list)  # (message sid, status, http status)
    requests: int = 0

    def __post_init__(self) -> None:
        self.validator = RequestValidator(self.auth_token)
        self._runner: web.AppRunner | None = None
        self._tasks: set[asyncio.Task[None]] = set()
        self._ids = itertools.count(1)
        self.base_url = ""
        self.session: aiohttp.ClientSession | None = None

    # -- server ------------------------------------------------------------------------------
    async def start(self) -> FakeTwilio:
        app = web.Application()
        app.router.add_post("/2010-04-01/Accounts/{sid}/Messages.json", self._create)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", 0)
        await site.start()
        port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
        self.base_url = f"http://127.0.0.1:{port}"
        self.session = aiohttp.ClientSession()
        return self

    async def stop(self) -> None:
        await self.settle()
        if self.session:
            await self.session.close()
        if self._runner:
            await self._runner.cleanup()

    async def settle(self) -> None:
        """Wait until every delivery report has been posted."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    # -- REST ----------------------------------------------------------------------------
    def _authorised(self, request: web.Request) -> bool:
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Basic "):
            return False
        user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
        return user == self.account_sid and password == self.auth_token and request.match_info["sid"] == self.account_sid

    @staticmethod
    def _error(status: int, code: int, message: str) -> web.Response:
        return web.json_response({"code": code, "message": message, "more_info": f"https://www.twilio.com/docs/errors/{code}",
                                  "status": status}, status=status)

    async def _create(self, request: web.Request) -> web.Response:
        self.requests += 1
        if not self._authorised(request):
            return self._error(401, 20003, "Authenticate")
        form = await request.post()
        to, body = str(form.get("To", "")), str(form.get("Body", ""))
        sender = str(form.get("From", "") or form.get("MessagingServiceSid", ""))
        if not to:
            return self._error(400, 21604, "A 'To' phone number is required.")
        if not sender:
            return self._error(400, 21603, "A 'From' phone number or MessagingServiceSid is required.")
        if not body:
            return self._error(400, 21602, "Message body is required.")
        if to in self.opted_out:
            return self._error(400, 21610, "Attempt to send to unsubscribed recipient")
        sid = f"SM{next(self._ids):032x}"
        callback = str(form.get("StatusCallback", ""))
        self.messages.append(Sent(sid, to, body, sender, callback))
        if callback:
            task = asyncio.create_task(self._report(sid, to, sender, callback))
            self._tasks.add(task)
            task.add_done_callback(self._tasks.discard)
        return web.json_response({
            "sid": sid, "account_sid": self.account_sid, "to": to, "from": form.get("From") or None,
            "messaging_service_sid": form.get("MessagingServiceSid") or None, "body": body, "status": "queued",
            "num_segments": "1", "direction": "outbound-api", "api_version": "2010-04-01", "price": None,
            "error_code": None, "error_message": None, "date_created": "Sat, 28 Nov 2026 13:00:00 +0000",
            "uri": f"/2010-04-01/Accounts/{self.account_sid}/Messages/{sid}.json",
        }, status=201)

    async def _report(self, sid: str, to: str, sender: str, callback: str) -> None:
        await asyncio.sleep(0.01)
        statuses = [("sent", None), ("undelivered", "30003")] if to in self.undeliverable else [("sent", None), ("delivered", None)]
        for status, code in statuses:
            params = {"MessageSid": sid, "SmsSid": sid, "MessageStatus": status, "SmsStatus": status,
                      "AccountSid": self.account_sid, "To": to, "From": sender, "ApiVersion": "2010-04-01"}
            if code:
                params["ErrorCode"] = code
            http = await self.post_webhook(callback, params)
            self.callbacks.append((sid, status, http))

    # -- webhooks as Twilio sends them ----------------------------------------------------------
    def sign(self, public_url: str, params: dict[str, str]) -> str:
        return self.validator.compute_signature(public_url, params)

    async def post_webhook(self, public_url: str, params: dict[str, str], *, signature: str | None = None) -> int:
        status, _ = await self.webhook(public_url, params, signature=signature)
        return status

    async def webhook(self, public_url: str, params: dict[str, str], *, signature: str | None = None) -> tuple[int, str]:
        """POST ``params`` signed for ``public_url`` to the test server (via ``route_to``)."""
        assert self.session is not None and self.route_to
        local = self.route_to.rstrip("/") + public_url[len(self.public_url):]
        headers = {"X-Twilio-Signature": self.sign(public_url, params) if signature is None else signature}
        if signature == "":
            headers = {}
        async with self.session.post(local, data=params, headers=headers) as resp:
            return resp.status, await resp.text()

    async def text_in(self, sender: str, body: str, *, sid: str | None = None, to: str = TWILIO_NUMBER,
                      extra: dict[str, str] | None = None, signature: str | None = None) -> tuple[int, str]:
        """A person's SMS arriving at Twilio: the inbound webhook Twilio would send."""
        sid = sid or "SM" + secrets.token_hex(16)
        params: dict[str, Any] = {
            "MessageSid": sid, "SmsSid": sid, "SmsMessageSid": sid, "AccountSid": self.account_sid, "From": sender, "To": to,
            "Body": body, "NumMedia": "0", "NumSegments": "1", "ApiVersion": "2010-04-01", "FromCountry": "TJ", "ToCountry": "US",
        }
        params.update(extra or {})
        return await self.webhook(self.public_url + "/sms/twilio", params, signature=signature)
