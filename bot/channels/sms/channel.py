"""SMS channel: provider webhooks in, numbered menus within a segment budget out.

Routes (component API, see ``bot.web.server``)::

    POST /sms/twilio          an inbound message (answered with TwiML)
    POST /sms/twilio/status   a delivery report for a message sent by REST
    POST /sms/android         SMS Gateway for Android's signed webhooks (an inbound message
                              or a delivery report; ``bot.channels.sms.providers.android``)

Twilio and the Android gateway may be on at once. Each person's replies go back
through the provider (and for the gateway the phone and SIM) they last wrote to,
kept in ``sms:rt:<user>`` beside the sealed number.

Every request must carry a valid provider signature computed for the public URL
(``PUBLIC_URL`` + path: behind a proxy the URL the server sees is not the one
the provider signed); otherwise 403 and nothing is done.

One inbound message:

1. Channel words are handled here, before the engine, because they are about the
   SMS line itself and must work even if the engine is broken: STOP / СТОП / ИСТ
   (opt-out), START / СТАРТ (opt back in), HELP / СПРАВКА / МАЪЛУМОТ (what this is,
   the emergency number first, the contacts; words that do not mean danger: the
   urgent words such as ЁРӢ or ПОМОГИТЕ go to the engine, as on every channel),
   MORE / ДАВОМ / ДАЛЕЕ (next page), LAT / КИР (Latin or Cyrillic letters). The provider's own ``OptOutType`` wins when present.
   These are deduplicated on the provider message id with the same key the inbox uses.
2. Anything else goes to ``Inbox.accept`` (durable, deduplicated) before the 2xx.
   The webhook then waits a moment (``SMS_REPLY_WAIT_SECONDS``) for this process's
   worker to answer; the answer goes back as TwiML in the webhook response. If it
   is not ready in time the webhook answers with empty TwiML and the sender uses
   the REST API instead, never both: the decision is made once, in one event-loop
   step, on a future only this process holds.

Privacy: the phone number never leaves this module in clear. The user key is
``sms:`` + HMAC-SHA256(pepper, number); the number itself is kept only to send
later replies, encrypted with a key derived from the pepper, under one key with
the state's TTL; it is erased on STOP and by FORGET ME. No number and no message
text is logged.

Cost and abuse: replies go only to the number that wrote in (never to a number
typed in a message, so the line cannot be used for SMS pumping); at most
``SMS_DAILY_REPLY_CAP`` messages a day to one number (emergency contacts are
exempt: a person in danger must get them); at most ``SMS_INBOUND_PER_MINUTE``
messages a minute from one number are processed; each limit is explained once,
politely.
"""

from __future__ import annotations

import asyncio
import json
import logging
import time
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web
from redis.exceptions import RedisError

from bot import config
from bot.runtime import Runtime
from bot.channels.sms.providers import android as sms_android
from bot.channels.sms.outbox import Outbox
from bot.channels.sms.providers.base import DeliveryStatus, InboundSms, Route, SendError, SmsProvider
from bot.channels.sms.providers.twilio import TWILIO_API, TwilioProvider
from bot.channels.sms.render import compose, render
from bot.config import Setting
from bot.pipeline.processor import Processor
from bot.contacts import country_from_number
from bot.engine.core_actions import COUNTRY_KEY, contacts_text, sos_texts
from bot.engine.model import Inbound, Reply, State
from bot.engine.text import fold
from bot.i18n import DEFAULT_LANG, LANGUAGES, N_, translator
from bot.ids import SMS_NUMBER, Vault, pseudonym
from bot.pipeline.inbox import DEDUP_TTL
from bot.logs import secret
from bot.storage import Storage, local_pepper

log = logging.getLogger(__name__)

