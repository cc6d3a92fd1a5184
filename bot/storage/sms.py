"""The SMS channel's Redis commands (``bot.channels.sms``): the sealed number and route,
opt-outs, MORE pages, daily caps, inbound rate, kept webhook answers
(``scripts/sms_answer_once.lua``), delivery records, counters and the durable outbox
(``scripts/sms_outbox_claim.lua``). Numbers arrive here sealed; nothing here sees one in clear."""

from __future__ import annotations

import json
from typing import Any

from bot.storage import Storage
from bot.storage.scripts import script

STATUS_DEDUP = "sms-status"  # the dedup channel of delivery reports (``Keys.dedup``)


class SmsStore:
    def __init__(self, storage: Storage) -> None:
        self.redis, self.keys = storage.redis, storage.keys
        self._answer_once = script(self.redis, "sms_answer_once")
        self._claim = script(self.redis, "sms_outbox_claim")

    # -- the person's number, route and preferences -----------------------------------------
    async def keep_number(self, user: str, sealed: str, ttl: int) -> None:
        await self.redis.set(self.keys.sms_number(user), sealed, ex=ttl)

    async def sealed_number(self, user: str) -> str | None:
        token = await self.redis.get(self.keys.sms_number(user))
        return token if isinstance(token, str) else None

    async def keep_route(self, user: str, route_json: str, ttl: int) -> None:
        await self.redis.set(self.keys.sms_route(user), route_json, ex=ttl)

    async def route(self, user: str) -> str | None:
        raw = await self.redis.get(self.keys.sms_route(user))
        return raw if isinstance(raw, str) else None

    async def lang_and_latin(self, user: str) -> tuple[Any, Any]:
        """The language in the person's state (``l``) and their Latin-letters preference (``lat``), as stored."""
        pipe = self.redis.pipeline(transaction=False)
        pipe.hget(self.keys.user(user), "l")
        pipe.hget(self.keys.sms_prefs(user), "lat")
        lang, lat = await pipe.execute()
        return lang, lat

    async def set_latin(self, user: str, on: bool, ttl: int) -> None:
        k = self.keys
        pipe = self.redis.pipeline(transaction=True)
        if on:
            pipe.hset(k.sms_prefs(user), "lat", "1")
            pipe.expire(k.sms_prefs(user), ttl)
        else:
            pipe.hdel(k.sms_prefs(user), "lat")
        await pipe.execute()

    async def state_data(self, user: str) -> str | None:
        """The ``d`` field (JSON) of the person's conversation state."""
        raw = await self.redis.hget(self.keys.user(user), "d")
        return raw if isinstance(raw, str) else None

    # -- opt-out -------------------------------------------------------------------------------
    async def opted_out(self, user: str) -> bool:
        return bool(await self.redis.exists(self.keys.sms_optout(user)))

    async def opt_out(self, user: str, record: str) -> None:
        """STOP: mark it (``record``: JSON time and way) and erase the number, pages and route."""
        k = self.keys
        pipe = self.redis.pipeline(transaction=True)
        pipe.set(k.sms_optout(user), record)
        pipe.delete(k.sms_number(user), k.sms_pages(user), k.sms_route(user))
        pipe.hincrby(k.sms_stats(), "opt_out", 1)
        await pipe.execute()

    async def opt_in(self, user: str) -> None:
        await self.redis.delete(self.keys.sms_optout(user))
        await self.redis.hincrby(self.keys.sms_stats(), "opt_in", 1)

    # -- counters and limits -------------------------------------------------------------------
    async def count(self, name: str, n: int = 1) -> None:
        """Add to one of the channel's counters (``Keys.sms_stats``; no personal data)."""
        await self.redis.hincrby(self.keys.sms_stats(), name, n)

    async def count_inbound(self, user: str) -> int:
        """Count one inbound message in the person's current minute; the count."""
        key = self.keys.sms_rate(user)
        pipe = self.redis.pipeline(transaction=True)
        pipe.incr(key)
        pipe.expire(key, 60, nx=True)
        n, _ = await pipe.execute()
        return int(n)

    async def count_sent(self, user: str, day: str, n: int) -> int:
        """Count ``n`` messages sent to the person on ``day``; the day's total."""
        key = self.keys.sms_cap(user, day)
        pipe = self.redis.pipeline(transaction=True)
        pipe.incrby(key, n)
        pipe.expire(key, 2 * 86400, nx=True)
        total, _ = await pipe.execute()
        return int(total)

    async def first_notice(self, kind: str, user: str, day: str) -> bool:
        """True the first time on ``day`` (a one-a-day notice), then False."""
        return bool(await self.redis.set(self.keys.sms_notice(kind, user, day), "1", nx=True, ex=2 * 86400))

    # -- pages and answers -----------------------------------------------------------------------
    async def replace_pages(self, user: str, rest: list[str], ttl: int) -> None:
        """The pages kept for MORE: ``rest`` (none when empty), replacing older ones."""
        key = self.keys.sms_pages(user)
        pipe = self.redis.pipeline(transaction=True)
        pipe.delete(key)
        if rest:
            pipe.rpush(key, *rest)
            pipe.expire(key, ttl)
        await pipe.execute()

    async def first_page(self, user: str) -> str | None:
        head = await self.redis.lindex(self.keys.sms_pages(user), 0)
        return head if isinstance(head, str) else None

    async def handled(self, message_id: str) -> bool:
        """Whether the provider message id was handled (the inbox's deduplication mark)."""
        return bool(await self.redis.exists(self.keys.dedup("sms", message_id)))

    async def answer_once(self, message_id: str, user: str, bodies: str, *, turn_page: bool, page: str | None,
                          dedup_ttl: int, answer_ttl: int) -> tuple[int, str | None]:
        """``sms_answer_once.lua``: (1, None) handled by this call, (0, the kept answer) by a
        copy before, (2, None) the page shown was turned meanwhile."""
        k = self.keys
        done, *kept = await self._answer_once(
            keys=[k.dedup("sms", message_id), k.sms_answer(message_id), k.sms_pages(user)],
            args=[dedup_ttl, answer_ttl, bodies, "1" if turn_page else "0", page or ""])
        return int(done), (kept[0] if kept and isinstance(kept[0], str) else None)

    async def kept_answer(self, message_id: str) -> str | None:
        """The answer (JSON list of bodies) given in a webhook's response to this message."""
        kept = await self.redis.get(self.keys.sms_answer(message_id))
        return kept if isinstance(kept, str) else None

    async def keep_answer(self, message_id: str, bodies: str, ttl: int) -> None:
        await self.redis.set(self.keys.sms_answer(message_id), bodies, ex=ttl)

    async def drop_answer(self, message_id: str) -> None:
        await self.redis.delete(self.keys.sms_answer(message_id))

    # -- delivery --------------------------------------------------------------------------------
    async def first_report(self, event_id: str, ttl: int) -> bool:
        """Mark a provider's delivery report as recorded; False when it was before."""
        return bool(await self.redis.set(self.keys.dedup(STATUS_DEDUP, event_id), "1", nx=True, ex=ttl))

    async def unmark_report(self, event_id: str) -> None:
        await self.redis.delete(self.keys.dedup(STATUS_DEDUP, event_id))

    async def remember_sent(self, message_id: str, user: str, ttl: int) -> None:
        """Which person a provider message id went to (for its delivery reports)."""
        await self.redis.set(self.keys.sms_sent(message_id), user, ex=ttl)

    async def sent_to(self, message_id: str) -> str | None:
        user = await self.redis.get(self.keys.sms_sent(message_id))
        return user if isinstance(user, str) else None

    async def case_of(self, user: str) -> str:
        """The person's open case (the queue's record, else their state's ``c``); "" for none."""
        k = self.keys
        return str(await self.redis.hget(k.open_cases(), user) or await self.redis.hget(k.user(user), "c") or "")

    async def has_open_case(self, user: str) -> bool:
        return bool(await self.redis.hexists(self.keys.open_cases(), user))

    async def case_lang(self, ref: str) -> str | None:
        lang = await self.redis.hget(self.keys.case(ref), "lang")
        return lang if isinstance(lang, str) else None

    async def record_failure(self, case_ref: str, item: str) -> None:
        """A delivery failure (JSON) on a case: newest first, at most 50, for 90 days."""
        key = self.keys.sms_failures(case_ref)
        pipe = self.redis.pipeline(transaction=True)
        pipe.lpush(key, item)
        pipe.ltrim(key, 0, 49)
        pipe.expire(key, 90 * 86400)
        await pipe.execute()

    async def failures(self, case_ref: str) -> list[dict[str, Any]]:
        return [json.loads(x) for x in await self.redis.lrange(self.keys.sms_failures(case_ref), 0, -1)]

    # -- forget ----------------------------------------------------------------------------------
    async def forget(self, user: str, day: str, *, keep_number: bool) -> None:
        """Erase the person's preferences, pages, inbound count and ``day``'s sent count; with
        them the sealed number and route unless ``keep_number``."""
        k = self.keys
        gone = [k.sms_prefs(user), k.sms_pages(user), k.sms_rate(user), k.sms_cap(user, day)]
        await self.redis.delete(*gone, *([] if keep_number else [k.sms_number(user), k.sms_route(user)]))

    # -- the outbox ------------------------------------------------------------------------------
    async def outbox_put(self, user: str, items: list[tuple[str, str, int]], sent_ttl: int) -> None:
        """Keep outbox items (message id, JSON, due ms) unless kept already, each also as sent to ``user``."""
        k = self.keys
        pipe = self.redis.pipeline(transaction=True)
        for mid, item, due in items:
            pipe.hsetnx(k.sms_outbox_items(), mid, item)
            pipe.zadd(k.sms_outbox(), {mid: due}, nx=True)
            pipe.set(k.sms_sent(mid), user, ex=sent_ttl)
        await pipe.execute()

    async def outbox_next_due(self) -> float | None:
        """When (ms) the first item is due; None when the outbox is empty."""
        head = await self.redis.zrange(self.keys.sms_outbox(), 0, 0, withscores=True)
        return float(head[0][1]) if head else None

    async def outbox_claim(self, now_ms: int, lease_end_ms: int, most: int) -> list[str]:
        """Claim up to ``most`` due items until ``lease_end_ms``; their ids."""
        ids = await self._claim(keys=[self.keys.sms_outbox()], args=[now_ms, lease_end_ms, most])
        return [mid if isinstance(mid, str) else mid.decode() for mid in ids or []]

    async def outbox_pending(self) -> int:
        return int(await self.redis.zcard(self.keys.sms_outbox()))

    async def outbox_item(self, mid: str) -> str | None:
        raw = await self.redis.hget(self.keys.sms_outbox_items(), mid)
        return raw if isinstance(raw, str) else None

    async def outbox_unqueue(self, mid: str) -> None:
        """Take an id whose item is gone out of the queue."""
        await self.redis.zrem(self.keys.sms_outbox(), mid)

    async def outbox_done(self, mid: str) -> None:
        pipe = self.redis.pipeline(transaction=True)
        pipe.zrem(self.keys.sms_outbox(), mid)
        pipe.hdel(self.keys.sms_outbox_items(), mid)
        await pipe.execute()

    async def outbox_retry(self, mid: str, item: str, due_ms: int) -> None:
        """Keep the item (its attempts counted) and try it again at ``due_ms``."""
        k = self.keys
        pipe = self.redis.pipeline(transaction=True)
        pipe.hset(k.sms_outbox_items(), mid, item)
        pipe.zadd(k.sms_outbox(), {mid: due_ms}, xx=True)
        pipe.hincrby(k.sms_stats(), "outbox_retry", 1)
        await pipe.execute()
