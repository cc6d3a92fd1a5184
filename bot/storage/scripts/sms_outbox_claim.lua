-- Claim the SMS outbox's due items: move each past a lease, so that only this process
-- tries it until the lease ends. Returns the claimed message ids.
local outbox = KEYS[1]                -- Keys.sms_outbox: message id -> time of the next attempt (ms)
local now = ARGV[1]                   -- ms
local lease_end = ARGV[2]             -- ms
local most = tonumber(ARGV[3])        -- most items to claim
local ids = redis.call('ZRANGEBYSCORE', outbox, '-inf', now, 'LIMIT', 0, most)
for _, id in ipairs(ids) do redis.call('ZADD', outbox, 'XX', lease_end, id) end
return ids
