package dev.flute.examples.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.json.JsonObject;
import io.vertx.junit5.VertxExtension;
import io.vertx.junit5.VertxTestContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(VertxExtension.class)
class BackgroundTasksTest {
    private static final String FIRST = "found query: lovelace\nmessage to ada@example.com\n";
    private static final String SECOND = "message to bob@example.com\n";

    /** Tasks run after the response, so the last one may still be writing: read again, a bounded number of times. */
    private static Future<String> logOnceWritten(Served.Running running, String expected, int attempts) {
        return running.client().get("/log").send().compose(log -> {
            String text = log.bodyAsString() == null ? "" : log.bodyAsString();
            if (text.equals(expected) || attempts == 0) return Future.succeededFuture(text);
            Promise<String> later = Promise.promise();
            Vertx.currentContext().owner().setTimer(20, id -> logOnceWritten(running, expected, attempts - 1)
                    .onComplete(later));
            return later.future();
        });
    }

    @Test
    void tasks_run_after_the_response_in_the_order_they_were_added(Vertx vertx, VertxTestContext test) {
        Served.start(vertx, "background-tasks").compose(running -> running.client()
                .get("/log")
                .send()
                .compose(empty -> {
                    test.verify(() -> {
                        assertEquals(200, empty.statusCode());
                        assertEquals(
                                0, empty.body() == null ? 0 : empty.body().length(), "the log is emptied at start");
                        assertEquals("text/plain; charset=utf-8", empty.getHeader("content-type"));
                    });
                    return running.client()
                            .post("/send-notification/ada@example.com?q=lovelace")
                            .send();
                })
                .compose(sent -> {
                    test.verify(() -> {
                        assertEquals(200, sent.statusCode());
                        assertEquals(new JsonObject().put("message", "Message sent"), sent.bodyAsJsonObject());
                    });
                    // Within a request, tasks run in the order added: the dependency's first.
                    return logOnceWritten(running, FIRST, 50);
                })
                .compose(log -> {
                    test.verify(() -> assertEquals(FIRST, log));
                    return running.client()
                            .post("/send-notification/bob@example.com?q=")
                            .send();
                })
                .compose(sent -> logOnceWritten(running, FIRST + SECOND, 50))
                .compose(log -> {
                    test.verify(() -> assertEquals(FIRST + SECOND, log, "an empty q adds no task"));
                    return running.client()
                            .get("/send-notification/ada@example.com")
                            .send();
                })
                .onComplete(test.succeeding(wrongMethod -> test.verify(() -> {
                    assertEquals(405, wrongMethod.statusCode());
                    assertEquals("POST", wrongMethod.getHeader("allow"));
                    test.completeNow();
                }))));
    }
}