SETTINGS = (
    Setting("TWILIO_ACCOUNT_SID", "", "Twilio account SID (`AC...`). With `TWILIO_AUTH_TOKEN` it switches the SMS channel on."),
    Setting("TWILIO_AUTH_TOKEN", "", "Twilio auth token: authenticates REST calls and checks the `X-Twilio-Signature` of every webhook."),
    Setting("TWILIO_FROM", "", "The Twilio number (E.164) that sends replies. Or set `TWILIO_MESSAGING_SERVICE_SID`."),
    Setting("TWILIO_MESSAGING_SERVICE_SID", "", "Twilio Messaging Service (`MG...`) that sends replies (takes precedence over `TWILIO_FROM`)."),
    Setting("TWILIO_API_BASE_URL", TWILIO_API, "Base URL of the Twilio REST API; point it at a Twilio-compatible provider (or the test double)."),
    Setting("PUBLIC_URL", "", "Public https address of this server (e.g. `https://hamroh.example.org`); webhook signatures are checked against it."),
    Setting("SMS_SEGMENT_BUDGET", "2", "Most segments one SMS reply may use; longer answers are split into pages the person continues with MORE.", int),
    Setting("SMS_DAILY_REPLY_CAP", "30", "Most SMS sent to one number per day (emergency contacts exempt); one polite notice when reached.", int),
    Setting("SMS_INBOUND_PER_MINUTE", "20", "Most inbound SMS from one number processed per minute; more are dropped with one notice a day.", int),
    Setting("SMS_REPLY_WAIT_SECONDS", "3", "How long a webhook waits to answer in its own response (TwiML) before the reply goes by REST.", int),
)

# Channel words, compared after folding case, punctuation and script (bot.engine.text.fold).
# The language a word is in picks the language of the answer when the person has none yet.
WORDS: dict[str, dict[str, tuple[str, ...]]] = {
    "stop": {
        "tg": ("ист", "ist"),
        "ru": ("стоп",),
        # Twilio's own opt-out words (they arrive with OptOutType=STOP when Twilio handles them)
        "en": ("stop", "stopall", "unsubscribe", "cancel", "end", "quit", "optout"),
    },
    "start": {"ru": ("старт",), "en": ("start", "unstop")},
    "help": {"tg": ("маълумот", "malumot", "ma'lumot"), "ru": ("справка", "spravka"), "en": ("help", "info")},
    "more": {"tg": ("давом", "davom"), "ru": ("далее", "dalee", "ещё", "еще"), "en": ("more",)},
    "lat": {"tg": ("лотинӣ", "lotini"), "ru": ("латиница", "latinitsa"), "en": ("lat", "latin")},
    "kir": {"tg": ("кир", "кириллӣ", "kirilli"), "ru": ("кириллица", "kirillitsa"), "en": ("kir", "cyr", "kiril")},
}
_WORD: dict[str, tuple[str, str | None]] = {}
for _kind, _by_lang in WORDS.items():
    for _lang, _words in _by_lang.items():
        for _w in _words:
            _WORD.setdefault(fold(_w), (_kind, _lang if _lang in LANGUAGES else None))

TEXTS = {
    "stop": N_("You will get no more messages from Hamroh. To start again, send START."),
    "start": N_("Welcome back to Hamroh. Send MENU for the main menu, or type your question."),
    "help": N_("Hamroh is a free, confidential helper for people who work abroad. Send MENU for the menu, SOS if you are in danger, "
               "LAT for Latin letters (cheaper SMS), STOP to stop messages."),
    "lat": N_("Latin letters are on: each SMS is cheaper. Send KIR to go back to Cyrillic."),
    "kir": N_("Cyrillic letters are on. Send LAT for Latin letters: each SMS is cheaper."),
    "no_more": N_("That was all. Send MENU for the main menu."),
    "cap": N_("You have reached today's limit of messages from Hamroh. We will answer again tomorrow. If you are in danger, send SOS."),
    "rate": N_("You are sending messages very fast. Please wait a minute, then write again."),
}
CONTACTS_TITLE = N_("Emergency contacts")
DELIVERY_NOTE = N_("SMS delivery failed ({status}, error {code}).")

PAGES_TTL = 24 * 3600
# A provider sends a webhook again only when it got no answer to it (a dropped
# connection, a process killed in the middle, a timeout): the answer given in the
# webhook's response is kept this long so that the retry gets it again.
ANSWER_TTL = 600
# KEYS: the message's deduplication mark, its kept answer, the person's MORE pages.
# ARGV: mark TTL, answer TTL, answer (JSON), "1" to turn the page shown (ARGV[5], the
# head of the pages when the answer was made; "" for none). Returns {1} when this call
# handled the message, {0, kept answer} when a copy had, {2} when the page changed.
ANSWER_ONCE_LUA = """
if ARGV[4] == '1' then
  local head = redis.call('LINDEX', KEYS[3], 0)
  if (head or '') ~= ARGV[5] and redis.call('EXISTS', KEYS[1]) == 0 then return {2} end
end
if redis.call('SET', KEYS[1], '1', 'NX', 'EX', ARGV[1]) then
  if ARGV[3] ~= '[]' then redis.call('SET', KEYS[2], ARGV[3], 'EX', ARGV[2]) end
  if ARGV[4] == '1' and ARGV[5] ~= '' then redis.call('LPOP', KEYS[3]) end
  return {1}
end
return {0, redis.call('GET', KEYS[2])}
"""
SENT_TTL = 3 * 24 * 3600
EXEMPT_KINDS = ("urgent", "contacts")  # never held back by the daily cap


