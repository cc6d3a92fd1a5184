"""SMS channel: provider webhooks in, numbered menus within a segment budget out.

Routes (``bot.channels.sms.webhooks``; the plugin's parts are in ``bot.channels.sms.plugin``,
the channel words in ``bot.channels.sms.words``, the Redis commands in ``bot.storage.sms``)::

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

from bot.channels.sms.outbox import Outbox
from bot.channels.sms.providers.base import DeliveryStatus, InboundSms, Route, SendError, SmsProvider
from bot.channels.sms.render import compose, render
from bot.channels.sms.words import CONTACTS_TITLE, DELIVERY_NOTE, TEXTS, classify, dushanbe_day
from bot.contacts import country_from_number
from bot.engine.core_actions import COUNTRY_KEY, contacts_text, sos_texts
from bot.engine.model import Inbound, Reply, State
from bot.i18n import DEFAULT_LANG, LANGUAGES, translator
from bot.ids import SMS_NUMBER, Vault, pseudonym
from bot.pipeline.inbox import DEDUP_TTL
from bot.storage import RedisError, Storage
from bot.storage.sms import SmsStore

log = logging.getLogger(__name__)

PAGES_TTL = 24 * 3600
# A provider sends a webhook again only when it got no answer to it (a dropped
# connection, a process killed in the middle, a timeout): the answer given in the
# webhook's response is kept this long so that the retry gets it again.
ANSWER_TTL = 600
SENT_TTL = 3 * 24 * 3600
EXEMPT_KINDS = ("urgent", "contacts")  # never held back by the daily cap


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
        self.store = SmsStore(storage)
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
        await self.store.keep_number(user, self._vault.seal(number.strip()), self.state_ttl)

    async def number_of(self, user: str) -> str | None:
        return self._vault.open(await self.store.sealed_number(user))

    def seal(self, number: str) -> str:
        return self._vault.seal(number.strip())

    def unseal(self, token: Any) -> str | None:
        return self._vault.open(token if isinstance(token, str) else None)

    async def keep_route(self, user: str, sms: InboundSms) -> None:
        """The provider, device and SIM this person wrote to: replies go back the same way."""
        route = sms.route or Route(self.provider.name)
        value = json.dumps({"p": route.provider, "d": route.device, "s": route.sim})
        await self.store.keep_route(user, value, self.state_ttl)

    async def route_of(self, user: str) -> Route | None:
        raw = await self.store.route(user)
        if raw is None:
            return None
        data = json.loads(raw)
        return Route(str(data.get("p") or self.provider.name), str(data.get("d") or ""), data.get("s"))

    def _inline(self, sms: InboundSms) -> bool:
        """Whether the provider this message came through can carry the answer in the webhook's response."""
        provider = self.providers.get(sms.route.provider) if sms.route else self.provider
        return bool(getattr(provider or self.provider, "answers_in_webhook", True))

    async def delivery(self, st: DeliveryStatus, event_id: str | None = None) -> None:
        """A delivery report from any provider: a failure goes on the person's open case.
        ``event_id``: the provider's id of this report, to record it once. May raise RedisError."""
        if not st.failed:
            return
        if event_id and not await self.store.first_report(event_id, DEDUP_TTL):
            return  # this report was recorded before
        try:
            user = await self.store.sent_to(st.message_id)
            if user is None and st.to:  # a webhook (TwiML) answer: known by its recipient
                user = self.user_key(st.to)
            if isinstance(user, str) and user:
                await self.record_failure(user, st.status, st.error_code or "")
                if st.error_code == "21610":  # the recipient opted out at the provider
                    await self.opt_out(user, via="provider")
        except RedisError:
            if event_id:
                await self.store.unmark_report(event_id)
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
        store = self.store
        if kind not in ("stop", "provider_stop"):
            await self.keep_route(user, sms)

        if kind in ("stop", "provider_stop"):
            async def stop(_page: str | None) -> list[str]:
                if await store.opted_out(user):
                    return []  # already stopped: one confirmation is all they get
                await self.opt_out(user, via="provider" if kind == "provider_stop" else "keyword")
                if kind == "provider_stop":
                    return []  # the provider has sent its own confirmation: one is all the law allows
                lang, latin = await self._lang(user, word_lang)
                return self._render_now(self._say("stop", lang), lang, latin)
            return await self._once(sms, user, stop)

        if await store.opted_out(user):
            if kind not in ("start", "provider_start"):
                await store.count("dropped_opted_out")
                return []  # nothing goes to a number that said STOP until it says START

            async def opt_in(_page: str | None = None) -> list[str]:
                await store.opt_in(user)
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
                if await store.first_notice("rate", user, day):
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
        if await self.store.handled(sms.message_id):
            return await self._again(sms)
        for _ in range(5):
            # MORE shows the first page kept; the script turns it only if it is still first
            page = await self.store.first_page(user) if turn_page else None
            bodies = await answer(page)
            done, kept = await self.store.answer_once(sms.message_id, user, json.dumps(bodies), turn_page=turn_page,
                                                      page=page, dedup_ttl=DEDUP_TTL, answer_ttl=ANSWER_TTL)
            if done == 1:
                return bodies
            if done == 0:  # a copy of this message got there first
                return json.loads(kept) if kept is not None else []
            # 2: another MORE turned the page meanwhile: read it again
        return []

    async def _again(self, sms: InboundSms) -> list[str]:
        """The provider sends a message it sent before: it got no answer the first time, so
        it gets the answer kept then, if that went in a webhook's response. (An answer sent
        by REST, or not ready yet, is not repeated here: the REST message or the worker
        still handling the message delivers it.)"""
        kept = await self.store.kept_answer(sms.message_id)
        return json.loads(kept) if kept is not None else []

    async def _within_rate(self, user: str) -> bool:
        return await self.store.count_inbound(user) <= self.inbound_per_minute

    async def _lang(self, user: str, word_lang: str | None = None) -> tuple[str, bool]:
        lang, lat = await self.store.lang_and_latin(user)
        lang = lang if lang in LANGUAGES else (word_lang or self.default_lang)
        return lang, lat == "1"

    def _say(self, kind: str, lang: str) -> list[Reply]:
        return [Reply(translator(lang)._(TEXTS[kind]))]

    def _render_now(self, replies: list[Reply], lang: str, latin: bool) -> list[str]:
        """Short fixed notices: the first page only (they are written to fit one page)."""
        return render(compose(replies), lang, latin=latin, budget=self.budget)[:1]

    async def _country(self, user: str, number: str | None) -> str | None:
        """Where the person is: what they told us (the state), else the calling code."""
        raw = await self.store.state_data(user)
        if raw:
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
        if kind == "lat" or kind == "kir":
            await self.store.set_latin(user, kind == "lat", self.state_ttl)
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
        forgotten = self._forgotten.pop(user, None)
        forgotten_route = self._forgotten_route.pop(user, None)
        if await self.store.opted_out(user):
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
            await self.store.keep_answer(inbound.message_id, json.dumps(bodies), ANSWER_TTL)
            if not fut.done():
                fut.set_result(bodies)  # the webhook answers with TwiML
                return
            await self.store.drop_answer(inbound.message_id)  # it stopped waiting meanwhile
        await self.send_rest(user, bodies, number=number, route=forgotten_route,
                             ref=f"{inbound.channel}:{inbound.message_id}" if inbound.message_id else None)

    async def _paged(self, user: str, replies: list[Reply], lang: str, latin: bool, keep: bool = True) -> list[str]:
        """The first page to send now; the rest kept for MORE (replacing older pages)."""
        text = compose(replies)
        pages = render(text, lang, latin=latin, budget=self.budget) if text else []
        await self.store.replace_pages(user, pages[1:] if keep else [], PAGES_TTL)
        return pages[:1]

    async def _within_cap(self, user: str, bodies: list[str], *, exempt: bool) -> list[str]:
        """Count today's messages to this number; past the cap, one notice and then silence."""
        if not bodies or exempt:
            return bodies
        total = await self.store.count_sent(user, dushanbe_day(self.clock()), len(bodies))
        before = int(total) - len(bodies)
        if total <= self.daily_cap:
            return bodies
        allowed = bodies[: max(0, self.daily_cap - before)]
        if before <= self.daily_cap:  # this call crossed the cap: say so, once
            await self.store.count("daily_cap_reached")
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
            await self.store.count("dropped_no_number")
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
            await self.store.remember_sent(sid, user, SENT_TTL)
        return ids

    # -- records ----------------------------------------------------------------------------
    async def opt_out(self, user: str, *, via: str) -> None:
        # (the number, pages and route go too: no need to keep the number of someone we may not write to)
        await self.store.opt_out(user, json.dumps({"t": int(self.clock()), "via": via}))

    async def record_failure(self, user: str, status: str, code: str) -> None:
        """A message that did not reach the person: on their open case (for the operator), and in the counters."""
        await self.store.count("delivery_failed")
        ref = await self.store.case_of(user)
        if not ref:
            return
        await self.store.record_failure(ref, json.dumps({"t": int(self.clock() * 1000), "status": status, "code": code}))
        cases = self.services.get("cases")
        if cases is not None and hasattr(cases, "note"):
            lang = (await self.store.case_lang(ref)) or self.default_lang
            text = translator("ru" if lang == "ru" else "tg")._(DELIVERY_NOTE, status=status, code=code or "-")
            try:
                await cases.note(ref, "sms", text)
            except Exception:
                log.exception("could not note an SMS delivery failure on case %s", ref)

    async def failures(self, case_ref: str) -> list[dict[str, Any]]:
        return await self.store.failures(case_ref)

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
        await self.store.forget(user, dushanbe_day(self.clock()), keep_number=keep_number)

    async def close(self) -> None:
        await self.outbox.stop()
        for provider in self.providers.values():
            await provider.close()


__all__ = ["SmsChannel", "classify"]
