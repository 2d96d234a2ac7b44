-- wrk script: POST the JSON file named by the BODY environment variable.
local file = assert(io.open(os.getenv("BODY"), "rb"))
wrk.method = "POST"
wrk.body = file:read("*a")
wrk.headers["Content-Type"] = "application/json"
file:close()

-- Count non-2xx answers, so a rate limit or an error cannot pass for throughput.
local failures = 0
response = function(status, headers, body)
  if status >= 300 then failures = failures + 1 end
end
