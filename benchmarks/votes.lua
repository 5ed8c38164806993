-- wrk script for votes.sh: each wrk thread votes with its own range of the benchmark's
-- members (tokens flp_bench_<n>), one PUT per member, on one post or spread over posts.
-- Arguments after "--": first member, members per thread, post id, spread (0: one post).
local threads = {}

function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

function init(args)
  base = tonumber(args[1]) or 1
  per = tonumber(args[2]) or 10000
  post = tonumber(args[3]) or 1
  spread = tonumber(args[4]) or 0
  first = base + id * per
  n = 0
end

function request()
  local member = first + (n % per)
  n = n + 1
  local target = post
  if spread > 0 then
    target = post + (member % spread)
  end
  return wrk.format("PUT", "/api/v1/posts/" .. target .. "/vote",
    { ["Authorization"] = "Bearer flp_bench_" .. member })
end
