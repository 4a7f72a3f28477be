package dev.flute.dsl.forms;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.Api;
import dev.flute.dsl.FormLimits;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import io.vertx.core.Vertx;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** What only a real socket shows: streaming a large upload, lying lengths, clients that go away. */
class UploadOverNetworkTest {
    private static final String BOUNDARY = "----net-test-boundary";
    private static final AtomicInteger handled = new AtomicInteger();
    private static Vertx vertx;
    private static FluteServer server;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        var hash = route(POST, "/hash/")
                .formLimits(FormLimits.DEFAULT.maxBodySize(256L << 20).maxFileSize(256L << 20))
                .param(upload("file"))
                .blocking()
                .handle(file -> {
                    handled.incrementAndGet();
                    var sha = MessageDigest.getInstance("SHA-256");
                    try (InputStream in = Files.newInputStream(Path.of(file.path()))) {
                        byte[] buffer = new byte[1 << 16];
                        for (int n; (n = in.read(buffer)) > 0; ) sha.update(buffer, 0, n);
                    }
                    return Map.of("size", file.size(), "sha256", HexFormat.of().formatHex(sha.digest()));
                });
        var small = route(POST, "/small/")
                .formLimits(FormLimits.DEFAULT.maxFileSize(1024))
                .param(upload("file"))
                .handle(file -> {
                    handled.incrementAndGet();
                    return Map.of("size", file.size());
                });
        Api api = api("Uploads", "1.0").routes(hash, small);
        server = FluteServer.start(vertx, api, ServerConfig.port(0).host("127.0.0.1"))
                .toCompletionStage()
                .toCompletableFuture()
                .get(20, TimeUnit.SECONDS);
    }

    @AfterAll
    static void stop() {
        vertx.close();
    }

    @AfterEach
    void nothing_is_left_on_disk() throws InterruptedException {
        assertEquals(List.of(), TempUploads.leftAfterCleanup());
    }

    private static byte[] head(String path, long contentLength, String... extraHeaders) {
        var out = new StringBuilder("POST " + path + " HTTP/1.1\r\nHost: test\r\n");
        out.append("Content-Type: multipart/form-data; boundary=")
                .append(BOUNDARY)
                .append("\r\n");
        if (contentLength >= 0)
            out.append("Content-Length: ").append(contentLength).append("\r\n");
        for (String h : extraHeaders) out.append(h).append("\r\n");
        return out.append("\r\n").toString().getBytes(StandardCharsets.ISO_8859_1);
    }

    private static byte[] partHead(String filename) {
        return ("--" + BOUNDARY + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + filename
                        + "\"\r\nContent-Type: application/octet-stream\r\n\r\n")
                .getBytes(StandardCharsets.ISO_8859_1);
    }

    private static final byte[] CLOSE = ("\r\n--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.ISO_8859_1);

    private static Socket connect() throws IOException {
        var socket = new Socket("127.0.0.1", server.port());
        socket.setSoTimeout(15_000);
        return socket;
    }

    /** The status line and body of the response, or null when the server closed without one. */
    private static String[] response(Socket socket) throws IOException {
        byte[] all = socket.getInputStream().readAllBytes();
        if (all.length == 0) return null;
        String text = new String(all, StandardCharsets.UTF_8);
        int split = text.indexOf("\r\n\r\n");
        return new String[] {
            text.substring(0, text.indexOf("\r\n")), text.substring(split + 4), text.substring(0, split)
        };
    }

    @Test
    void should_stream_a_large_upload_to_disk_byte_for_byte() throws Exception {
        byte[] block = new byte[1 << 20];
        new Random(42).nextBytes(block);
        int blocks = 64;
        var sha = MessageDigest.getInstance("SHA-256");
        for (int i = 0; i < blocks; i++) sha.update(block);
        byte[] part = partHead("big.bin");
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/hash/", part.length + (long) block.length * blocks + CLOSE.length, "Connection: close"));
            out.write(part);
            for (int i = 0; i < blocks; i++) out.write(block);
            out.write(CLOSE);
            out.flush();
            String[] reply = response(socket);
            assertEquals("HTTP/1.1 200 OK", reply[0]);
            assertEquals(
                    "{\"size\":" + (long) block.length * blocks + ",\"sha256\":\""
                            + HexFormat.of().formatHex(sha.digest()) + "\"}",
                    normalise(reply[1]));
        }
    }

    /** The map's key order is not fixed: compare as sorted JSON. */
    private static String normalise(String json) throws IOException {
        var node = dev.flute.dsl.Json.reader().readTree(json);
        return "{\"size\":" + node.get("size") + ",\"sha256\":" + node.get("sha256") + "}";
    }

    @Test
    void should_refuse_a_declared_length_over_the_limit_before_reading() throws Exception {
        try (Socket socket = connect()) {
            // Only the head is sent: the answer must not wait for a body.
            socket.getOutputStream().write(head("/small/", 11L << 20, "Expect: 100-continue"));
            String[] reply = response(socket);
            assertEquals("HTTP/1.1 413 Request Entity Too Large", reply[0]);
            assertFalse(reply[2].contains("100 Continue"), reply[2]);
            assertTrue(reply[2].toLowerCase().contains("connection: close"), reply[2]);
        }
    }

    @Test
    void should_refuse_a_body_shorter_than_it_says_and_clean_up() throws Exception {
        handled.set(0);
        byte[] part = partHead("short.bin");
        byte[] content = new byte[500];
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/hash/", 100_000));
            out.write(part);
            out.write(content);
            out.flush();
            socket.shutdownOutput(); // the client stops: the server must not wait for the promised rest
            try {
                response(socket);
            } catch (SocketTimeoutException hang) {
                throw new AssertionError("the server waited for bytes that never came");
            } catch (IOException reset) {
                // The server dropped the connection: that is an answer too.
            }
        }
        assertEquals(0, handled.get());
    }

    @Test
    void should_refuse_a_body_longer_than_it_says_as_truncated() throws Exception {
        byte[] part = partHead("long.bin");
        byte[] content = "0123456789".getBytes(StandardCharsets.US_ASCII);
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/small/", part.length + content.length, "Connection: close"));
            out.write(part);
            out.write(content);
            out.write(CLOSE);
            out.flush();
            String[] reply = response(socket);
            assertEquals("HTTP/1.1 400 Bad Request", reply[0]);
            assertEquals(
                    "{\"detail\":\"Malformed multipart body: the body ended before the closing boundary.\"}", reply[1]);
        }
    }

    @Test
    void should_refuse_a_negative_length_without_a_server_error() throws Exception {
        try (Socket socket = connect()) {
            socket.getOutputStream().write(head("/small/", -1, "Content-Length: -5", "Connection: close"));
            String[] reply = response(socket);
            assertTrue(reply == null || reply[0].startsWith("HTTP/1.1 4"), reply == null ? "closed" : reply[0]);
        }
    }

    @Test
    void should_delete_what_was_written_when_the_client_goes_away() throws Exception {
        handled.set(0);
        byte[] part = partHead("gone.bin");
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/hash/", 64L << 20));
            out.write(part);
            out.write(new byte[8 << 20]);
            out.flush();
            // Let the server write some of it to disk, then vanish.
            long deadline = System.currentTimeMillis() + 5000;
            while (TempUploads.left().isEmpty() && System.currentTimeMillis() < deadline) Thread.sleep(10);
            assertFalse(TempUploads.left().isEmpty(), "the upload never reached the disk");
        }
        assertEquals(0, handled.get());
    }

    @Test
    void should_stop_an_oversize_file_and_close_the_connection() throws Exception {
        byte[] part = partHead("big.bin");
        byte[] content = new byte[64 * 1024];
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/small/", part.length + content.length + CLOSE.length));
            out.write(part);
            out.write(content);
            out.write(CLOSE);
            out.flush();
            String[] reply = response(socket);
            assertEquals("HTTP/1.1 413 Request Entity Too Large", reply[0]);
            assertEquals("{\"detail\":\"File exceeded maximum size of 1KB.\"}", reply[1]);
            assertTrue(reply[2].toLowerCase().contains("connection: close"), reply[2]);
        }
    }

    @Test
    void should_read_a_chunked_upload() throws Exception {
        byte[] part = partHead("chunked.txt");
        var body = new ByteArrayOutputStream();
        body.writeBytes(part);
        body.writeBytes("hello".getBytes(StandardCharsets.US_ASCII));
        body.writeBytes(CLOSE);
        byte[] all = body.toByteArray();
        try (Socket socket = connect()) {
            OutputStream out = socket.getOutputStream();
            out.write(head("/small/", -1, "Transfer-Encoding: chunked", "Connection: close"));
            for (int i = 0; i < all.length; i += 10) {
                int n = Math.min(10, all.length - i);
                out.write((Integer.toHexString(n) + "\r\n").getBytes(StandardCharsets.US_ASCII));
                out.write(all, i, n);
                out.write("\r\n".getBytes(StandardCharsets.US_ASCII));
            }
            out.write("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String[] reply = response(socket);
            assertEquals("HTTP/1.1 200 OK", reply[0]);
            assertEquals("{\"size\":5}", reply[1]);
        }
    }
}
