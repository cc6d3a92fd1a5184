-- Anonymise closed cases: keep only the given fields of the case hash, delete the
-- conversation, the notes and the case's other keys, unlink it from the person, and move
-- it from the closed index to the anonymised index. The case hash is the truth, the index
-- a hint: a case that is not closed (reopened) leaves the index; one closed later than the
-- cutoff is re-scored (unless the person asked to be forgotten: field fg = '1').
-- With refs given (forget): those cases, every one closed, at once; without: the due ones
-- from the closed index. Returns the refs anonymised.
-- KEYS: closed index, anonymised index, audit stream.
-- ARGV: now ms, cutoff ms, limit, case key prefix (case hash = prefix .. ref), user-cases
--       prefix (the person's set = prefix .. user key), actor, n fields to keep, the fields,
--       n key templates, the per-case key templates ('@REF@' stands for the ref), then refs.
local closed_index = KEYS[1]
local anon_index = KEYS[2]
local audit_stream = KEYS[3]
local now = tonumber(ARGV[1])
local cutoff = tonumber(ARGV[2])
local limit = tonumber(ARGV[3])
local case_prefix = ARGV[4]
local user_cases_prefix = ARGV[5]
local actor = ARGV[6]
local n_keep = tonumber(ARGV[7])

-- include: case_lib

local keep = {}
local i = 8
for j = 1, n_keep do keep[ARGV[i]] = true; i = i + 1 end
local tpls = {}
local nt = tonumber(ARGV[i]); i = i + 1
for j = 1, nt do tpls[#tpls + 1] = ARGV[i]; i = i + 1 end
local refs = {}
if i > #ARGV then
  refs = redis.call('ZRANGEBYSCORE', closed_index, '-inf', cutoff, 'LIMIT', 0, limit)
else
  for j = i, #ARGV do refs[#refs + 1] = ARGV[j] end
  cutoff = now  -- (forget: every closed case of the person, at once)
end
local out = {}
for _, ref in ipairs(refs) do
  local ck = case_prefix .. ref
  local st = redis.call('HGET', ck, 'status')
  local closed_at = tonumber(redis.call('HGET', ck, 'closed_at') or '0') or 0
  if st ~= 'closed' or redis.call('HEXISTS', ck, 'anon') == 1 then
    redis.call('ZREM', closed_index, ref)
  elseif closed_at > cutoff and redis.call('HGET', ck, 'fg') ~= '1' then
    redis.call('ZADD', closed_index, closed_at, ref)
  else
    local user = redis.call('HGET', ck, 'user') or ''
    if user ~= '' then redis.call('SREM', user_cases_prefix .. user, ref) end
    local drop = {}
    for _, f in ipairs(redis.call('HKEYS', ck)) do
      if not keep[f] then drop[#drop + 1] = f end
    end
    if #drop > 0 then redis.call('HDEL', ck, unpack(drop)) end
    redis.call('HSET', ck, 'anon', now)
    for _, t in ipairs(tpls) do redis.call('DEL', (string.gsub(t, '@REF@', ref))) end
    redis.call('ZREM', closed_index, ref)
    redis.call('ZADD', anon_index, closed_at, ref)
    out[#out + 1] = ref
  end
end
if #out > 0 then audit('', 'anonymised', actor, 'n', #out) end
return out
