"""The case queue in Redis: one API for every operator interface (web console, Telegram group).
Its Redis commands are in ``bot.storage.cases`` (``CaseStore``), its Lua scripts in
``bot/storage/scripts/case_*.lua``; this module keeps the queue's logic.

A *case* is one person's request for a human. Its reference (``ref``) is six
digits shown as ``482-719``: easy to read out on the phone in any language.

Keys (built in ``bot.storage.Keys``, all under the one hash tag)::

    case:<ref>          hash   the case (fields below)
    case:<ref>:m        list   the conversation, JSON items {t, by, text, media?, op?}
    case:<ref>:n        list   operator notes, JSON items {t, op, text}
    queue               zset   waiting refs, score = rank * 1e13 + created ms
                               (urgent 0 < high 1 < normal 2; oldest first within a rank)
    claimed             zset   claimed refs, score = lease deadline ms (last operator activity + lease)
    urgent_due          zset   waiting urgent refs, score = when to announce them again
    open                hash   user key -> ref of the person's one open case
    ucases:<user>       set    every ref of a person (so ``forget`` finds them)
    claimwaits          list   the last 50 waits (ms) from queueing to claim (expected-wait estimate)
    case:<ref>:p        hash   pictures sealed into the case (``bot.pictures.store``)
    closed              zset   closed refs not yet anonymised, score = closed_at ms (0: the person asked to
                               be forgotten while the case was open: anonymise at the next retention run)
    anon                zset   anonymised refs, score = closed_at ms (deleted after STATS_RETENTION_DAYS)
    audit               stream every change: ts, case, kind, actor (+ non-personal fields such as
                               priority, category, lang, channel, outcome, wait_ms); never message text

Case hash fields: ref, user (pseudonymous key: never a phone number or user name),
channel, lang, category (violence | passport | fraud_debt | question | other),
priority (urgent | high | normal), rank, status (waiting | claimed | closed),
created, queued_at, first_claimed, claimed_at, closed_at, updated (ms since epoch),
operator, outcome, rating, reason, and ``l:<name>`` for each thing the bot already
learned (checklist answers, saved flow answers).

API (all ``async``; ``now`` is taken from the queue's clock)::

    q = CaseQueue(storage, inbox)                       # inbox: bot.pipeline.inbox.Inbox, for events to the person
    res = await q.open_or_append(user, channel=, lang=, category=, priority=, reason=,
                                 messages=[...], learned={...})  # -> Opened(ref, created, status, priority, place)
    await q.add_message(ref, user, text, media=None)    # the person's message joins the case
    case = await q.claim_next(operator)                 # -> Case | None   (atomic, one Lua call)
    case = await q.claim(ref, operator)                 # -> Case, or raises CaseError("not_waiting"...)
    await q.reply(ref, operator, text)                  # stores it, relays it to the person's channel
    await q.note(ref, operator, text)
    await q.release(ref, operator)                      # back to the queue at its old place
    await q.transfer(ref, operator, to_operator)
    await q.close(ref, operator, outcome)               # outcome: one of OUTCOMES
    await q.reopen(ref, operator)
    await q.touch(ref, operator)                        # operator activity: renews the lease
    case = await q.get(ref); msgs = await q.messages(ref); notes = await q.notes(ref)
    await q.waiting(); await q.claimed_cases(); await q.place(ref)
    async for entry_id, fields in q.follow(last_id="$"): ...   # the audit stream, live
    await q.expire_leases(); await q.reannounce_due()   # timers (bot.handover.service)
    await q.anonymise_due(cutoff_ms); await q.purge_due(cutoff_ms)   # retention (bot.handover.retention)
    open_ref = await q.forget_user(user)                # "forget me"
    await q.closed_recently(limit); await q.has_open(user); await q.learn(ref, name, value)

Operations on a claimed case by anyone but its operator raise ``CaseError("not_yours")``
unless called with ``force=True`` (supervisors). Changes that concern the person
(claimed, operator_message, released, closed, reopened) are put into the person's
inbox as system events (``Inbound(channel="system", event=...)``), so they are
processed in order with the person's own messages and sent through the person's
own channel by whichever process works that partition.

Other interfaces follow the audit stream (XREAD, or a consumer group of their
own) to learn of new cases, messages, claims, lease expiries (kind
``lease_expired``) and repeated urgent announcements (kind ``reannounce``); they
then read what they need with ``get``/``messages``.

Timers (``expire_leases``, ``reannounce_due``) are single Lua calls: each expired
or due case is returned to exactly one caller, so any number of processes may
run them.

Retention (``anonymise_due``, ``purge_due``; run by ``bot.handover.retention``
from the same timer tick): a closed case keeps its conversation, notes, learned
answers and the link to the person for ``CASE_RETENTION_DAYS``; then one script
anonymises it: only ``ANON_FIELDS`` (times, category, priority, language,
channel, outcome, rating) stay, for statistics. Anonymised cases are deleted
after ``STATS_RETENTION_DAYS``. ``forget_user`` anonymises the person's closed
cases at once and marks an open one, so that it is anonymised as soon as it closes.
"""

