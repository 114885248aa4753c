-- wrk script. With PLAN set: POST that plan file as JSON (the evaluations endpoint); without it,
-- the request is wrk's default GET. With THINK_MS set, each connection waits that long after each
-- answer before sending again, so the offered load stays below what the server can take.
local plan = os.getenv("PLAN")
if plan and plan ~= "" then
  wrk.method = "POST"
  wrk.headers["Content-Type"] = "application/json"
  local file = assert(io.open(plan, "rb"))
  wrk.body = file:read("*a")
  file:close()
end
local think = tonumber(os.getenv("THINK_MS") or "0")
if think > 0 then
  function delay()
    return think
  end
end
