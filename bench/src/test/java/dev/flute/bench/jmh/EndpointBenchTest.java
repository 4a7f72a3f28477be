package dev.flute.bench.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.flute.bench.Sessions;
import dev.flute.bench.flute.FluteServer;
import dev.flute.dsl.vertx.FluteHandler;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The benchmark's four sides answer every contract request alike (its setup checks status, content
 * type and bytes, and the two servers' headers, and throws otherwise), again and again, and release every session they open
 * (its teardown throws otherwise). JMH itself never runs in the build.
 */
class EndpointBenchTest {
    @ParameterizedTest
    @EnumSource(EndpointBench.Case.class)
    void everySideAnswersTheSameBytes(EndpointBench.Case c) {
        EndpointBench bench = new EndpointBench();
        bench.endpoint = c.name();
        bench.setUp();
        try {
            for (int i = 0; i < 3; i++) {
                Buffer raw = bench.raw();
                assertEquals(raw, bench.rawRouted(), c.name());
                assertEquals(raw, bench.flute(), c.name());
                assertEquals(raw, bench.fluteServed(), c.name());
            }
        } finally {
            bench.tearDown();
        }
    }

    @Test
    void servingEveryRequestFirstLeavesTheMeasuredOneAndNoSessionOpen() {
        EndpointBench bench = new EndpointBench();
        bench.endpoint = "deps";
        bench.setUp();
        try {
            Buffer before = bench.flute();
            bench.serveEveryRequest(3); // what mixed=true does 20,000 times before measuring
            assertEquals(before, bench.flute());
            assertEquals(bench.raw(), bench.rawRouted());
            assertEquals(bench.raw(), bench.fluteServed());
        } finally {
            bench.tearDown();
        }
    }

    /** Flute's side reads the body as a server does: it is not there yet when the route is found. */
    @Test
    void aBodyArrivingAfterTheHeadIsAnsweredOnlyOnceItHasArrived() {
        Vertx vertx = Vertx.vertx();
        try {
            FluteHandler handler = FluteHandler.of(vertx, FluteServer.app(new Sessions()));
            BenchServerRequest request = EndpointBench.Case.post_items.serverRequest();
            handler.handle(request);
            assertFalse(request.response().ended());
            request.bodyArrives();
            assertEquals(200, request.response().getStatusCode());
            assertEquals(
                    "{\"name\":\"Foo\",\"price\":50.5,\"tags\":[\"a\",\"b\"]}",
                    request.response().body().toString());
        } finally {
            vertx.close();
        }
    }

    @ParameterizedTest
    @EnumSource(EndpointBench.Case.class)
    void theInMemoryResponseIsWrittenOnce(EndpointBench.Case c) {
        BenchServerRequest request = c.serverRequest();
        BenchServerResponse response = request.response();
        response.end(Buffer.buffer("x"));
        assertThrows(IllegalStateException.class, () -> response.end(Buffer.buffer("y")));
        assertThrows(IllegalStateException.class, () -> response.setStatusCode(500));
        assertEquals("x", response.body().toString());
    }

    @ParameterizedTest
    @EnumSource(EndpointBench.Case.class)
    void whatTheRouterDoesNotUseIsRefused(EndpointBench.Case c) {
        BenchServerRequest request = c.serverRequest();
        assertThrows(UnsupportedOperationException.class, request::absoluteURI);
        assertThrows(UnsupportedOperationException.class, request::body);
        assertThrows(
                UnsupportedOperationException.class, () -> request.response().write(Buffer.buffer("x")));
    }
}