from __future__ import annotations

import json
import logging
import secrets
import statistics
import time
from collections.abc import AsyncIterator, Callable
from typing import Any

from bot import config
from bot.config import Setting
from bot.engine.model import Inbound
from bot.handover.metrics import observe_claim
from bot.handover.model import (
    CATEGORIES,
    MSG_CAP,
    OUTCOMES,
    PRIORITIES,
    Case,
    CaseError,
    Opened,
    message_item,
)
from bot.storage import Storage
from bot.storage.cases import CaseStore

log = logging.getLogger(__name__)

SETTINGS = (
    Setting("CLAIM_LEASE_MINUTES", "15",
            "A claimed case whose operator shows no activity for this long goes back to the queue, and the operators are told.", int),
    Setting("URGENT_REANNOUNCE_MINUTES", "5",
            "An urgent case nobody has claimed for this long is announced again to every operator on duty and to supervisors (and again "
            "after each such period).", int),
)

# Case hash fields an anonymised case keeps: what the supervisors' statistics and the CSV
# export need (times, category, priority, language, channel, outcome, rating). Everything
# else goes: the person's key, the operator, the reason, learned answers (``l:*``), flags.
ANON_FIELDS = ("ref", "channel", "lang", "category", "priority", "rank", "status", "created", "queued_at",
               "first_claimed", "claimed_at", "closed_at", "updated", "outcome", "rating", "anon")


def _flat(res: list[Any]) -> dict[str, str]:
    return {res[i]: res[i + 1] for i in range(0, len(res) - 1, 2)}


