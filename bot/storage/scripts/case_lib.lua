-- Shared by the case scripts (included where a script says `-- include: case_lib`, after it
-- has named `audit_stream` and `now`): one audit entry, and whether a conversation item with
-- the same id ("i") is among the last ten of a list (a message handled twice adds nothing).
local function audit(ref, kind, actor, ...)
  return redis.call('XADD', audit_stream, 'MAXLEN', '~', 1000000, '*', 'ts', now, 'case', ref, 'kind', kind, 'actor', actor, ...)
end
local function seen(key, item)
  local m = string.match(item, '"i":"[^"]*"')
  if not m then return false end
  for _, it in ipairs(redis.call('LRANGE', key, -10, -1)) do
    if string.find(it, m, 1, true) then return true end
  end
  return false
end
