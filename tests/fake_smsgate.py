"""A fake SMS Gateway for Android on loopback: the documented 3rd-party API the official
client (``android_sms_gateway.AsyncAPIClient``) talks to, and the phone's webhooks,
signed the way the app signs them.

Where the bot depends on it, it behaves like the gateway's server (docs:
https://docs.sms-gate.app/features/sending-messages/, /features/webhooks/,
/features/health/; server: android-sms-gateway/server, handlers/messages/3rdparty.go):

- Basic auth on every ``/3rdparty/v1`` route; 401 otherwise.
- ``POST /messages``: ``textMessage.text`` (or the deprecated ``message``),
  ``phoneNumbers``, optional ``id``, ``deviceId``, ``simNumber``, ``withDeliveryReport``,
  ``ttl``; ``202`` with the message state (``Pending``). A known ``id`` gets ``409``
  ("message with the same ID already exists"); an unknown ``deviceId`` ``400``;
  a number that is not E.164 ``400`` unless ``skipPhoneValidation=true``.
- ``GET/POST /webhooks``, ``DELETE /webhooks/{id}``: one event per webhook; a POST with
  a known id replaces it (``201``).
- ``GET /devices`` (``id``, ``name``, ``lastSeen``) and ``GET /health``.
- The phone: a message for an online device is "sent" at once (``sms:sent``, then
  ``sms:delivered`` when a report was asked for, or ``sms:failed`` with a reason for a
  number in ``failing``). For an offline device it stays ``Pending`` until the device
  comes online. Each event is posted to the webhooks registered for it with
  ``X-Timestamp`` and ``X-Signature`` = hex HMAC-SHA256(signing key, body + timestamp).

Faults for tests: ``down`` (every API call 503, as the cloud does with its queue limits
or a restart), ``refuse()`` / ``restore()`` (nothing listens on the port), and
``lose_next`` (the message is taken, but the answer is a 504, as when a proxy times out).
"""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import json
import re
import secrets
import string
import time
from dataclasses import dataclass, field
from typing import Any

import aiohttp
from aiohttp import web

USERNAME = "HAMROH"
PASSWORD = "fake-gateway-password-0123"
SIGNING_KEY = "fake-signing-key-abcdef0123456789"
PREFIX = "/3rdparty/v1"
_E164 = re.compile(r"^\+[1-9][0-9]{6,14}$")
_ALPHABET = string.ascii_letters + string.digits + "_-"


def nanoid() -> str:
    return "".join(secrets.choice(_ALPHABET) for _ in range(21))


@dataclass
class Device:
    id: str
    name: str
    sims: dict[int, str]  # SIM slot -> the SIM's own number
    online: bool = True
    last_seen: str = "2026-12-06T05:00:00.000+05:00"


@dataclass
class Sent:
    id: str
    to: str
    text: str
    device_id: str
    sim: int | None
    with_report: bool
    ttl: int | None
    state: str = "Pending"


