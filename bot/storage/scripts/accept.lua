-- Accept one inbound message durably: deduplicate on the provider id and append it to
-- the partition's stream in one atomic step. A person's messages beyond a per-minute
-- cap (a flood) are counted and dropped here, unless urgent: the worker handles a
-- partition's messages one after the other, so a flood let through would hold up the
-- people who share the flooder's partition. Returns the stream id, false for a
-- duplicate, 0 for a flood.
local dedup = KEYS[1]        -- Keys.dedup: marks the provider message id as accepted
local inbox = KEYS[2]        -- Keys.inbox: the partition's stream
local intake = KEYS[3]       -- Keys.intake: the person's messages this minute
local dedup_ttl = tonumber(ARGV[1])  -- seconds
local user = ARGV[2]
local payload = ARGV[3]      -- the Inbound as JSON
local request_id = ARGV[4]
local urgent = ARGV[5]       -- "1" when urgent (never dropped as a flood)
local per_minute = tonumber(ARGV[6])
if not redis.call('SET', dedup, '1', 'NX', 'EX', dedup_ttl) then return false end
if urgent ~= '1' then
  local n = redis.call('INCR', intake)
  if n == 1 then redis.call('EXPIRE', intake, 60) end
  if n > per_minute then return 0 end
end
return redis.call('XADD', inbox, '*', 'u', user, 'm', payload, 'r', request_id)
