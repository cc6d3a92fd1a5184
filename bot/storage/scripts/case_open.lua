-- Open a case for a person, or add to their open one (raising its priority when the new
-- request is more urgent). Fails with {'retry'} when the person's open case is no longer
-- the one the caller read, {'collision'} when the new ref exists already (the caller
-- tries again with another ref). A message carrying the id of the inbound message it
-- came from ("i") is not added twice to an open case (a message handled again after a
-- crash). Returns {'created' | 'appended', ref, status, priority, queue rank (0-based,
-- -1 when not waiting), operator}.
-- KEYS: open cases hash, new case hash, new case's messages, queue, audit stream,
--       urgent_due, the person's set of cases, open case hash, open case's messages.
-- ARGV: user key, new ref, now ms, channel, lang, category, priority, rank, reason,
--       re-announce interval ms, ref the caller read from the open hash ('' for none),
--       message cap, n learned pairs, then the learned name/value pairs, then messages (JSON).
local open_cases = KEYS[1]
local new_case = KEYS[2]
local new_msgs = KEYS[3]
local queue = KEYS[4]
local audit_stream = KEYS[5]
local urgent_due = KEYS[6]
local user_cases = KEYS[7]
local cur_case = KEYS[8]
local cur_msgs = KEYS[9]
local user = ARGV[1]
local new_ref = ARGV[2]
local now = tonumber(ARGV[3])
local channel = ARGV[4]
local lang = ARGV[5]
local category = ARGV[6]
local priority = ARGV[7]
local rank_text = ARGV[8]
local rank = tonumber(rank_text)
local reason = ARGV[9]
local reannounce_ms = tonumber(ARGV[10])
local expected = ARGV[11]
local msg_cap = tonumber(ARGV[12])
local n_learned = tonumber(ARGV[13])
local first_pair = 14

-- include: case_lib


local cur = redis.call('HGET', open_cases, user)
if (cur or '') ~= expected then return {'retry'} end
local learned = {}
for j = 0, n_learned * 2 - 1 do learned[#learned + 1] = ARGV[first_pair + j] end
local first_msg = first_pair + n_learned * 2
if cur then
  local st = redis.call('HGET', cur_case, 'status')
  if st and st ~= 'closed' then
    for j = first_msg, #ARGV do
      if not seen(cur_msgs, ARGV[j]) then redis.call('RPUSH', cur_msgs, ARGV[j]) end
    end
    redis.call('LTRIM', cur_msgs, -msg_cap, -1)
    for j = 1, #learned, 2 do redis.call('HSET', cur_case, 'l:' .. learned[j], learned[j + 1]) end
    redis.call('HSET', cur_case, 'updated', now)
    local oldrank = tonumber(redis.call('HGET', cur_case, 'rank'))
    local prio = redis.call('HGET', cur_case, 'priority')
    if rank < oldrank then
      prio = priority
      redis.call('HSET', cur_case, 'priority', prio, 'rank', rank)
      if st == 'waiting' then
        redis.call('ZADD', queue, rank * 1e13 + tonumber(redis.call('HGET', cur_case, 'created')), cur)
        if prio == 'urgent' then redis.call('ZADD', urgent_due, now + reannounce_ms, cur) end
      end
      audit(cur, 'escalated', 'person', 'priority', prio, 'reason', reason)
    else
      audit(cur, 'appended', 'person', 'reason', reason)
    end
    local place = -1
    if st == 'waiting' then place = redis.call('ZRANK', queue, cur) end
    return {'appended', cur, st, prio, place, redis.call('HGET', cur_case, 'operator') or ''}
  end
end
if redis.call('EXISTS', new_case) == 1 then return {'collision'} end
redis.call('HSET', new_case, 'ref', new_ref, 'user', user, 'channel', channel, 'lang', lang, 'category', category,
  'priority', priority, 'rank', rank_text, 'status', 'waiting', 'created', now, 'queued_at', now, 'updated', now, 'reason', reason)
for j = 1, #learned, 2 do redis.call('HSET', new_case, 'l:' .. learned[j], learned[j + 1]) end
for j = first_msg, #ARGV do redis.call('RPUSH', new_msgs, ARGV[j]) end
redis.call('ZADD', queue, rank * 1e13 + now, new_ref)
redis.call('HSET', open_cases, user, new_ref)
redis.call('SADD', user_cases, new_ref)
if priority == 'urgent' then redis.call('ZADD', urgent_due, now + reannounce_ms, new_ref) end
audit(new_ref, 'opened', 'person', 'priority', priority, 'category', category, 'lang', lang, 'channel', channel, 'reason', reason)
return {'created', new_ref, 'waiting', priority, redis.call('ZRANK', queue, new_ref), ''}
