-- Votes by distinct members: fans first..last (each token used once while they last), split
-- over the threads, for posts lo..hi (lo = hi: one hot post). A thread that runs out of fans
-- starts over (repeated votes change nothing; the suite counts the new ones in the database).
-- Arguments: first last lo hi threads salt (another salt draws other posts)
dofile("benchmarks/wrk/report.lua")
function init(args)
  first, last = tonumber(args[1]), tonumber(args[2])
  lo, hi, step = tonumber(args[3]), tonumber(args[4]), tonumber(args[5])
  fan = first + id
  math.randomseed(first * 31 + id + tonumber(args[6] or 0) * 7919)
end
function request()
  local post = lo
  if hi > lo then post = math.random(lo, hi) end
  local token = "flp_gen_" .. fan
  fan = fan + step
  if fan > last then fan = first + id end
  return wrk.format("PUT", "/api/v1/posts/" .. post .. "/vote", { ["Authorization"] = "Bearer " .. token })
end
