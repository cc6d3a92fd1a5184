-- Save a person's state and acknowledge the message in one step, but only while this
-- worker still owns the partition (a fence: a worker that paused past its lease must
-- not overwrite the work of the new owner), and only if the state is still the one
-- this worker read (its ``z``, the last applied entry id, is unchanged: a compare and
-- set that makes the worker's in-process state cache safe). KEYS: lease, user hash,
-- stream. ARGV: worker id, stream entry id, ttl seconds, group, expected z ("" for
-- none), n fields to delete, then field names to delete, then field/value pairs to
-- set. Returns 1 saved, 0 lease lost, -1 state changed meanwhile.
if redis.call('GET', KEYS[1]) ~= ARGV[1] then return 0 end
if (redis.call('HGET', KEYS[2], 'z') or '') ~= ARGV[5] then return -1 end
local ndel = tonumber(ARGV[6])
local i = 7
if ndel > 0 then
  local dels = {}
  for j = 1, ndel do dels[j] = ARGV[i]; i = i + 1 end
  redis.call('HDEL', KEYS[2], unpack(dels))
end
if #ARGV >= i then
  redis.call('HSET', KEYS[2], unpack(ARGV, i))
end
if redis.call('EXISTS', KEYS[2]) == 1 then
  redis.call('EXPIRE', KEYS[2], tonumber(ARGV[3]))
end
redis.call('XACK', KEYS[3], ARGV[4], ARGV[2])
redis.call('XDEL', KEYS[3], ARGV[2])
return 1
