-- The soak's traffic: BENCH.md's contract mixed, valid and invalid, at a fixed rate. Each connection
-- waits SOAK_DELAY_MS (default 10) before each request (wrk's delay()), so the rate is about
-- connections x 1000 / SOAK_DELAY_MS whatever the server's speed. 5xx answers are counted (none
-- is expected: the invalid requests answer 401, 404 or 422) and printed at the end.
local delay_ms = tonumber(os.getenv("SOAK_DELAY_MS") or "10")
local json = { ["Content-Type"] = "application/json" }
local valid = '{"name":"Foo","price":50.5,"tags":["a","b"],"image":{"url":"http://x/y.png","name":"y"}}'
local invalid = '{"name":"","price":-1,"tags":"nope"}'

local mix = {
  { "GET", "/plaintext" },
  { "GET", "/json" },
  { "GET", "/items/5?q=x&limit=10" },
  { "GET", "/items/-1?q=" .. string.rep("y", 60) .. "&limit=0" },
  { "POST", "/items/", json, valid },
  { "POST", "/items/", json, invalid },
  { "GET", "/deps/?skip=1&limit=5", { ["X-Token"] = "soak" } },
  { "GET", "/deps/?limit=5" },
  { "GET", "/r999/items/7?q=z" },
  { "GET", "/r0/items/x" },
  { "GET", "/nowhere" },
}

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

local requests = {}
local sent = 0
server_errors = 0

function init(args)
  for i, m in ipairs(mix) do requests[i] = wrk.format(m[1], m[2], m[3], m[4]) end
end

function request()
  sent = sent + 1
  return requests[(sent - 1) % #requests + 1]
end

function response(status, headers, body)
  if status >= 500 then server_errors = server_errors + 1 end
end

function delay()
  return delay_ms
end

function done(summary, latency, requests)
  local errors = 0
  for _, t in ipairs(threads) do errors = errors + t:get("server_errors") end
  io.write(string.format("soak: %d requests in %.0f s (%.0f/s), %d server errors, %d socket errors, p99 %.2f ms\n",
    summary.requests, summary.duration / 1e6, summary.requests / (summary.duration / 1e6), errors,
    summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.timeout,
    latency:percentile(99) / 1000))
end
