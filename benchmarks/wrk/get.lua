-- GET one path (the first argument) over and over: boards, pages, posts. A second argument
-- is an API token to send (a signed-in reader).
dofile("benchmarks/wrk/report.lua")
function init(args)
  path = args[1]
  headers = {}
  if args[2] then headers["Authorization"] = "Bearer " .. args[2] end
end
function request()
  return wrk.format("GET", path, headers)
end
