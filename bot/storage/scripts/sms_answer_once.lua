-- Handle an SMS the channel answers itself (a channel word) once: mark its provider id
-- as handled, keep the answer for a retry of the same webhook, and for MORE turn the
-- page that was shown, all at once; but for MORE only if the page shown is still the
-- first (another MORE may have turned it meanwhile).
-- Returns {1} when this call handled the message, {0, kept answer} when a copy had,
-- {2} when the page changed.
local dedup = KEYS[1]          -- Keys.dedup("sms", message id): the inbox's deduplication mark
local answer = KEYS[2]         -- Keys.sms_answer: the answer kept for a retry
local pages = KEYS[3]          -- Keys.sms_pages: the person's MORE pages
local dedup_ttl = ARGV[1]      -- seconds
local answer_ttl = ARGV[2]     -- seconds
local bodies = ARGV[3]         -- the answer, JSON list of bodies
local turn_page = ARGV[4]      -- "1" for MORE
local shown = ARGV[5]          -- the head of the pages when the answer was made ("" for none)
if turn_page == '1' then
  local head = redis.call('LINDEX', pages, 0)
  if (head or '') ~= shown and redis.call('EXISTS', dedup) == 0 then return {2} end
end
if redis.call('SET', dedup, '1', 'NX', 'EX', dedup_ttl) then
  if bodies ~= '[]' then redis.call('SET', answer, bodies, 'EX', answer_ttl) end
  if turn_page == '1' and shown ~= '' then redis.call('LPOP', pages) end
  return {1}
end
return {0, redis.call('GET', answer)}
