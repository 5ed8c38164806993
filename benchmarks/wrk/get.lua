-- GET one path (the argument) over and over: boards, pages, posts.
dofile("benchmarks/wrk/report.lua")
function init(args)
  path = args[1]
end
function request()
  return wrk.format("GET", path)
end