class CaseQueue:
    """The case queue. Cheap to create; holds registered scripts only."""

    def __init__(self, storage: Storage, inbox: Any = None, *, lease_ms: int | None = None, reannounce_ms: int | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.storage = storage
        self.keys = storage.keys
        self.store = CaseStore(storage)
        self.inbox = inbox
        self.lease_ms = lease_ms if lease_ms is not None else config.get("CLAIM_LEASE_MINUTES") * 60_000
        self.reannounce_ms = reannounce_ms if reannounce_ms is not None else config.get("URGENT_REANNOUNCE_MINUTES") * 60_000
        self.clock = clock

    def now_ms(self) -> int:
        return int(self.clock() * 1000)

    # -- the person's side ------------------------------------------------------------
    async def open_or_append(self, user: str, *, channel: str, lang: str, category: str = "other", priority: str = "normal",
                             reason: str = "", messages: list[dict[str, Any]] | None = None,
                             learned: dict[str, Any] | None = None) -> Opened:
        """Open a case for ``user``, or add to their open one (raising its priority if this is more urgent)."""
        if priority not in PRIORITIES:
            priority = "normal"
        if category not in CATEGORIES:
            category = "other"
        now = self.now_ms()
        items = [message_item(m.get("by", "person"), str(m.get("text", ""))[:4000], int(m.get("t") or now), media=m.get("media"),
                              i=m.get("i"))
                 for m in (messages or [])]
        pairs: list[str] = []
        for name, value in (learned or {}).items():
            pairs += [str(name)[:60], value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)]
        for _ in range(20):
            cur = await self.store.open_ref(user) or ""
            ref = f"{secrets.randbelow(900000) + 100000}"
            res = await self.store.open_or_append(
                user, ref, cur, now=now, channel=channel, lang=lang, category=category, priority=priority,
                rank=PRIORITIES[priority], reason=reason, reannounce_ms=self.reannounce_ms, msg_cap=MSG_CAP,
                learned=pairs, messages=items)
            if res[0] in ("retry", "collision"):
                continue
            place = int(res[4]) + 1 if res[4] is not None and int(res[4]) >= 0 else 0
            return Opened(ref=res[1], created=res[0] == "created", status=res[2], priority=res[3], place=place, operator=res[5])
        raise CaseError("busy", "could not open a case")

    async def add_message(self, ref: str, user: str, text: str, media: str | None = None, *, mid: str | None = None,
                          pic: str | None = None, ocr: str | None = None) -> bool:
        """The person's message joins their case (False when the case is closed or gone).
        ``mid``: the inbound message's id; the same message is not added twice. ``pic``: the id
        of a picture sealed into the case (``bot.pictures.store``), ``ocr`` its recognised text."""
        try:
            await self._do(ref, "person", "person", message_item("person", text[:4000], self.now_ms(), media=media, i=mid,
                                                                 pic=pic, ocr=(ocr or "")[:4000]))
        except CaseError:
            return False
        return True

    async def withdraw(self, ref: str, user: str) -> bool:
        """The person withdraws their request ("cancel")."""
        case = await self.get(ref)
        if case is None or case.user != user:
            return False
        try:
            await self._do(ref, "withdraw", "person", "withdrawn")
        except CaseError:
            return False
        return True

    async def rate(self, ref: str, user: str, score: int) -> bool:
        case = await self.get(ref)
        if case is None or case.user != user or score not in (1, 2, 3):
            return False
        try:
            await self._do(ref, "rate", "person", str(score))
        except CaseError:
            return False
        return True

    # -- operators ----------------------------------------------------------------------
    async def claim_next(self, operator: str) -> Case | None:
        """Take the first case in the queue (urgent, then high, then normal; oldest first)."""
        return await self._claim_ref("", operator)

    async def claim(self, ref: str, operator: str) -> Case:
        case = await self._claim_ref(ref, operator)
        assert case is not None
        return case

    async def _claim_ref(self, ref: str, operator: str) -> Case | None:
        res = await self.store.claim(ref, operator, now=self.now_ms(), lease_ms=self.lease_ms)
        if res[0] == "empty":
            return None
        if res[0] == "err":
            raise CaseError(res[1])
        case = Case.from_hash(_flat(res[1:]))
        observe_claim(case)  # (time to the first claim, for /metrics)
        await self._tell(case.user, "case_claimed", case.ref, {"ref": case.ref})
        return case

    async def reply(self, ref: str, operator: str, text: str, *, force: bool = False) -> None:
        """Store the operator's message and relay it to the person (through their inbox)."""
        text = text.strip()[:4000]
        if not text:
            raise CaseError("empty")
        user, _, _ = await self._do(ref, "reply", operator, message_item("operator", text, self.now_ms(), op=operator), force=force)
        await self._tell(user, "operator_message", ref, {"ref": ref, "text": text})

    async def note(self, ref: str, operator: str, text: str) -> None:
        text = text.strip()[:4000]
        if not text:
            raise CaseError("empty")
        await self._do(ref, "note", operator, json.dumps({"t": self.now_ms(), "op": operator, "text": text}, ensure_ascii=False))

    async def release(self, ref: str, operator: str, *, force: bool = False) -> None:
        user, _, place = await self._do(ref, "release", operator, force=force)
        await self._tell(user, "case_released", ref, {"ref": ref, "place": place})

    async def transfer(self, ref: str, operator: str, to_operator: str, *, force: bool = False) -> None:
        if not to_operator:
            raise CaseError("no_operator")
        await self._do(ref, "transfer", operator, to_operator, force=force)

    async def close(self, ref: str, operator: str, outcome: str, *, force: bool = False, ask_rating: bool = True) -> None:
        if outcome not in OUTCOMES:
            raise CaseError("bad_outcome", outcome)
        user, _, _ = await self._do(ref, "close", operator, outcome, force=force)
        await self._tell(user, "case_closed", ref, {"ref": ref, "rating": ask_rating})

    async def reopen(self, ref: str, operator: str) -> None:
        user, _, place = await self._do(ref, "reopen", operator)
        await self._tell(user, "case_reopened", ref, {"ref": ref, "place": place})

    async def touch(self, ref: str, operator: str) -> bool:
        """Operator activity on a claimed case: renews its lease. False when it is not theirs."""
        try:
            await self._do(ref, "touch", operator)
        except CaseError:
            return False
        return True

    async def audit_reveal(self, ref: str, supervisor: str, reason: str) -> None:
        from bot.abuse import supervision

        # first where nothing trims it by count (``bot.abuse.supervision``), then the audit stream
        await supervision(self.storage, {"ts": self.now_ms(), "case": ref, "kind": "reveal", "actor": supervisor, "reason": reason[:300]})
        await self._do(ref, "reveal", supervisor, reason[:300])

    async def _do(self, ref: str, kind: str, actor: str, arg: str = "", *, force: bool = False) -> tuple[str, str, int]:
        res = await self.store.act(ref, kind, actor, arg, now=self.now_ms(), lease_ms=self.lease_ms, force=force,
                                   reannounce_ms=self.reannounce_ms, msg_cap=MSG_CAP)
        if res[0] == "err":
            raise CaseError(res[1], res[2] if len(res) > 2 else "")
        return res[1], res[2], int(res[3] or 0)

    async def _tell(self, user: str, event: str, ref: str, data: dict[str, Any]) -> None:
        """Put a system event into the person's inbox (in order with their own messages)."""
        if not user or self.inbox is None:
            return
        await self.inbox.accept(Inbound(channel="system", user=user, event=event, data=data,
                                        message_id=f"{event}:{ref}:{self.now_ms()}:{secrets.token_hex(4)}"))

    # -- reading --------------------------------------------------------------------------
    async def get(self, ref: str) -> Case | None:
        h = await self.store.case(ref)
        return Case.from_hash(h) if h else None

    async def messages(self, ref: str, start: int = 0) -> list[dict[str, Any]]:
        return [json.loads(x) for x in await self.store.messages(ref, start)]

    async def notes(self, ref: str) -> list[dict[str, Any]]:
        return [json.loads(x) for x in await self.store.notes(ref)]

    async def _cases(self, refs: list[str]) -> list[Case]:
        return [Case.from_hash(h) for h in await self.store.cases(refs) if h]

    async def waiting(self, limit: int = 200, offset: int = 0) -> list[Case]:
        """Waiting cases in the order they will be claimed (``limit`` from the ``offset``-th)."""
        return await self._cases(await self.store.waiting_refs(offset, limit))

    async def claimed_cases(self, limit: int = 500) -> list[Case]:
        cases = await self._cases(await self.store.claimed_refs(limit))
        return sorted(cases, key=lambda c: (PRIORITIES.get(c.priority, 2), c.created))

    async def place(self, ref: str) -> int:
        r = await self.store.queue_rank(ref)
        return r + 1 if r is not None else 0

    async def recent_waits(self) -> list[int]:
        return [int(float(x)) for x in await self.store.claim_waits()]

    async def expected_wait_ms(self, place: int, on_duty: int = 1) -> int | None:
        """Median of recent waits from queueing to claim, scaled by place per operator on duty.
        None when there are no recent claims to go by."""
        waits = await self.recent_waits()
        if not waits or place <= 0:
            return None
        per_case = statistics.median(waits)
        return int(per_case * max(1.0, place / max(1, on_duty)))

    async def follow(self, last_id: str = "$", block_ms: int = 15000) -> AsyncIterator[tuple[str, dict[str, str]]]:
        """The audit stream, live. Yields (entry id, fields); a quiet period yields nothing."""
        while True:
            for entry_id, fields in await self.store.read_audit(last_id, block_ms):
                last_id = entry_id
                yield entry_id, fields

    # -- timers ---------------------------------------------------------------------------
    async def expire_leases(self, limit: int = 50) -> list[tuple[str, str, str]]:
        """Claimed cases without operator activity for the lease time go back to the queue."""
        out = await self.store.expire_leases(now=self.now_ms(), reannounce_ms=self.reannounce_ms, limit=limit)
        for ref, user, _op in out:
            await self._tell(user, "case_released", ref, {"ref": ref, "place": await self.place(ref)})
        return out

    async def reannounce_due(self, limit: int = 50) -> list[str]:
        """Urgent cases still unclaimed after the re-announce interval (audit kind ``reannounce``)."""
        return await self.store.reannounce_due(now=self.now_ms(), interval_ms=self.reannounce_ms, limit=limit)

    # -- retention and forget ----------------------------------------------------------------
    async def anonymise_due(self, cutoff_ms: int, limit: int = 100) -> list[str]:
        """Anonymise up to ``limit`` cases closed before ``cutoff_ms`` (one script: each case
        once, whichever process runs it). The refs anonymised."""
        return await self._anonymise([], cutoff_ms, limit, "retention")

    async def purge_due(self, cutoff_ms: int, limit: int = 100) -> int:
        """Delete up to ``limit`` anonymised cases closed before ``cutoff_ms``; trim the audit
        stream to the same age. The number of cases deleted."""
        return await self.store.purge(cutoff_ms=cutoff_ms, limit=limit)

    async def _anonymise(self, refs: list[str], cutoff_ms: int, limit: int, actor: str) -> list[str]:
        return await self.store.anonymise(refs, now=self.now_ms(), cutoff_ms=cutoff_ms, limit=limit, actor=actor, keep=ANON_FIELDS)

    async def forget_user(self, user: str) -> str | None:
        """The person asked to be forgotten: their closed cases are anonymised at once (only
        what statistics need stays); an open case is kept (an operator is working on it) and
        marked, so that it is anonymised as soon as it closes. Returns the open case's ref."""
        refs = await self.store.user_refs(user)
        open_ref = await self.store.open_ref(user)
        closed = sorted(ref for ref in refs if ref != open_ref)
        if closed:
            await self._anonymise(closed, 0, len(closed), "forget")
        await self.store.keep_only_open(user, open_ref)
        if open_ref:
            await self.store.mark_forget(open_ref)
        return open_ref

    async def closed_recently(self, limit: int) -> list[Case]:
        """Closed cases not yet anonymised, the last closed first."""
        return await self._cases(await self.store.closed_refs(limit))

    async def has_open(self, user: str) -> bool:
        """Whether the person has an open case."""
        return await self.store.has_open(user)

    async def learn(self, ref: str, name: str, value: str) -> bool:
        """Record something learned about the person (``l:<name>``) on a case that exists."""
        return await self.store.learn(ref, name, value)
