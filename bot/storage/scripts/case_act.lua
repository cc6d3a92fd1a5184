-- Every other change to one case, by kind: reply, touch, note, person (the person's
-- message), release, transfer, close, withdraw, reopen, rate, reveal. Operations on a
-- claimed case by anyone but its operator fail with 'not_yours' unless forced. A closed
-- case joins the retention index (score: closing time; 0 when the person asked to be
-- forgotten while it was open, so that the next retention run anonymises it).
-- Returns {'err', code[, other ref]} or {'ok', user key, operator, place in the queue (0: none)}.
-- KEYS: case hash, case messages, queue, claimed, audit stream, open cases hash, urgent_due,
--       case notes, closed index.
-- ARGV: ref, kind, actor, now ms, lease ms, force ('1' or '0'), arg (the message or note
--       JSON, the operator to transfer to, the outcome, the rating, the reason),
--       re-announce interval ms, message cap.
local case = KEYS[1]
local msgs = KEYS[2]
local queue = KEYS[3]
local claimed = KEYS[4]
local audit_stream = KEYS[5]
local open_cases = KEYS[6]
local urgent_due = KEYS[7]
local notes = KEYS[8]
local closed_index = KEYS[9]
local ref = ARGV[1]
local kind = ARGV[2]
local actor = ARGV[3]
local now = tonumber(ARGV[4])
local lease_ms = tonumber(ARGV[5])
local force = ARGV[6]
local arg = ARGV[7]
local reannounce_ms = tonumber(ARGV[8])
local msg_cap = tonumber(ARGV[9])

-- include: case_lib

-- A person's message carries the id of the inbound message it came from ("i"): a message
-- handled again after a crash (at least once) is then not added to the case twice.

local st = redis.call('HGET', case, 'status')
if not st then return {'err', 'not_found'} end
local owner = redis.call('HGET', case, 'operator') or ''
local user = redis.call('HGET', case, 'user') or ''
local function mine()
  if st ~= 'claimed' then return 'not_claimed' end
  if owner ~= actor and force ~= '1' then return 'not_yours' end
  return nil
end
local function requeue()
  redis.call('ZREM', claimed, ref)
  redis.call('HSET', case, 'status', 'waiting', 'operator', '', 'queued_at', now, 'updated', now)
  local rank = tonumber(redis.call('HGET', case, 'rank'))
  redis.call('ZADD', queue, rank * 1e13 + tonumber(redis.call('HGET', case, 'created')), ref)
  if rank == 0 then redis.call('ZADD', urgent_due, now + reannounce_ms, ref) end
end
local function push(key, item)
  redis.call('RPUSH', key, item)
  redis.call('LTRIM', key, -msg_cap, -1)
end
local function place()
  local r = redis.call('ZRANK', queue, ref)
  if r then return r + 1 end
  return 0
end
local e
if kind == 'reply' then
  e = mine(); if e then return {'err', e} end
  push(msgs, arg)
  redis.call('ZADD', claimed, 'XX', now + lease_ms, ref)
  redis.call('HSET', case, 'updated', now)
  audit(ref, 'reply', actor)
elseif kind == 'touch' then
  e = mine(); if e then return {'err', e} end
  redis.call('ZADD', claimed, 'XX', now + lease_ms, ref)
  return {'ok', user, owner, 0}
elseif kind == 'note' then
  if redis.call('HEXISTS', case, 'anon') == 1 then return {'err', 'closed'} end  -- (nothing may come back)
  push(notes, arg)
  if st == 'claimed' and owner == actor then redis.call('ZADD', claimed, 'XX', now + lease_ms, ref) end
  audit(ref, 'note', actor)
elseif kind == 'person' then
  if st == 'closed' then return {'err', 'closed'} end
  if seen(msgs, arg) then return {'ok', user, owner, 0} end
  push(msgs, arg)
  redis.call('HSET', case, 'updated', now)
  audit(ref, 'message', 'person')
elseif kind == 'release' then
  e = mine(); if e then return {'err', e} end
  requeue()
  audit(ref, 'released', actor, 'operator', owner)
  return {'ok', user, owner, place()}
elseif kind == 'transfer' then
  e = mine(); if e then return {'err', e} end
  redis.call('HSET', case, 'operator', arg, 'claimed_at', now, 'updated', now)
  redis.call('ZADD', claimed, now + lease_ms, ref)
  audit(ref, 'transferred', actor, 'from', owner, 'to', arg)
elseif kind == 'close' or kind == 'withdraw' then
  if st == 'closed' then return {'err', 'closed'} end
  if kind == 'close' then e = mine(); if e then return {'err', e} end end
  redis.call('ZREM', queue, ref); redis.call('ZREM', claimed, ref); redis.call('ZREM', urgent_due, ref)
  redis.call('HSET', case, 'status', 'closed', 'closed_at', now, 'updated', now, 'outcome', arg)
  if redis.call('HGET', open_cases, user) == ref then redis.call('HDEL', open_cases, user) end
  -- retention index; a person who asked to be forgotten while it was open: anonymise it at the next run
  local due = now
  if redis.call('HGET', case, 'fg') == '1' then due = 0 end
  redis.call('ZADD', closed_index, due, ref)
  local created = tonumber(redis.call('HGET', case, 'created'))
  local fc = redis.call('HGET', case, 'first_claimed')
  local claim_ms = ''
  if fc then claim_ms = tonumber(fc) - created end
  local by = actor
  if kind == 'withdraw' then by = 'person' end
  audit(ref, 'closed', by, 'outcome', arg, 'claim_ms', claim_ms, 'close_ms', now - created, 'operator', owner)
elseif kind == 'reopen' then
  if st ~= 'closed' then return {'err', 'not_closed'} end
  if user == '' then return {'err', 'forgotten'} end
  local other = redis.call('HGET', open_cases, user)
  if other and other ~= ref then return {'err', 'has_open', other} end
  redis.call('HSET', open_cases, user, ref)
  redis.call('HDEL', case, 'outcome', 'closed_at')
  redis.call('ZREM', closed_index, ref)
  requeue()
  audit(ref, 'reopened', actor)
  return {'ok', user, owner, place()}
elseif kind == 'rate' then
  if st ~= 'closed' then return {'err', 'not_closed'} end
  if redis.call('HSETNX', case, 'rating', arg) == 0 then return {'err', 'rated'} end
  audit(ref, 'rated', 'person', 'rating', arg)
elseif kind == 'reveal' then
  audit(ref, 'revealed', actor, 'reason', arg)
else
  return {'err', 'bad_kind'}
end
return {'ok', user, owner, 0}
