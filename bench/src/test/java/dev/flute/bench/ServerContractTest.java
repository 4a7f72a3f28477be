package dev.flute.bench;

import static dev.flute.bench.Loopback.await;
import static dev.flute.bench.Loopback.freePort;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Starts a bench server (two verticles) on a free loopback port and runs every
 * {@link ContractCheck} check against it; then checks that every session it opened was released.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
public abstract class ServerContractTest {
    private Vertx vertx;
    private int port;
    /** The session pool of each deployed verticle. */
    protected final List<Sessions> pools = new CopyOnWriteArrayList<>();

    /** Deploys the server under test with {@code instances} verticles, adding each one's pool to {@link #pools}. */
    protected abstract Future<String> deploy(Vertx vertx, int port, int instances);

    @BeforeAll
    void start() throws Exception {
        port = freePort();
        vertx = BenchConfig.vertx();
        await(deploy(vertx, port, 2));
    }

    @AfterAll
    void stop() throws Exception {
        if (vertx != null) {
            await(vertx.close());
        }
    }

    @TestFactory
    Stream<DynamicTest> contract() {
        return ContractCheck.run(BenchConfig.HOST, port).stream()
                .map(o -> DynamicTest.dynamicTest(o.check().name(), () -> assertTrue(o.ok(), o.toString())));
    }

    @Test
    void sessionsAreReleasedAfterTheResponse() throws Exception {
        ContractCheck.run(BenchConfig.HOST, port);
        long opened = 0;
        int open = 0;
        // Release runs when the response's end() completes, just after the client has its bytes.
        for (int i = 0; i < 50; i++) {
            opened = 0;
            open = 0;
            for (Sessions s : pools) {
                opened += s.opened();
                open += s.open();
            }
            if (open == 0) {
                break;
            }
            Thread.sleep(20);
        }
        assertTrue(opened >= 2, "sessions opened: " + opened);
        assertEquals(0, open, "sessions still open");
    }
}
