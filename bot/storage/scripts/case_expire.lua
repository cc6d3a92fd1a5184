-- Claimed cases whose lease ran out (no operator activity for the lease time) go back to
-- the queue at their old place; urgent ones are due for announcement again. Each expired
-- case is returned to exactly one caller, so any number of processes may run this.
-- Returns a flat list of (ref, user key, operator) triples.
-- KEYS: claimed, queue, audit stream, urgent_due.
-- ARGV: case key prefix (the case hash is prefix .. ref), now ms, re-announce interval ms, limit.
local claimed = KEYS[1]
local queue = KEYS[2]
local audit_stream = KEYS[3]
local urgent_due = KEYS[4]
local case_prefix = ARGV[1]
local now = tonumber(ARGV[2])
local reannounce_ms = tonumber(ARGV[3])
local limit = tonumber(ARGV[4])

-- include: case_lib

local due = redis.call('ZRANGEBYSCORE', claimed, '-inf', now, 'LIMIT', 0, limit)
local out = {}
for _, ref in ipairs(due) do
  redis.call('ZREM', claimed, ref)
  local ck = case_prefix .. ref
  if redis.call('HGET', ck, 'status') == 'claimed' then
    local owner = redis.call('HGET', ck, 'operator') or ''
    redis.call('HSET', ck, 'status', 'waiting', 'operator', '', 'queued_at', now, 'updated', now)
    local rank = tonumber(redis.call('HGET', ck, 'rank'))
    redis.call('ZADD', queue, rank * 1e13 + tonumber(redis.call('HGET', ck, 'created')), ref)
    if rank == 0 then redis.call('ZADD', urgent_due, now + reannounce_ms, ref) end
    audit(ref, 'lease_expired', 'system', 'operator', owner)
    out[#out + 1] = ref; out[#out + 1] = redis.call('HGET', ck, 'user') or ''; out[#out + 1] = owner
  end
end
return out
