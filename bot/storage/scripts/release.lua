-- Give a lease back only if we still hold it. Returns 1 given back, 0 not ours.
local lease = KEYS[1]   -- Keys.lease
local worker = ARGV[1]  -- this worker's id
if redis.call('GET', lease) == worker then return redis.call('DEL', lease) end
return 0
