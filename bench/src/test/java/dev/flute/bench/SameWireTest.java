package dev.flute.bench;

import static dev.flute.bench.Loopback.await;
import static dev.flute.bench.Loopback.freePort;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.bench.flute.FluteServer;
import dev.flute.bench.raw.RawServer;
import io.vertx.core.Vertx;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * The two servers write the same bytes for every contract request: status line, every header in
 * order, body. wrk measures what goes over the socket, so a header one side sends and the other does
 * not would be measured as code (BENCH.md: identical responses).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SameWireTest {
    private Vertx vertx;
    private int flutePort;
    private int rawPort;

    @BeforeAll
    void start() throws Exception {
        vertx = BenchConfig.vertx();
        flutePort = freePort();
        rawPort = freePort();
        await(FluteServer.deploy(vertx, flutePort, 1));
        await(RawServer.deploy(vertx, rawPort, 1));
    }

    @AfterAll
    void stop() throws Exception {
        if (vertx != null) await(vertx.close());
    }

    @TestFactory
    Stream<DynamicTest> everyResponseIsByteForByteTheSame() {
        return ContractCheck.checks().stream()
                .map(check -> DynamicTest.dynamicTest(check.name(), () -> {
                    String raw = exchange(rawPort, check);
                    assertEquals(raw, exchange(flutePort, check), check.name());
                }));
    }

    /** One request on its own connection (closed by the server after answering), the whole answer read. */
    private static String exchange(int port, ContractCheck.Check check) throws IOException {
        byte[] body = check.body() == null ? new byte[0] : check.body().getBytes(StandardCharsets.UTF_8);
        StringBuilder head = new StringBuilder()
                .append(check.method())
                .append(' ')
                .append(check.path())
                .append(" HTTP/1.1\r\nhost: ")
                .append(BenchConfig.HOST)
                .append("\r\nconnection: close\r\n");
        for (Map.Entry<String, String> h : check.headers().entrySet()) {
            head.append(h.getKey()).append(": ").append(h.getValue()).append("\r\n");
        }
        if (check.body() != null)
            head.append("content-length: ").append(body.length).append("\r\n");
        head.append("\r\n");
        try (Socket socket = new Socket(BenchConfig.HOST, port)) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(head.toString().getBytes(StandardCharsets.ISO_8859_1));
            out.write(body);
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
