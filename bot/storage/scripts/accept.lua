-- Accept one inbound message durably: deduplicate on the provider id and append it to
-- the partition's stream in one atomic step. A person's messages beyond a per-minute
-- cap (a flood) are counted and dropped here, unless urgent: the worker handles a
-- partition's messages one after the other, so a flood let through would hold up the
-- people who share the flooder's partition. Returns the stream id, false for a
-- duplicate, 0 for a flood. KEYS: dedup key, stream, intake counter. ARGV: dedup ttl
-- seconds, user key, payload, request id, "1" when urgent, messages per minute.
if not redis.call('SET', KEYS[1], '1', 'NX', 'EX', tonumber(ARGV[1])) then return false end
if ARGV[5] ~= '1' then
  local n = redis.call('INCR', KEYS[3])
  if n == 1 then redis.call('EXPIRE', KEYS[3], 60) end
  if n > tonumber(ARGV[6]) then return 0 end
end
return redis.call('XADD', KEYS[2], '*', 'u', ARGV[2], 'm', ARGV[3], 'r', ARGV[4])
