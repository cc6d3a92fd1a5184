-- Urgent cases still waiting at their announcement time: announce them again (audit kind
-- 'reannounce') and schedule the next announcement; cases no longer waiting leave the
-- schedule. Each due case goes to exactly one caller. Returns the refs announced.
-- KEYS: urgent_due, audit stream.
-- ARGV: case key prefix (the case hash is prefix .. ref), now ms, interval ms, limit.
local urgent_due = KEYS[1]
local audit_stream = KEYS[2]
local case_prefix = ARGV[1]
local now = tonumber(ARGV[2])
local interval_ms = tonumber(ARGV[3])
local limit = tonumber(ARGV[4])

-- include: case_lib

local due = redis.call('ZRANGEBYSCORE', urgent_due, '-inf', now, 'LIMIT', 0, limit)
local out = {}
for _, ref in ipairs(due) do
  local ck = case_prefix .. ref
  if redis.call('HGET', ck, 'status') == 'waiting' then
    redis.call('ZADD', urgent_due, now + interval_ms, ref)
    local waited = now - tonumber(redis.call('HGET', ck, 'queued_at') or now)
    audit(ref, 'reannounce', 'system', 'wait_ms', waited, 'priority', 'urgent')
    out[#out + 1] = ref
  else
    redis.call('ZREM', urgent_due, ref)
  end
end
return out
