-- wrk script for the Kiln benchmarks (see ../run.sh). Settings come from the environment, so one
-- script serves every case:
--   BENCH_DEPTH         pipeline depth: requests written back to back per round trip (default 1;
--                       16 for TechEmpower's pipelined plaintext)
--   BENCH_BODY_FILE     a file whose content is sent as a body with POST
--   BENCH_CONTENT_TYPE  that body's Content-Type (default application/json)
--   BENCH_AUTH          an Authorization header value sent with every request
--   BENCH_TEMPLATE      a POST body sent with "%d" replaced by a counter, so that every request's body
--                       differs (a unique title); one wrk thread (-t1), or the counters of threads collide
-- At the end it prints one machine-readable line starting with RESULT.

local depth = tonumber(os.getenv("BENCH_DEPTH") or "1")
local body_file = os.getenv("BENCH_BODY_FILE")

if body_file and body_file ~= "" then
   local f = assert(io.open(body_file, "rb"))
   wrk.body = f:read("*a")
   f:close()
   wrk.method = "POST"
   wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE") or "application/json"
end

local auth = os.getenv("BENCH_AUTH")
if auth and auth ~= "" then
   wrk.headers["Authorization"] = auth
end

local template = os.getenv("BENCH_TEMPLATE")
if template and template ~= "" then
   wrk.method = "POST"
   wrk.headers["Content-Type"] = os.getenv("BENCH_CONTENT_TYPE") or "application/json"
   local counter = 0
   request = function()
      counter = counter + 1
      return wrk.format(nil, nil, nil, (string.gsub(template, "%%d", tostring(counter))))
   end
end

if depth > 1 then
   -- TechEmpower's pipelining: one write carries `depth` requests; wrk counts every response.
   init = function(args)
      local batch = {}
      for i = 1, depth do
         batch[i] = wrk.format()
      end
      pipelined = table.concat(batch)
   end
   request = function()
      return pipelined
   end
end

done = function(summary, latency, requests)
   local e = summary.errors
   io.write(string.format(
      "RESULT requests=%.0f duration_us=%.0f p50_us=%.0f p99_us=%.0f max_us=%.0f " ..
      "err_connect=%.0f err_read=%.0f err_write=%.0f err_status=%.0f err_timeout=%.0f\n",
      summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
      e.connect, e.read, e.write, e.status, e.timeout))
end
