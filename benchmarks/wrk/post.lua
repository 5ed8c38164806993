-- New posts by distinct members (fans first.., split over the threads) on one product.
-- Arguments: first slug threads
dofile("benchmarks/wrk/report.lua")
function init(args)
  first, slug, step = tonumber(args[1]), args[2], tonumber(args[3])
  fan = first + id
end
function request()
  local token = "flp_gen_" .. fan
  local body = '{"kind":"idea","title":"Benchmark idea number ' .. fan .. '","body":"Posted by the benchmark."}'
  fan = fan + step
  return wrk.format("POST", "/api/v1/products/" .. slug .. "/posts",
    { ["Authorization"] = "Bearer " .. token, ["Content-Type"] = "application/json" }, body)
end
