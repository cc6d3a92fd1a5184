-- The person asked to be forgotten while this case is open: mark it (field fg = '1'), so
-- that it is anonymised at the first retention run after it closes (at once if it closed
-- meanwhile). Returns 1, or 0 when the case is gone.
-- KEYS: case hash, closed index. ARGV: ref.
local case = KEYS[1]
local closed_index = KEYS[2]
local ref = ARGV[1]

if redis.call('EXISTS', case) == 0 then return 0 end
redis.call('HSET', case, 'fg', '1')
if redis.call('HGET', case, 'status') == 'closed' and redis.call('HEXISTS', case, 'anon') == 0 then
  redis.call('ZADD', closed_index, 0, ref)
end
return 1
