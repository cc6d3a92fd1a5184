-- Save a person's state and acknowledge the message in one step, but only while this
-- worker still owns the partition (a fence: a worker that paused past its lease must
-- not overwrite the work of the new owner), and only if the state is still the one
-- this worker read (its ``z``, the last applied entry id, is unchanged: a compare and
-- set that makes the worker's in-process state cache safe).
-- Returns 1 saved, 0 lease lost, -1 state changed meanwhile.
local lease = KEYS[1]              -- Keys.lease: the partition's owner
local state = KEYS[2]              -- Keys.user: the person's state hash
local inbox = KEYS[3]              -- Keys.inbox: the partition's stream
local worker = ARGV[1]             -- this worker's id
local entry = ARGV[2]              -- the stream entry id to acknowledge
local ttl = tonumber(ARGV[3])      -- state TTL, seconds
local group = ARGV[4]              -- the stream's consumer group
local expected_z = ARGV[5]         -- the state's ``z`` as read ("" for none)
local ndel = tonumber(ARGV[6])     -- how many field names to delete follow
-- ARGV[7 .. 6 + ndel]: field names to delete; then field/value pairs to set
if redis.call('GET', lease) ~= worker then return 0 end
if (redis.call('HGET', state, 'z') or '') ~= expected_z then return -1 end
local i = 7
if ndel > 0 then
  local dels = {}
  for j = 1, ndel do dels[j] = ARGV[i]; i = i + 1 end
  redis.call('HDEL', state, unpack(dels))
end
if #ARGV >= i then
  redis.call('HSET', state, unpack(ARGV, i))
end
if redis.call('EXISTS', state) == 1 then
  redis.call('EXPIRE', state, ttl)
end
redis.call('XACK', inbox, group, entry)
redis.call('XDEL', inbox, entry)
return 1
