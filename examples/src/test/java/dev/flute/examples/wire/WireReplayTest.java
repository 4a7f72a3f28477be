package dev.flute.examples.wire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.flute.dsl.Json;
import dev.flute.dsl.vertx.FluteServer;
import dev.flute.dsl.vertx.ServerConfig;
import dev.flute.examples.Example;
import dev.flute.examples.Examples;
import dev.flute.schema.Docs;
import io.vertx.core.Vertx;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every request recorded from the FastAPI originals against the Flute example on a real
 * server (an ephemeral port), in the recorded order, and expects the recorded answer: status,
 * headers, body. Deliberate differences are listed, with reasons, in {@link Deviations}.
 */
class WireReplayTest {
    private static Vertx vertx;
    private static Deviations deviations;

    @BeforeAll
    static void start() throws Exception {
        vertx = Vertx.vertx();
        deviations = Deviations.load();
    }

    @AfterAll
    static void stop() {
        vertx.close();
    }

    @TestFactory
    Stream<DynamicNode> every_example_answers_like_fastapi() throws Exception {
        var containers = new ArrayList<DynamicNode>();
        for (Example example : Examples.ALL) {
            List<WireCase> cases = WireCase.load(example.name());
            if (cases.isEmpty()) continue;
            containers.add(DynamicContainer.dynamicContainer(example.name(), replay(example, cases)));
        }
        return containers.stream();
    }

    /** One server per example, started by the first case and stopped after the last, so state carries over in order. */
    private Stream<DynamicNode> replay(Example example, List<WireCase> cases) {
        var server = new FluteServer[1];
        var tests = new ArrayList<DynamicNode>();
        for (int i = 0; i < cases.size(); i++) {
            WireCase c = cases.get(i);
            boolean first = i == 0;
            boolean last = i == cases.size() - 1;
            tests.add(DynamicTest.dynamicTest(c.name(), () -> {
                if (first) {
                    server[0] = FluteServer.start(
                                    vertx,
                                    Docs.with(example.api().get()),
                                    ServerConfig.port(0).host("127.0.0.1"))
                            .toCompletionStage()
                            .toCompletableFuture()
                            .get(20, TimeUnit.SECONDS);
                }
                try {
                    if (c.path().equals("/openapi.json") && c.status() == 200) served(server[0].port(), c);
                    else check(server[0].port(), c);
                } finally {
                    if (last)
                        server[0]
                                .close()
                                .toCompletionStage()
                                .toCompletableFuture()
                                .get(20, TimeUnit.SECONDS);
                }
            }));
        }
        return tests.stream();
    }

    /** The document itself is compared member by member in OpenApiParityTest; here: it is served, as JSON. */
    private static void served(int port, WireCase c) throws Exception {
        RawHttp.Reply reply = RawHttp.send(port, c.method(), c.path(), c.headers(), c.body());
        assertEquals(200, reply.status(), c + ": " + reply.text());
        assertEquals("application/json", reply.header("content-type"), c.toString());
        assertEquals(
                c.json().path("paths").size(),
                Json.reader().readTree(reply.body()).path("paths").size(),
                c + ": paths");
    }

    private static void check(int port, WireCase c) throws Exception {
        RawHttp.Reply reply = RawHttp.send(port, c.method(), c.path(), c.headers(), c.body());
        Deviations.Expected want = deviations.expected(c);
        switch (want.kind()) {
            case NOT_SERVER_ERROR -> assertTrue(reply.status() < 500, c + " answered " + reply.status());
            case AS_GET -> {
                RawHttp.Reply get = RawHttp.send(port, "GET", c.path(), c.headers(), c.body());
                assertEquals(get.status(), reply.status(), c + ": HEAD status differs from GET");
                assertEquals(get.header("content-type"), reply.header("content-type"), c + ": HEAD content-type");
                assertEquals(0, reply.body().length, c + ": HEAD must have no body");
            }
            case EXACT -> exact(port, c, want, reply);
        }
    }

    private static void exact(int port, WireCase c, Deviations.Expected want, RawHttp.Reply reply) throws Exception {
        assertEquals(want.status(), reply.status(), c + ": status; body " + reply.text());
        for (var h : want.headers().entrySet()) {
            String name = h.getKey();
            if (name.equals("content-length")) continue;
            String actual = reply.header(name);
            if (h.getValue().equals("<present>")) {
                assertTrue(actual != null, c + ": header " + name + " missing");
                continue;
            }
            String host = c.headers().stream()
                    .filter(x -> x.getKey().equalsIgnoreCase("host"))
                    .map(x -> x.getValue())
                    .findFirst()
                    .orElse("127.0.0.1:" + port);
            assertEquals(h.getValue().replace("<host>", host), actual, c + ": header " + name);
        }
        if (want.json() != null) {
            JsonNode actual = Json.reader().readTree(reply.body());
            assertEquals(want.json(), actual, c + ": JSON body");
        } else if (want.text() != null) {
            assertEquals(want.text(), reply.text(), c + ": text body");
        } else if (!c.method().equals("HEAD")) {
            assertEquals("", reply.text(), c + ": body should be empty");
        }
    }
}
