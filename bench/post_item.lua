-- BENCH.md #4, valid body: POST /items/ -> 200 {"name":"Foo","price":50.5,"tags":["a","b"]}
wrk.method = "POST"
wrk.headers["Content-Type"] = "application/json"
wrk.body = '{"name":"Foo","price":50.5,"tags":["a","b"],"image":{"url":"http://x/y.png","name":"y"}}'
