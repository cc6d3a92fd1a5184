"""The case queue in Redis: one API for every operator interface (web console, Telegram group).

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

log = logging.getLogger(__name__)

SETTINGS = (
    Setting("CLAIM_LEASE_MINUTES", "15", "A claimed case whose operator shows no activity for this long goes back to the queue, and the operators are told.", int),
    Setting("URGENT_REANNOUNCE_MINUTES", "5", "An urgent case nobody has claimed for this long is announced again to every operator on duty and to supervisors (and again after each such period).", int),
)

_AUDIT = """
local function audit(now, ref, kind, actor, ...)
  return redis.call('XADD', KEYS[AK], 'MAXLEN', '~', 1000000, '*', 'ts', now, 'case', ref, 'kind', kind, 'actor', actor, ...)
end
"""


# A person's message carries the id of the inbound message it came from ("i"): a message
# handled again after a crash (at least once) is then not added to the case twice.
_SEEN = """
local function seen(key, item)
  local m = string.match(item, '"i":"[^"]*"')
  if not m then return false end
  for _, it in ipairs(redis.call('LRANGE', key, -10, -1)) do
    if string.find(it, m, 1, true) then return true end
  end
  return false
end
"""


def _lua(body: str, audit_key_index: int) -> str:
    return _AUDIT.replace("KEYS[AK]", f"KEYS[{audit_key_index}]") + body


# Open a case or add to the person's open one.
# KEYS: open(1) new case(2) new msgs(3) queue(4) audit(5) urgent_due(6) user_cases(7) cur case(8) cur msgs(9)
# ARGV: user(1) new ref(2) now(3) channel(4) lang(5) category(6) priority(7) rank(8) reason(9)
#       reannounce ms(10) ref the caller read from `open` or ''(11) msg cap(12) n learned pairs(13) then pairs, then messages
OPEN_LUA = _lua(_SEEN + """
local now = tonumber(ARGV[3])
local cur = redis.call('HGET', KEYS[1], ARGV[1])
if (cur or '') ~= ARGV[11] then return {'retry'} end
local nl = tonumber(ARGV[13])
local i0 = 14
local learned = {}
for j = 0, nl * 2 - 1 do learned[#learned + 1] = ARGV[i0 + j] end
local first_msg = i0 + nl * 2
if cur then
  local st = redis.call('HGET', KEYS[8], 'status')
  if st and st ~= 'closed' then
    for j = first_msg, #ARGV do
      if not seen(KEYS[9], ARGV[j]) then redis.call('RPUSH', KEYS[9], ARGV[j]) end
    end
    redis.call('LTRIM', KEYS[9], -tonumber(ARGV[12]), -1)
    for j = 1, #learned, 2 do redis.call('HSET', KEYS[8], 'l:' .. learned[j], learned[j + 1]) end
    redis.call('HSET', KEYS[8], 'updated', now)
    local oldrank = tonumber(redis.call('HGET', KEYS[8], 'rank'))
    local newrank = tonumber(ARGV[8])
    local prio = redis.call('HGET', KEYS[8], 'priority')
    if newrank < oldrank then
      prio = ARGV[7]
      redis.call('HSET', KEYS[8], 'priority', prio, 'rank', newrank)
      if st == 'waiting' then
        redis.call('ZADD', KEYS[4], newrank * 1e13 + tonumber(redis.call('HGET', KEYS[8], 'created')), cur)
        if prio == 'urgent' then redis.call('ZADD', KEYS[6], now + tonumber(ARGV[10]), cur) end
      end
      audit(now, cur, 'escalated', 'person', 'priority', prio, 'reason', ARGV[9])
    else
      audit(now, cur, 'appended', 'person', 'reason', ARGV[9])
    end
    local place = -1
    if st == 'waiting' then place = redis.call('ZRANK', KEYS[4], cur) end
    return {'appended', cur, st, prio, place, redis.call('HGET', KEYS[8], 'operator') or ''}
  end
end
if redis.call('EXISTS', KEYS[2]) == 1 then return {'collision'} end
local ref = ARGV[2]
redis.call('HSET', KEYS[2], 'ref', ref, 'user', ARGV[1], 'channel', ARGV[4], 'lang', ARGV[5], 'category', ARGV[6],
  'priority', ARGV[7], 'rank', ARGV[8], 'status', 'waiting', 'created', now, 'queued_at', now, 'updated', now, 'reason', ARGV[9])
for j = 1, #learned, 2 do redis.call('HSET', KEYS[2], 'l:' .. learned[j], learned[j + 1]) end
for j = first_msg, #ARGV do redis.call('RPUSH', KEYS[3], ARGV[j]) end
redis.call('ZADD', KEYS[4], tonumber(ARGV[8]) * 1e13 + now, ref)
redis.call('HSET', KEYS[1], ARGV[1], ref)
redis.call('SADD', KEYS[7], ref)
if ARGV[7] == 'urgent' then redis.call('ZADD', KEYS[6], now + tonumber(ARGV[10]), ref) end
audit(now, ref, 'opened', 'person', 'priority', ARGV[7], 'category', ARGV[6], 'lang', ARGV[5], 'channel', ARGV[4], 'reason', ARGV[9])
return {'created', ref, 'waiting', ARGV[7], redis.call('ZRANK', KEYS[4], ref), ''}
""", 5)

# Claim a given case or the first in the queue. The whole check-and-take is one
# script, so two operators can never both get one case.
# KEYS: queue(1) claimed(2) audit(3) claim_waits(4) urgent_due(5)
# ARGV: case key prefix(1) operator(2) now(3) lease ms(4) ref or ''(5)
CLAIM_LUA = _lua("""
local now = tonumber(ARGV[3])
local ref = ARGV[5]
if ref == '' then
  local top = redis.call('ZRANGE', KEYS[1], 0, 0)
  if #top == 0 then return {'empty'} end
  ref = top[1]
end
local ck = ARGV[1] .. ref
local st = redis.call('HGET', ck, 'status')
if not st then return {'err', 'not_found'} end
if st ~= 'waiting' then return {'err', 'not_waiting'} end
redis.call('ZREM', KEYS[1], ref)
redis.call('ZREM', KEYS[5], ref)
redis.call('ZADD', KEYS[2], now + tonumber(ARGV[4]), ref)
local waited = now - tonumber(redis.call('HGET', ck, 'queued_at') or now)
redis.call('HSET', ck, 'status', 'claimed', 'operator', ARGV[2], 'claimed_at', now, 'updated', now)
if redis.call('HSETNX', ck, 'first_claimed', now) == 1 then
  redis.call('LPUSH', KEYS[4], waited)
  redis.call('LTRIM', KEYS[4], 0, 49)
end
audit(now, ref, 'claimed', ARGV[2], 'wait_ms', waited, 'priority', redis.call('HGET', ck, 'priority'))
return {'ok', unpack(redis.call('HGETALL', ck))}
""", 3)

# Every other change to one case. KEYS: case(1) msgs(2) queue(3) claimed(4) audit(5) open(6) urgent_due(7) notes(8)
# closed(9). ARGV: ref(1) kind(2) actor(3) now(4) lease ms(5) force(6) arg1(7) arg2(8) reannounce ms(9) msg cap(10)
ACT_LUA = _lua(_SEEN + """
local ref, kind, actor, now = ARGV[1], ARGV[2], ARGV[3], tonumber(ARGV[4])
local st = redis.call('HGET', KEYS[1], 'status')
if not st then return {'err', 'not_found'} end
local owner = redis.call('HGET', KEYS[1], 'operator') or ''
local user = redis.call('HGET', KEYS[1], 'user') or ''
local function mine()
  if st ~= 'claimed' then return 'not_claimed' end
  if owner ~= actor and ARGV[6] ~= '1' then return 'not_yours' end
  return nil
end
local function requeue()
  redis.call('ZREM', KEYS[4], ref)
  redis.call('HSET', KEYS[1], 'status', 'waiting', 'operator', '', 'queued_at', now, 'updated', now)
  local rank = tonumber(redis.call('HGET', KEYS[1], 'rank'))
  redis.call('ZADD', KEYS[3], rank * 1e13 + tonumber(redis.call('HGET', KEYS[1], 'created')), ref)
  if rank == 0 then redis.call('ZADD', KEYS[7], now + tonumber(ARGV[9]), ref) end
end
local function push(key, item)
  redis.call('RPUSH', key, item)
  redis.call('LTRIM', key, -tonumber(ARGV[10]), -1)
end
local function place()
  local r = redis.call('ZRANK', KEYS[3], ref)
  if r then return r + 1 end
  return 0
end
local e
if kind == 'reply' then
  e = mine(); if e then return {'err', e} end
  push(KEYS[2], ARGV[7])
  redis.call('ZADD', KEYS[4], 'XX', now + tonumber(ARGV[5]), ref)
  redis.call('HSET', KEYS[1], 'updated', now)
  audit(now, ref, 'reply', actor)
elseif kind == 'touch' then
  e = mine(); if e then return {'err', e} end
  redis.call('ZADD', KEYS[4], 'XX', now + tonumber(ARGV[5]), ref)
  return {'ok', user, owner, 0}
elseif kind == 'note' then
  if redis.call('HEXISTS', KEYS[1], 'anon') == 1 then return {'err', 'closed'} end  -- (nothing may come back)
  push(KEYS[8], ARGV[7])
  if st == 'claimed' and owner == actor then redis.call('ZADD', KEYS[4], 'XX', now + tonumber(ARGV[5]), ref) end
  audit(now, ref, 'note', actor)
elseif kind == 'person' then
  if st == 'closed' then return {'err', 'closed'} end
  if seen(KEYS[2], ARGV[7]) then return {'ok', user, owner, 0} end
  push(KEYS[2], ARGV[7])
  redis.call('HSET', KEYS[1], 'updated', now)
  audit(now, ref, 'message', 'person')
elseif kind == 'release' then
  e = mine(); if e then return {'err', e} end
  requeue()
  audit(now, ref, 'released', actor, 'operator', owner)
  return {'ok', user, owner, place()}
elseif kind == 'transfer' then
  e = mine(); if e then return {'err', e} end
  redis.call('HSET', KEYS[1], 'operator', ARGV[7], 'claimed_at', now, 'updated', now)
  redis.call('ZADD', KEYS[4], now + tonumber(ARGV[5]), ref)
  audit(now, ref, 'transferred', actor, 'from', owner, 'to', ARGV[7])
elseif kind == 'close' or kind == 'withdraw' then
  if st == 'closed' then return {'err', 'closed'} end
  if kind == 'close' then e = mine(); if e then return {'err', e} end end
  redis.call('ZREM', KEYS[3], ref); redis.call('ZREM', KEYS[4], ref); redis.call('ZREM', KEYS[7], ref)
  redis.call('HSET', KEYS[1], 'status', 'closed', 'closed_at', now, 'updated', now, 'outcome', ARGV[7])
  if redis.call('HGET', KEYS[6], user) == ref then redis.call('HDEL', KEYS[6], user) end
  -- retention index; a person who asked to be forgotten while it was open: anonymise it at the next run
  local due = now
  if redis.call('HGET', KEYS[1], 'fg') == '1' then due = 0 end
  redis.call('ZADD', KEYS[9], due, ref)
  local created = tonumber(redis.call('HGET', KEYS[1], 'created'))
  local fc = redis.call('HGET', KEYS[1], 'first_claimed')
  local claim_ms = ''
  if fc then claim_ms = tonumber(fc) - created end
  local by = actor
  if kind == 'withdraw' then by = 'person' end
  audit(now, ref, 'closed', by, 'outcome', ARGV[7], 'claim_ms', claim_ms, 'close_ms', now - created, 'operator', owner)
elseif kind == 'reopen' then
  if st ~= 'closed' then return {'err', 'not_closed'} end
  if user == '' then return {'err', 'forgotten'} end
  local other = redis.call('HGET', KEYS[6], user)
  if other and other ~= ref then return {'err', 'has_open', other} end
  redis.call('HSET', KEYS[6], user, ref)
  redis.call('HDEL', KEYS[1], 'outcome', 'closed_at')
  redis.call('ZREM', KEYS[9], ref)
  requeue()
  audit(now, ref, 'reopened', actor)
  return {'ok', user, owner, place()}
elseif kind == 'rate' then
  if st ~= 'closed' then return {'err', 'not_closed'} end
  if redis.call('HSETNX', KEYS[1], 'rating', ARGV[7]) == 0 then return {'err', 'rated'} end
  audit(now, ref, 'rated', 'person', 'rating', ARGV[7])
elseif kind == 'reveal' then
  audit(now, ref, 'revealed', actor, 'reason', ARGV[7])
else
  return {'err', 'bad_kind'}
end
return {'ok', user, owner, 0}
""", 5)

# Claimed cases whose lease ran out go back to the queue. KEYS: claimed(1) queue(2) audit(3) urgent_due(4)
# ARGV: case prefix(1) now(2) reannounce ms(3) limit(4). Returns ref, user, operator triples.
EXPIRE_LUA = _lua("""
local now = tonumber(ARGV[2])
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[4]))
local out = {}
for _, ref in ipairs(due) do
  redis.call('ZREM', KEYS[1], ref)
  local ck = ARGV[1] .. ref
  if redis.call('HGET', ck, 'status') == 'claimed' then
    local owner = redis.call('HGET', ck, 'operator') or ''
    redis.call('HSET', ck, 'status', 'waiting', 'operator', '', 'queued_at', now, 'updated', now)
    local rank = tonumber(redis.call('HGET', ck, 'rank'))
    redis.call('ZADD', KEYS[2], rank * 1e13 + tonumber(redis.call('HGET', ck, 'created')), ref)
    if rank == 0 then redis.call('ZADD', KEYS[4], now + tonumber(ARGV[3]), ref) end
    audit(now, ref, 'lease_expired', 'system', 'operator', owner)
    out[#out + 1] = ref; out[#out + 1] = redis.call('HGET', ck, 'user') or ''; out[#out + 1] = owner
  end
end
return out
""", 3)

# Urgent cases still waiting at their announcement time: announce again, reschedule.
# KEYS: urgent_due(1) audit(2). ARGV: case prefix(1) now(2) interval ms(3) limit(4). Returns refs.
REANNOUNCE_LUA = _lua("""
local now = tonumber(ARGV[2])
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', now, 'LIMIT', 0, tonumber(ARGV[4]))
local out = {}
for _, ref in ipairs(due) do
  local ck = ARGV[1] .. ref
  if redis.call('HGET', ck, 'status') == 'waiting' then
    redis.call('ZADD', KEYS[1], now + tonumber(ARGV[3]), ref)
    local waited = now - tonumber(redis.call('HGET', ck, 'queued_at') or now)
    audit(now, ref, 'reannounce', 'system', 'wait_ms', waited, 'priority', 'urgent')
    out[#out + 1] = ref
  else
    redis.call('ZREM', KEYS[1], ref)
  end
end
return out
""", 2)


# Case hash fields an anonymised case keeps: what the supervisors' statistics and the CSV
# export need (times, category, priority, language, channel, outcome, rating). Everything
# else goes: the person's key, the operator, the reason, learned answers (``l:*``), flags.
ANON_FIELDS = ("ref", "channel", "lang", "category", "priority", "rank", "status", "created", "queued_at",
               "first_claimed", "claimed_at", "closed_at", "updated", "outcome", "rating", "anon")

# Anonymise closed cases: keep ANON_FIELDS of the hash, delete the conversation, the notes and the
# case's other keys, unlink it from the person. The case hash is the truth, the index a hint: a case
# that is not closed (reopened) leaves the index; one closed later than the cutoff is re-scored.
# KEYS: closed(1) anon(2) audit(3)
# ARGV: now(1) cutoff ms(2) limit(3) case prefix(4) user-cases prefix(5) actor(6) n keep(7), keep fields,
#       n templates, per-case key templates ('@REF@' stands for the ref), then refs (none: the due ones)
ANON_LUA = _lua("""
local now, cutoff = tonumber(ARGV[1]), tonumber(ARGV[2])
local keep = {}
local i = 8
for j = 1, tonumber(ARGV[7]) do keep[ARGV[i]] = true; i = i + 1 end
local tpls = {}
local nt = tonumber(ARGV[i]); i = i + 1
for j = 1, nt do tpls[#tpls + 1] = ARGV[i]; i = i + 1 end
local refs = {}
if i > #ARGV then
  refs = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', cutoff, 'LIMIT', 0, tonumber(ARGV[3]))
else
  for j = i, #ARGV do refs[#refs + 1] = ARGV[j] end
  cutoff = now  -- (forget: every closed case of the person, at once)
end
local out = {}
for _, ref in ipairs(refs) do
  local ck = ARGV[4] .. ref
  local st = redis.call('HGET', ck, 'status')
  local closed_at = tonumber(redis.call('HGET', ck, 'closed_at') or '0') or 0
  if st ~= 'closed' or redis.call('HEXISTS', ck, 'anon') == 1 then
    redis.call('ZREM', KEYS[1], ref)
  elseif closed_at > cutoff and redis.call('HGET', ck, 'fg') ~= '1' then
    redis.call('ZADD', KEYS[1], closed_at, ref)
  else
    local user = redis.call('HGET', ck, 'user') or ''
    if user ~= '' then redis.call('SREM', ARGV[5] .. user, ref) end
    local drop = {}
    for _, f in ipairs(redis.call('HKEYS', ck)) do
      if not keep[f] then drop[#drop + 1] = f end
    end
    if #drop > 0 then redis.call('HDEL', ck, unpack(drop)) end
    redis.call('HSET', ck, 'anon', now)
    for _, t in ipairs(tpls) do redis.call('DEL', (string.gsub(t, '@REF@', ref))) end
    redis.call('ZREM', KEYS[1], ref)
    redis.call('ZADD', KEYS[2], closed_at, ref)
    out[#out + 1] = ref
  end
end
if #out > 0 then audit(now, '', 'anonymised', ARGV[6], 'n', #out) end
return out
""", 3)

# Delete anonymised cases closed before the cutoff, and trim the audit stream to the same age
# (approximately: whole stream nodes, at most 10,000 entries a call).
# KEYS: anon(1) audit(2). ARGV: cutoff ms(1) limit(2) case prefix(3). Returns the number deleted.
PURGE_LUA = """
local due = redis.call('ZRANGEBYSCORE', KEYS[1], '-inf', tonumber(ARGV[1]), 'LIMIT', 0, tonumber(ARGV[2]))
local n = 0
for _, ref in ipairs(due) do
  redis.call('ZREM', KEYS[1], ref)
  local ck = ARGV[3] .. ref
  if redis.call('HEXISTS', ck, 'anon') == 1 then
    redis.call('DEL', ck)
    n = n + 1
  end
end
redis.call('XTRIM', KEYS[2], 'MINID', '~', ARGV[1])
return n
"""

# The person asked to be forgotten while this case is open: mark it, so that it is anonymised at
# the first retention run after it closes (at once if it closed meanwhile). KEYS: case(1) closed(2). ARGV: ref.
MARK_FORGET_LUA = """
if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
redis.call('HSET', KEYS[1], 'fg', '1')
if redis.call('HGET', KEYS[1], 'status') == 'closed' and redis.call('HEXISTS', KEYS[1], 'anon') == 0 then
  redis.call('ZADD', KEYS[2], 0, ARGV[1])
end
return 1
"""


def _flat(res: list[Any]) -> dict[str, str]:
    return {res[i]: res[i + 1] for i in range(0, len(res) - 1, 2)}


class CaseQueue:
    """The case queue. Cheap to create; holds registered scripts only."""

    def __init__(self, storage: Storage, inbox: Any = None, *, lease_ms: int | None = None, reannounce_ms: int | None = None,
                 clock: Callable[[], float] = time.time) -> None:
        self.storage = storage
        self.redis = storage.redis
        self.keys = storage.keys
        self.inbox = inbox
        self.lease_ms = lease_ms if lease_ms is not None else config.get("CLAIM_LEASE_MINUTES") * 60_000
        self.reannounce_ms = reannounce_ms if reannounce_ms is not None else config.get("URGENT_REANNOUNCE_MINUTES") * 60_000
        self.clock = clock
        r = storage.redis
        self._open = r.register_script(OPEN_LUA)
        self._claim = r.register_script(CLAIM_LUA)
        self._act = r.register_script(ACT_LUA)
        self._expire = r.register_script(EXPIRE_LUA)
        self._reannounce = r.register_script(REANNOUNCE_LUA)
        self._anon = r.register_script(ANON_LUA)
        self._purge = r.register_script(PURGE_LUA)
        self._mark_forget = r.register_script(MARK_FORGET_LUA)

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
        k = self.keys
        now = self.now_ms()
        items = [message_item(m.get("by", "person"), str(m.get("text", ""))[:4000], int(m.get("t") or now), media=m.get("media"),
                              i=m.get("i"))
                 for m in (messages or [])]
        pairs: list[str] = []
        for name, value in (learned or {}).items():
            pairs += [str(name)[:60], value if isinstance(value, str) else json.dumps(value, ensure_ascii=False)]
        for _ in range(20):
            cur = await self.redis.hget(k.open_cases(), user) or ""
            ref = f"{secrets.randbelow(900000) + 100000}"
            res = await self._open(
                keys=[k.open_cases(), k.case(ref), k.case_msgs(ref), k.queue(), k.audit(), k.urgent_due(), k.user_cases(user),
                      k.case(cur or ref), k.case_msgs(cur or ref)],
                args=[user, ref, now, channel, lang, category, priority, PRIORITIES[priority], reason, self.reannounce_ms, cur,
                      MSG_CAP, len(pairs) // 2, *pairs, *items],
            )
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
        k = self.keys
        res = await self._claim(
            keys=[k.queue(), k.claimed(), k.audit(), k.claim_waits(), k.urgent_due()],
            args=[k.case_prefix(), operator, self.now_ms(), self.lease_ms, ref],
        )
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
        await self._do(ref, "note", operator, json.dumps({"t": self.now_ms(), "op": operator, "text": text}, ensure_ascii=False),
                       key=self.keys.case_notes(ref))

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

    async def _do(self, ref: str, kind: str, actor: str, arg1: str = "", arg2: str = "", *, force: bool = False,
                  key: str | None = None) -> tuple[str, str, int]:
        k = self.keys
        res = await self._act(
            keys=[k.case(ref), k.case_msgs(ref), k.queue(), k.claimed(), k.audit(), k.open_cases(), k.urgent_due(), key or k.case_notes(ref),
                  closed_index(k)],
            args=[ref, kind, actor, self.now_ms(), self.lease_ms, "1" if force else "0", arg1, arg2, self.reannounce_ms, MSG_CAP],
        )
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
        h = await self.redis.hgetall(self.keys.case(ref))
        return Case.from_hash(h) if h else None

    async def messages(self, ref: str, start: int = 0) -> list[dict[str, Any]]:
        return [json.loads(x) for x in await self.redis.lrange(self.keys.case_msgs(ref), start, -1)]

    async def notes(self, ref: str) -> list[dict[str, Any]]:
        return [json.loads(x) for x in await self.redis.lrange(self.keys.case_notes(ref), 0, -1)]

    async def _cases(self, refs: list[str]) -> list[Case]:
        if not refs:
            return []
        pipe = self.redis.pipeline(transaction=False)
        for ref in refs:
            pipe.hgetall(self.keys.case(ref))
        return [Case.from_hash(h) for h in await pipe.execute() if h]

    async def waiting(self, limit: int = 200, offset: int = 0) -> list[Case]:
        """Waiting cases in the order they will be claimed (``limit`` from the ``offset``-th)."""
        return await self._cases(await self.redis.zrange(self.keys.queue(), offset, offset + limit - 1))

    async def claimed_cases(self, limit: int = 500) -> list[Case]:
        cases = await self._cases(await self.redis.zrange(self.keys.claimed(), 0, limit - 1))
        return sorted(cases, key=lambda c: (PRIORITIES.get(c.priority, 2), c.created))

    async def place(self, ref: str) -> int:
        r = await self.redis.zrank(self.keys.queue(), ref)
        return r + 1 if r is not None else 0

    async def recent_waits(self) -> list[int]:
        return [int(float(x)) for x in await self.redis.lrange(self.keys.claim_waits(), 0, 49)]

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
            res = await self.redis.xread({self.keys.audit(): last_id}, count=100, block=block_ms)
            for _stream, entries in res or []:
                for entry_id, fields in entries:
                    last_id = entry_id
                    yield entry_id, fields

    # -- timers ---------------------------------------------------------------------------
    async def expire_leases(self, limit: int = 50) -> list[tuple[str, str, str]]:
        """Claimed cases without operator activity for the lease time go back to the queue."""
        k = self.keys
        res = await self._expire(keys=[k.claimed(), k.queue(), k.audit(), k.urgent_due()],
                                 args=[k.case_prefix(), self.now_ms(), self.reannounce_ms, limit])
        out = [(res[i], res[i + 1], res[i + 2]) for i in range(0, len(res), 3)]
        for ref, user, _op in out:
            await self._tell(user, "case_released", ref, {"ref": ref, "place": await self.place(ref)})
        return out

    async def reannounce_due(self, limit: int = 50) -> list[str]:
        """Urgent cases still unclaimed after the re-announce interval (audit kind ``reannounce``)."""
        k = self.keys
        return list(await self._reannounce(keys=[k.urgent_due(), k.audit()], args=[k.case_prefix(), self.now_ms(), self.reannounce_ms, limit]))

    # -- retention and forget ----------------------------------------------------------------
    async def anonymise_due(self, cutoff_ms: int, limit: int = 100) -> list[str]:
        """Anonymise up to ``limit`` cases closed before ``cutoff_ms`` (one script: each case
        once, whichever process runs it). The refs anonymised."""
        return await self._anonymise([], cutoff_ms, limit, "retention")

    async def purge_due(self, cutoff_ms: int, limit: int = 100) -> int:
        """Delete up to ``limit`` anonymised cases closed before ``cutoff_ms``; trim the audit
        stream to the same age. The number of cases deleted."""
        k = self.keys
        return int(await self._purge(keys=[anon_index(k), k.audit()], args=[cutoff_ms, limit, k.case_prefix()]))

    async def _anonymise(self, refs: list[str], cutoff_ms: int, limit: int, actor: str) -> list[str]:
        k = self.keys
        templates = [k.case_msgs("@REF@"), k.case_notes("@REF@"), k.sms_failures("@REF@"), k.any("case:@REF@:p")]  # :p pictures
        res = await self._anon(
            keys=[closed_index(k), anon_index(k), k.audit()],
            args=[self.now_ms(), cutoff_ms, limit, k.case_prefix(), k.user_cases(""), actor,
                  len(ANON_FIELDS), *ANON_FIELDS, len(templates), *templates, *refs],
        )
        return list(res)

    async def forget_user(self, user: str) -> str | None:
        """The person asked to be forgotten: their closed cases are anonymised at once (only
        what statistics need stays); an open case is kept (an operator is working on it) and
        marked, so that it is anonymised as soon as it closes. Returns the open case's ref."""
        k = self.keys
        r: Any = self.redis
        refs: set[str] = await r.smembers(k.user_cases(user))
        open_ref: str | None = await r.hget(k.open_cases(), user)
        closed = sorted(ref for ref in refs if ref != open_ref)
        if closed:
            await self._anonymise(closed, 0, len(closed), "forget")
        pipe = self.redis.pipeline(transaction=True)
        pipe.delete(k.user_cases(user))  # (also drops refs of cases that no longer exist)
        if open_ref:
            pipe.sadd(k.user_cases(user), open_ref)
        await pipe.execute()
        if open_ref:
            await self._mark_forget(keys=[k.case(open_ref), closed_index(k)], args=[open_ref])
        return open_ref


def closed_index(keys: Any) -> str:
    """Sorted set: closed, not yet anonymised refs by closing time (ms)."""
    return keys.any("closed")


def anon_index(keys: Any) -> str:
    """Sorted set: anonymised refs by closing time (ms)."""
    return keys.any("anon")
