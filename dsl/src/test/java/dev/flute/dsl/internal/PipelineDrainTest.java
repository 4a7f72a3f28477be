package dev.flute.dsl.internal;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Requests in flight are counted per thread; a drain still waits for every request, whichever
 * thread started it and whichever finishes it.
 */
class PipelineDrainTest {
    private final Vertx vertx = Vertx.vertx();
    private final Pipeline pipeline =
            Pipeline.of(api("t", "1").routes(route(GET, "/").handle(() -> "ok")), vertx);

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** A scope opened on a thread of its own, as an event loop opens it. */
    private RequestScope openedOnAnotherThread() throws Exception {
        var opened = new CompletableFuture<RequestScope>();
        Thread thread = new Thread(() -> opened.complete(pipeline.newScope()));
        thread.start();
        thread.join();
        return opened.get(5, TimeUnit.SECONDS);
    }

    @Test
    void should_be_drained_at_once_when_nothing_is_in_flight() {
        assertTrue(pipeline.drained().isComplete());
    }

    @Test
    void should_wait_for_requests_started_on_two_threads_and_finished_on_a_third() throws Exception {
        RequestScope first = openedOnAnotherThread();
        RequestScope second = pipeline.newScope();
        Future<Void> drained = pipeline.drained();
        assertFalse(drained.isComplete());

        Thread finisher = new Thread(first::finish);
        finisher.start();
        finisher.join();
        assertFalse(drained.isComplete(), "one request is still in flight");

        second.finish();
        assertTrue(drained.isComplete());
    }

    @Test
    void should_count_a_request_once_even_when_its_scope_finishes_twice() throws Exception {
        RequestScope scope = openedOnAnotherThread();
        RequestScope other = pipeline.newScope();
        scope.finish();
        scope.finish();
        Future<Void> drained = pipeline.drained();
        assertFalse(drained.isComplete(), "the other request is still in flight");
        other.finish();
        assertTrue(drained.isComplete());
    }
}
