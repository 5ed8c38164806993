-- Shared by every scenario: numbers the threads (each thread's "id", for scripts that split
-- members between them) and prints one line the suite reads.
local threads = {}
function setup(thread)
  thread:set("id", #threads)
  table.insert(threads, thread)
end

-- RESULT <requests> <seconds> <requests/s> <p50 ms> <p99 ms> <non-2xx> <socket errors> <p95 ms>
function done(summary, latency, requests)
  local seconds = summary.duration / 1e6
  local errors = summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout
  io.write(string.format("RESULT %d %.2f %.1f %.2f %.2f %d %d %.2f\n", summary.requests, seconds,
    summary.requests / seconds, latency:percentile(50) / 1000, latency:percentile(99) / 1000,
    summary.errors.status, errors, latency:percentile(95) / 1000))
end
