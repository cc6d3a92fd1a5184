-- Count one event in a fixed window: the window starts with the first event (so a burst
-- is never split by a clock boundary) and the counter always has its expiry (one atomic
-- step; EXPIRE NX would need Redis 7). Returns the count.
-- KEYS: counter. ARGV: window seconds.
local counter = KEYS[1]
local window = tonumber(ARGV[1])

local n = redis.call('INCR', counter)
if n == 1 or redis.call('TTL', counter) < 0 then redis.call('EXPIRE', counter, window) end
return n
