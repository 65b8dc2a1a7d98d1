wrk.method = "POST"
wrk.body = '{"claim":"New START limits each side to 1,550 deployed warheads"}'
wrk.headers["Content-Type"] = "application/json"
