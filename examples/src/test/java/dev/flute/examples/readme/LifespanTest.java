package dev.flute.examples.readme;

import static dev.flute.dsl.Flute.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.flute.dsl.Api;
import dev.flute.dsl.testing.TestClient;
import io.vertx.core.Future;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;

class LifespanTest {
    static double loadModel() {
        return 42; // imagine reading a large file
    }

    // README: lifespan
    static final Map<String, Double> MODELS = new ConcurrentHashMap<>();

    static Api app() {
        return api("Lifespan", "1.0")
                .onStartup(vertx -> vertx.executeBlocking(() -> MODELS.put("answer", loadModel())))
                .onShutdown(vertx -> {
                    MODELS.clear();
                    return Future.succeededFuture();
                })
                .routes(route(GET, "/predict").handle(() -> Map.of("result", MODELS.get("answer"))));
    }
    // README: end

    @Test
    void should_run_the_hooks_around_the_requests() {
        try (var client = TestClient.of(app())) {
            client.get("/predict").send().assertStatus(200).assertText("{\"result\":42.0}");
        }
        assertEquals(Map.of(), MODELS);
    }
}
