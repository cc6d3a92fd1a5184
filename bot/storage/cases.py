"""The case queue's Redis commands (``bot.handover.queue`` keeps the queue's logic).

Every change to a case is one Lua script (``scripts/case_*.lua``): opening or adding to a
case, claiming, every other action on one case, the timers (expired leases, urgent cases
to announce again) and retention (anonymise, purge, mark for forgetting). The rest are
plain reads, each one round trip (a pipeline for several cases).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING, Any, cast

from bot.storage.scripts import script

if TYPE_CHECKING:
    from bot.storage import Storage


class CaseStore:
    """The cases, their queue and indexes, the audit stream."""

    def __init__(self, storage: Storage) -> None:
        # (Any: the client decodes responses to str, which redis-py's types do not know)
        self.redis: Any = storage.redis
        self.keys = storage.keys
        r = self.redis
        self._open = script(r, "case_open")
        self._claim = script(r, "case_claim")
        self._act = script(r, "case_act")
        self._expire = script(r, "case_expire")
        self._reannounce = script(r, "case_reannounce")
        self._anon = script(r, "case_anonymise")
        self._purge = script(r, "case_purge")
        self._mark_forget = script(r, "case_mark_forget")

    # -- changes (scripts) ----------------------------------------------------------------
    async def open_or_append(self, user: str, ref: str, expected: str, *, now: int, channel: str, lang: str, category: str,
                             priority: str, rank: int, reason: str, reannounce_ms: int, msg_cap: int,
                             learned: Sequence[str], messages: Sequence[str]) -> list[Any]:
        """``case_open.lua``: a new case ``ref``, or add to the person's open one (``expected``:
        the ref read with ``open_ref``, '' for none). Its reply list, as the script says."""
        k = self.keys
        cur = expected or ref
        return list(await self._open(
            keys=[k.open_cases(), k.case(ref), k.case_msgs(ref), k.queue(), k.audit(), k.urgent_due(), k.user_cases(user),
                  k.case(cur), k.case_msgs(cur)],
            args=[user, ref, now, channel, lang, category, priority, rank, reason, reannounce_ms, expected, msg_cap,
                  len(learned) // 2, *learned, *messages],
        ))

    async def claim(self, ref: str, operator: str, *, now: int, lease_ms: int) -> list[Any]:
        """``case_claim.lua``: claim ``ref`` ('' for the first waiting)."""
        k = self.keys
        return list(await self._claim(keys=[k.queue(), k.claimed(), k.audit(), k.claim_waits(), k.urgent_due()],
                                      args=[k.case_prefix(), operator, now, lease_ms, ref]))

    async def act(self, ref: str, kind: str, actor: str, arg: str = "", *, now: int, lease_ms: int, force: bool,
                  reannounce_ms: int, msg_cap: int) -> list[Any]:
        """``case_act.lua``: one change of ``kind`` to the case."""
        k = self.keys
        return list(await self._act(
            keys=[k.case(ref), k.case_msgs(ref), k.queue(), k.claimed(), k.audit(), k.open_cases(), k.urgent_due(),
                  k.case_notes(ref), k.closed_cases()],
            args=[ref, kind, actor, now, lease_ms, "1" if force else "0", arg, reannounce_ms, msg_cap],
        ))

    async def expire_leases(self, *, now: int, reannounce_ms: int, limit: int) -> list[tuple[str, str, str]]:
        """``case_expire.lua``: (ref, user, operator) of each claim whose lease ran out."""
        k = self.keys
        res = await self._expire(keys=[k.claimed(), k.queue(), k.audit(), k.urgent_due()],
                                 args=[k.case_prefix(), now, reannounce_ms, limit])
        return [(res[i], res[i + 1], res[i + 2]) for i in range(0, len(res), 3)]

    async def reannounce_due(self, *, now: int, interval_ms: int, limit: int) -> list[str]:
        """``case_reannounce.lua``: the urgent cases announced again."""
        k = self.keys
        return list(await self._reannounce(keys=[k.urgent_due(), k.audit()], args=[k.case_prefix(), now, interval_ms, limit]))

    async def anonymise(self, refs: Sequence[str], *, now: int, cutoff_ms: int, limit: int, actor: str,
                        keep: Sequence[str]) -> list[str]:
        """``case_anonymise.lua``: ``refs`` (none: the due ones), keeping only the fields ``keep``."""
        k = self.keys
        templates = [k.case_msgs("@REF@"), k.case_notes("@REF@"), k.sms_failures("@REF@"), k.case_pictures("@REF@")]
        return list(await self._anon(
            keys=[k.closed_cases(), k.anon_cases(), k.audit()],
            args=[now, cutoff_ms, limit, k.case_prefix(), k.user_cases(""), actor, len(keep), *keep,
                  len(templates), *templates, *refs],
        ))

    async def purge(self, *, cutoff_ms: int, limit: int) -> int:
        """``case_purge.lua``: the number of anonymised cases deleted."""
        k = self.keys
        return int(await self._purge(keys=[k.anon_cases(), k.audit()], args=[cutoff_ms, limit, k.case_prefix()]))

    async def mark_forget(self, ref: str) -> None:
        """``case_mark_forget.lua``."""
        await self._mark_forget(keys=[self.keys.case(ref), self.keys.closed_cases()], args=[ref])

    async def keep_only_open(self, user: str, open_ref: str | None) -> None:
        """The person's set of cases keeps only their open case (one transaction)."""
        k = self.keys
        pipe = self.redis.pipeline(transaction=True)
        pipe.delete(k.user_cases(user))  # (also drops refs of cases that no longer exist)
        if open_ref:
            pipe.sadd(k.user_cases(user), open_ref)
        await pipe.execute()

    async def learn(self, ref: str, name: str, value: str) -> bool:
        """Record a learned answer (field ``l:<name>``) on an existing case; False when it is gone."""
        key = self.keys.case(ref)
        if not await self.redis.exists(key):
            return False
        await self.redis.hset(key, f"l:{name}", value)
        return True

    # -- reading --------------------------------------------------------------------------
    async def open_ref(self, user: str) -> str | None:
        """The ref of the person's open case."""
        return cast("str | None", await self.redis.hget(self.keys.open_cases(), user))

    async def has_open(self, user: str) -> bool:
        return bool(await self.redis.hexists(self.keys.open_cases(), user))

    async def user_refs(self, user: str) -> set[str]:
        """Every ref of the person's cases."""
        return set(await self.redis.smembers(self.keys.user_cases(user)))

    async def case(self, ref: str) -> dict[str, str]:
        """The case's hash ({} when there is none)."""
        return dict(await self.redis.hgetall(self.keys.case(ref)))

    async def cases(self, refs: Sequence[str]) -> list[dict[str, str]]:
        """The hashes of ``refs`` in one round trip (empty ones for cases that are gone)."""
        if not refs:
            return []
        pipe = self.redis.pipeline(transaction=False)
        for ref in refs:
            pipe.hgetall(self.keys.case(ref))
        return list(await pipe.execute())

    async def messages(self, ref: str, start: int = 0) -> list[str]:
        """The case's conversation from ``start`` (JSON items)."""
        return list(await self.redis.lrange(self.keys.case_msgs(ref), start, -1))

    async def notes(self, ref: str) -> list[str]:
        return list(await self.redis.lrange(self.keys.case_notes(ref), 0, -1))

    async def waiting_refs(self, offset: int, limit: int) -> list[str]:
        return list(await self.redis.zrange(self.keys.queue(), offset, offset + limit - 1))

    async def claimed_refs(self, limit: int) -> list[str]:
        return list(await self.redis.zrange(self.keys.claimed(), 0, limit - 1))

    async def closed_refs(self, limit: int) -> list[str]:
        """Closed, not yet anonymised refs, the last closed first."""
        return list(await self.redis.zrevrange(self.keys.closed_cases(), 0, limit - 1))

    async def queue_rank(self, ref: str) -> int | None:
        """0-based place in the queue, None when not waiting."""
        r = await self.redis.zrank(self.keys.queue(), ref)
        return int(r) if r is not None else None

    async def claim_waits(self) -> list[str]:
        """The last 50 waits (ms) from queueing to claim, newest first."""
        return list(await self.redis.lrange(self.keys.claim_waits(), 0, 49))

    async def read_audit(self, last_id: str, block_ms: int) -> list[tuple[str, dict[str, str]]]:
        """Audit entries after ``last_id`` (``$``: from now), waiting up to ``block_ms`` for some."""
        res = await self.redis.xread({self.keys.audit(): last_id}, count=100, block=block_ms)
        return [(entry_id, fields) for _stream, entries in res or [] for entry_id, fields in entries]

    async def queue_figures(self, ranks: int, scale: int) -> tuple[list[tuple[int, float | None]], int]:
        """For each rank (queue score = rank * ``scale`` + created ms): (waiting cases, score of
        the oldest or None); and the number of claimed cases. One pipelined round trip."""
        k = self.keys
        pipe = self.redis.pipeline(transaction=False)
        for rank in range(ranks):
            low, high = rank * scale, f"({(rank + 1) * scale}"
            pipe.zcount(k.queue(), low, high)
            pipe.zrangebyscore(k.queue(), low, high, start=0, num=1, withscores=True)
        pipe.zcard(k.claimed())
        res = await pipe.execute()
        out = [(int(res[2 * r]), float(res[2 * r + 1][0][1]) if res[2 * r + 1] else None) for r in range(ranks)]
        return out, int(res[-1])

    # -- retention backfill (cases closed before the closed index existed) -----------------------
    async def backfill_cursor(self) -> str | None:
        """The last audit entry id indexed, ``done``, or None before the first run."""
        return cast("str | None", await self.redis.get(self.keys.retention_backfill()))

    async def audit_after(self, cursor: str | None, count: int) -> list[tuple[str, dict[str, str]]]:
        """Up to ``count`` audit entries after ``cursor`` (None: from the start)."""
        return list(await self.redis.xrange(self.keys.audit(), min=f"({cursor}" if cursor else "-", max="+", count=count))

    async def index_closed(self, found: Mapping[str, float]) -> None:
        """Add refs to the closed index by closing time, leaving those indexed already."""
        if found:
            await self.redis.zadd(self.keys.closed_cases(), dict(found), nx=True)

    async def set_backfill_cursor(self, cursor: str) -> None:
        await self.redis.set(self.keys.retention_backfill(), cursor)
