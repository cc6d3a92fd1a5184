-- Claim a given case, or the first in the queue. The whole check-and-take is one script,
-- so two operators can never both get one case. The first claim of a case records the
-- wait from queueing to claim (the last 50 are kept for the expected-wait estimate).
-- Returns {'empty'} (nothing waiting), {'err', 'not_found' | 'not_waiting'}, or
-- {'ok', field, value, ...} with the claimed case's hash.
-- KEYS: queue, claimed, audit stream, claim waits, urgent_due.
-- ARGV: case key prefix (the case hash is prefix .. ref), operator, now ms, lease ms, ref ('' for the first waiting).
local queue = KEYS[1]
local claimed = KEYS[2]
local audit_stream = KEYS[3]
local claim_waits = KEYS[4]
local urgent_due = KEYS[5]
local case_prefix = ARGV[1]
local operator = ARGV[2]
local now = tonumber(ARGV[3])
local lease_ms = tonumber(ARGV[4])
local ref = ARGV[5]

-- include: case_lib

if ref == '' then
  local top = redis.call('ZRANGE', queue, 0, 0)
  if #top == 0 then return {'empty'} end
  ref = top[1]
end
local ck = case_prefix .. ref
local st = redis.call('HGET', ck, 'status')
if not st then return {'err', 'not_found'} end
if st ~= 'waiting' then return {'err', 'not_waiting'} end
redis.call('ZREM', queue, ref)
redis.call('ZREM', urgent_due, ref)
redis.call('ZADD', claimed, now + lease_ms, ref)
local waited = now - tonumber(redis.call('HGET', ck, 'queued_at') or now)
redis.call('HSET', ck, 'status', 'claimed', 'operator', operator, 'claimed_at', now, 'updated', now)
if redis.call('HSETNX', ck, 'first_claimed', now) == 1 then
  redis.call('LPUSH', claim_waits, waited)
  redis.call('LTRIM', claim_waits, 0, 49)
end
audit(ref, 'claimed', operator, 'wait_ms', waited, 'priority', redis.call('HGET', ck, 'priority'))
return {'ok', unpack(redis.call('HGETALL', ck))}
