#!/usr/bin/env python3
"""Record what the real FastAPI originals answer on the wire.

    python3 examples/wire/record.py                  # every example that has a requests file
    python3 examples/wire/record.py path-typed ...   # just these

For each NAME it starts /work/shared/fastapi/run.sh NAME PORT (the FastAPI 0.115 original, in
its chroot) on a free local port, sends every request of examples/wire/requests/NAME.json with
raw http.client (paths go out byte for byte: percent-encodings, trailing slashes and raw UTF-8
are not touched), and writes examples/src/test/resources/wire/NAME.json.

A request is {"name", "method", "path", "headers"?, "body"?, "body_base64"?}. A header value
may be a list, to send that header several times. Host is 127.0.0.1:PORT unless given;
Content-Length is added whenever there is a body. Nothing else is sent.

A Location pointing back at the recorder's own 127.0.0.1:PORT is written as http://<host>/...
When the original sends no answer at all, the case's response is {"error": "..."} instead; a
non-JSON body that is not UTF-8 is kept as "body_base64" instead of "text".
The originals run with PYTHONHASHSEED=0 so that set orders (Starlette's Allow) are repeatable.
Set FASTAPI_RUN to use another run.sh. Stdlib only.
"""
import base64
import http.client
import json
import os
import signal
import socket
import subprocess
import sys
import time

HERE = os.path.dirname(os.path.abspath(__file__))
REQUESTS = os.path.join(HERE, "requests")
OUT = os.path.normpath(os.path.join(HERE, "..", "src", "test", "resources", "wire"))
RUN_SH = os.environ.get("FASTAPI_RUN", "/work/shared/fastapi/run.sh")
HOST = "127.0.0.1"

KEPT_HEADERS = ["content-type", "location", "allow", "www-authenticate", "x-error", "set-cookie"]
PRESENT_ONLY = ["x-process-time"]


class RawConnection(http.client.HTTPConnection):
    """http.client, but the request line is sent as UTF-8 so raw non-ASCII paths get through."""

    def _encode_request(self, request):
        return request.encode("utf-8")

    def _validate_path(self, url):  # let odd paths reach the server; it decides
        pass


def free_port():
    with socket.socket() as s:
        s.bind((HOST, 0))
        return s.getsockname()[1]


def wait_for_port(port, proc, seconds=60):
    deadline = time.time() + seconds
    while time.time() < deadline:
        if proc.poll() is not None:
            raise RuntimeError("run.sh exited with %s" % proc.returncode)
        try:
            with socket.create_connection((HOST, port), timeout=0.5):
                return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError("port %d never answered" % port)


def send(port, req):
    conn = RawConnection(HOST, port, timeout=30)
    headers = req.get("headers", {})
    lower = {k.lower() for k in headers}
    conn.putrequest(req["method"], req["path"], skip_host="host" in lower,
                    skip_accept_encoding=True)
    body = None
    if "body_base64" in req:
        body = base64.b64decode(req["body_base64"])
    elif "body" in req:
        body = req["body"].encode("utf-8")
    for key, value in headers.items():
        for v in value if isinstance(value, list) else [value]:
            conn.putheader(key, v.encode("utf-8") if isinstance(v, str) else v)
    if body is not None and "content-length" not in lower:
        conn.putheader("Content-Length", str(len(body)))
    conn.endheaders(body)
    resp = conn.getresponse()
    raw = resp.read()
    status = resp.status
    got = {}
    for key, value in resp.getheaders():
        key = key.lower()
        if key in KEPT_HEADERS or (key == "content-length" and req["method"] == "HEAD"):
            if key in got:  # repeated header (set-cookie): keep them all, in order
                got[key] = (got[key] if isinstance(got[key], list) else [got[key]]) + [value]
            else:
                got[key] = value
        elif key in PRESENT_ONLY:
            got[key] = "<present>"
    conn.close()
    if "location" in got and "host" not in lower:
        # the recorder's port changes every run: "http://127.0.0.1:PORT/x" is kept as "http://<host>/x"
        got["location"] = got["location"].replace("//%s:%d" % (HOST, port), "//<host>", 1)
    response = {"status": status, "headers": dict(sorted(got.items()))}
    if raw:
        ctype = got.get("content-type", "")
        if isinstance(ctype, list):
            ctype = ctype[0]
        parsed = False
        if ctype.startswith("application/json") or "+json" in ctype:
            try:
                response["json"] = json.loads(raw.decode("utf-8"))
                parsed = True
            except ValueError:
                pass
        if not parsed:
            try:
                response["text"] = raw.decode("utf-8")
            except UnicodeDecodeError:
                response["body_base64"] = base64.b64encode(raw).decode("ascii")
    return response


def ordered_request(req):
    keys = ["method", "path", "headers", "body", "body_base64"]
    return {k: req[k] for k in keys if k in req}


def record(name):
    with open(os.path.join(REQUESTS, name + ".json"), encoding="utf-8") as f:
        requests = json.load(f)
    port = free_port()
    log = open(os.path.join("/tmp", "wire-record-%s.log" % name), "w")
    # a fixed hash seed: Starlette builds its Allow header from a set ("GET, HEAD" or "HEAD, GET")
    env = dict(os.environ, PYTHONHASHSEED="0")
    proc = subprocess.Popen([RUN_SH, name, str(port)], stdout=log, stderr=subprocess.STDOUT,
                            start_new_session=True, env=env)
    try:
        wait_for_port(port, proc)
        cases = []
        for req in requests:
            try:
                response = send(port, req)
            except (OSError, http.client.HTTPException) as e:
                # e.g. uvicorn drops the connection (its access log cannot print a raw
                # non-ASCII query string); recorded as an error, not a response
                response = {"error": "%s: %s" % (type(e).__name__, e)}
                wait_for_port(port, proc)
            cases.append({"name": req["name"], "request": ordered_request(req),
                          "response": response})
    finally:
        # run.sh execs chroot, which execs sh, which execs uvicorn: one process group, ours.
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(10)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        log.close()
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, name + ".json")
    with open(path, "w", encoding="utf-8") as f:
        json.dump(cases, f, indent=2, ensure_ascii=False)
        f.write("\n")
    print("%s: %d cases -> %s" % (name, len(cases), path))


def main(argv):
    names = argv or sorted(f[:-5] for f in os.listdir(REQUESTS) if f.endswith(".json"))
    for name in names:
        record(name)


if __name__ == "__main__":
    main(sys.argv[1:])
