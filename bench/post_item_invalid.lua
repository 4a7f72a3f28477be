-- BENCH.md #4, invalid body: POST /items/ -> 422 with three errors reported at once
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name":"","price":-1,"tags":"nope"}'
