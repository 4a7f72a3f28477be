package dev.flute.examples.deps;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.testing.TestClient;
import java.util.ArrayList;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import org.h2.jdbcx.JdbcConnectionPool;
import org.junit.jupiter.api.Test;

/** The session resource over a real H2 database: commit, rollback, translation, and no leaked connection. */
class DepsYieldDbTest {

    @Test
    void should_create_read_and_refuse_duplicates() {
        var pool = JdbcConnectionPool.create("jdbc:h2:mem:deps-yield-db-test;DB_CLOSE_DELAY=-1", "sa", "");
        try (var client = TestClient.of(DepsYieldDb.app(pool))) {
            client.post("/users/")
                    .json("{\"username\":\"ada\"}")
                    .send()
                    .assertStatus(200)
                    .assertJson("{\"id\":1,\"username\":\"ada\"}");
            client.get("/users/1").send().assertStatus(200).assertJson("{\"id\":1,\"username\":\"ada\"}");
            // The 400 and 404 are raised as FastAPI's original raises them, undocumented.
            client.post("/users/")
                    .json("{\"username\":\"ada\"}")
                    .checkResponse(false)
                    .send()
                    .assertStatus(400)
                    .assertJson("{\"detail\":\"请求数据存在冲突\"}");
            client.get("/users/2")
                    .checkResponse(false)
                    .send()
                    .assertStatus(404)
                    .assertJson("{\"detail\":\"User not found\"}");
            client.post("/users/")
                    .json("{\"username\":\"bob\"}")
                    .send()
                    .assertStatus(200)
                    .assertJson("{\"id\":3,\"username\":\"bob\"}");
            client.post("/users/").json("{}").send().assertStatus(422);
            client.get("/users/abc").send().assertStatus(422);
            assertEquals(0, pool.getActiveConnections(), "every session returned its connection");
        }
    }

    @Test
    void ten_thousand_requests_with_random_failures_leak_no_connection() throws Exception {
        var pool = JdbcConnectionPool.create("jdbc:h2:mem:deps-yield-db-stress;DB_CLOSE_DELAY=-1", "sa", "");
        pool.setMaxConnections(16);
        try (var client = TestClient.of(DepsYieldDb.app(pool))) {
            var workers = Executors.newFixedThreadPool(8);
            var calls = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < 10_000; i++) {
                int n = i;
                calls.add(() -> {
                    var random = ThreadLocalRandom.current();
                    return switch (random.nextInt(4)) {
                            // a duplicate half of the time: the release rolls back and translates (400,
                            // undocumented as in FastAPI's original, like the 404 of an unknown user)
                        case 0 -> client.post("/users/")
                                .json("{\"username\":\"u" + random.nextInt(n + 1) + "\"}")
                                .checkResponse(false)
                                .send()
                                .status();
                        case 1 -> client.get("/users/" + random.nextInt(1, n + 2))
                                .checkResponse(false)
                                .send()
                                .status();
                        case 2 -> client.post("/users/")
                                .json("{\"username\":")
                                .send()
                                .status();
                        default -> client.get("/users/x").send().status();
                    };
                });
            }
            for (var status : workers.invokeAll(calls)) {
                int code = status.get();
                if (code >= 500) throw new AssertionError("a request failed with " + code);
            }
            workers.shutdown();
            assertEquals(0, pool.getActiveConnections(), "every session returned its connection");
        }
    }
}