@dataclass
class FakeGateway:
    public_url: str = "https://hamroh.example.org"
    route_to: str = ""  # where webhooks really go (the test server's loopback address)
    signing_key: str = SIGNING_KEY
    devices: dict[str, Device] = field(default_factory=dict)
    messages: list[Sent] = field(default_factory=list)
    webhooks: dict[str, dict[str, Any]] = field(default_factory=dict)
    failing: dict[str, str] = field(default_factory=dict)  # number -> the reason its messages fail
    deliveries: list[tuple[str, str, int]] = field(default_factory=list)  # (event, event id, http status)
    down: bool = False
    lose_next: int = 0
    requests: int = 0

    def __post_init__(self) -> None:
        self._runner: web.AppRunner | None = None
        self._tasks: set[asyncio.Task[Any]] = set()
        self.port = 0
        self.session: aiohttp.ClientSession | None = None
        if not self.devices:
            self.add_device("tj-phone", "Hamroh TJ", {1: "+992900000001", 2: "+992900000002"})

    def add_device(self, device_id: str, name: str, sims: dict[int, str]) -> Device:
        self.devices[device_id] = Device(device_id, name, sims)
        return self.devices[device_id]

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}{PREFIX}"

    # -- server ------------------------------------------------------------------------
    async def start(self) -> FakeGateway:
        await self._listen()
        self.session = aiohttp.ClientSession()
        return self

    async def _listen(self) -> None:
        app = web.Application()
        app.router.add_post(PREFIX + "/messages", self._send)
        app.router.add_get(PREFIX + "/messages/{id}", self._state)
        app.router.add_get(PREFIX + "/webhooks", self._list_webhooks)
        app.router.add_post(PREFIX + "/webhooks", self._add_webhook)
        app.router.add_delete(PREFIX + "/webhooks/{id}", self._delete_webhook)
        app.router.add_get(PREFIX + "/devices", self._devices)
        app.router.add_get(PREFIX + "/health", self._health)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        site = web.TCPSite(self._runner, "127.0.0.1", self.port)
        await site.start()
        self.port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]

    async def refuse(self) -> None:
        """Nothing listens any more (the phone or the server is off): connections are refused."""
        if self._runner:
            await self._runner.cleanup()
            self._runner = None

    async def restore(self) -> None:
        await self._listen()

    async def stop(self) -> None:
        await self.settle()
        if self.session:
            await self.session.close()
        await self.refuse()

    async def settle(self) -> None:
        """Wait until every webhook has been posted."""
        while self._tasks:
            await asyncio.gather(*list(self._tasks), return_exceptions=True)

    def _spawn(self, coro: Any) -> None:
        task = asyncio.create_task(coro)
        self._tasks.add(task)
        task.add_done_callback(self._tasks.discard)

    # -- API ---------------------------------------------------------------------------
    def _authorised(self, request: web.Request) -> bool:
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Basic "):
            return False
        user, _, password = base64.b64decode(auth[6:]).decode().partition(":")
        return user == USERNAME and password == PASSWORD

    @staticmethod
    def _error(status: int, message: str) -> web.Response:
        return web.json_response({"message": message}, status=status)

    def _gate(self, request: web.Request) -> web.Response | None:
        self.requests += 1
        if self.down:
            return self._error(503, "queue limits exceeded: too old pending message")
        if not self._authorised(request):
            return self._error(401, "Unauthorized")
        return None

    def _state_of(self, m: Sent) -> dict[str, Any]:
        return {"id": m.id, "deviceId": m.device_id, "state": m.state, "isHashed": False, "isEncrypted": False,
                "recipients": [{"phoneNumber": m.to, "state": m.state}], "states": {m.state: "2026-12-06T05:00:00.000+05:00"}}

    async def _send(self, request: web.Request) -> web.Response:
        if (refused := self._gate(request)) is not None:
            return refused
        try:
            req = await request.json()
        except ValueError:
            return self._error(400, "invalid JSON")
        text = (req.get("textMessage") or {}).get("text") or req.get("message")
        numbers = req.get("phoneNumbers") or []
        if not text or not numbers:
            return self._error(400, "No message content provided" if not text else "phoneNumbers required")
        skip = request.query.get("skipPhoneValidation") == "true"
        if not skip and not all(_E164.match(n) for n in numbers):
            return self._error(400, "invalid phone number")
        device_id = req.get("deviceId") or next(iter(self.devices))
        if device_id not in self.devices:
            return self._error(400, "failed to select device: not found")
        sim = req.get("simNumber")
        if sim is not None and sim not in self.devices[device_id].sims:
            return self._error(400, "invalid simNumber")
        mid = req.get("id") or nanoid()
        if any(m.id == mid for m in self.messages):
            return self._error(409, "message with the same ID already exists")
        msg = Sent(mid, numbers[0], text, device_id, sim, bool(req.get("withDeliveryReport", True)), req.get("ttl"))
        self.messages.append(msg)
        if self.devices[device_id].online:
            self._spawn(self._phone_sends(msg))
        if self.lose_next > 0:  # taken, but the answer does not get back
            self.lose_next -= 1
            return self._error(504, "gateway timeout")
        return web.json_response(self._state_of(msg), status=202, headers={"Location": f"{PREFIX}/messages/{mid}"})

    async def _state(self, request: web.Request) -> web.Response:
        if (refused := self._gate(request)) is not None:
            return refused
        for m in self.messages:
            if m.id == request.match_info["id"]:
                return web.json_response(self._state_of(m))
        return self._error(404, "message not found")

    async def _list_webhooks(self, request: web.Request) -> web.Response:
        if (refused := self._gate(request)) is not None:
            return refused
        return web.json_response(list(self.webhooks.values()))

    async def _add_webhook(self, request: web.Request) -> web.Response:
        if (refused := self._gate(request)) is not None:
            return refused
        req = await request.json()
        if req.get("event") not in ("sms:received", "sms:sent", "sms:delivered", "sms:failed", "sms:data-received",
                                    "system:ping", "mms:received", "sms:cancelled", "app:started"):
            return self._error(400, "invalid event")
        if not str(req.get("url", "")).startswith("https://"):
            return self._error(400, "url must be https")
        wid = req.get("id") or nanoid()
        hook = {"id": wid, "url": req["url"], "event": req["event"]}
        if req.get("deviceId"):
            hook["deviceId"] = req["deviceId"]
        self.webhooks[wid] = hook  # the same id: replaced
        return web.json_response(hook, status=201)

    async def _delete_webhook(self, request: web.Request) -> web.Response:
        if (refused := self._gate(request)) is not None:
            return refused
        self.webhooks.pop(request.match_info["id"], None)
        return web.Response(status=204)

    async def _devices(self, request: web.Request) -> web.Response:
        if (refused := self._gate(request)) is not None:
            return refused
        return web.json_response([{"id": d.id, "name": d.name, "createdAt": "2026-11-01T10:00:00.000+05:00",
                                   "updatedAt": d.last_seen, "lastSeen": d.last_seen} for d in self.devices.values()])

    async def _health(self, request: web.Request) -> web.Response:
        if (refused := self._gate(request)) is not None:
            return refused
        online = all(d.online for d in self.devices.values())
        return web.json_response({"status": "pass" if online else "warn", "version": "1.46.3", "releaseId": 1,
                                  "checks": {"devices:online": {"description": "Devices seen recently", "observedUnit": "devices",
                                                                "observedValue": sum(d.online for d in self.devices.values()),
                                                                "status": "pass" if online else "warn"}}})

    # -- the phone ---------------------------------------------------------------------
    async def set_online(self, device_id: str, online: bool) -> None:
        """A device goes off line (its messages stay Pending) or comes back (it sends them)."""
        device = self.devices[device_id]
        device.online = online
        if online:
            for m in self.messages:
                if m.device_id == device_id and m.state == "Pending":
                    self._spawn(self._phone_sends(m))

    async def _phone_sends(self, m: Sent) -> None:
        await asyncio.sleep(0.01)
        if m.state != "Pending":
            return
        m.state = "Processed"
        own = self.devices[m.device_id].sims.get(m.sim or 1, "")
        base = {"messageId": m.id, "phoneNumber": m.to, "sender": own, "recipient": m.to, "simNumber": m.sim or 1}
        if m.to in self.failing:
            m.state = "Failed"
            await self.event("sms:failed", {**base, "reason": self.failing[m.to], "failedAt": "2026-12-06T05:00:01.000+05:00"}, m.device_id)
            return
        m.state = "Sent"
        await self.event("sms:sent", {**base, "partsCount": 1, "sentAt": "2026-12-06T05:00:01.000+05:00"}, m.device_id)
        if m.with_report:
            m.state = "Delivered"
            await self.event("sms:delivered", {**base, "deliveredAt": "2026-12-06T05:00:02.000+05:00"}, m.device_id)

    # -- webhooks as the app sends them -------------------------------------------------------
    def sign(self, raw: bytes, timestamp: str) -> str:
        return hmac.new(self.signing_key.encode(), raw + timestamp.encode(), hashlib.sha256).hexdigest()

    async def post(self, url: str, raw: bytes, *, timestamp: str | None = None, signature: str | None = None) -> int:
        """POST ``raw`` to ``url`` (a public URL, routed to the test server), signed unless told."""
        assert self.session is not None and self.route_to
        local = self.route_to.rstrip("/") + url[len(self.public_url):]
        stamp = str(int(time.time())) if timestamp is None else timestamp
        headers = {"Content-Type": "application/json", "X-Timestamp": stamp,
                   "X-Signature": self.sign(raw, stamp) if signature is None else signature}
        if signature == "":
            headers = {"Content-Type": "application/json"}
        async with self.session.post(local, data=raw, headers=headers) as resp:
            return resp.status

    def envelope(self, event: str, payload: dict[str, Any], device_id: str, event_id: str | None = None,
                 webhook_id: str = "") -> bytes:
        return json.dumps({"deviceId": device_id, "event": event, "id": event_id or nanoid(), "payload": payload,
                           "webhookId": webhook_id}, ensure_ascii=False).encode()

    async def event(self, event: str, payload: dict[str, Any], device_id: str, *, event_id: str | None = None,
                    **kw: Any) -> list[int]:
        """Post one event to every webhook registered for it; the HTTP statuses."""
        event_id = event_id or nanoid()
        statuses = []
        for hook in list(self.webhooks.values()):
            if hook["event"] != event or hook.get("deviceId") not in (None, device_id):
                continue
            raw = self.envelope(event, payload, device_id, event_id, hook["id"])
            status = await self.post(hook["url"], raw, **kw)
            self.deliveries.append((event, event_id, status))
            statuses.append(status)
        return statuses

    async def text_in(self, sender: str, body: str, *, device: str = "tj-phone", sim: int = 1, event_id: str | None = None,
                      **kw: Any) -> int:
        """A person's SMS arriving on ``device``'s SIM ``sim``: the ``sms:received`` webhook."""
        own = self.devices[device].sims[sim]
        payload = {"messageId": hashlib.sha256(f"{sender}{body}".encode()).hexdigest()[:8], "message": body,
                   "phoneNumber": sender, "sender": sender, "recipient": own, "simNumber": sim,
                   "receivedAt": "2026-12-06T05:00:00.000+05:00"}
        statuses = await self.event("sms:received", payload, device, event_id=event_id, **kw)
        assert statuses, "no sms:received webhook registered"
        return statuses[0]