def dushanbe_day(now: float) -> str:
    """The calendar day in Tajikistan (UTC+5, no daylight saving): daily limits reset at local midnight."""
    return time.strftime("%Y%m%d", time.gmtime(now + 5 * 3600))


def classify(text: str) -> tuple[str, str | None] | None:
    """(kind, language) when the whole message is a channel word, else None."""
    f = fold(text)
    return _WORD.get(f) if f and len(f) <= 20 else None


class _ContactsCtx:
    """Just enough of the engine's ``Ctx`` for ``contacts_text`` (same data, same wording)."""

    def __init__(self, resources: dict[str, Any], lang: str) -> None:
        self.resources = resources
        self._ = translator(lang)._
        self.state = None


class SmsChannel:
    """The SMS side of one process: webhook handling, the sender, the number vault."""

    def __init__(self, storage: Storage, inbox: Any, provider: SmsProvider, *, public_url: str, pepper: bytes,
                 state_ttl: int, resources: dict[str, Any] | None = None, budget: int = 2, daily_cap: int = 30,
                 inbound_per_minute: int = 20, reply_wait: float = 3.0, services: dict[str, Any] | None = None,
                 default_lang: str = DEFAULT_LANG, clock: Callable[[], float] = time.time,
                 is_urgent: Callable[[str], bool] = lambda _text: False, providers: list[SmsProvider] | None = None,
                 retry_base: float = 5.0, retry_max: float = 300.0, retry_window: float = 24 * 3600.0) -> None:
        self.storage = storage
        self.redis = storage.redis
        self.keys = storage.keys
        self.inbox = inbox
        self.provider = provider
        self.public_url = public_url.rstrip("/")
        self.state_ttl = state_ttl
        self.resources = resources if resources is not None else {}
        self.budget = budget
        self.daily_cap = daily_cap
        self.inbound_per_minute = inbound_per_minute
        self.is_urgent = is_urgent  # the engine's urgent words: never held back by the inbound limit
        self.reply_wait = reply_wait
        self.services = services if services is not None else {}
        self.default_lang = default_lang if default_lang in LANGUAGES else DEFAULT_LANG
        self.clock = clock
        self._pepper = pepper
        self._vault = Vault(pepper, SMS_NUMBER)
        self.waiters: dict[str, asyncio.Future[list[str]]] = {}  # provider message id -> bodies for TwiML
        self.answer_once = self.redis.register_script(ANSWER_ONCE_LUA)
        self._forgotten: dict[str, tuple[str, str | None, bool]] = {}  # user -> (number, lang, latin) for the last reply
        self._forgotten_route: dict[str, Route] = {}
        # Every provider on (``provider`` first: the default, and the one the generic routes serve);
        # a person's replies go back through the one they wrote to (``sms_route``).
        self.providers: dict[str, SmsProvider] = {provider.name: provider}
        for extra in providers or []:
            self.providers.setdefault(extra.name, extra)
        self.sent_ttl = SENT_TTL
        self.outbox = Outbox(self, base=retry_base, cap=retry_max, window=retry_window)

    # -- identities -------------------------------------------------------------------
    @property
    def path(self) -> str:
        return f"/sms/{self.provider.name}"

    @property
    def status_url(self) -> str:
        return f"{self.public_url}{self.path}/status"

    def user_key(self, number: str) -> str:
        return pseudonym(self._pepper, "sms", number.strip())

    async def keep_number(self, user: str, number: str) -> None:
        await self.redis.set(self.keys.sms_number(user), self._vault.seal(number.strip()), ex=self.state_ttl)

    async def number_of(self, user: str) -> str | None:
        token = await self.redis.get(self.keys.sms_number(user))
        return self._vault.open(token if isinstance(token, str) else None)

    def seal(self, number: str) -> str:
        return self._vault.seal(number.strip())

    def unseal(self, token: Any) -> str | None:
        return self._vault.open(token if isinstance(token, str) else None)

    async def keep_route(self, user: str, sms: InboundSms) -> None:
        """The provider, device and SIM this person wrote to: replies go back the same way."""
        route = sms.route or Route(self.provider.name)
        value = json.dumps({"p": route.provider, "d": route.device, "s": route.sim})
        await self.redis.set(self.keys.sms_route(user), value, ex=self.state_ttl)

    async def route_of(self, user: str) -> Route | None:
        raw = await self.redis.get(self.keys.sms_route(user))
        if not isinstance(raw, str):
            return None
        data = json.loads(raw)
        return Route(str(data.get("p") or self.provider.name), str(data.get("d") or ""), data.get("s"))

    def _inline(self, sms: InboundSms) -> bool:
        """Whether the provider this message came through can carry the answer in the webhook's response."""
        provider = self.providers.get(sms.route.provider) if sms.route else self.provider
        return bool(getattr(provider or self.provider, "answers_in_webhook", True))

    # -- webhooks ---------------------------------------------------------------------
    def _public(self, request: web.Request) -> str:
        url = self.public_url + request.path
        return url + "?" + request.query_string if request.query_string else url

    async def inbound_webhook(self, request: web.Request) -> web.Response:
        params = await request.post()
        if not self.provider.validate(self._public(request), params, request.headers):
            log.warning("SMS webhook with a missing or wrong signature refused")
            return web.Response(status=403, text="forbidden")
        sms = self.provider.parse_inbound(params)
        if sms is None:
            return web.Response(status=400, text="no sender or message id")
        try:
            bodies = await self.receive(sms)
        except RedisError as exc:
            log.warning("SMS webhook: redis unavailable (%s); the provider will retry", type(exc).__name__)
            return web.Response(status=503, text="try again")
        body, ctype = self.provider.webhook_reply(bodies, self.status_url if bodies else None)
        return web.Response(text=body, content_type=ctype, charset="utf-8")

    async def status_webhook(self, request: web.Request) -> web.Response:
        params = await request.post()
        if not self.provider.validate(self._public(request), params, request.headers):
            log.warning("SMS status callback with a missing or wrong signature refused")
            return web.Response(status=403, text="forbidden")
        st = self.provider.parse_status(params)
        if st is None:
            return web.Response(status=400, text="no message id or status")
        try:
            await self.delivery(st)
        except RedisError:
            return web.Response(status=503, text="try again")
        return web.Response(status=200, text="")

    async def delivery(self, st: DeliveryStatus, event_id: str | None = None) -> None:
        """A delivery report from any provider: a failure goes on the person's open case.
        ``event_id``: the provider's id of this report, to record it once. May raise RedisError."""
        if not st.failed:
            return
        mark = self.keys.dedup("sms-status", event_id) if event_id else None
        if mark and not await self.redis.set(mark, "1", nx=True, ex=DEDUP_TTL):
            return  # this report was recorded before
        try:
            user = await self.redis.get(self.keys.sms_sent(st.message_id))
            if not isinstance(user, str) and st.to:  # a webhook (TwiML) answer: known by its recipient
                user = self.user_key(st.to)
            if isinstance(user, str) and user:
                await self.record_failure(user, st.status, st.error_code or "")
                if st.error_code == "21610":  # the recipient opted out at the provider
                    await self.opt_out(user, via="provider")
        except RedisError:
            if mark:
                await self.redis.delete(mark)
            raise

    # -- one inbound message ------------------------------------------------------------
    async def receive(self, sms: InboundSms) -> list[str]:
        """What to answer in the webhook response (possibly nothing); may raise RedisError."""
        user = self.user_key(sms.sender)
        word = classify(sms.body)
        kind, word_lang = word if word else (None, None)
        if sms.opt_out == "STOP":
            kind = "provider_stop"
        elif sms.opt_out == "START":
            kind = "provider_start"
        elif sms.opt_out == "HELP":
            kind = "help"
        r, k = self.redis, self.keys
        if kind not in ("stop", "provider_stop"):
            await self.keep_route(user, sms)

        if kind in ("stop", "provider_stop"):
            async def stop(_page: str | None) -> list[str]:
                if await r.exists(k.sms_optout(user)):
                    return []  # already stopped: one confirmation is all they get
                await self.opt_out(user, via="provider" if kind == "provider_stop" else "keyword")
                if kind == "provider_stop":
                    return []  # the provider has sent its own confirmation: one is all the law allows
                lang, latin = await self._lang(user, word_lang)
                return self._render_now(self._say("stop", lang), lang, latin)
            return await self._once(sms, user, stop)

        opted_out = await r.exists(k.sms_optout(user))
        if opted_out:
            if kind not in ("start", "provider_start"):
                await r.hincrby(k.sms_stats(), "dropped_opted_out", 1)
                return []  # nothing goes to a number that said STOP until it says START

            async def opt_in(_page: str | None = None) -> list[str]:
                await r.delete(k.sms_optout(user))
                await r.hincrby(k.sms_stats(), "opt_in", 1)
                await self.keep_number(user, sms.sender)
                lang, latin = await self._lang(user, word_lang)
                return self._render_now(self._say("start", lang), lang, latin)
            if kind == "start":
                return await self._once(sms, user, opt_in)
            # the provider confirmed the opt-in itself: go on to the main menu (the inbox deduplicates)
            await opt_in()
            return await self._to_engine(user, sms, command="start")

        if not self.is_urgent(sms.body) and not await self._within_rate(user):
            async def rate_notice(_page: str | None) -> list[str]:
                day = dushanbe_day(self.clock())
                if await r.set(k.sms_notice("rate", user, day), "1", nx=True, ex=2 * 86400):
                    lang, latin = await self._lang(user, word_lang)
                    return self._render_now(self._say("rate", lang), lang, latin)
                return []
            return await self._once(sms, user, rate_notice)

        if kind in ("help", "more", "lat", "kir"):
            async def word_answer(page: str | None) -> list[str]:
                await self.keep_number(user, sms.sender)
                return await self._channel_word(user, kind, word_lang, page, number=sms.sender)
            return await self._once(sms, user, word_answer, turn_page=kind == "more")
        return await self._to_engine(user, sms, command="start" if kind in ("start", "provider_start") else None)

    async def _once(self, sms: InboundSms, user: str, answer: Callable[[str | None], Awaitable[list[str]]], *,
                    turn_page: bool = False) -> list[str]:
        """A message the channel answers itself, handled once and answered at least once.

        The provider sends a webhook again only when it got no response. ``answer`` may
        run more than once (its effects are idempotent: an opt-out, a preference, a
        counter); what makes the message handled is one script that marks its id (the
        inbox's deduplication key), keeps the answer for a retry and, for MORE, turns the
        page it showed (read here and handed to ``answer``), all at once. A process killed
        before that script leaves nothing done: the retry does it all; killed after it,
        the retry gets the kept answer."""
        k = self.keys
        if await self.redis.exists(k.dedup("sms", sms.message_id)):
            return await self._again(sms)
        for _ in range(5):
            # MORE shows the first page kept; the script turns it only if it is still first
            head = await self.redis.lindex(k.sms_pages(user), 0) if turn_page else None
            page = head if isinstance(head, str) else None
            bodies = await answer(page)
            done, *kept = await self.answer_once(
                keys=[k.dedup("sms", sms.message_id), k.sms_answer(sms.message_id), k.sms_pages(user)],
                args=[DEDUP_TTL, ANSWER_TTL, json.dumps(bodies), "1" if turn_page else "0", page or ""])
            if int(done) == 1:
                return bodies
            if int(done) == 0:  # a copy of this message got there first
                return json.loads(kept[0]) if kept and isinstance(kept[0], str) else []
            # 2: another MORE turned the page meanwhile: read it again
        return []

    async def _again(self, sms: InboundSms) -> list[str]:
        """The provider sends a message it sent before: it got no answer the first time, so
        it gets the answer kept then, if that went in a webhook's response. (An answer sent
        by REST, or not ready yet, is not repeated here: the REST message or the worker
        still handling the message delivers it.)"""
        kept = await self.redis.get(self.keys.sms_answer(sms.message_id))
        return json.loads(kept) if isinstance(kept, str) else []

    async def _within_rate(self, user: str) -> bool:
        key = self.keys.sms_rate(user)
        pipe = self.redis.pipeline(transaction=True)
        pipe.incr(key)
        pipe.expire(key, 60, nx=True)
        n, _ = await pipe.execute()
        return int(n) <= self.inbound_per_minute

    async def _lang(self, user: str, word_lang: str | None = None) -> tuple[str, bool]:
        pipe = self.redis.pipeline(transaction=False)
        pipe.hget(self.keys.user(user), "l")
        pipe.hget(self.keys.sms_prefs(user), "lat")
        lang, lat = await pipe.execute()
        lang = lang if lang in LANGUAGES else (word_lang or self.default_lang)
        return lang, lat == "1"

    def _say(self, kind: str, lang: str) -> list[Reply]:
        return [Reply(translator(lang)._(TEXTS[kind]))]

    def _render_now(self, replies: list[Reply], lang: str, latin: bool) -> list[str]:
        """Short fixed notices: the first page only (they are written to fit one page)."""
        return render(compose(replies), lang, latin=latin, budget=self.budget)[:1]

    async def _country(self, user: str, number: str | None) -> str | None:
        """Where the person is: what they told us (the state), else the calling code."""
        raw = await self.redis.hget(self.keys.user(user), "d")
        if isinstance(raw, str) and raw:
            try:
                cc = json.loads(raw).get(COUNTRY_KEY)
            except (ValueError, AttributeError):
                cc = None
            if cc:
                return cc if cc != "other" else None
        return country_from_number(number or "")

    async def _channel_word(self, user: str, kind: str, word_lang: str | None, page: str | None = None,
                            number: str | None = None) -> list[str]:
        """The answer to HELP, MORE (``page``: the first page kept, None when none), LAT or KIR."""
        r, k = self.redis, self.keys
        if kind == "lat" or kind == "kir":
            pipe = r.pipeline(transaction=True)
            if kind == "lat":
                pipe.hset(k.sms_prefs(user), "lat", "1")
                pipe.expire(k.sms_prefs(user), self.state_ttl)
            else:
                pipe.hdel(k.sms_prefs(user), "lat")
            await pipe.execute()
        lang, latin = await self._lang(user, word_lang)
        if kind == "more":
            if page is None:  # (``_once`` read it, and turns it when this answer goes out)
                return await self._within_cap(user, self._render_now(self._say("no_more", lang), lang, latin), exempt=False)
            return await self._within_cap(user, [page], exempt=False)
        if kind == "help":
            t = translator(lang)
            shim = _ContactsCtx(self.resources, lang)
            country = await self._country(user, number)
            # the emergency number first: HELP is not an urgent word, but whoever sends it
            # may be in danger and have credit for one message only
            _full, first = sos_texts(shim, country, asked=False)
            replies = [
                Reply(first, kind="urgent"),
                Reply(t._(TEXTS["help"])),
                Reply(contacts_text(shim, country), title=t._(CONTACTS_TITLE), kind="contacts"),
            ]
            return await self._within_cap(user, await self._paged(user, replies, lang, latin), exempt=True)
        return await self._within_cap(user, self._render_now(self._say(kind, lang), lang, latin), exempt=False)

    async def _to_engine(self, user: str, sms: InboundSms, command: str | None = None) -> list[str]:
        await self.keep_number(user, sms.sender)
        cc = country_from_number(sms.sender)  # the calling code: where the person most likely is
        inbound = Inbound(channel="sms", user=user, text=sms.body, message_id=sms.message_id, command=command,
                          media="media" if sms.media and not sms.body.strip() else None, data={"country": cc} if cc else {})
        fut: asyncio.Future[list[str]] = asyncio.get_running_loop().create_future()
        inline = self._inline(sms)
        if inline:
            self.waiters[sms.message_id] = fut
        try:
            entry = await self.inbox.accept(inbound)
            if entry is None:  # the provider sent this message before
                return await self._again(sms)
            if not inline:  # a gateway that cannot carry it: the sender sends it
                return []
            try:
                return await asyncio.wait_for(asyncio.shield(fut), self.reply_wait)
            except TimeoutError:
                # decided here, in one step: either the sender has handed us the answer,
                # or from now on it sends by REST
                if fut.done() and not fut.cancelled():
                    return fut.result()
                fut.cancel()
                return []
        finally:
            self.waiters.pop(sms.message_id, None)

    # -- the sender (Processor.deliver) -----------------------------------------------------
    async def send(self, user: str, replies: list[Reply], state: State, inbound: Inbound) -> None:
        r, k = self.redis, self.keys
        forgotten = self._forgotten.pop(user, None)
        forgotten_route = self._forgotten_route.pop(user, None)
        if await r.exists(k.sms_optout(user)):
            if inbound.channel == "system":  # an operator's reply: they must know it did not go out
                await self.record_failure(user, "opted_out", "STOP")
            return
        if forgotten:
            number, lang_, latin = forgotten
            lang = state.lang or lang_ or self.default_lang
        else:
            number = None
            lang, latin = await self._lang(user)
            lang = state.lang or lang
        bodies = await self._paged(user, replies, lang, latin, keep=forgotten is None)
        # (the last answer after "forget me" is not counted: the counter is gone with the rest)
        bodies = await self._within_cap(user, bodies, exempt=forgotten is not None or any(rp.kind in EXEMPT_KINDS for rp in replies))
        if not bodies:
            return
        fut = self.waiters.get(inbound.message_id) if inbound.message_id else None
        if fut is not None and not fut.done():
            # Kept before the webhook has it: if this process dies before its response is
            # out, the provider's retry finds the answer (the worker has not acknowledged
            # the message yet either, so it may come twice, never not at all).
            await self.redis.set(self.keys.sms_answer(inbound.message_id), json.dumps(bodies), ex=ANSWER_TTL)
            if not fut.done():
                fut.set_result(bodies)  # the webhook answers with TwiML
                return
            await self.redis.delete(self.keys.sms_answer(inbound.message_id))  # it stopped waiting meanwhile
        await self.send_rest(user, bodies, number=number, route=forgotten_route,
                             ref=f"{inbound.channel}:{inbound.message_id}" if inbound.message_id else None)

    async def _paged(self, user: str, replies: list[Reply], lang: str, latin: bool, keep: bool = True) -> list[str]:
        """The first page to send now; the rest kept for MORE (replacing older pages)."""
        text = compose(replies)
        pages = render(text, lang, latin=latin, budget=self.budget) if text else []
        key = self.keys.sms_pages(user)
        pipe = self.redis.pipeline(transaction=True)
        pipe.delete(key)
        if keep and len(pages) > 1:
            pipe.rpush(key, *pages[1:])
            pipe.expire(key, PAGES_TTL)
        await pipe.execute()
        return pages[:1]

    async def _within_cap(self, user: str, bodies: list[str], *, exempt: bool) -> list[str]:
        """Count today's messages to this number; past the cap, one notice and then silence."""
        if not bodies or exempt:
            return bodies
        day = dushanbe_day(self.clock())
        key = self.keys.sms_cap(user, day)
        pipe = self.redis.pipeline(transaction=True)
        pipe.incrby(key, len(bodies))
        pipe.expire(key, 2 * 86400, nx=True)
        total, _ = await pipe.execute()
        before = int(total) - len(bodies)
        if total <= self.daily_cap:
            return bodies
        allowed = bodies[: max(0, self.daily_cap - before)]
        if before <= self.daily_cap:  # this call crossed the cap: say so, once
            await self.redis.hincrby(self.keys.sms_stats(), "daily_cap_reached", 1)
            lang, latin = await self._lang(user)
            allowed += self._render_now(self._say("cap", lang), lang, latin)
        return allowed

    async def send_rest(self, user: str, bodies: list[str], *, number: str | None = None, route: Route | None = None,
                        ref: str | None = None, exempt: bool = False) -> list[str]:
        """Send by the provider's REST API to the number that wrote in, through the provider
        (device, SIM) they wrote to; the provider ids. To an idempotent provider the messages
        go by the durable outbox (``ref``: what they answer, for their ids; ``exempt``: even
        to a person who has just opted out, i.e. the STOP confirmation)."""
        number = number or await self.number_of(user)
        if not number:
            log.warning("SMS reply dropped: no number kept for this person (expired or forgotten)")
            await self.redis.hincrby(self.keys.sms_stats(), "dropped_no_number", 1)
            return []
        route = route or await self.route_of(user) or Route(self.provider.name)
        provider = self.providers.get(route.provider) or self.provider
        if getattr(provider, "idempotent", False):
            return await self.outbox.put(user, number, bodies, provider.name, route, ref, exempt=exempt)
        ids = []
        for body in bodies:
            try:
                sid = await provider.send(number, body, self.status_url)
            except SendError as exc:
                log.warning("SMS send failed: provider error %s", exc.code)
                await self.record_failure(user, "rejected", exc.code)
                if exc.opted_out:
                    await self.opt_out(user, via="provider")
                break
            ids.append(sid)
            await self.redis.set(self.keys.sms_sent(sid), user, ex=SENT_TTL)
        return ids

    # -- records ----------------------------------------------------------------------------
    async def opt_out(self, user: str, *, via: str) -> None:
        r, k = self.redis, self.keys
        pipe = r.pipeline(transaction=True)
        pipe.set(k.sms_optout(user), json.dumps({"t": int(self.clock()), "via": via}))
        pipe.delete(k.sms_number(user), k.sms_pages(user), k.sms_route(user))  # no need to keep the number of someone we may not write to
        pipe.hincrby(k.sms_stats(), "opt_out", 1)
        await pipe.execute()

    async def record_failure(self, user: str, status: str, code: str) -> None:
        """A message that did not reach the person: on their open case (for the operator), and in the counters."""
        r, k = self.redis, self.keys
        await r.hincrby(k.sms_stats(), "delivery_failed", 1)
        ref = str(await r.hget(k.open_cases(), user) or await r.hget(k.user(user), "c") or "")
        if not ref:
            return
        item = json.dumps({"t": int(self.clock() * 1000), "status": status, "code": code})
        pipe = r.pipeline(transaction=True)
        pipe.lpush(k.sms_failures(ref), item)
        pipe.ltrim(k.sms_failures(ref), 0, 49)
        pipe.expire(k.sms_failures(ref), 90 * 86400)
        await pipe.execute()
        cases = self.services.get("cases")
        if cases is not None and hasattr(cases, "note"):
            lang = (await r.hget(k.case(ref), "lang")) or self.default_lang
            text = translator("ru" if lang == "ru" else "tg")._(DELIVERY_NOTE, status=status, code=code or "-")
            try:
                await cases.note(ref, "sms", text)
            except Exception:
                log.exception("could not note an SMS delivery failure on case %s", ref)

    async def failures(self, case_ref: str) -> list[dict[str, Any]]:
        return [json.loads(x) for x in await self.redis.lrange(self.keys.sms_failures(case_ref), 0, -1)]

    async def forget(self, user: str, *, keep_number: bool = False) -> None:
        """FORGET ME: erase the number, preferences, pages and today's counter. The last
        reply ("done") still needs the number, so it is handed to the sender in memory and
        never stored again. With ``keep_number`` (an open case: its operator must be able
        to answer) the sealed number stays until the case is closed and the state expires."""
        number = await self.number_of(user)
        lang, latin = await self._lang(user)
        if number:
            self._forgotten[user] = (number, lang, latin)
            route = await self.route_of(user)
            if route is not None:
                self._forgotten_route[user] = route
        k = self.keys
        gone = [k.sms_prefs(user), k.sms_pages(user), k.sms_rate(user), k.sms_cap(user, dushanbe_day(self.clock()))]
        await self.redis.delete(*gone, *([] if keep_number else [k.sms_number(user), k.sms_route(user)]))

    async def close(self) -> None:
        await self.outbox.stop()
        for provider in self.providers.values():
            await provider.close()


async def forget(proc: Processor, user: str) -> bool:
    """True (keep the way back) while the person has an open case."""
    channel = proc.services.get("sms")
    if channel is None or not user.startswith("sms:"):
        return False
    keep = bool(await proc.storage.redis.hexists(proc.storage.keys.open_cases(), user))
    await channel.forget(user, keep_number=keep)
    return keep


# -- the plugin's parts (bot.channels.sms.plugin) ---------------------------------------------------------
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


def routes(app: web.Application, rt: Runtime) -> None:
    channel: SmsChannel | None = rt.processor.services.get("sms")
    if channel is None:
        return
    for provider in channel.providers.values():
        if hasattr(provider, "add_routes"):  # its own webhooks (the Android gateway: POST /sms/android)
            provider.add_routes(app, channel)
        elif provider is channel.provider:
            app.router.add_post(channel.path, channel.inbound_webhook)
            app.router.add_post(channel.path + "/status", channel.status_webhook)


async def detach(rt: Runtime) -> None:
    channel: SmsChannel | None = rt.processor.services.get("sms")
    if channel is not None:
        await channel.close()


__all__ = ["SmsChannel", "attach", "build", "classify", "detach", "routes"]
