package dev.flute.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.json.JsonArray;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class MiddlewareTimingTest {

    @Test
    void every_response_carries_the_process_time_in_seconds(Vertx vertx, VertxTestContext test) {
        Served.start(vertx, "middleware-timing").compose(running -> running.client()
                .get("/items/")
                .send()
                .compose(ok -> {
                    test.verify(() -> {
                        assertEquals(200, ok.statusCode());
                        assertEquals(
                                new JsonArray("[{\"item_id\":\"Foo\"},{\"item_id\":\"Bar\"}]"), ok.bodyAsJsonArray());
                        double seconds = Double.parseDouble(ok.getHeader("X-Process-Time"));
                        assertTrue(seconds >= 0 && seconds < 5, "seconds, not nanoseconds: " + seconds);
                    });
                    return running.client().get("/nowhere").send();
                })
                .compose(notFound -> {
                    test.verify(() -> {
                        assertEquals(404, notFound.statusCode());
                        assertNotNull(notFound.getHeader("X-Process-Time"), "middleware sees 404s too");
                    });
                    return running.client().delete("/items/").send();
                })
                .onComplete(test.succeeding(wrongMethod -> test.verify(() -> {
                    assertEquals(405, wrongMethod.statusCode());
                    assertNotNull(wrongMethod.getHeader("X-Process-Time"));
                    test.completeNow();
                }))));
    }
}
