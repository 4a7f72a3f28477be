package dev.flute.dsl.internal;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.flute.dsl.Dep;
import dev.flute.dsl.Gauges;
import dev.flute.dsl.http.QueryParams;
import dev.flute.dsl.http.QueryString;
import dev.flute.dsl.http.Request;
import dev.flute.dsl.http.Response;
import io.vertx.core.Future;
import io.vertx.core.MultiMap;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpMethod;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@link Pipeline#serve}: a route whose steps all answer at once is answered with the
 * {@link Response} itself, a timeout or a resource notwithstanding; a pending step makes it a
 * future. What a request holds is counted on the thread that started it and summed by the gauges.
 */
class PipelineServeTest {
    private final Vertx vertx = Vertx.vertx();
    private final List<String> released = new CopyOnWriteArrayList<>();
    private final Promise<String> later = Promise.promise();
    private final Dep<String> db = resource(() -> "db", (value, outcome) -> released.add(value));
    private final Pipeline pipeline = Pipeline.of(
            api("t", "1")
                    .routes(
                            route(GET, "/now").handle(() -> "ok"),
                            route(GET, "/timed").timeout(Duration.ofSeconds(30)).handle(() -> "ok"),
                            route(GET, "/db").depends(db).handle(value -> value),
                            route(GET, "/later").handleAsync(() -> later.future())),
            vertx);

    @AfterEach
    void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    /** A GET as an adapter hands it over: no query, no headers, no body. */
    private record Get(String path) implements Request {
        @Override
        public HttpMethod method() {
            return HttpMethod.GET;
        }

        @Override
        public String rawQuery() {
            return null;
        }

        @Override
        public QueryParams queryParams() {
            return QueryString.parse(null);
        }

        @Override
        public MultiMap headers() {
            return MultiMap.caseInsensitiveMultiMap();
        }

        @Override
        public Future<Buffer> body(long maxBytes) {
            return Future.succeededFuture();
        }

        @Override
        public String origin() {
            return "http://test";
        }
    }

    private Object serve(String path, RequestScope scope) {
        return pipeline.serve(new Get(path), scope);
    }

    @Test
    void should_answer_a_synchronous_route_with_the_response_itself() {
        RequestScope scope = pipeline.newScope();
        Response<?> response = assertInstanceOf(Response.class, serve("/now", scope));
        assertEquals("/now", scope.route());
        assertEquals(200, Encoded.of(response).status());
        scope.finish();
    }

    @Test
    void should_answer_a_synchronous_route_with_a_timeout_without_a_future_or_a_timer() {
        RequestScope scope = pipeline.newScope();
        assertInstanceOf(Response.class, serve("/timed", scope));
        scope.finish();
        assertEquals(Gauges.IDLE, pipeline.gauges());
    }

    @Test
    void should_answer_with_a_future_once_a_step_is_pending() {
        RequestScope scope = pipeline.newScope();
        Future<?> answer = assertInstanceOf(Future.class, serve("/later", scope));
        assertFalse(answer.isComplete(), "the handler has not answered yet");
        later.complete("late");
        assertInstanceOf(Response.class, answer.result());
        scope.finish();
    }

    @Test
    void should_count_a_resource_held_on_one_thread_and_released_on_another_once() throws Exception {
        var opened = new CompletableFuture<RequestScope>();
        Thread loop = new Thread(() -> {
            RequestScope scope = pipeline.newScope();
            if (serve("/db", scope) instanceof Response<?>) opened.complete(scope);
            else opened.completeExceptionally(new AssertionError("a synchronous route answered a future"));
        });
        loop.start();
        loop.join();
        RequestScope scope = opened.get(5, TimeUnit.SECONDS);
        Gauges during = pipeline.gauges();
        assertEquals(1, during.inFlight());
        assertEquals(1, during.heldResources());

        Thread finisher = new Thread(scope::finish);
        finisher.start();
        finisher.join();
        assertEquals(List.of("db"), released);
        Gauges after = pipeline.gauges();
        assertEquals(0, after.inFlight());
        assertEquals(0, after.heldResources());
    }
}
