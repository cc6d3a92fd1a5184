-- Give a lease back only if we still hold it. KEYS: lease. ARGV: worker id.
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
