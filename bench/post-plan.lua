-- wrk script: POST the plan named by the PLAN environment variable to the evaluations endpoint.
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
local file = assert(io.open(os.getenv("PLAN"), "rb"))
wrk.body = file:read("*a")
file:close()
