package dev.flute.dsl;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.flute.dsl.http.HttpError;
import dev.flute.dsl.testing.TestClient;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The guards that keep a server answering under pressure: a bounded blocking pool (503 with
 * {@code Retry-After} rather than an unbounded queue) and route timeouts (504, everything released).
 */
class GuardsTest {

    @Test
    void a_saturated_blocking_pool_answers_503_with_retry_after_instead_of_queueing() throws Exception {
        var running = new CountDownLatch(2);
        var release = new CountDownLatch(1);
        var slow = route(GET, "/slow").blocking().handle(() -> {
            running.countDown();
            release.await();
            return Map.of("ok", true);
        });
        var fast = route(GET, "/fast").handle(() -> Map.of("ok", true));
        Api api = api("t", "1").settings(Api.Settings.DEFAULT.maxBlocking(2)).routes(slow, fast);
        var clients = Executors.newFixedThreadPool(2);
        try (var client = TestClient.of(api)) {
            var first = clients.submit(() -> client.get("/slow").send());
            var second = clients.submit(() -> client.get("/slow").send());
            assertTrue(running.await(10, TimeUnit.SECONDS), "two blocking calls run");
            assertEquals(2, client.gauges().blockingCalls());

            client.get("/slow")
                    .send()
                    .assertStatus(503)
                    .assertHeader("retry-after", "1")
                    .assertJson("{\"detail\":\"Service Unavailable\"}");
            client.get("/fast").send().assertStatus(200); // the event loop still answers

            release.countDown();
            first.get(10, TimeUnit.SECONDS).assertStatus(200);
            second.get(10, TimeUnit.SECONDS).assertStatus(200);
            assertEquals(Gauges.IDLE, client.gauges());
            client.get("/slow").send().assertStatus(200); // room again
        } finally {
            release.countDown();
            clients.shutdownNow();
        }
    }

    @Test
    void releases_and_background_tasks_are_never_refused_by_a_full_pool() throws Exception {
        var log = new CopyOnWriteArrayList<String>();
        Dep<String> connection =
                resource(() -> "db", (db, outcome) -> log.add("released " + db)).blocking();
        var write = route(POST, "/write")
                .depends(connection)
                .param(backgroundTasks())
                .handle((db, tasks) -> {
                    tasks.addBlocking(() -> log.add("task ran"));
                    return Map.of("ok", true);
                });
        // One blocking call at a time: the dependency takes it; the task and the release still run.
        Api api = api("t", "1").settings(Api.Settings.DEFAULT.maxBlocking(1)).routes(write);
        try (var client = TestClient.of(api)) {
            client.post("/write").send().assertStatus(200);
            assertEquals(List.of("task ran", "released db"), log);
            assertEquals(Gauges.IDLE, client.gauges());
        }
    }

    @Test
    void a_route_past_its_timeout_answers_504_and_releases_its_resources_with_the_timeout() {
        var outcomes = new CopyOnWriteArrayList<Throwable>();
        Dep<String> connection = resource(() -> "db", (db, outcome) -> outcomes.add(outcome.error()));
        var hang = route(GET, "/hang")
                .depends(connection)
                .timeout(Duration.ofMillis(100))
                .handleAsync(db -> Promise.<Map<String, Object>>promise().future()); // never answers
        try (var client = TestClient.of(api("t", "1").routes(hang))) {
            long start = System.nanoTime();
            client.get("/hang").send().assertStatus(504).assertJson("{\"detail\":\"Gateway Timeout\"}");
            assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(5), "answered at the deadline");
            assertEquals(1, outcomes.size());
            HttpError timeout = assertInstanceOf(HttpError.class, outcomes.get(0));
            assertEquals(504, timeout.status());
            assertEquals(Gauges.IDLE, client.gauges());
        }
    }

    @Test
    void what_a_late_step_acquires_after_the_timeout_is_released_too() throws Exception {
        var log = new CopyOnWriteArrayList<String>();
        var acquiredLate = new CountDownLatch(1);
        Dep<String> late = resource(
                        () -> {
                            Thread.sleep(400);
                            return "late";
                        },
                        (value, outcome) -> {
                            log.add("released " + value + " after "
                                    + outcome.error().getMessage());
                            acquiredLate.countDown();
                        })
                .blocking();
        var route = route(GET, "/late")
                .depends(late)
                .timeout(Duration.ofMillis(100))
                .handle(v -> Map.of("v", v));
        try (var client = TestClient.of(api("t", "1").routes(route))) {
            client.get("/late").send().assertStatus(504);
            assertTrue(acquiredLate.await(10, TimeUnit.SECONDS), "the late resource is released");
            assertEquals(List.of("released late after 504 Gateway Timeout"), log);
            awaitIdle(client);
        }
    }

    @Test
    void the_api_and_group_defaults_apply_unless_a_route_or_inner_group_sets_its_own() {
        Vertx vertx = Vertx.vertx();
        var slow = route(GET, "/slow").handleAsync(() -> later(vertx, 300));
        var patient = route(GET, "/patient").timeout(Duration.ofSeconds(10)).handleAsync(() -> later(vertx, 300));
        var report = route(GET, "/report").handleAsync(() -> later(vertx, 300));
        Api api = api("t", "1")
                .timeout(Duration.ofMillis(100))
                .routes(slow, patient)
                .group(group("/patient-group").timeout(Duration.ofSeconds(10)).routes(report));
        try (var client = TestClient.of(vertx, api)) {
            client.get("/slow").send().assertStatus(504);
            client.get("/patient").send().assertStatus(200).assertJson("{\"done\":true}");
            client.get("/patient-group/report").send().assertStatus(200);
        } finally {
            vertx.close();
        }
    }

    @Test
    void timeouts_and_blocking_bounds_refuse_nonsense() {
        assertThrows(IllegalArgumentException.class, () -> {
            var unused = route(GET, "/x").timeout(Duration.ZERO);
        });
        assertThrows(IllegalArgumentException.class, () -> {
            var unused = Api.Settings.DEFAULT.maxBlocking(0);
        });
        assertThrows(IllegalArgumentException.class, () -> {
            var unused = group("/g").timeout(Duration.ofSeconds(-1));
        });
    }

    private static Future<Map<String, Object>> later(Vertx vertx, long millis) {
        Promise<Map<String, Object>> done = Promise.promise();
        vertx.setTimer(millis, id -> done.complete(Map.of("done", true)));
        return done.future();
    }

    private static void awaitIdle(TestClient client) throws InterruptedException {
        for (int i = 0; i < 200 && !client.gauges().equals(Gauges.IDLE); i++) Thread.sleep(25);
        assertEquals(Gauges.IDLE, client.gauges());
    }
}
