-- Take or renew a partition lease. KEYS: lease. ARGV: worker id, ttl ms.
-- Returns 1 renewed, 2 newly taken (someone may have worked it meanwhile), 0 held by another.
local cur = redis.call('GET', KEYS[1])
if cur == ARGV[1] then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', tonumber(ARGV[2]))
  return 1
end
if cur == false then
  redis.call('SET', KEYS[1], ARGV[1], 'PX', tonumber(ARGV[2]))
  return 2
end
return 0
