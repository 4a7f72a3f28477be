"""Issue #17, finding 3: requests whose body length is ambiguous, each hiding "GET /users/me/" in its
body. Prints every response on the connection and whether the server closed it. Before the fix
the hidden request was answered (401) after the refusal, on a connection left open.

    java -jar examples/target/examples.jar oauth2-jwt --port 8000 &
    python3 bench/security/smuggle.py 8000
"""
import re
import socket
import sys

port = int(sys.argv[1])
hidden = "GET /users/me/ HTTP/1.1\r\nHost: x\r\n\r\n"
chunked_end = "0\r\n\r\n"
framings = {
    "CL+TE": ("Content-Length: {n}\r\nTransfer-Encoding: chunked\r\n", chunked_end + hidden),
    "CL+folded TE": ("Content-Length: {n}\r\nTransfer-Encoding:\r\n chunked\r\n", chunked_end + hidden),
    "TE gzip": ("Transfer-Encoding: gzip\r\n", hidden),
}
for name, (framing, body) in framings.items():
    request = ("POST /token HTTP/1.1\r\nHost: x\r\nContent-Type: application/x-www-form-urlencoded\r\n"
               + framing.format(n=len(body)) + "\r\n" + body)
    s = socket.create_connection(("127.0.0.1", port))
    s.settimeout(3)
    s.sendall(request.encode())
    data, closed = b"", False
    try:
        while True:
            chunk = s.recv(65536)
            if not chunk:
                closed = True
                break
            data += chunk
    except socket.timeout:
        pass
    statuses = re.findall(r"HTTP/1\.1 \d\d\d", data.decode("latin1"))
    print(f"{name:14} responses: {statuses}  connection {'closed by the server' if closed else 'left open'}")
