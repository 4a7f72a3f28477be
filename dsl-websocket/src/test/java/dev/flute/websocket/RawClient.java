package dev.flute.websocket;

import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.net.NetSocket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

/**
 * A websocket client written on raw TCP, for what a well-behaved client never does: it answers no
 * ping, it can drop the connection without a close frame, and it sends frames exactly as given
 * (compressed ones included).
 */
final class RawClient implements AutoCloseable {
    /** A close frame: its code and reason. */
    record Close(int code, String reason) {}

    private final NetSocket socket;
    private final Buffer received = Buffer.buffer();
    private final CompletableFuture<String> upgraded = new CompletableFuture<>();
    private final CompletableFuture<Close> closeFrame = new CompletableFuture<>();
    private final CompletableFuture<Void> tcpClosed = new CompletableFuture<>();

    private RawClient(NetSocket socket) {
        this.socket = socket;
        socket.handler(this::onData);
        socket.closeHandler(v -> tcpClosed.complete(null));
    }

    static RawClient connect(Vertx vertx, int port, String path) {
        return connect(vertx, port, path, "");
    }

    /** Connects with more handshake headers, each ending in CRLF ({@code Sec-WebSocket-Extensions: ...}). */
    static RawClient connect(Vertx vertx, int port, String path, String headers) {
        NetSocket socket = Await.result(vertx.createNetClient().connect(port, "127.0.0.1"));
        var client = new RawClient(socket);
        String request = "GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1:" + port + "\r\nUpgrade: websocket\r\n"
                + "Connection: Upgrade\r\nSec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==\r\n"
                + "Sec-WebSocket-Version: 13\r\n" + headers + "\r\n";
        socket.write(request);
        try {
            client.upgraded.get(5, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no 101 from the server: " + client.received, e);
        }
        return client;
    }

    private synchronized void onData(Buffer data) {
        received.appendBuffer(data);
        String text = received.toString(StandardCharsets.ISO_8859_1);
        int end = text.indexOf("\r\n\r\n");
        if (!upgraded.isDone()) {
            if (end < 0) return;
            if (!text.startsWith("HTTP/1.1 101")) throw new AssertionError("not upgraded: " + text);
            upgraded.complete(text.substring(0, end));
        }
        // Server frames are unmasked; only the close frame (opcode 8) matters here. Pings are ignored.
        int at = end + 4;
        while (at + 2 <= received.length()) {
            int opcode = received.getByte(at) & 0x0F;
            int length = received.getByte(at + 1) & 0x7F;
            if (length > 125 || at + 2 + length > received.length()) return;
            if (opcode == 8 && length >= 2) {
                String reason = received.getString(at + 4, at + 2 + length, "UTF-8");
                closeFrame.complete(new Close(received.getUnsignedShort(at + 2), reason));
            }
            at += 2 + length;
        }
    }

    /** The server's 101 response head. */
    String handshake() {
        return upgraded.join();
    }

    /**
     * Sends one final frame, masked as a client must: {@code opcode} 1 for text, 2 for binary; with
     * {@code rsv1} set, the payload is compressed (permessage-deflate).
     */
    void sendFrame(int opcode, boolean rsv1, byte[] payload) {
        var frame = Buffer.buffer(payload.length + 14);
        frame.appendByte((byte) (0x80 | (rsv1 ? 0x40 : 0) | opcode));
        if (payload.length < 126) {
            frame.appendByte((byte) (0x80 | payload.length));
        } else if (payload.length < 65536) {
            frame.appendByte((byte) (0x80 | 126)).appendUnsignedShort(payload.length);
        } else {
            frame.appendByte((byte) (0x80 | 127)).appendLong(payload.length);
        }
        byte[] mask = new byte[4];
        ThreadLocalRandom.current().nextBytes(mask);
        frame.appendBytes(mask);
        byte[] masked = new byte[payload.length];
        for (int i = 0; i < payload.length; i++) masked[i] = (byte) (payload[i] ^ mask[i & 3]);
        Await.result(socket.write(frame.appendBytes(masked)));
    }

    /** The code of the server's close frame. */
    int awaitCloseFrame(long seconds) {
        return awaitClose(seconds).code();
    }

    /** The server's close frame. */
    Close awaitClose(long seconds) {
        try {
            return closeFrame.get(seconds, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError("no close frame within " + seconds + " s", e);
        }
    }

    /** Ends the TCP connection without a close frame, as a crashed client or a lost network does. */
    void drop() {
        Await.result(socket.close());
    }

    @Override
    public void close() {
        if (!tcpClosed.isDone()) socket.close();
    }
}
