-- Take or renew a partition lease.
-- Returns 1 renewed, 2 newly taken (someone may have worked it meanwhile), 0 held by another.
local lease = KEYS[1]            -- Keys.lease: the worker that owns the partition
local worker = ARGV[1]           -- this worker's id
local ttl_ms = tonumber(ARGV[2])
local cur = redis.call('GET', lease)
if cur == worker then
  redis.call('SET', lease, worker, 'PX', ttl_ms)
  return 1
end
if cur == false then
  redis.call('SET', lease, worker, 'PX', ttl_ms)
  return 2
end
return 0
