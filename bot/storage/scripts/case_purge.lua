-- Delete anonymised cases closed before the cutoff, and trim the audit stream to the same
-- age (approximately: whole stream nodes, at most 10,000 entries a call).
-- Returns the number of cases deleted.
-- KEYS: anonymised index, audit stream.
-- ARGV: cutoff ms, limit, case key prefix (the case hash is prefix .. ref).
local anon_index = KEYS[1]
local audit_stream = KEYS[2]
local cutoff = ARGV[1]
local limit = tonumber(ARGV[2])
local case_prefix = ARGV[3]

local due = redis.call('ZRANGEBYSCORE', anon_index, '-inf', tonumber(cutoff), 'LIMIT', 0, limit)
local n = 0
for _, ref in ipairs(due) do
  redis.call('ZREM', anon_index, ref)
  local ck = case_prefix .. ref
  if redis.call('HEXISTS', ck, 'anon') == 1 then
    redis.call('DEL', ck)
    n = n + 1
  end
end
redis.call('XTRIM', audit_stream, 'MINID', '~', cutoff)
return n
